"""Review store: decisions persist, the schema migrates, the audit log is append-only, writers don't lose data."""
from __future__ import annotations

import multiprocessing as mp
import sqlite3
from pathlib import Path

import pytest

from screener.contracts import Evidence
from screener.review.store import ReviewStore, SchemaTooNewError, default_db_path
from screener.review.schema import MIGRATIONS, SCHEMA_VERSION


def _evidence(sentence: str = "Passports are kept by HR.", key: str = "S-001") -> Evidence:
    start = sentence.lower().index("passports")
    return Evidence(indicator="retention_of_identity_documents", supplier_key=key, document="audit.pdf",
                    page=2, sentence=sentence, start=start, end=start + 9, matched_text="Passports",
                    lexicon_entry="rid.en.passports_kept", match="exact", score=1.0,
                    polarity="asserted", hedged=False, lang="en")


def test_decisions_survive_a_new_store_instance(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite"
    ev = _evidence()
    ReviewStore(db).record_evidence_decision(ev.supplier_key, ev.fingerprint, "dismissed",
                                             "Policy text, not a finding", "Ana Reviewer",
                                             indicator=ev.indicator, sentence=ev.sentence)
    ReviewStore(db).record_supplier_decision("S-001", "monitor", "Re-audit in 3 months", "Ana Reviewer")

    # A new upload yields the same evidence (same supplier, same sentence modulo spacing/case).
    again = _evidence(sentence="passports  are kept by HR.")
    store = ReviewStore(db)
    decisions = store.evidence_decisions("S-001")
    assert again.fingerprint in decisions
    d = decisions[again.fingerprint]
    assert (d.decision, d.note, d.reviewer, d.indicator) == (
        "dismissed", "Policy text, not a finding", "Ana Reviewer", "retention_of_identity_documents")
    assert store.supplier_decisions()["S-001"].decision == "monitor"
    assert store.evidence_decisions("S-999") == {}


def test_changing_a_decision_keeps_both_states_in_the_audit_log(tmp_path: Path) -> None:
    store = ReviewStore(tmp_path / "r.sqlite")
    ev = _evidence()
    store.record_evidence_decision("S-001", ev.fingerprint, "confirmed", "Seen on site", "Ana")
    store.record_evidence_decision("S-001", ev.fingerprint, "remediated", "Passports returned", "Ben")
    assert store.evidence_decisions()[ev.fingerprint].decision == "remediated"
    log = store.audit_log()
    assert [e.action for e in log] == ["evidence_decision", "evidence_decision"]
    assert log[0].before is None and log[0].after["decision"] == "confirmed"
    assert log[1].before["decision"] == "confirmed" and log[1].before["reviewer"] == "Ana"
    assert log[1].after["decision"] == "remediated" and log[1].reviewer == "Ben"
    assert log[1].at.endswith("+00:00")
    assert log[0].fingerprint == ev.fingerprint


def test_audit_log_cannot_be_altered(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    store = ReviewStore(db)
    store.record_supplier_decision("S-001", "escalate", "Passports held", "Ana")
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_log SET reviewer='Mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    conn.close()
    assert [e.reviewer for e in store.audit_log()] == ["Ana"]


def test_reviewer_name_is_required(tmp_path: Path) -> None:
    store = ReviewStore(tmp_path / "r.sqlite")
    with pytest.raises(ValueError, match="reviewer name is required"):
        store.record_supplier_decision("S-001", "clear", "", "   ")
    with pytest.raises(ValueError, match="reviewer name is required"):
        store.record_evidence_decision("S-001", "abc", "confirmed", "note", "")
    with pytest.raises(ValueError, match="Unknown supplier decision"):
        store.record_supplier_decision("S-001", "approve", "", "Ana")
    with pytest.raises(ValueError, match="Unknown evidence decision"):
        store.record_evidence_decision("S-001", "abc", "escalate", "", "Ana")
    assert store.audit_log() == [] and store.supplier_decisions() == {}


def test_migrates_a_version_1_database_and_keeps_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO supplier_decisions VALUES ('S-7', 'escalate', 'old note', 'Old Reviewer', "
                 "'2024-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO audit_log (at, reviewer, action, supplier_key) VALUES "
                 "('2024-01-01T00:00:00+00:00', 'Old Reviewer', 'supplier_decision', 'S-7')")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()

    store = ReviewStore(db)
    assert store.schema_version() == SCHEMA_VERSION > 1
    old = store.supplier_decisions()["S-7"]
    assert (old.decision, old.reviewer, old.features) == ("escalate", "Old Reviewer", None)
    # Columns from later migrations work, and the append-only triggers now protect the old entry too.
    store.record_supplier_decision("S-8", "clear", "", "Ana", features={"f": 1.0})
    assert store.supplier_decisions()["S-8"].features == {"f": 1.0}
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE supplier_key='S-7'")
    conn.close()


def test_refuses_a_database_from_a_newer_version(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    ReviewStore(db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match="newer than this screener"):
        ReviewStore(db)


def test_training_examples_label_escalate_and_clear_only(tmp_path: Path) -> None:
    store = ReviewStore(tmp_path / "r.sqlite")
    store.record_supplier_decision("A", "escalate", "", "Ana", features={"x": 2.0})
    store.record_supplier_decision("B", "clear", "", "Ana", features={"x": 0.0})
    store.record_supplier_decision("C", "monitor", "", "Ana", features={"x": 1.0})
    store.record_supplier_decision("D", "escalate", "", "Ana")  # no features: cannot train on it
    assert sorted(store.training_examples(), key=lambda t: -t[1]) == [({"x": 2.0}, 1), ({"x": 0.0}, 0)]


def test_default_path_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCREENER_DB", str(tmp_path / "x" / "db.sqlite"))
    assert default_db_path() == tmp_path / "x" / "db.sqlite"
    assert ReviewStore().path == tmp_path / "x" / "db.sqlite"
    monkeypatch.delenv("SCREENER_DB")
    monkeypatch.chdir(tmp_path)
    assert default_db_path() == tmp_path / "reviews.sqlite"


def test_uses_wal_journal(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    ReviewStore(db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


N_WRITES = 200


def _writer(db: str, worker: int, start: mp.Event) -> None:  # type: ignore[valid-type]
    store = ReviewStore(db)
    start.wait()
    for i in range(N_WRITES):
        store.record_evidence_decision(f"S-{worker}", f"fp-{worker}-{i}", "confirmed", f"note {i}",
                                       f"reviewer {worker}")


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.sqlite")
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_writer, args=(db, w, start)) for w in (1, 2)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0, 0]
    store = ReviewStore(db)
    decisions = store.evidence_decisions()
    assert len(decisions) == 2 * N_WRITES
    assert {f"fp-{w}-{i}" for w in (1, 2) for i in range(N_WRITES)} == set(decisions)
    log = store.audit_log()
    assert len(log) == 2 * N_WRITES
    assert len({e.id for e in log}) == 2 * N_WRITES
    # Each writer's entries are in its own order.
    for w in (1, 2):
        mine = [int(e.fingerprint.rsplit("-", 1)[1]) for e in log if e.supplier_key == f"S-{w}"]
        assert mine == list(range(N_WRITES))
