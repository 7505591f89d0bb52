"""The streamed register is the same workbook as openpyxl's own writer makes: every cell, style and layout."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl

from export_fixtures import FakeStore, make_run
from screener.export.view import build_view
from screener.export.xlsx import write_workbook
from screener.export.xlsx_sheets import write_table
from screener.export.xlsx_stream import StreamedWorkbook
from xlsx_compare import differences


def _both(view) -> tuple[bytes, bytes]:
    fast, slow = io.BytesIO(), io.BytesIO()
    write_workbook(view, fast)
    write_workbook(view, slow, stream=False)
    return fast.getvalue(), slow.getvalue()


def test_streamed_register_equals_the_openpyxl_register_cell_for_cell():
    run = make_run(extra_suppliers=30)
    view = build_view(run, FakeStore(run))
    fast, slow = _both(view)
    assert differences(fast, slow) == []
    with zipfile.ZipFile(io.BytesIO(fast)) as z:  # the rows were streamed: texts sit in the shared-string table
        assert "xl/sharedStrings.xml" in z.namelist()
        assert b't="s"' in z.read("xl/worksheets/sheet2.xml")


def test_streamed_register_equals_the_openpyxl_register_without_redaction_or_store():
    run = make_run()
    assert differences(*_both(build_view(run, None, redact=False))) == []


def test_comparison_sees_a_changed_cell():
    run = make_run()
    view = build_view(run, FakeStore(run))
    fast, slow = _both(view)
    view.results[0] = dataclasses.replace(view.results[0], name="Another name")
    changed = io.BytesIO()
    write_workbook(view, changed)
    assert any("Another name" in d for d in differences(changed.getvalue(), slow))


def _one_table(rows: list[list], tmp_path: Path) -> list[tuple]:
    book = StreamedWorkbook()
    write_table(book.sheet("T"), ["A", "B", "C"], rows)
    book.save(tmp_path / "t.xlsx")
    return list(openpyxl.load_workbook(tmp_path / "t.xlsx")["T"].iter_rows(min_row=2, values_only=True))


def test_markup_and_control_characters_stay_text(tmp_path):
    hostile = ["<r><t>x</t></r>", 'a & b < c > "d"', "bell\x07 and \x1b escape"]
    got = _one_table([hostile, ["</sheetData>", "]]>", "&amp;"], ["lone \ud800 surrogate", "x", "y"]], tmp_path)
    assert got[0][:2] == ("<r><t>x</t></r>", 'a & b < c > "d"') and got[0][2] == "bell\ufffd and \ufffd escape"
    assert got[1] == ("</sheetData>", "]]>", "&amp;")
    assert got[2][0] == "lone ? surrogate"


def test_numbers_dates_and_booleans_keep_their_types(tmp_path):
    when = dt.datetime(2026, 3, 4, 5, 6, 7)
    got = _one_table([[1.0, 2**60, when], [True, 0.1 + 0.2, dt.date(2026, 1, 2)],
                      [float("nan"), -7, None]], tmp_path)
    assert got[0][0] == 1 and got[0][2] == when and isinstance(got[0][1], (int, float))
    assert got[1] == (True, 0.3, dt.datetime(2026, 1, 2))
    assert got[2] == ("nan", -7, None)


def test_texts_past_the_shared_string_bound_are_written_inline(tmp_path, monkeypatch):
    from screener.export import xlsx_stream

    monkeypatch.setattr(xlsx_stream, "MAX_SHARED", 3)
    rows = [[f"text {i}", f"<&> {i}", "same"] for i in range(4)]
    assert _one_table(rows, tmp_path) == [tuple(r) for r in rows]
    with zipfile.ZipFile(tmp_path / "t.xlsx") as z:
        assert b"inlineStr" in z.read("xl/worksheets/sheet1.xml")


def test_temporary_rows_are_removed_after_saving_and_after_an_error(tmp_path, monkeypatch):
    import tempfile

    import pytest

    from screener.export import xlsx

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    run = make_run()
    view = build_view(run)
    write_workbook(view, tmp_path / "ok.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["ok.xlsx"]

    def broken(out, view):
        out.append(["half a sheet"])
        raise RuntimeError("disk full")

    monkeypatch.setattr(xlsx.sheets, "evidence_sheet", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_workbook(view, tmp_path / "broken.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["ok.xlsx"]
