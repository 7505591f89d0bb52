"""The review store on PostgreSQL, for shared deployments (``SCREENER_DB=postgresql://…``).

The same methods, tables and migrations as the SQLite store (``store.py``); only the connection, the
transactions and the migration bookkeeping differ. Writes are serialised with a transaction-scoped advisory
lock, so the "before" state written to the audit log is always the state the write replaced, and the
append-only rule of the audit log is enforced by a trigger in the database.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from screener.review.store import ReviewStore, SchemaTooNewError
from screener.review.schema import PG_MIGRATIONS

# An arbitrary constant naming this application's advisory lock (writes, migrations).
WRITE_LOCK_ID = 727_011_2026


class _Row(dict):
    """A row readable by column name and by position, like ``sqlite3.Row``."""

    def __init__(self, names: list[str], values: Any) -> None:
        super().__init__(zip(names, values))
        self._values = tuple(values)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return self._values[key]
        return super().__getitem__(key)


def _row_factory(cursor: Any) -> Any:
    names = [c.name for c in (cursor.description or [])]
    return lambda values: _Row(names, values)


class _Connection:
    """A psycopg connection speaking the store's SQL (``?`` placeholders, rows by name or position)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, args: tuple[Any, ...] | list[Any] = ()) -> Any:
        if args:
            return self._conn.execute(sql.replace("?", "%s"), tuple(args))
        return self._conn.execute(sql)


def _redact_url(url: str) -> str:
    """The URL with any password hidden, for messages and run records."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class PostgresReviewStore(ReviewStore):
    """Reviewers' decisions, plans, referrals and the audit log in a PostgreSQL database."""

    def __init__(self, url: str) -> None:  # noqa: D107 - the parent's path handling does not apply
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise RuntimeError("PostgreSQL review stores need the psycopg package (pip install 'psycopg[binary]').") from exc
        self._psycopg = psycopg
        self.url = url
        self.location = _redact_url(url)
        self.path = None  # type: ignore[assignment]
        self._local = threading.local()
        with self._write_tx(lock=True) as conn:
            self._migrate_pg(conn)

    # ------------------------------------------------------------ plumbing
    def _raw(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            try:
                conn = self._psycopg.connect(self.url, autocommit=False, row_factory=_row_factory)
            except self._psycopg.OperationalError as exc:
                raise ConnectionError(f"Cannot reach the review database {self.location}: {exc}".strip()) from exc
            self._local.conn = conn
        return conn

    @contextmanager
    def _connect(self) -> Iterator[Any]:  # type: ignore[override]
        conn = self._raw()
        with conn.transaction():
            yield _Connection(conn)

    @contextmanager
    def _write_tx(self, lock: bool = True) -> Iterator[Any]:
        conn = self._raw()
        with conn.transaction():
            if lock:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_ID,))
            yield _Connection(conn)

    @contextmanager
    def _write(self) -> Iterator[Any]:  # type: ignore[override]
        with self._write_tx(lock=True) as conn:
            yield conn

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None and not conn.closed:
            conn.close()

    def schema_version(self) -> int:
        """The schema version of the database."""
        with self._connect() as conn:
            return _version(conn)

    def _migrate_pg(self, conn: Any) -> None:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        version = _version(conn)
        if version > len(PG_MIGRATIONS):
            raise SchemaTooNewError(
                f"The review database '{self.location}' has schema version {version}, newer than this screener "
                f"understands ({len(PG_MIGRATIONS)}). Upgrade the screener or use another database.")
        for number, script in enumerate(PG_MIGRATIONS[version:], start=version + 1):
            conn.execute(script)
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))


def _version(conn: Any) -> int:
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0
