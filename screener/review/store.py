"""The review store: reviewers' decisions on evidence and suppliers, corrective-action plans, referrals, and an
append-only audit log.

Decisions are keyed by the stable supplier key and the evidence fingerprint, so the next upload of the
same supplier and sentence shows the earlier decision instead of asking again. ``ReviewStore`` keeps them in
one SQLite file, safe for several writers (WAL journal, ``BEGIN IMMEDIATE`` transactions, a busy timeout);
``open_store`` gives the PostgreSQL store of ``store_pg`` for a ``postgresql://`` URL, behind the same methods.
Stored sentences are redacted: the store never keeps workers' personal data.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from screener.review.records import (  # noqa: F401  (re-exported: callers import them from the store)
    EVIDENCE_DECISIONS,
    PLAN_STATUSES,
    SUPPLIER_DECISIONS,
    AuditEntry,
    PlanItem,
    Referral,
    ReviewDecision,
    SchemaTooNewError,
    check_choice,
    evidence_state,
    iso_date,
    plan_state,
    redacted,
    require,
    supplier_state,
    utc_now,
)
from screener.review.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB_NAME = "reviews.sqlite"
BUSY_TIMEOUT_MS = 30_000
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def default_db_path() -> Path:
    """The review database path: env ``SCREENER_DB`` or ``reviews.sqlite`` in the working directory."""
    env = os.environ.get("SCREENER_DB", "").strip()
    return Path(env) if env else Path.cwd() / DEFAULT_DB_NAME


def is_postgres_url(target: str | Path | None) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) connection URL."""
    return isinstance(target, str) and target.strip().lower().startswith(POSTGRES_SCHEMES)


def default_db_target() -> str:
    """``SCREENER_DB`` as given (a file path or a PostgreSQL URL), else ``reviews.sqlite`` in the working directory."""
    env = os.environ.get("SCREENER_DB", "").strip()
    return env or str(Path.cwd() / DEFAULT_DB_NAME)


def open_existing_store(target: str | Path | None, what: str) -> "ReviewStore":
    """The review store at ``target`` (default ``default_db_target()``); InputError when a SQLite file is missing."""
    target = default_db_target() if target is None else str(target)
    if not is_postgres_url(target) and not Path(target).is_file():
        from screener.errors import InputError

        raise InputError(f"the review database does not exist; {what}", file=str(target))
    return open_store(target)


def open_store(target: str | Path | None = None) -> "ReviewStore":
    """The review store at ``target``: a PostgreSQL URL or a SQLite file (default: ``default_db_target()``)."""
    target = default_db_target() if target is None else target
    if is_postgres_url(target):
        from screener.review.store_pg import PostgresReviewStore

        return PostgresReviewStore(str(target))
    return ReviewStore(Path(target))


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into complete SQL statements (trigger bodies stay whole)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf.strip()
            buf = ""
    if buf.strip():
        raise ValueError(f"Incomplete SQL statement in migration: {buf.strip()[:80]}")


