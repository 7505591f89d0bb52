"""Country names and codes to ISO 3166-1 alpha-2.

Lookup order: exact code (alpha-2, alpha-3), exact name in English/Spanish/French/German/Portuguese
(pycountry and its translations) or an alias from `lexicons/countries.yaml`, then a typo-tolerant match
(Damerau-Levenshtein distance 1 for short names, 2 for long ones) that must be unambiguous.
"""
from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry
from rapidfuzz.distance import OSA

from screener.resources import lexicon_data
from screener.normalize import text_key

_LANGS = ("es", "fr", "de", "pt", "pt_BR")
_EXTRA_CODES = {"XK": "Kosovo"}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name key -> alpha2, alpha3 -> alpha2, alpha2 -> display name)."""
    names: dict[str, str] = {}
    alpha3: dict[str, str] = {}
    display: dict[str, str] = dict(_EXTRA_CODES)
    translators = []
    for lang in _LANGS:
        try:
            translators.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:  # a missing locale only weakens the lookup
            continue

    def add(name: str, code: str) -> None:
        for variant in _variants(name):
            key = text_key(variant)
            if key and key not in names:
                names[key] = code

    for c in pycountry.countries:
        code = c.alpha_2
        alpha3[c.alpha_3] = code
        display[code] = getattr(c, "common_name", None) or c.name
        for attr in ("common_name", "name", "official_name"):
            val = getattr(c, attr, None)
            if val:
                add(val, code)
                for t in translators:
                    add(t.gettext(val), code)
    for c in pycountry.countries:  # "Bosnia" for "Bosnia and Herzegovina": the head of a paired name
        for attr in ("common_name", "name"):
            val = getattr(c, attr, None)
            if val and " and " in val and "," not in val:
                head = text_key(val.split(" and ")[0])
                if len(head) >= 4 and head not in names:
                    names[head] = c.alpha_2
    data = lexicon_data("countries.yaml")
    for alias, code in data["aliases"].items():
        key = text_key(str(alias))
        names[key] = str(code)  # curated aliases win over generated variants
    for code, name in (data.get("display") or {}).items():  # the names the app and the exports show
        display[str(code).upper()] = str(name)
    return names, alpha3, display


def _variants(name: str) -> list[str]:
    """A name plus its common re-orderings: "Korea, Republic of" -> "Republic of Korea", "X (Y)" -> X, Y."""
    out = [name]
    if "(" in name and ")" in name:
        outer = (name[: name.index("(")] + name[name.index(")") + 1:]).strip()
        inner = name[name.index("(") + 1: name.index(")")].strip()
        out += [outer, f"{outer} {inner}"]
    if ", " in name:
        head, tail = name.split(", ", 1)
        out.append(f"{tail} {head}")
    return out


@lru_cache(maxsize=65536)
def normalize_country(raw: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name or code, or None when it cannot be told safely."""
    if raw is None:
        return None
    s = str(raw).strip()
    if not s:
        return None
    names, alpha3, display = _tables()
    letters = "".join(ch for ch in s if ch.isalpha())
    if len(s) <= 4 and len(letters) == 2 and s.replace(".", "").isalpha():
        code = letters.upper()
        if code in display:
            return code
        if code == "UK":
            return "GB"
    if len(s) == 3 and s.isalpha() and s.upper() in alpha3 and s.isupper():
        return alpha3[s.upper()]
    key = text_key(s)
    if key in names:
        return names[key]
    if len(s) == 3 and s.isalpha() and s.upper() in alpha3:
        return alpha3[s.upper()]
    if "(" in s and ")" in s:  # "China (PRC)", "Indonesia (Republic of)": the qualifier must not contradict
        outer = normalize_country((s[: s.index("(")] + s[s.index(")") + 1:]).strip())
        inner_text = s[s.index("(") + 1: s.index(")")].strip()
        inner = normalize_country(inner_text) if inner_text else None
        if outer and (inner is None or inner == outer):
            return outer
        return None
    return _fuzzy(key)


def _fuzzy(key: str) -> str | None:
    """Typo-tolerant lookup: unique best candidate within a small edit distance."""
    if len(key) < 4:
        return None
    names, _, _ = _tables()
    max_dist = 1 if len(key) < 8 else 2
    best: dict[str, int] = {}
    for cand, code in names.items():
        if abs(len(cand) - len(key)) > max_dist:
            continue
        d = OSA.distance(key, cand, score_cutoff=max_dist)
        if d <= max_dist and (code not in best or d < best[code]):
            best[code] = d
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None  # two countries equally close: do not guess
    return ranked[0][0]


def is_exact_country(raw: str | None) -> bool:
    """True when the value is a country code or a known name without any typo tolerance."""
    if raw is None or not str(raw).strip():
        return False
    s = str(raw).strip()
    names, alpha3, display = _tables()
    if s.isalpha() and s.isupper() and (len(s) == 2 and s in display or len(s) == 3 and s in alpha3):
        return True
    return text_key(s) in names


def country_from_address(address: str | None) -> str | None:
    """Country named at the end of an address ("..., Dhaka, Bangladesh"), exact names and codes only."""
    if not address:
        return None
    parts = [p.strip(" .") for p in str(address).replace("\n", ",").split(",") if p.strip(" .")]
    for part in reversed(parts[-2:]):
        words = [w for w in part.split() if not any(ch.isdigit() for ch in w)]
        for n in (len(words), 3, 2, 1):  # whole segment, then its last words ("Jiangsu China")
            if 0 < n <= len(words):
                tail = " ".join(words[-n:])
                if len(tail) < 3 or (len(tail) == 3 and not (tail.isupper() and tail.isalpha())):
                    continue  # two-letter tails are US states ("VA") or abbreviations, not countries
                if is_exact_country(tail):
                    code = normalize_country(tail)
                    if code:
                        return code
    return None


def country_name(iso2: str | None) -> str:
    """Display name for an alpha-2 code (the code itself when unknown).

    The one place a country's name is chosen: the app, the CLI and every export call it, so "Vietnam" and
    "Taiwan" read the same everywhere (pycountry's common names, with the ``display`` overrides of
    ``lexicons/countries.yaml``).
    """
    if not iso2:
        return ""
    return _tables()[2].get(iso2.upper(), iso2)
