"""Numbers, percentages, dates and yes/no values as people type them in spreadsheets.

Every parser returns ``None`` for an empty or "n/a" cell and raises ``ValueError`` (with a message for
the user) for a value it cannot read, so that the caller can report the row and column.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache


from screener.resources import lexicon_data
from screener.normalize import text_key

EXCEL_EPOCH = dt.date(1899, 12, 30)
_NUM_RE = re.compile(r"^[+-]?\d[\d\s.,'\u00a0\u202f]*$")
_RANGE_RE = re.compile(r"^(\d[\d.,\s]*)\s*(?:-|–|to|a|à|bis|até)\s*(\d[\d.,\s]*)$")
_CURRENCY = re.compile(r"(usd|eur|gbp|cny|rmb|inr|us\$|\$|€|£|¥|₹|approx\.?|approximately|ca\.?|circa|aprox\.?|env\.?|~|≈|\+|>|<)",
                       re.IGNORECASE)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = lexicon_data("values.yaml")
    months: dict[str, int] = {}
    for num, names in data["months"].items():
        for name in names:
            months[text_key(str(name))] = int(num)
    return {
        "truthy": {text_key(str(v)) or str(v) for v in data["truthy"]},
        "falsy": {text_key(str(v)) or str(v) for v in data["falsy"]},
        "missing": {text_key(str(v)) for v in data["missing"]} | {str(v).strip().lower() for v in data["missing"]},
        "months": months,
        "name_filler": [str(v) for v in data["name_filler"]],
        "no_date": {text_key(str(v)) for v in data.get("no_date", [])},
    }


def is_missing(raw: object) -> bool:
    """True for None, blank cells and placeholders such as "n/a", "-", "unknown"."""
    if raw is None:
        return True
    s = str(raw).strip()
    if not s:
        return True
    if len(s) > 16 or s[0].isdigit():
        return False
    voc = _vocab()
    return s.lower() in voc["missing"] or (text_key(s) in voc["missing"] and not any(c.isdigit() for c in s))


def parse_number(raw: object, *, integer: bool = False) -> float | None:
    """A number written with thousands separators, spaces, currency or "approx."; ranges give their midpoint."""
    if is_missing(raw):
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    s = _CURRENCY.sub("", str(raw)).strip().lower()
    s = re.sub(r"\b(workers|employees|people|persons|trabajadores|travailleurs|mitarbeiter|trabalhadores|k)\b", "", s).strip()
    m = _RANGE_RE.match(s)
    if m:
        lo, hi = _plain_number(m.group(1), integer), _plain_number(m.group(2), integer)
        if lo is not None and hi is not None:
            return (lo + hi) / 2
    value = _plain_number(s, integer)
    if value is None:
        raise ValueError(f"'{raw}' is not a number")
    return value


def _plain_number(s: str, integer: bool) -> float | None:
    s = s.strip()
    if not s or not _NUM_RE.match(s):
        try:
            return float(s)  # scientific notation, "1e3"
        except ValueError:
            return None
    neg = s.startswith("-")
    s = s.lstrip("+-")
    for ch in (" ", "\u00a0", "\u202f", "'"):
        s = s.replace(ch, "")
    if "," in s and "." in s:  # the later one is the decimal mark: 1,200.50 / 1.200,50
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
        s = s.replace(thou, "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        grouped = len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and parts[0] != "0")
        if grouped and all(len(p) == 3 for p in parts[1:]) and (integer or len(parts) > 2 or sep == ","):
            s = s.replace(sep, "")  # 1,200 / 1.200 (count) / 1.200.000
        elif len(parts) == 2:
            s = parts[0] + "." + parts[1]  # 12,5 / 1.5
        else:
            return None
    try:
        value = float(s)
    except ValueError:
        return None
    return -value if neg else value


def parse_int(raw: object) -> int | None:
    """A whole count (workers); "1.200" and "1,200" both give 1200."""
    value = parse_number(raw, integer=True)
    if value is None:
        return None
    if value < 0:
        raise ValueError(f"'{raw}' is negative")
    return int(round(value))


def parse_percent(raw: object, *, fraction_scale: bool | None = None) -> float | None:
    """A share in 0..1 from "35%", "0.35", "35" or "71.0%".

    ``fraction_scale`` tells how to read bare numbers: True means 0..1 (0.35), False means 0..100 (35),
    None decides per value (numbers above 1 are percentages).
    """
    if is_missing(raw):
        return None
    s = str(raw).strip()
    has_pct = "%" in s or "pct" in s.lower() or "percent" in s.lower()
    s = re.sub(r"(?i)%|pct|percent|por ?ciento|pour ?cent|prozent", "", s).strip()
    value = parse_number(s)
    if value is None:
        raise ValueError(f"'{raw}' is not a percentage")
    if has_pct or (fraction_scale is False) or (fraction_scale is None and value > 1):
        value = value / 100
    if value < 0 or value > 1.0000001:
        raise ValueError(f"'{raw}' is not a share between 0% and 100%")
    return round(min(value, 1.0), 6)


def parse_bool(raw: object) -> bool | None:
    """Yes/no in English, Spanish, French, German or Portuguese (also y/n, x, true/false, 1/0)."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        return raw
    s = str(raw).strip()
    if not s:
        return None
    voc = _vocab()
    key = text_key(s) or s.lower()
    if key in voc["truthy"] or s.lower() in voc["truthy"]:
        return True
    if key in voc["falsy"] or s.lower() in voc["falsy"]:
        return False
    if is_missing(s):
        return None
    first = key.split()[0] if key.split() else key
    if first in {"yes", "si", "oui", "ja", "sim"}:
        return True  # "Yes - 2 agencies"
    if first in {"no", "non", "nein", "nao"}:
        return False
    raise ValueError(f"'{raw}' is not a yes/no value")


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD_SLASH = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[./-](\d{4})$")


