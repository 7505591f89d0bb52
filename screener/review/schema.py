"""Schema of the review store: an ordered list of migrations per database, applied in order.

SQLite tracks the version in ``PRAGMA user_version``, PostgreSQL in the ``schema_version`` table. Both lists
describe the same tables, one migration for one migration. Never edit a released migration; append a new one
to both lists."""
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
    # 4: corrective-action plans tracked to closure, and referrals of severe cases to victim assistance.
    """
    CREATE TABLE plan_items (
        supplier_key     TEXT NOT NULL,
        step_key         TEXT NOT NULL,
        owner            TEXT NOT NULL DEFAULT '',
        due_date         TEXT,
        status           TEXT NOT NULL CHECK (status IN ('open', 'in progress', 'verified closed')),
        closing_note     TEXT NOT NULL DEFAULT '',
        closing_document TEXT NOT NULL DEFAULT '',
        updated_by       TEXT NOT NULL CHECK (length(trim(updated_by)) > 0),
        updated_at       TEXT NOT NULL,
        PRIMARY KEY (supplier_key, step_key)
    );
    CREATE TABLE referrals (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        supplier_key     TEXT NOT NULL,
        organisation     TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
        referred_on      TEXT NOT NULL,
        consent_obtained INTEGER NOT NULL CHECK (consent_obtained IN (0, 1)),
        case_reference   TEXT NOT NULL DEFAULT '',
        recorded_by      TEXT NOT NULL CHECK (length(trim(recorded_by)) > 0),
        recorded_at      TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION: int = len(MIGRATIONS)

# The same schema for PostgreSQL (the append-only rule is a trigger function that refuses UPDATE, DELETE and
# TRUNCATE on the audit log).
PG_MIGRATIONS: tuple[str, ...] = (
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
        id           BIGSERIAL PRIMARY KEY,
        at           TEXT NOT NULL,
        reviewer     TEXT NOT NULL,
        action       TEXT NOT NULL,
        supplier_key TEXT NOT NULL,
        fingerprint  TEXT,
        before_json  TEXT,
        after_json   TEXT
    );
    """,
    """
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'The audit log is append-only: entries cannot be changed or deleted.';
    END;
    $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
    """,
    """
    ALTER TABLE evidence_decisions ADD COLUMN indicator TEXT;
    ALTER TABLE evidence_decisions ADD COLUMN sentence TEXT;
    ALTER TABLE supplier_decisions ADD COLUMN features_json TEXT;
    CREATE INDEX audit_log_supplier ON audit_log (supplier_key, id);
    """,
    """
    CREATE TABLE plan_items (
        supplier_key     TEXT NOT NULL,
        step_key         TEXT NOT NULL,
        owner            TEXT NOT NULL DEFAULT '',
        due_date         TEXT,
        status           TEXT NOT NULL CHECK (status IN ('open', 'in progress', 'verified closed')),
        closing_note     TEXT NOT NULL DEFAULT '',
        closing_document TEXT NOT NULL DEFAULT '',
        updated_by       TEXT NOT NULL CHECK (length(trim(updated_by)) > 0),
        updated_at       TEXT NOT NULL,
        PRIMARY KEY (supplier_key, step_key)
    );
    CREATE TABLE referrals (
        id               BIGSERIAL PRIMARY KEY,
        supplier_key     TEXT NOT NULL,
        organisation     TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
        referred_on      TEXT NOT NULL,
        consent_obtained INTEGER NOT NULL CHECK (consent_obtained IN (0, 1)),
        case_reference   TEXT NOT NULL DEFAULT '',
        recorded_by      TEXT NOT NULL CHECK (length(trim(recorded_by)) > 0),
        recorded_at      TEXT NOT NULL
    );
    """,
)
assert len(PG_MIGRATIONS) == len(MIGRATIONS), "each SQLite migration needs its PostgreSQL twin"
