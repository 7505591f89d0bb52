"""User errors exit with code 2 and a one-line message, including a bad model file."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_bad_model_file_is_a_user_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    sheet = tmp_path / "s.csv"
    sheet.write_text("supplier name,country\nAcme Textiles,Bangladesh\n", encoding="utf-8")
    env = dict(os.environ, SCREENER_MODEL=str(bad))
    proc = subprocess.run([sys.executable, "-m", "screener.commands.main", "screen", str(sheet), "--quiet"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "bad.json" in proc.stderr and "internal error" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_train_without_a_review_database_names_it(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "screener.commands.main", "train", "--from-reviews", "--db",
                           str(tmp_path / "none.sqlite")], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "none.sqlite" in proc.stderr and "does not exist" in proc.stderr


def test_an_internal_error_is_one_line_unless_screener_debug_is_set(monkeypatch, capsys):
    """A bug prints one plain line and exits 1; SCREENER_DEBUG=1 lets the traceback through."""
    import pytest

    from screener.commands import main as cli

    def broken(_args):
        raise RuntimeError("boom")

    monkeypatch.setattr("screener.commands.scan.run", broken)  # the parser binds each command's run when built
    monkeypatch.setenv("SCREENER_DEBUG", "0")
    assert cli.main(["scan", "-"]) == 1
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: boom" in err and "SCREENER_DEBUG=1" in err
    monkeypatch.setenv("SCREENER_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["scan", "-"])
