"""Checks against the shared reference data beside the checkout (``make eval``).

They need ``../shared`` (the eval sets, the raw public tables and the real supplier lists that the project may not
redistribute). ``SCREENER_SHARED=DIR`` points elsewhere. Without it the run stops at once and says what is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_location import SHARED  # noqa: E402
NEEDED = ("eval/dev_real.jsonl", "eval/dev_authored.jsonl", "data/uflpa_entity_list.csv",
          "data/supplier_lists/nike_2021-02_manufacturing_map_export.xls")


def pytest_configure(config: pytest.Config) -> None:
    missing = [p for p in NEEDED if not (SHARED / p).is_file()]
    if missing:
        pytest.exit(f"make eval needs the shared reference data at {SHARED} (missing: {', '.join(missing)}). "
                    "Put the shared/ folder beside the checkout or set SCREENER_SHARED=DIR.", returncode=2)


@pytest.fixture(scope="session")
def shared() -> Path:
    return SHARED
