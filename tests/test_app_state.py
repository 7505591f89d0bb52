"""Uploads are written safely to a private folder; same files give the same inputs (and the same cache entry)."""
from __future__ import annotations

import stat
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app_pages.state import save_uploads, upload_root  # noqa: E402


def test_same_files_give_the_same_inputs_and_different_files_do_not() -> None:
    a = save_uploads("suppliers.xlsx", b"sheet-1", [("audit.pdf", b"r1")])
    b = save_uploads("suppliers.xlsx", b"sheet-1", [("audit.pdf", b"r1")])
    c = save_uploads("suppliers.xlsx", b"sheet-1", [("audit.pdf", b"r2")])
    assert a == b and a.digest != c.digest
    assert Path(a.suppliers).read_bytes() == b"sheet-1"
    assert [Path(p).read_bytes() for p in c.reports] == [b"r2"]


def test_names_cannot_escape_the_upload_folder_and_duplicates_are_kept() -> None:
    inputs = save_uploads("../../evil/../suppliers.csv", b"x",
                          [("..\\..\\audit.pdf", b"1"), ("audit.pdf", b"2"), ("AUDIT.pdf", b"3")])
    root = upload_root()
    for p in (inputs.suppliers, *inputs.reports):
        assert Path(p).resolve().is_relative_to(root.resolve())
    assert Path(inputs.suppliers).name == "suppliers.csv"
    assert [Path(p).name for p in inputs.reports] == ["audit.pdf", "audit (2).pdf", "AUDIT (3).pdf"]
    assert [Path(p).read_bytes() for p in inputs.reports] == [b"1", b"2", b"3"]  # nothing dropped


def test_upload_folder_is_private() -> None:
    assert stat.S_IMODE(upload_root().stat().st_mode) == 0o700
