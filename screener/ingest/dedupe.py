"""Stable supplier keys and grouping of suppliers that appear twice under different spellings.

The name normaliser here is deliberately simple (case, accents, punctuation, legal forms); the richer
one for watchlist matching lives in `screener.normalize.names` (watchlist module). Keys and exact groups
are computed column-wise with polars, so 100,000 rows cost well under a second.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import polars as pl
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


def core_name(name: str) -> str:
    """The distinctive part of a company name, legal forms and filler words removed."""
    key = text_key(name)
    words = _legal_words()
    core = " ".join(t for t in key.split() if t not in words)
    return core or key


def supplier_key(name: str | None, supplier_id: str | None, country: str | None) -> str:
    """Stable key: "id:<supplier id>" when there is one, else "name:<normalised name>|<country>"."""
    if supplier_id and str(supplier_id).strip():
        return "id:" + " ".join(str(supplier_id).split()).lower()
    return f"name:{text_key(name or '')}|{(country or '').lower()}"


def _text_keys(names: list[str | None]) -> pl.Series:
    """text_key() of every name, vectorised for ASCII names (the usual case)."""
    s = pl.Series("n", [n or "" for n in names], dtype=pl.Utf8)
    fast = (s.str.to_lowercase().str.replace_all("&", " and ", literal=True)
            .str.replace_all(r"[^0-9a-z]+", " ").str.strip_chars())
    non_ascii = s.str.contains(r"[^\x00-\x7F]").to_list()
    if any(non_ascii):
        out = fast.to_list()
        for i, flag in enumerate(non_ascii):
            if flag:
                out[i] = text_key(names[i] or "")
        return pl.Series("n", out, dtype=pl.Utf8)
    return fast


def supplier_keys(names: list[str | None], ids: list[str | None], countries: list[str | None],
                  row_numbers: list[int]) -> tuple[list[str], list[int | None]]:
    """Unique keys per row and, for each row, the row number of an earlier row with the same key (or None).

    A row whose natural key is already taken gets "#r<row>" appended, so keys stay unique and stable.
    """
    nk = _text_keys(names)
    df = pl.DataFrame({"nk": nk, "sid": pl.Series(list(ids), dtype=pl.Utf8),
                       "c": pl.Series([c or "" for c in countries], dtype=pl.Utf8),
                       "row": pl.Series(row_numbers, dtype=pl.Int64)})
    sid = pl.col("sid").str.replace_all(r"\s+", " ").str.strip_chars().str.to_lowercase()
    key = (pl.when(sid.str.len_chars() > 0).then(pl.lit("id:") + sid)
           .when(pl.col("nk").str.len_chars() > 0).then(pl.lit("name:") + pl.col("nk") + "|" + pl.col("c").str.to_lowercase())
           .otherwise(pl.lit("row:") + pl.col("row").cast(pl.Utf8)))
    df = df.with_columns(key.alias("key"))
    df = df.with_columns(pl.col("row").first().over("key").alias("first"))
    dup = df.get_column("first") != df.get_column("row")
    keys = df.select(pl.when(dup).then(pl.col("key") + "#r" + pl.col("row").cast(pl.Utf8)).otherwise(pl.col("key")))
    firsts = df.select(pl.when(dup).then(pl.col("first")).otherwise(None)).to_series().to_list()
    return keys.to_series().to_list(), firsts


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
    words = "|".join(re.escape(w) for w in sorted(_legal_words(), key=len, reverse=True))
    nk = _text_keys(names)
    core = nk.str.replace_all(rf"\b(?:{words})\b", " ").str.replace_all(r"\s+", " ").str.strip_chars()
    df = pl.DataFrame({"core": core, "nk": nk, "c": pl.Series([c or "" for c in countries], dtype=pl.Utf8),
                       "ok": pl.Series([bool(n) for n in names], dtype=pl.Boolean)}).with_row_index("i")
    df = df.with_columns(pl.when(pl.col("core").str.len_chars() > 0).then(pl.col("core")).otherwise(pl.col("nk"))
                         .alias("core"))
    df = df.with_columns(pl.when(pl.col("ok")).then(pl.col("i").first().over(["core", "c", "ok"]))
                         .otherwise(None).alias("first"))
    firsts = df.get_column("first").to_list()
    parent: list[int | None] = [f if f is not None and f != i else None for i, f in enumerate(firsts)]
    roots = df.filter(pl.col("ok") & (pl.col("first") == pl.col("i")))
    for block in roots.partition_by("c"):
        if block.height < 2 or block.height > _MAX_BLOCK:
            continue
        idxs, cores = block.get_column("i").to_list(), block.get_column("core").to_list()
        scores = process.cdist(cores, cores, scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_GROUP, workers=-1)
        rows, cols = np.nonzero(np.tril(scores, k=-1))  # only similar pairs b < a, row by row, b ascending
        for a, b in zip(rows.tolist(), cols.tolist()):  # the first b that fits wins, as in a scan of every pair
            if len(cores[a]) >= 4 and len(cores[b]) >= 4 and parent[idxs[a]] is None \
                    and _same_spelling(cores[a], cores[b]):
                parent[idxs[a]] = idxs[b] if parent[idxs[b]] is None else parent[idxs[b]]
    for i, p in enumerate(parent):  # members of a fuzzily merged root follow it
        if p is not None and parent[p] is not None:
            parent[i] = parent[p]
    return parent
