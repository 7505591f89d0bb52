"""``screener scan``: JSON lines for --jsonl, a document, stdin; bad input exits 2 naming file and line."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from screener.commands.main import main


def test_scan_jsonl_prints_evidence_with_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "a1", "text": "The agent kept their passports.", "lang": "en"}) + "\n\n"
                 + json.dumps({"id": "a2", "text": "Les passeports ne sont pas conservés par l'employeur."}) + "\n",
                 encoding="utf-8")
    assert main(["scan", "--jsonl", str(f)]) == 0
    recs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_id = {r["id"]: r for r in recs}
    assert by_id["a1"]["indicator"] == "retention_of_identity_documents" and by_id["a1"]["polarity"] == "asserted"
    assert by_id["a2"]["polarity"] == "negated" and by_id["a2"]["lang"] == "fr"
    for r in recs:
        assert r["sentence"][r["start"]:r["end"]] == r["matched_text"]


def test_scan_bad_json_line_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": 1, "text": "ok"}\n{not json}\n', encoding="utf-8")
    assert main(["scan", "--jsonl", str(f)]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl" in err and "row 2" in err


def test_scan_document_and_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "audit.txt"
    doc.write_text("Findings\n\nWorkers paid USD 2,000 to a broker for the job.\n", encoding="utf-8")
    assert main(["scan", str(doc)]) == 0
    rec = json.loads(capsys.readouterr().out.splitlines()[0])
    assert rec["indicator"] == "recruitment_fees" and rec["document"] == "audit.txt" and rec["page"] == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO("Wages were not paid for three months."))
    assert main(["scan", "-", "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["indicator"] == "withholding_of_wages"


def test_scan_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err
