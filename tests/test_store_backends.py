"""The review store behaves the same on SQLite and PostgreSQL: decisions, plans, referrals, redaction at rest,
the append-only audit log, and concurrent reviewers losing nothing."""
from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

import pytest

from screener.review.store import PLAN_STATUSES, ReviewStore, is_postgres_url, open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "reviews.sqlite")
    return request.getfixturevalue("pg_store_url")


def test_open_store_picks_the_backend(store_target: str) -> None:
    store = open_store(store_target)
    assert isinstance(store, ReviewStore)
    assert type(store).__name__ == ("PostgresReviewStore" if is_postgres_url(store_target) else "ReviewStore")
    assert store.schema_version() == 4


def test_decisions_persist_and_stored_sentences_are_redacted(store_target: str) -> None:
    raw = "Worker Ali Khan said HR keeps passport AB1234567; call +60 12-345 6789."
    open_store(store_target).record_evidence_decision("S-1", "fp-1", "confirmed", "seen on site", "Ana",
                                                      indicator="retention_of_identity_documents", sentence=raw)
    open_store(store_target).record_supplier_decision("S-1", "escalate", "severe", "Ana", features={"x": 1.0})
    store = open_store(store_target)
    d = store.evidence_decisions("S-1")["fp-1"]
    assert d.decision == "confirmed" and d.indicator == "retention_of_identity_documents"
    assert "AB1234567" not in d.sentence and "345 6789" not in d.sentence and "Ali Khan" not in d.sentence
    assert "HR keeps passport" in d.sentence
    assert store.supplier_decisions()["S-1"].features == {"x": 1.0}
    assert store.training_examples() == [({"x": 1.0}, 1)]


def test_plan_items_are_tracked_to_closure_with_evidence(store_target: str) -> None:
    store = open_store(store_target)
    store.record_plan_item("S-1", "return_documents", status="open", user="Ana", owner="Site HR", due_date="2027-01-31")
    store.record_plan_item("S-1", "return_documents", status="in progress", user="Ben", owner="Site HR",
                           due_date="2027-01-31")
    with pytest.raises(ValueError, match="closing evidence"):
        store.record_plan_item("S-1", "return_documents", status="verified closed", user="Ben")
    with pytest.raises(ValueError, match="not a date"):
        store.record_plan_item("S-1", "return_documents", status="open", user="Ben", due_date="next week")
    with pytest.raises(ValueError, match="Unknown plan status"):
        store.record_plan_item("S-1", "return_documents", status="done", user="Ben")
    store.record_plan_item("S-1", "return_documents", status="verified closed", user="Ben", owner="Site HR",
                           due_date="2027-01-31", closing_note="Passports seen in workers' own lockers",
                           closing_document="lockers_photo.jpg")
    item = store.plan_items("S-1")[("S-1", "return_documents")]
    assert (item.status, item.owner, item.due_date, item.closing_document) == (
        "verified closed", "Site HR", "2027-01-31", "lockers_photo.jpg")
    log = [e for e in store.audit_log("S-1") if e.action == "plan_item"]
    assert [e.after["status"] for e in log] == ["open", "in progress", "verified closed"]
    assert log[1].before["status"] == "open" and log[2].reviewer == "Ben"
    assert set(PLAN_STATUSES) == {"open", "in progress", "verified closed"}


def test_referrals_and_raw_views_are_audited(store_target: str) -> None:
    store = open_store(store_target)
    ref = store.record_referral("S-9", organisation="IOM Malaysia", referred_on="2026-12-01", consent_obtained=True,
                                user="Ana", case_reference="IOM-MY-2026-114")
    assert ref.id >= 1 and ref.consent_obtained
    store.log_raw_view("S-9", "Dana (data officer)", "evidence sentences of audit_2024.pdf")
    actions = [e.action for e in store.audit_log("S-9")]
    assert actions == ["referral", "raw_text_view"]
    assert store.referrals("S-9")[0].case_reference == "IOM-MY-2026-114"
    with pytest.raises(ValueError):
        store.record_referral("S-9", organisation=" ", referred_on="2026-12-01", consent_obtained=False, user="Ana")


def test_audit_log_is_append_only_in_the_database(store_target: str) -> None:
    store = open_store(store_target)
    store.record_supplier_decision("S-1", "monitor", "", "Ana")
    for sql in ("UPDATE audit_log SET reviewer='Eve'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with store._write() as conn:
                conn.execute(sql)
    assert [e.reviewer for e in open_store(store_target).audit_log()] == ["Ana"]


N_REVIEWERS, N_DECISIONS = 4, 500


def _reviewer(target: str, worker: int, start) -> None:  # type: ignore[no-untyped-def]
    store = open_store(target)
    start.wait()
    for i in range(N_DECISIONS):
        store.record_evidence_decision(f"S-{i % 25}", f"fp-{worker}-{i}", "confirmed", f"note {i}", f"reviewer {worker}")


def test_four_reviewers_writing_at_once_lose_and_duplicate_nothing(pg_store_url: str) -> None:
    open_store(pg_store_url)  # migrate once before the race
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_reviewer, args=(pg_store_url, w, start)) for w in range(N_REVIEWERS)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=300)
    assert [p.exitcode for p in procs] == [0] * N_REVIEWERS
    store = open_store(pg_store_url)
    decisions = store.evidence_decisions()
    assert set(decisions) == {f"fp-{w}-{i}" for w in range(N_REVIEWERS) for i in range(N_DECISIONS)}
    log = store.audit_log()
    assert len(log) == N_REVIEWERS * N_DECISIONS == len({e.id for e in log})
    for w in range(N_REVIEWERS):
        mine = [int(e.fingerprint.rsplit("-", 1)[1]) for e in log if e.reviewer == f"reviewer {w}"]
        assert mine == list(range(N_DECISIONS))