def parse_date(raw: object, *, day_first: bool = True) -> dt.date | None:
    """ISO dates, d/m/Y (or m/d/Y when day_first is False and the value is unambiguous), "March 2024",
    "5 Mar 2024", a bare year, Excel serial numbers, and date/datetime objects."""
    if is_missing(raw):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    s = str(raw).strip()
    if text_key(s) in _vocab()["no_date"]:
        return None  # "never", "not audited": no date, and not an error
    m = _ISO.match(s)
    if m:
        return _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    m = _YMD_SLASH.match(s)
    if m:
        return _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    m = _DMY.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 2000 if y < 100 and y < 70 else (y + 1900 if y < 100 else y)
        if a > 12 or (day_first and b <= 12):
            return _mk(y, b, a, raw)
        return _mk(y, a, b, raw)
    m = _MY.match(s)
    if m:
        return _mk(int(m.group(2)), int(m.group(1)), 1, raw)
    if re.fullmatch(r"\d+(\.0+)?", s) or re.fullmatch(r"\d+\.\d+", s):
        num = float(s)
        if 1900 <= num <= 2100 and num == int(num):
            return dt.date(int(num), 1, 1)  # a bare year
        if 20000 <= num <= 80000:  # Excel serial number (1954..2119)
            return EXCEL_EPOCH + dt.timedelta(days=int(num))
        raise ValueError(f"'{raw}' is not a date")
    return _words_date(s, raw)


def _words_date(s: str, raw: object) -> dt.date:
    months = _vocab()["months"]
    toks = text_key(s).replace("de ", " ").split()
    day = month = year = None
    for tok in toks:
        if tok.isdigit():
            n = int(tok)
            if len(tok) == 4 and year is None:
                year = n
            elif n <= 31 and day is None:
                day = n
            elif year is None and len(tok) == 2:
                year = 2000 + n
        elif tok in months and month is None:
            month = months[tok]
        elif tok.rstrip("thndrs") in months:  # never true for real words, kept simple
            month = months[tok.rstrip("thndrs")]
        elif tok in {"st", "nd", "rd", "th", "of", "de", "del", "le", "der", "em", "q"}:
            continue
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th|er|o|a)", tok):
            day = int(re.match(r"\d+", tok).group())  # type: ignore[union-attr]  # fullmatch above: tok starts with digits
        else:
            raise ValueError(f"'{raw}' is not a date")
    if year is None or month is None:
        raise ValueError(f"'{raw}' is not a date")
    return _mk(year, month, day or 1, raw)


def _mk(y: int, m: int, d: int, raw: object) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise ValueError(f"'{raw}' is not a valid date") from None


def legal_forms() -> list[str]:
    """Company legal forms (Ltd., GmbH, S.A. de C.V., 有限公司, ...) as written in names: the one list of them,
    ``lexicons/risk/legal_forms.yaml``, which watchlist name matching reads too."""
    data = lexicon_data("risk/legal_forms.yaml")
    return list(dict.fromkeys([str(f) for group in data["forms"].values() for f in group]
                              + [str(f) for f in data["edge_only"]]))


def name_filler_words() -> list[str]:
    """Words that are no legal form but say nothing about which company it is (group, factory, trading, the):
    ignored, like legal forms, when supplier names are compared for duplicates (``lexicons/values.yaml``)."""
    return _vocab()["name_filler"]
