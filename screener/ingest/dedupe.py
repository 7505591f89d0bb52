"""Stable supplier keys and grouping of suppliers that appear twice under different spellings.

The name normaliser here is deliberately simple (case, accents, punctuation, legal forms); the richer
one for watchlist matching lives in `screener.normalize.names` (watchlist module).
"""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from screener.normalize import text_key
from screener.normalize.values import legal_forms

_FUZZY_GROUP = 90.0
_MAX_BLOCK = 3000


@lru_cache(maxsize=1)
def _legal_words() -> frozenset[str]:
    """Every word of every legal form ("sa de cv" gives sa, de, cv)."""
    return frozenset(w for f in legal_forms() for w in text_key(f).split())


@lru_cache(maxsize=200_000)
def simple_name(name: str) -> str:
    """Lower case, ASCII, no punctuation: "Acme Textiles Co., Ltd." -> "acme textiles co ltd"."""
    return text_key(name)


@lru_cache(maxsize=200_000)
def core_name(name: str) -> str:
    """The distinctive part of a company name, legal forms and filler words removed."""
    key = text_key(name)
    words = _legal_words()
    core = " ".join(t for t in key.split() if t not in words)
    return core or key


def supplier_key(name: str | None, supplier_id: str | None, country: str | None) -> str:
    """Stable key: "id:<supplier id>" when there is one, else "name:<normalised name>|<country>"."""
    if supplier_id and str(supplier_id).strip():
        return "id:" + " ".join(str(supplier_id).split()).casefold()
    return f"name:{simple_name(name or '')}|{(country or '').lower()}"


def _same_spelling(a: str, b: str) -> bool:
    """Two core names that differ only by word order or a typo (not by a number or a different word)."""
    if sorted(t for t in a.split() if t.isdigit()) != sorted(t for t in b.split() if t.isdigit()):
        return False
    sa, sb = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    return OSA.distance(sa, sb) <= max(1, min(len(sa), len(sb)) // 15)


def group_duplicates(names: list[str | None], countries: list[str | None]) -> list[int | None]:
    """For each row, the index of the first row that names the same supplier (None if unique).

    Same supplier: equal core name in the same country, or (within a country block of manageable size)
    core names that differ only by word order or a small typo (same numbers).
    """
    parent: list[int | None] = [None] * len(names)
    first_by_core: dict[tuple[str, str], int] = {}
    blocks: dict[str, list[int]] = {}
    for i, (n, c) in enumerate(zip(names, countries)):
        if not n:
            continue
        core = core_name(n)
        k = (core, c or "")
        if k in first_by_core:
            parent[i] = first_by_core[k]
        else:
            first_by_core[k] = i
            blocks.setdefault(c or "", []).append(i)
    for idxs in blocks.values():
        if len(idxs) < 2 or len(idxs) > _MAX_BLOCK:
            continue
        cores = [core_name(names[i] or "") for i in idxs]
        scores = process.cdist(cores, cores, scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_GROUP, workers=1)
        for a in range(len(idxs)):
            if len(cores[a]) < 4:
                continue
            for b in range(a):
                if scores[a][b] and len(cores[b]) >= 4 and parent[idxs[a]] is None \
                        and _same_spelling(cores[a], cores[b]):
                    root = idxs[b] if parent[idxs[b]] is None else parent[idxs[b]]
                    parent[idxs[a]] = root
                    break
    return parent
