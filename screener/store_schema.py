"""Schema of the review store: an ordered list of migrations, applied in order and tracked in
``PRAGMA user_version``. Never edit a released migration; append a new one."""
from __future__ import annotations

# Each entry is one migration: the database is at version N once the first N entries have run.
MIGRATIONS: tuple[str, ...] = (
    # 1: decisions on evidence and on suppliers, and the audit log.
    """
    CREATE TABLE evidence_decisions (
        supplier_key TEXT NOT NULL,
        fingerprint  TEXT NOT NULL,
        decision     TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed', 'remediated')),
        note         TEXT NOT NULL DEFAULT '',
        reviewer     TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
        decided_at   TEXT NOT NULL,
        PRIMARY KEY (supplier_key, fingerprint)
    );
    CREATE TABLE supplier_decisions (
        supplier_key TEXT PRIMARY KEY,
        decision     TEXT NOT NULL CHECK (decision IN ('escalate', 'monitor', 'clear')),
        note         TEXT NOT NULL DEFAULT '',
        reviewer     TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
        decided_at   TEXT NOT NULL
    );
    CREATE TABLE audit_log (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        at           TEXT NOT NULL,
        reviewer     TEXT NOT NULL,
        action       TEXT NOT NULL,
        supplier_key TEXT NOT NULL,
        fingerprint  TEXT,
        before_json  TEXT,
        after_json   TEXT
    );
    """,
    # 2: the audit log is append-only; the database itself refuses changes and deletions.
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be changed.');
    END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be deleted.');
    END;
    """,
    # 3: keep what the reviewer saw (indicator, sentence, feature vector) beside each decision,
    #    so decisions can be shown on a new upload and used to retrain the model.
    """
    ALTER TABLE evidence_decisions ADD COLUMN indicator TEXT;
    ALTER TABLE evidence_decisions ADD COLUMN sentence TEXT;
    ALTER TABLE supplier_decisions ADD COLUMN features_json TEXT;
    CREATE INDEX audit_log_supplier ON audit_log (supplier_key, id);
    """,
)

SCHEMA_VERSION: int = len(MIGRATIONS)
