"""A table longer than an Excel sheet ends with a row saying how many rows were left out (never silently cut)."""
from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from screener.export import xlsx_sheets
from screener.export.xlsx_stream import StreamedWorkbook


def _written(rows: int, limit: int, monkeypatch, stream: bool = True) -> list[tuple]:
    monkeypatch.setattr(xlsx_sheets, "EXCEL_MAX_ROWS", limit)
    book = StreamedWorkbook(stream)
    out = book.sheet("T")
    xlsx_sheets.write_table(out, ["Supplier", "Score"], ([f"S{i}", i] for i in range(rows)))
    buf = io.BytesIO()
    book.save(buf)
    return list(load_workbook(buf, read_only=True)["T"].iter_rows(values_only=True))


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "openpyxl"])
def test_rows_over_the_sheet_limit_are_counted_in_a_closing_note(monkeypatch, stream):
    got = _written(rows=20, limit=10, monkeypatch=monkeypatch, stream=stream)
    assert len(got) == 10  # header, 8 rows, the note
    assert got[8][:2] == ("S7", 7)
    assert got[9][0].startswith("12 more rows are not in this sheet") and ".json or .csv" in got[9][0]


def test_a_table_within_the_limit_has_no_note(monkeypatch):
    got = _written(rows=8, limit=10, monkeypatch=monkeypatch)
    assert len(got) == 9 and got[-1][:2] == ("S7", 7)
