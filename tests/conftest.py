"""Test fixtures: the repository root. Tests never need ../shared; checks against it live in evals/ (make eval)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO
