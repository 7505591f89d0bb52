"""Merged ranges, hidden rows/columns and the first used column of an ODS sheet (content.xml via defusedxml)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from defusedxml.ElementTree import iterparse

T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_MAX_SPAN = 100_000


def _int(el, attr: str, default: int = 1) -> int:
    try:
        return max(1, min(int(el.get(T + attr, default)), 10_000_000))
    except ValueError:
        return default


def ods_layout(path: Path, sheet: str | None) -> tuple[set[int], set[int], list[tuple[int, int, int, int]], int]:
    """(hidden rows, hidden columns, merges as (r1, c1, r2, c2), first used column), all 0-based."""
    hidden_rows: set[int] = set()
    hidden_cols: set[int] = set()
    merges: list[tuple[int, int, int, int]] = []
    min_col: int | None = None
    with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
        in_table, done, first = False, False, True
        row = col = table_col = 0
        for event, el in iterparse(fh, events=("start", "end")):
            tag = el.tag
            if event == "start" and tag == T + "table":
                name = el.get(T + "name")
                in_table = (sheet is None and first) or name == sheet
                first = False
                row = table_col = 0
            elif not in_table or done:
                if event == "end":
                    el.clear()
                continue
            elif event == "start" and tag == T + "table-column":
                n = _int(el, "number-columns-repeated")
                if el.get(T + "visibility") in ("collapse", "filter"):
                    hidden_cols.update(range(table_col, table_col + min(n, 1000)))
                table_col += n
            elif event == "start" and tag == T + "table-row":
                col = 0
            elif event == "end" and tag in (T + "table-cell", T + "covered-table-cell"):
                n = _int(el, "number-columns-repeated")
                has_value = el.get("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value-type") is not None \
                    or len(el)
                if has_value and (min_col is None or col < min_col):
                    min_col = col
                rs, cs = _int(el, "number-rows-spanned"), _int(el, "number-columns-spanned")
                if tag == T + "table-cell" and (rs > 1 or cs > 1) and len(merges) < _MAX_SPAN:
                    merges.append((row, col, row + rs - 1, col + cs - 1))
                col += n
                el.clear()
            elif event == "end" and tag == T + "table-row":
                n = _int(el, "number-rows-repeated")
                if el.get(T + "visibility") in ("collapse", "filter"):
                    hidden_rows.update(range(row, row + min(n, 10_000)))
                row += n
                el.clear()
            elif event == "end" and tag == T + "table":
                done = True
    return hidden_rows, hidden_cols, merges, min_col or 0
