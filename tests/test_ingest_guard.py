"""The reader guard and the CLI's last line: every failure is a one-line exit-2 error naming the file."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from screener.errors import InputError, LimitExceeded, printable
from screener.ingest.guard import as_input_error, run_guarded

ROOT = Path(__file__).resolve().parent.parent


class PanicException(BaseException):
    """Stands in for pyo3_runtime.PanicException (a BaseException, not an Exception)."""


def _raise(exc: BaseException):
    raise exc


@pytest.mark.parametrize("exc,fragment,cls", [
    (PanicException("capacity overflow"), "reader gave up (PanicException: capacity overflow)", InputError),
    (MemoryError(), "more memory than is allowed", LimitExceeded),
    (RecursionError("maximum recursion depth"), "nested too deeply", InputError),
    (PermissionError(13, "Permission denied"), "permission denied", InputError),
    (UnicodeEncodeError("utf-8", "\udce9", 0, 1, "surrogates not allowed"), "cannot be decoded", InputError),
    (ValueError("bad"), "damaged or malformed", InputError),
])
def test_guard_turns_every_failure_into_an_input_error(exc, fragment, cls) -> None:
    with pytest.raises(cls) as info:
        run_guarded("caf\udce9.xlsx", _raise, exc)
    text = str(info.value)
    assert fragment in text and text.startswith("file 'caf\\xe9.xlsx'")
    assert "\n" not in text


def test_guard_lets_interrupts_through() -> None:
    with pytest.raises(KeyboardInterrupt):
        run_guarded("x.csv", _raise, KeyboardInterrupt())


def test_printable_strips_escapes_and_shows_bad_bytes() -> None:
    assert printable("\x1b[31mRed\x1b[0m\x07 Mills") == "Red Mills"
    assert printable("a\nb\tc") == "a b c"
    assert printable(os.fsdecode(b"caf\xe9")) == "caf\\xe9"
    assert as_input_error(InputError("x", file="f"), "g").file == "f"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "screener.commands.main", *args], cwd=cwd, capture_output=True, env=env,
                          timeout=300)


def test_cli_odd_names_and_no_empty_output_left(tmp_path: Path) -> None:
    good = b"Supplier Name,Country\nAcme Textiles Ltd,Bangladesh\n"
    (tmp_path / "-x.csv").write_bytes(b"")
    bad_name = os.fsdecode(b"caf\xe9.csv")
    (tmp_path / bad_name).write_bytes(good)
    out = os.fsdecode(b"o\xff.json")
    r = _cli("screen", "--quiet", "--out", out, "--", bad_name, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    assert (tmp_path / out).stat().st_size > 0
    r = _cli("screen", "--quiet", "--", "-x.csv", cwd=tmp_path)  # a name starting with "-" after "--"
    assert r.returncode == 2 and r.stderr.decode() == "error: file '-x.csv': the file is empty\n", r.stderr
    (tmp_path / "p.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    r = _cli("screen", "--quiet", "--out", "reg.json", "p.xlsx", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.decode().count("\n") == 1 and b"damaged" in r.stderr, r.stderr
    assert not (tmp_path / "reg.json").exists()
