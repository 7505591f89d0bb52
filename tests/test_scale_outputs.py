"""Streaming writers, quiet CLI and stage progress on the sample portfolio."""
from __future__ import annotations

import json

import openpyxl
import pytest

from screener.commands.main import main
from screener.export import prepare_view, write_export
from screener.export.jsonio import json_document
from screener.export.rows import supplier_table
from screener.export.safety import safe_cell
from screener.pipeline import screen


@pytest.fixture(scope="module")
def sample_run(repo_root):
    stages = []

    class Recorder:
        import contextlib

        @contextlib.contextmanager
        def stage(self, name, total=None):
            counted = []
            yield counted.append
            stages.append((name, total, sum(counted)))

    run = screen(repo_root / "sample_suppliers" / "suppliers.xlsx", reports=repo_root / "sample_suppliers" / "reports",
                 progress=Recorder())
    run.stages = stages
    return run


def test_every_stage_reports_its_counts(sample_run):
    names = [s[0] for s in sample_run.stages]
    assert names == ["Reading the supplier sheet", "Reading reports", "Linking reports to suppliers",
                     "Finding evidence", "Matching names against watchlists", "Scoring suppliers"]
    for name, total, done in sample_run.stages:
        assert done == total, name
    assert dict((n, t) for n, t, _ in sample_run.stages)["Scoring suppliers"] == len(sample_run.results)


def test_streamed_json_is_the_in_memory_register(sample_run, tmp_path):
    view = prepare_view(sample_run)
    [path] = write_export(sample_run, tmp_path / "register.json", view=view)
    text = path.read_text(encoding="utf-8")
    one_line = [ln for ln in text.splitlines() if ln.startswith('    {"supplier_key": ')]
    assert len(one_line) == len(sample_run.results)  # one line per supplier, not one per field
    reference = json.loads(json.dumps(json_document(view), ensure_ascii=False, default=str))
    assert json.loads(text) == reference


def test_write_only_xlsx_holds_every_supplier_row(sample_run, tmp_path):
    view = prepare_view(sample_run)
    [path] = write_export(sample_run, tmp_path / "register.xlsx", view=view)
    wb = openpyxl.load_workbook(path)
    headers, rows = supplier_table(view)
    got = [list(r) for r in wb["Suppliers"].iter_rows(values_only=True)]
    assert got[0] == headers
    expected = [[None if v in (None, "") else safe_cell(v) for v in row] for row in rows]
    assert [[None if v in (None, "") else v for v in row] for row in got[1:]] == expected
    ev_rows = list(wb["Evidence"].iter_rows(min_row=2, values_only=True))
    assert len(ev_rows) == sum(len(r.evidence) for r in sample_run.results)
    assert wb["Suppliers"].freeze_panes == "D2" and wb["Evidence"].freeze_panes == "A2"


def test_quiet_prints_nothing_on_success(repo_root, tmp_path, capsys):
    code = main(["screen", str(repo_root / "sample_suppliers" / "suppliers.xlsx"), "--out", str(tmp_path / "r.csv"),
                 "--out", str(tmp_path / "cases") + "/", "--quiet"])
    out, err = capsys.readouterr()
    assert code == 0 and (tmp_path / "r.csv").is_file() and any((tmp_path / "cases").iterdir())
    assert out == "" and err == ""


def test_progress_is_a_few_lines_per_stage_and_counts_case_files(repo_root, tmp_path, capsys):
    code = main(["screen", str(repo_root / "sample_suppliers" / "suppliers.xlsx"), "--out", str(tmp_path / "r.json"),
                 "--out", str(tmp_path / "all") + "/", "--all-cases"])
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert code == 0 and out == ""
    assert 8 <= len(lines) < 30, lines  # stages, the file count and a summary: never a line per supplier
    n_suppliers = len(json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["suppliers"])
    assert any(f"{n_suppliers:,} case files (every supplier)" in line for line in lines)
    assert len(list((tmp_path / "all").iterdir())) == n_suppliers + 1
    assert any(line.startswith("Screened ") for line in lines)
