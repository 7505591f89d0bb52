"""The scoring memo tables change no result: the sample portfolio's register (scores, tiers, contributions and
their reasons, remediation, vulnerability, inherent risk) is the same with memoisation on and off."""
from __future__ import annotations

from typing import Any

import pytest

from screener.batchwork import assess_batch
from screener.executor import LocalExecutor
from screener.risk.inherent import inherent_risk
from screener import memo as cache
from screener.memo import Memo, caches_disabled, clear_caches
from screener.scoring.model import RiskModel


class _Capture(LocalExecutor):
    """Runs locally and keeps the scoring jobs."""

    def __init__(self) -> None:
        self.jobs: list[Any] = []

    def assess(self, jobs: Any, decisions: Any, advance: Any) -> Any:  # type: ignore[override]
        self.jobs = list(jobs)
        return super().assess(jobs, decisions, advance)


@pytest.fixture(scope="module")
def sample_jobs(repo_root) -> list[Any]:
    from screener.pipeline import screen

    capture = _Capture()
    screen(repo_root / "sample_suppliers" / "suppliers.xlsx", reports=repo_root / "sample_suppliers" / "reports",
           executor=capture)
    assert len(capture.jobs) > 10
    return capture.jobs


def _register(jobs: list[Any]) -> list[str]:
    """Every field of every result (repr keeps floats exact), plus the inherent risk of each job's row."""
    out = [repr(r) for r in assess_batch(jobs, None)]
    out += [repr(inherent_risk(j.record.country, j.record.products)) for j in jobs]
    return out


def test_register_is_the_same_with_and_without_memo_tables(sample_jobs):
    jobs = sample_jobs * 2  # the second copy of each supplier is served from the tables
    with caches_disabled():
        plain = _register(jobs)
        assert all(not m.table for m in cache._TABLES)  # nothing memoised while disabled
    clear_caches()
    cold = _register(jobs)
    used = {m.name: len(m.table) for m in cache._TABLES}
    assert used["contributions"] and used["remediation plans"] and used["inherent risk of a country and products"]
    warm = _register(jobs)
    assert cold == plain
    assert warm == plain
    results = assess_batch(sample_jobs, None)
    assert any(r.remediation for r in results) and any(r.vulnerability for r in results)
    assert len({r.tier for r in results}) > 1


def test_returned_lists_are_fresh(sample_jobs):
    job = next(j for j in sample_jobs if j.record.country)
    first = inherent_risk(job.record.country, job.record.products)
    first.clear()
    assert inherent_risk(job.record.country, job.record.products)  # the memo kept its own copy
    a, b = assess_batch([job, job], None)
    a.remediation.clear()
    assert b.remediation == assess_batch([job], None)[0].remediation


def test_zero_of_either_sign_is_kept_apart():
    model = RiskModel(feature_names=("x",), coefficients={"x": 2.0}, intercept=0.0)
    clear_caches()
    _, pos, _ = model.explain({"x": 0.0}, {"x": "none"})
    _, neg, _ = model.explain({"x": -0.0}, {"x": "none"})
    assert repr(pos[0].value) == "0.0" and repr(neg[0].value) == "-0.0"
    assert repr(neg[0].points) == "-0.0"


def test_memo_starts_afresh_when_its_source_changes():
    memo = Memo("test table", max_entries=2)
    one, two = object(), object()
    assert memo.get("k", lambda: 1, one) == 1
    assert memo.get("k", lambda: 2, one) == 1
    assert memo.get("k", lambda: 3, two) == 3  # other data: computed again
    memo.get("a", lambda: 0, two)
    memo.get("b", lambda: 0, two)  # full: emptied before adding
    assert len(memo.table) == 1
    cache._TABLES.remove(memo)
