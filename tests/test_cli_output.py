"""CLI output formats: JSON lines when piped, tables for people, CSV for spreadsheets; no terminal escapes."""
from __future__ import annotations

import csv
import io
import json

import pytest

from screener.commands.main import main
from screener.commands.output import chosen_format, printable, write_table


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_default_format_follows_the_terminal() -> None:
    assert chosen_format(None, _Tty()) == "table"
    assert chosen_format(None, io.StringIO()) == "jsonl"
    assert chosen_format("csv", _Tty()) == "csv"


def test_printable_strips_escapes_and_control_characters() -> None:
    assert printable("Acme \x1b[31mTextiles\x1b[0m\x07 Ltd") == "Acme Textiles Ltd"
    assert printable("a\nb\tc") == "a b c"
    assert printable("x" * 20, 5) == "xxxx…"


def test_table_is_aligned_and_says_when_empty() -> None:
    out = io.StringIO()
    write_table(out, ("a", "bb"), [("1", "long value"), ("22", "x")])
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["a", "bb"] and lines[2].startswith("1 ") and lines[3].startswith("22")
    assert lines[2].index("long") == lines[0].index("bb")
    out = io.StringIO()
    write_table(out, ("a",), [], empty="no evidence found")
    assert out.getvalue() == "no evidence found\n"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_scan_prints_each_format(fmt: str, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Passports are kept in the HR office."))
    assert main(["scan", "-", "--lang", "en", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "jsonl":
        rec = json.loads(out.splitlines()[0])
        assert rec["indicator"] == "retention_of_identity_documents"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["indicator"] == "retention_of_identity_documents" and rows[0]["polarity"] == "asserted"
    else:
        assert "retention_of_identity_documents" in out and out.splitlines()[1].startswith("--")


def test_match_table_and_csv(tmp_path, capsys) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Hetian Haolin Hair Accessories Co., Ltd.\nAcme \x1b[31mTextiles\n", encoding="utf-8")
    assert main(["match", str(names), "--list", "uflpa", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Hetian Haolin" in out and "\x1b" not in out and "no match" in out
    assert main(["match", str(names), "--list", "uflpa", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["list"] == "uflpa" and float(rows[0]["score"]) >= 0.9 and rows[1]["alerts"] == "0"
