"""Test fixtures: the repository root. Tests never need the shared reference data beside the checkout; checks against it live in evals/ (make eval)."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # test helpers such as pg_server


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL server for the review-store tests: SCREENER_TEST_PG_URL, or a throwaway cluster."""
    url = os.environ.get("SCREENER_TEST_PG_URL", "").strip()
    if url:
        yield url
        return
    from pg_server import MISSING, ThrowawayPostgres

    server = ThrowawayPostgres()
    if server.bin is None:
        pytest.fail(MISSING)
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture()
def pg_store_url(pg_url: str) -> Iterator[str]:
    """A fresh, empty database on the test server for one test."""
    import uuid

    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, query = pg_url.partition("?")
    db_url = base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")
    yield db_url
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
