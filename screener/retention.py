"""Retention of raw uploads: uploaded sheets and reports (which name workers) are removed after N days.

``SCREENER_RETENTION_DAYS`` sets N (default 30; 0 keeps uploads only until the server stops). The review store
never holds raw text, so purging uploads removes the raw personal data of a deployment.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

RETENTION_ENV = "SCREENER_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 30.0


def retention_days() -> float:
    """Days an upload is kept (``SCREENER_RETENTION_DAYS``; ValueError when it is not a number of days)."""
    raw = os.environ.get(RETENTION_ENV, "").strip()
    if not raw:
        return DEFAULT_RETENTION_DAYS
    try:
        days = float(raw)
    except ValueError as exc:
        raise ValueError(f"{RETENTION_ENV} must be a number of days, not '{raw}'.") from exc
    if days < 0:
        raise ValueError(f"{RETENTION_ENV} must be 0 or more days, not {days:g}.")
    return days


def purge_expired(root: Path, days: float, now: float | None = None) -> list[Path]:
    """Remove the upload folders directly under ``root`` last changed more than ``days`` ago; the removed ones."""
    if days <= 0 or not root.is_dir():
        return []
    limit = (time.time() if now is None else now) - days * 86_400
    removed = []
    for child in root.iterdir():
        try:
            if child.is_dir() and not child.is_symlink() and child.stat().st_mtime < limit:
                shutil.rmtree(child, ignore_errors=True)
                removed.append(child)
        except OSError:
            continue
    return removed