class ReviewStore:
    """Reviewers' decisions, plans, referrals and the audit log, in one SQLite file."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.location = str(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            self._migrate(conn)

    # ------------------------------------------------------------ plumbing
    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.row_factory = sqlite3.Row
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction taken with ``BEGIN IMMEDIATE`` (waits for other writers, then holds the lock)."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def schema_version(self) -> int:
        """The schema version of the database file."""
        with self._connect() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise SchemaTooNewError(
                    f"The review database '{self.path}' has schema version {version}, newer than this "
                    f"screener understands ({SCHEMA_VERSION}). Upgrade the screener or use another database."
                )
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @staticmethod
    def _audit(conn: sqlite3.Connection, *, reviewer: str, action: str, supplier_key: str,
               fingerprint: str | None, before: dict[str, Any] | None, after: dict[str, Any] | None,
               at: str) -> None:
        conn.execute(
            "INSERT INTO audit_log (at, reviewer, action, supplier_key, fingerprint, before_json, after_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (at, reviewer, action, supplier_key, fingerprint,
             json.dumps(before, sort_keys=True) if before is not None else None,
             json.dumps(after, sort_keys=True) if after is not None else None),
        )

    # ------------------------------------------------------------ writes
    def record_evidence_decision(self, supplier_key: str, fingerprint: str, decision: str, note: str,
                                 reviewer: str, indicator: str | None = None,
                                 sentence: str | None = None) -> ReviewDecision:
        """Record (or replace) the decision on one evidence item, and append it to the audit log."""
        supplier_key = require(supplier_key, "supplier key")
        fingerprint = require(fingerprint, "evidence fingerprint")
        reviewer = require(reviewer, "reviewer name")
        check_choice(decision, EVIDENCE_DECISIONS, "evidence")
        note = (note or "").strip()
        at = utc_now()
        with self._write() as conn:
            row = conn.execute(
                "SELECT * FROM evidence_decisions WHERE supplier_key=? AND fingerprint=?",
                (supplier_key, fingerprint),
            ).fetchone()
            before = evidence_state(row) if row is not None else None
            indicator = indicator if indicator is not None else (row["indicator"] if row else None)
            sentence = redacted(sentence) if sentence is not None else (row["sentence"] if row else None)
            conn.execute(
                "INSERT INTO evidence_decisions"
                " (supplier_key, fingerprint, decision, note, reviewer, decided_at, indicator, sentence)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (supplier_key, fingerprint) DO UPDATE SET decision=excluded.decision,"
                " note=excluded.note, reviewer=excluded.reviewer, decided_at=excluded.decided_at,"
                " indicator=excluded.indicator, sentence=excluded.sentence",
                (supplier_key, fingerprint, decision, note, reviewer, at, indicator, sentence),
            )
            after = {"decision": decision, "note": note, "reviewer": reviewer, "decided_at": at,
                     "indicator": indicator}
            self._audit(conn, reviewer=reviewer, action="evidence_decision", supplier_key=supplier_key,
                        fingerprint=fingerprint, before=before, after=after, at=at)
        return ReviewDecision(supplier_key, decision, note, reviewer, at, fingerprint, indicator, sentence)

    def record_supplier_decision(self, supplier_key: str, decision: str, note: str, reviewer: str,
                                 features: dict[str, float] | None = None) -> ReviewDecision:
        """Record (or replace) the decision on a supplier, and append it to the audit log."""
        supplier_key = require(supplier_key, "supplier key")
        reviewer = require(reviewer, "reviewer name")
        check_choice(decision, SUPPLIER_DECISIONS, "supplier")
        note = (note or "").strip()
        feats = {str(k): float(v) for k, v in features.items()} if features is not None else None
        at = utc_now()
        with self._write() as conn:
            row = conn.execute("SELECT * FROM supplier_decisions WHERE supplier_key=?",
                               (supplier_key,)).fetchone()
            before = supplier_state(row) if row is not None else None
            conn.execute(
                "INSERT INTO supplier_decisions (supplier_key, decision, note, reviewer, decided_at, features_json)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (supplier_key) DO UPDATE SET decision=excluded.decision, note=excluded.note,"
                " reviewer=excluded.reviewer, decided_at=excluded.decided_at,"
                " features_json=excluded.features_json",
                (supplier_key, decision, note, reviewer, at,
                 json.dumps(feats, sort_keys=True) if feats is not None else None),
            )
            after = {"decision": decision, "note": note, "reviewer": reviewer, "decided_at": at}
            self._audit(conn, reviewer=reviewer, action="supplier_decision", supplier_key=supplier_key,
                        fingerprint=None, before=before, after=after, at=at)
        return ReviewDecision(supplier_key, decision, note, reviewer, at, features=feats)

    def record_plan_item(self, supplier_key: str, step_key: str, *, status: str, user: str, owner: str = "",
                         due_date: str | dt.date | None = None, closing_note: str = "",
                         closing_document: str = "") -> PlanItem:
        """Record (or update) the owner, due date, status and closing evidence of one remediation step."""
        supplier_key = require(supplier_key, "supplier key")
        step_key = require(step_key, "remediation step")
        user = require(user, "user name")
        check_choice(status, PLAN_STATUSES, "plan status")
        due = iso_date(due_date, "due date")
        closing_note = (closing_note or "").strip()
        closing_document = (closing_document or "").strip()
        if status == "verified closed" and not (closing_note or closing_document):
            raise ValueError("Closing a step needs its closing evidence: a note or a document.")
        at = utc_now()
        item = PlanItem(supplier_key, step_key, (owner or "").strip(), due, status, closing_note, closing_document,
                        user, at)
        with self._write() as conn:
            row = conn.execute("SELECT * FROM plan_items WHERE supplier_key=? AND step_key=?",
                               (supplier_key, step_key)).fetchone()
            before = plan_state(row) if row is not None else None
            conn.execute(
                "INSERT INTO plan_items (supplier_key, step_key, owner, due_date, status, closing_note,"
                " closing_document, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (supplier_key, step_key) DO UPDATE SET owner=excluded.owner,"
                " due_date=excluded.due_date, status=excluded.status, closing_note=excluded.closing_note,"
                " closing_document=excluded.closing_document, updated_by=excluded.updated_by,"
                " updated_at=excluded.updated_at",
                (supplier_key, step_key, item.owner, due, status, closing_note, closing_document, user, at),
            )
            self._audit(conn, reviewer=user, action="plan_item", supplier_key=supplier_key, fingerprint=step_key,
                        before=before, after=plan_state(item), at=at)
        return item

    def record_referral(self, supplier_key: str, *, organisation: str, referred_on: str | dt.date,
                        consent_obtained: bool, user: str, case_reference: str = "") -> Referral:
        """Record a referral to victim assistance (no worker's personal data), and append it to the audit log."""
        supplier_key = require(supplier_key, "supplier key")
        organisation = require(organisation, "receiving organisation")
        user = require(user, "user name")
        day = iso_date(referred_on, "referral date")
        if day is None:
            raise ValueError("A referral date is required.")
        at = utc_now()
        case_reference = (case_reference or "").strip()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO referrals (supplier_key, organisation, referred_on, consent_obtained, case_reference,"
                " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (supplier_key, organisation, day, 1 if consent_obtained else 0, case_reference, user, at),
            )
            rid = int(conn.execute("SELECT MAX(id) FROM referrals WHERE recorded_at=? AND supplier_key=?",
                                   (at, supplier_key)).fetchone()[0])
            after = {"organisation": organisation, "referred_on": day, "consent_obtained": bool(consent_obtained),
                     "case_reference": case_reference}
            self._audit(conn, reviewer=user, action="referral", supplier_key=supplier_key, fingerprint=None,
                        before=None, after=after, at=at)
        return Referral(rid, supplier_key, organisation, day, bool(consent_obtained), case_reference, user, at)

    def log_raw_view(self, supplier_key: str, user: str, what: str) -> None:
        """Write a view of raw (unredacted) text by a data officer to the audit log."""
        supplier_key = require(supplier_key, "supplier key")
        user = require(user, "user name")
        at = utc_now()
        with self._write() as conn:
            self._audit(conn, reviewer=user, action="raw_text_view", supplier_key=supplier_key, fingerprint=None,
                        before=None, after={"viewed": what}, at=at)

    # ------------------------------------------------------------ reads
    def plan_items(self, supplier_key: str | None = None) -> dict[tuple[str, str], PlanItem]:
        """Tracked plan steps by (supplier key, step key), for one supplier or for all."""
        sql: str = "SELECT * FROM plan_items"
        args: tuple[str, ...] = ()
        if supplier_key is not None:
            sql, args = sql + " WHERE supplier_key=?", (supplier_key,)
        with self._connect() as conn:
            rows = conn.execute(sql + " ORDER BY supplier_key, step_key", args).fetchall()
        return {(r["supplier_key"], r["step_key"]): PlanItem(
            r["supplier_key"], r["step_key"], r["owner"], r["due_date"], r["status"], r["closing_note"],
            r["closing_document"], r["updated_by"], r["updated_at"]) for r in rows}

    def referrals(self, supplier_key: str | None = None) -> list[Referral]:
        """Referrals in the order recorded, for one supplier or for all."""
        sql: str = "SELECT * FROM referrals"
        args: tuple[str, ...] = ()
        if supplier_key is not None:
            sql, args = sql + " WHERE supplier_key=?", (supplier_key,)
        with self._connect() as conn:
            rows = conn.execute(sql + " ORDER BY id", args).fetchall()
        return [Referral(int(r["id"]), r["supplier_key"], r["organisation"], r["referred_on"],
                         bool(r["consent_obtained"]), r["case_reference"], r["recorded_by"], r["recorded_at"])
                for r in rows]

    def evidence_decisions(self, supplier_key: str | None = None) -> dict[str, ReviewDecision]:
        """Current evidence decisions by fingerprint, for one supplier or for all."""
        sql: str = "SELECT * FROM evidence_decisions"
        args: tuple[str, ...] = ()
        if supplier_key is not None:
            sql, args = sql + " WHERE supplier_key=?", (supplier_key,)
        with self._connect() as conn:
            rows = conn.execute(sql + " ORDER BY decided_at", args).fetchall()
        return {
            r["fingerprint"]: ReviewDecision(r["supplier_key"], r["decision"], r["note"], r["reviewer"],
                                             r["decided_at"], r["fingerprint"], r["indicator"], r["sentence"])
            for r in rows
        }

    def evidence_training_examples(self) -> list[tuple[str, str, int]]:
        """(sentence, indicator, label) from evidence decisions, for the sentence model: confirmed or remediated
        = 1 (the sentence does state the indicator), dismissed = 0. Decisions kept without their sentence or
        indicator are left out. Sentences are as stored (redacted)."""
        out = []
        for d in sorted(self.evidence_decisions().values(), key=lambda d: (d.decided_at, d.fingerprint or "")):
            if not d.sentence or not d.indicator:
                continue
            out.append((d.sentence, d.indicator, 0 if d.decision == "dismissed" else 1))
        return out

    def supplier_decisions(self) -> dict[str, ReviewDecision]:
        """Current supplier decisions by supplier key."""
        with self._connect() as conn:
            rows = conn.execute("SELECT * FROM supplier_decisions ORDER BY decided_at").fetchall()
        return {
            r["supplier_key"]: ReviewDecision(
                r["supplier_key"], r["decision"], r["note"], r["reviewer"], r["decided_at"],
                features=json.loads(r["features_json"]) if r["features_json"] else None)
            for r in rows
        }

    def revision(self) -> int:
        """A number that grows with every recorded decision (the newest audit-log id); 0 when empty."""
        with self._connect() as conn:
            row = conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()
        return int(row[0])

    def audit_log(self, supplier_key: str | None = None) -> list[AuditEntry]:
        """Every audit entry in the order written, optionally for one supplier."""
        sql: str = "SELECT * FROM audit_log"
        args: tuple[str, ...] = ()
        if supplier_key is not None:
            sql, args = sql + " WHERE supplier_key=?", (supplier_key,)
        with self._connect() as conn:
            rows = conn.execute(sql + " ORDER BY id", args).fetchall()
        return [
            AuditEntry(r["id"], r["at"], r["reviewer"], r["action"], r["supplier_key"], r["fingerprint"],
                       json.loads(r["before_json"]) if r["before_json"] else None,
                       json.loads(r["after_json"]) if r["after_json"] else None)
            for r in rows
        ]

    def training_examples(self) -> list[tuple[dict[str, float], int]]:
        """(features, label) pairs from supplier decisions: 1 = escalate, 0 = clear; monitor is left out."""
        out: list[tuple[dict[str, float], int]] = []
        for d in self.supplier_decisions().values():
            if d.features is None or d.decision == "monitor":
                continue
            out.append((d.features, 1 if d.decision == "escalate" else 0))
        return out
