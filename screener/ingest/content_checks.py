"""Header matches confirmed against what the column holds (issue: mapping that checks the content).

- An ID column must be (nearly) unique: a column of repeated codes (postal codes, brand codes) is not
  the supplier ID, and using it would make false "duplicate supplier ID" warnings.
- A migrant-share column must hold shares (0-1 or 0-100 %). A column of headcounts ("Migrant_Workers":
  63, 1,240) is not a share: with a total-workers column the share is computed row by row
  (method "headcount"), otherwise the column is left unmapped.
"""
from __future__ import annotations

import dataclasses
import re
from typing import cast

import polars as pl

from screener.ingest.columns import header_key
from screener.contracts import ColumnMapping

HEADCOUNT = "headcount"  # ColumnMapping.method of a migrant count turned into a share by the workers column
_SHARE_WORDS = re.compile(r"\b(?:percent|percentage|share|ratio|rate|proportion|pct|porcentaje|pourcentage|"
                          r"part|taux|proporcion|anteil|quote)\b")
_MIN_ID_UNIQUE = 0.95


def _values(data: pl.DataFrame, index: int) -> pl.Series:
    s = data.get_column(f"c{index}").str.strip_chars()
    return s.filter(s.is_not_null() & (s.str.len_chars() > 0))


def check_id_column(m: ColumnMapping, data: pl.DataFrame) -> str | None:
    """Why ``m`` (mapped to supplier_id) is not an ID column, or None when it is fine."""
    vals = _values(data, m.index)
    if vals.len() < 5:
        return None
    distinct = vals.str.to_lowercase().n_unique()
    if distinct / vals.len() < _MIN_ID_UNIQUE:
        return (f"Column '{m.source_column}' was not used as the supplier ID: its values repeat ({distinct:,} "
                f"distinct in {vals.len():,} rows), so it looks like a code shared by many suppliers (a postal "
                "code, a brand or group code). Map it with --map if it really is the ID.")
    return None


def is_headcount(m: ColumnMapping, data: pl.DataFrame) -> bool:
    """Does the migrant-share column hold worker counts rather than shares?"""
    if "%" in m.source_column or _SHARE_WORDS.search(header_key(m.source_column)):
        return False
    vals = _values(data, m.index)
    if vals.len() == 0 or vals.str.contains("%").any():
        return False
    nums = vals.cast(pl.Float64, strict=False).drop_nulls()
    if nums.len() == 0:
        return False
    over = int((nums > 100).sum())
    whole = bool((nums == nums.round(0)).all())
    return over > 0 or (whole and float(cast(float, nums.median()) or 0) > 1 and float(cast(float, nums.max()) or 0) > 20)  # Float64 column


def confirm_mappings(mappings: list[ColumnMapping], data: pl.DataFrame) -> tuple[list[ColumnMapping], list[str]]:
    """Mappings after the content checks, and the notes that explain every change."""
    out, notes = list(mappings), []
    by_field = {m.field: i for i, m in enumerate(out) if m.field}
    i = by_field.get("supplier_id")
    if i is not None and out[i].method != "user":
        why = check_id_column(out[i], data)
        if why:
            out[i] = dataclasses.replace(out[i], field=None, confidence=0.0, method="none")
            notes.append(why)
    i = by_field.get("migrant_share")
    if i is not None and out[i].method != "user" and is_headcount(out[i], data):
        w = by_field.get("workers")
        if w is not None:
            out[i] = dataclasses.replace(out[i], method=HEADCOUNT)
            notes.append(f"Column '{out[i].source_column}' holds numbers of migrant workers, not shares; the migrant "
                         f"share was computed per row as '{out[i].source_column}' / '{out[w].source_column}'.")
        else:
            out[i] = dataclasses.replace(out[i], field=None, confidence=0.0, method="none")
            notes.append(f"Column '{out[i].source_column}' holds numbers of migrant workers, not shares, and there is "
                         "no total-workers column to compute a share from; it was kept as an extra column.")
    return out, notes
