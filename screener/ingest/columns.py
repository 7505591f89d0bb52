"""Header -> canonical field mapping, with confidence and method, and the user's overrides.

Order of evidence: the user's override, an exact synonym from `lexicons/columns.yaml`, a synonym
contained in a longer header, a rapidfuzz match at or above the lexicon's cutoff, and finally the column
content (a column full of country names or ISO codes is the country).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from screener.resources import lexicon_data
from screener.errors import InputError
from screener.contracts import ColumnMapping
from screener.normalize import text_key

FIELDS: tuple[str, ...] = (
    "supplier_name", "supplier_id", "country", "region", "products", "sector", "workers", "migrant_share",
    "labour_agency", "recruitment_fees", "employer_housing", "last_audit_date", "audit_report", "findings",
    "tier", "spend", "address", "city", "state_province", "postal_code", "parent_company",
)
_STOP = frozenset("the of de del la el los las le les du des d l der die das den do da dos a in en per por "
                  "par pour para y et und e and s".split())
_MAX_CONTENT_COLUMNS = 256  # columns whose content is read to guess an unnamed field (bounds wide sheets)
_METHOD_RANK = {"user": 5, "synonym": 4, "fuzzy": 3, "content": 2, "none": 0}


@dataclass(frozen=True)
class ColumnLexicon:
    """Synonym keys -> field, the never-map list, the fuzzy cutoff and the multi-column fields."""

    synonyms: dict[str, str]
    weak: frozenset[str]
    never: frozenset[str]
    fuzzy_cutoff: float
    multi: frozenset[str]
    version: str


def header_key(text: str) -> str:
    """Normalised header: lower case, no accents or punctuation, "%" -> "percent", articles dropped."""
    s = str(text).replace("(s)", "s").replace("(S)", "S")
    for a, b in (("%", " percent "), ("#", " number "), ("n°", " no "), ("nº", " no "), ("N°", " no "),
                 ("Nº", " no "), ("/", " ")):
        s = s.replace(a, b)
    return " ".join(t for t in text_key(s).split() if t not in _STOP)


@lru_cache(maxsize=1)
def column_lexicon() -> ColumnLexicon:
    """Load `lexicons/columns.yaml` once; a synonym listed under two fields is an error."""
    data = lexicon_data("columns.yaml")
    synonyms: dict[str, str] = {}
    for fld, langs in data["fields"].items():
        if fld not in FIELDS:
            raise ValueError(f"lexicons/columns.yaml: unknown field '{fld}'")
        for words in langs.values():
            for word in words:
                key = header_key(str(word))
                if key in synonyms and synonyms[key] != fld:
                    raise ValueError(f"lexicons/columns.yaml: '{word}' is listed for {synonyms[key]} and {fld}")
                synonyms[key] = fld
    never = frozenset(header_key(str(w)) for w in data.get("never", []))
    weak = frozenset(header_key(str(w)) for w in data.get("weak", []))
    return ColumnLexicon(synonyms, weak, never, float(data.get("fuzzy_cutoff", 84)), frozenset(data.get("multi", [])),
                         str(data.get("edition", "")))


def _contains(tokens: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(tokens[i:i + n] == phrase for i in range(len(tokens) - n + 1))


@lru_cache(maxsize=65536)
def match_header(header: str, fuzzy_ok: bool = True) -> tuple[str | None, float, str]:
    """(field, confidence, method) for one header text; (None, 0.0, "none") when nothing fits.

    ``fuzzy_ok=False`` skips the fuzzy stages (for scoring candidate rows of very wide sheets)."""
    lex = column_lexicon()
    key = header_key(header)
    if not key:
        return None, 0.0, "none"
    if key in lex.synonyms:
        return lex.synonyms[key], 0.9 if key in lex.weak else 1.0, "synonym"
    bare = header_key(_strip_parens(header))
    if bare and bare in lex.synonyms:
        return lex.synonyms[bare], 0.88 if bare in lex.weak else 0.95, "synonym"
    tokens = key.split()
    if key in lex.never or _contains_any(tokens, _never_grams()):
        return None, 0.0, "none"
    best: tuple[int, str] | None = None
    for syn in _contained_synonyms(tokens):
        if best is None or len(syn) > best[0]:
            best = (len(syn), lex.synonyms[syn])
    fuzzy = _fuzzy(bare or key, lex) if len(key) <= 80 and fuzzy_ok else (None, 0.0, "none")
    if best is not None:
        contained = (best[1], round(0.75 + 0.2 * best[0] / len(key), 3), "synonym")
        return fuzzy if fuzzy[0] and fuzzy[1] > contained[1] else contained
    if fuzzy[0] is None:
        return _skeleton(key, lex) if fuzzy_ok else fuzzy
    return fuzzy


_MAX_GRAM = 8


@lru_cache(maxsize=1)
def _synonym_grams() -> frozenset[tuple[str, ...]]:
    """Token tuples of the synonyms that may match inside a longer header (several words or 4+ letters)."""
    return frozenset(tuple(syn.split()) for syn in column_lexicon().synonyms
                     if len(syn.split()) > 1 or len(syn) >= 4)


@lru_cache(maxsize=1)
def _never_grams() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(n.split()) for n in column_lexicon().never if n)


def _grams(tokens: list[str]):
    for i in range(len(tokens)):
        for n in range(1, min(_MAX_GRAM, len(tokens) - i) + 1):
            yield tuple(tokens[i:i + n])


def _contains_any(tokens: list[str], grams: frozenset[tuple[str, ...]]) -> bool:
    """Does any phrase of ``grams`` occur as a run of ``tokens``? (a set look-up per n-gram, not a scan)"""
    return any(g in grams for g in _grams(tokens))


def _contained_synonyms(tokens: list[str]) -> list[str]:
    grams = _synonym_grams()
    return [" ".join(g) for g in _grams(tokens) if g in grams]


def _consonants(key: str) -> str:
    return " ".join(t[0] + "".join(c for c in t[1:] if c not in "aeiouy") for t in key.split())


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for syn, fld in column_lexicon().synonyms.items():
        out.setdefault(_consonants(syn), set()).add(fld)
    return out


def _skeleton(key: str, lex: ColumnLexicon) -> tuple[str | None, float, str]:
    """Abbreviations that drop vowels: "Wrkrs" -> workers, "Qty wrkrs"."""
    sk = _consonants(key)
    fields = _skeletons().get(sk, set())
    if len(sk.replace(" ", "")) >= 4 and len(fields) == 1:
        return next(iter(fields)), 0.8, "fuzzy"
    return None, 0.0, "none"


def _strip_parens(text: str) -> str:
    out, depth = [], 0
    for ch in str(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _choices_by_length() -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for c in column_lexicon().synonyms:
        out.setdefault(len(c), []).append(c)
    return out


@lru_cache(maxsize=1)
def _choices() -> list[str]:
    return list(column_lexicon().synonyms)


def _fuzzy(key: str, lex: ColumnLexicon) -> tuple[str | None, float, str]:
    choices = _choices()
    if len(key) <= 5:
        by_len = _choices_by_length()
        near = [c for n in (len(key) - 1, len(key), len(key) + 1) for c in by_len.get(n, ())]
        close = [c for c in near if len(c) >= 3 and OSA.distance(key, c, score_cutoff=1) <= 1]
        fields = {lex.synonyms[c] for c in close}
        if len(key) >= 3 and len(fields) == 1:
            return fields.pop(), 0.8, "fuzzy"
        return None, 0.0, "none"
    hits = []
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        hit = process.extractOne(key, choices, scorer=scorer, score_cutoff=lex.fuzzy_cutoff)
        if hit:
            hits.append(hit)
    if not hits:
        return None, 0.0, "none"
    syn, score, _ = max(hits, key=lambda h: h[1])
    return lex.synonyms[syn], round(score / 100, 3), "fuzzy"


def content_field(values: Sequence[str | None]) -> tuple[str | None, float]:
    """A field told by the values alone: countries (names or ISO codes) or products."""
    from screener.normalize.countries import is_exact_country
    from screener.normalize.products import normalize_products

    vals = [v for v in values if v is not None and str(v).strip()][:200]
    if len(vals) < 3:
        return None, 0.0
    share = sum(1 for v in vals if is_exact_country(v)) / len(vals)
    if share >= 0.8:
        return "country", round(0.6 + 0.3 * share, 3)
    share = sum(1 for v in vals if normalize_products(v)) / len(vals)
    if share >= 0.7:
        return "products", round(0.5 + 0.3 * share, 3)
    return None, 0.0


def validate_overrides(overrides: dict[str, str] | None, headers: Sequence[str], file: str,
                       sheet: str | None) -> dict[int, str | None]:
    """Column index -> field (None to unmap) from the user's {header: field} overrides."""
    if not overrides:
        return {}
    out: dict[int, str | None] = {}
    lookup = {h.strip().casefold(): i for i, h in enumerate(headers)}
    for src, fld in overrides.items():
        fld = (fld or "").strip()
        if fld and fld not in FIELDS:
            raise InputError(f"the mapping '{src}={fld}' names an unknown field '{fld}'; known fields: "
                             f"{', '.join(FIELDS)}", file=file, sheet=sheet)
        idx = lookup.get(str(src).strip().casefold())
        if idx is None:
            raise InputError(f"the mapping names a column '{src}' that is not in the sheet; available columns: "
                             f"{', '.join(repr(h) for h in headers)}", file=file, sheet=sheet, column=str(src))
        out[idx] = fld or None
    return out


