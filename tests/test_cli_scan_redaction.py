"""`screener scan` redacts personal data in the sentences it prints unless --no-redact is given."""
from __future__ import annotations

import io
import json

from screener.commands.main import main

TEXT = "Worker Maria L. (passport no. K1234567) said the agent kept her passport."


def _scan(monkeypatch, capsys, *extra: str) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO(TEXT))
    assert main(["scan", "-", "--lang", "en", *extra]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_scan_redacts_by_default(monkeypatch, capsys):
    records = _scan(monkeypatch, capsys)
    assert records, "the passport finding should be reported"
    for rec in records:
        assert "K1234567" not in rec["sentence"] and "Maria" not in rec["sentence"]
        assert rec["sentence"][rec["start"]:rec["end"]] == rec["matched_text"]


def test_scan_no_redact_shows_the_sentence_as_written(monkeypatch, capsys):
    records = _scan(monkeypatch, capsys, "--no-redact")
    assert any(rec["sentence"] == TEXT for rec in records)
