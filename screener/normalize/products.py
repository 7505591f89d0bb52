"""Product descriptions to goods of the US DOL ILAB TVPRA list.

A cell may name several products ("Cotton yarn, T-shirts & socks"). The text is scanned for the longest
known phrase at each position (DOL good names, synonyms from `lexicons/products.yaml`, non-DOL goods);
what is left between separators is matched with a strict fuzzy fallback. Canonical names are exactly the
`good` strings of the DOL csv.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from screener.resources import lexicon_data
from screener.normalize import text_key

SEPARATOR_WORDS = frozenset({"and", "y", "et", "und", "e", "or", "o", "ou", "oder", "with", "con", "avec", "mit",
                             "com", "plus", "etc"})
_FUZZY_CUTOFF = 90.0
_MAX_PHRASE = 6


@dataclass(frozen=True)
class ProductLexicon:
    """Phrase keys (tuples of stemmed tokens) to canonical goods."""

    phrases: dict[tuple[str, ...], tuple[str, ...]]
    dol_goods: frozenset[str]
    other_goods: frozenset[str]


def _stem(tok: str) -> str:
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss"):
        return tok[:-1]
    return tok


def _tokens(text: str) -> list[str]:
    return [_stem(t) for t in text_key(text).split()]


@lru_cache(maxsize=1)
def product_lexicon() -> ProductLexicon:
    """Load the goods list and synonyms once."""
    data = lexicon_data("products.yaml")
    goods = [str(g) for g in data["dol_goods"]]
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for good in goods:
        phrases[tuple(_tokens(good))] = (good,)
        if "(" in good:  # "Cobalt ore (heterogenite)" also matches "cobalt ore"
            phrases.setdefault(tuple(_tokens(good[: good.index("(")])), (good,))
        if "/" in good:  # "Thread/Yarn" also matches "thread" and "yarn"
            for part in good.split("/"):
                phrases.setdefault(tuple(_tokens(part)), (good,))
    for syn, targets in data["synonyms"].items():
        unknown = [t for t in targets if t not in goods]
        if unknown:
            raise ValueError(f"lexicons/products.yaml: synonym '{syn}' names goods not on the DOL list: {unknown}")
        phrases[tuple(_tokens(str(syn)))] = tuple(targets)
    others = data.get("other_goods", {}) or {}
    for canonical, syns in others.items():
        for syn in [canonical, *syns]:
            phrases.setdefault(tuple(_tokens(str(syn))), (canonical,))
    phrases.pop((), None)
    return ProductLexicon(phrases, frozenset(goods), frozenset(others))


@lru_cache(maxsize=1)
def _fuzzy_choices() -> dict[str, tuple[str, ...]]:
    lex = product_lexicon()
    return {" ".join(k): v for k, v in lex.phrases.items() if len(" ".join(k)) >= 5}


def _split_chunks(tokens: list[str]) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    for tok in tokens:
        if tok in SEPARATOR_WORDS or tok == "|":
            chunks.append([])
        else:
            chunks[-1].append(tok)
    return [c for c in chunks if c]


def _raw_tokens(raw: str) -> list[str]:
    """Tokens with list separators kept as "|" so that phrases never cross them."""
    marked = raw
    for sep in (",", ";", "/", "&", "+", "\n", "|", "·", "•"):
        marked = marked.replace(sep, " | ")
    out: list[str] = []
    for part in marked.split():
        if part == "|":
            out.append("|")
        else:
            out.extend(_tokens(part))
    return out


def _unknown_text(raw: str, chunk: list[str]) -> str:
    """The words of ``raw`` that produced an unmatched chunk, as the user wrote them."""
    words = [w for w in raw.replace(";", " , ").replace("/", " , ").replace("&", " , ").replace("+", " , ")
             .replace(",", " , ").split()]
    pieces: list[list[str]] = [[]]
    for w in words:
        if w == "," or text_key(w) in SEPARATOR_WORDS:
            pieces.append([])
        else:
            pieces[-1].append(w)
    for piece in pieces:
        if piece and [t for w in piece for t in _tokens(w)] == chunk:
            return " ".join(piece)
    return " ".join(chunk)


@lru_cache(maxsize=65536)
def _normalize(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lex = product_lexicon()
    whole = tuple(_tokens(raw))
    if whole in lex.phrases:  # "Thread/Yarn", "Brazil Nuts/Chestnuts" as a whole
        return lex.phrases[whole], ()
    found: list[str] = []
    unknown: list[str] = []
    for chunk in _split_chunks(_raw_tokens(raw)):
        i, leftover = 0, []
        while i < len(chunk):
            for n in range(min(_MAX_PHRASE, len(chunk) - i), 0, -1):
                hit = lex.phrases.get(tuple(chunk[i:i + n]))
                if hit:
                    found.extend(hit)
                    i += n
                    break
            else:
                leftover.append(chunk[i])
                i += 1
        if leftover and len(leftover) == len(chunk):
            text = " ".join(chunk)
            best = process.extractOne(text, _fuzzy_choices().keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF) \
                if len(text) >= 5 else None
            if best:
                found.extend(_fuzzy_choices()[best[0]])
            else:
                unknown.append(_unknown_text(raw, chunk))
    seen: dict[str, None] = {}
    for g in found:
        seen.setdefault(g, None)
    return tuple(seen), tuple(unknown)


def normalize_products(raw: str | None) -> list[str]:
    """Canonical goods named in a product cell (DOL good names, or a known non-DOL good); [] when none."""
    if raw is None or not str(raw).strip():
        return []
    return list(_normalize(str(raw))[0])


def unrecognised_products(raw: str | None) -> list[str]:
    """Parts of a product cell that matched no known good (reported as a data-quality note)."""
    if raw is None or not str(raw).strip():
        return []
    return list(_normalize(str(raw))[1])