def map_columns(headers: Sequence[str], samples: Sequence[Sequence[str | None]],
                overrides: dict[int, str | None]) -> tuple[list[ColumnMapping], list[str]]:
    """One ColumnMapping per column (field None = kept unmapped) plus notes about columns that lost a tie."""
    lex = column_lexicon()
    cands: list[tuple[str | None, float, str]] = []
    for i, h in enumerate(headers):
        if i in overrides:
            cands.append((overrides[i], 1.0, "user"))
        else:
            cands.append(match_header(h, i < _MAX_CONTENT_COLUMNS * 4))  # far columns: exact synonyms only
    taken = {c[0] for c in cands if c[0]}
    for i, (fld, _, method) in enumerate(cands[:_MAX_CONTENT_COLUMNS]):
        if fld is None and method == "none" and i not in overrides and header_key(headers[i]) not in lex.never:
            cfld, conf = content_field(samples[i])
            if cfld and cfld not in taken:
                cands[i] = (cfld, conf, "content")
                taken.add(cfld)
    notes: list[str] = []
    by_field: dict[str, list[int]] = {}
    for i, (fld, _, _) in enumerate(cands):
        if fld:
            by_field.setdefault(fld, []).append(i)
    for fld, idxs in by_field.items():
        if len(idxs) < 2 or fld in lex.multi:
            continue
        ranked = sorted(idxs, key=lambda i: (-_METHOD_RANK[cands[i][2]], -cands[i][1], i))
        for loser in ranked[1:]:
            notes.append(f"Column '{headers[loser]}' also looks like {fld.replace('_', ' ')}; "
                         f"'{headers[ranked[0]]}' was used and '{headers[loser]}' is kept as an extra column.")
            cands[loser] = (None, 0.0, "none")
    return [ColumnMapping(str(headers[i]), fld, conf if fld else 0.0, method if fld else "none", i)
            for i, (fld, conf, method) in enumerate(cands)], notes
