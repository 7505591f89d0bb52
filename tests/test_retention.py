"""Raw uploads are purged after the retention period."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from screener.retention import purge_expired, retention_days


def test_old_upload_folders_are_removed_and_recent_ones_kept(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for d in (old, new):
        (d / "reports").mkdir(parents=True)
        (d / "reports" / "audit.pdf").write_bytes(b"%PDF")
    past = time.time() - 40 * 86_400
    os.utime(old, (past, past))
    assert purge_expired(tmp_path, 30) == [old]
    assert not old.exists() and (new / "reports" / "audit.pdf").exists()
    assert purge_expired(tmp_path, 0) == []  # 0: kept until the server stops


def test_retention_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCREENER_RETENTION_DAYS", raising=False)
    assert retention_days() == 30
    monkeypatch.setenv("SCREENER_RETENTION_DAYS", "7")
    assert retention_days() == 7
    for bad in ("a week", "-1"):
        monkeypatch.setenv("SCREENER_RETENTION_DAYS", bad)
        with pytest.raises(ValueError, match="SCREENER_RETENTION_DAYS"):
            retention_days()
