"""Reasons of features declared ``input_text=False`` (our wording with numbers, dates and a row number) are not
sent through redaction; every other reason still is, and the claim holds on the sample portfolio."""
from __future__ import annotations

import pytest

from screener.export import view as view_module
from screener.export.redaction import run_texts
from screener.redact import redact_text
from screener.scoring.features import FEATURES, REASONS_WITHOUT_INPUT_TEXT


@pytest.fixture(scope="module")
def sample_run(repo_root):
    from screener import screen

    return screen(repo_root / "sample_suppliers" / "suppliers.xlsx", reports=repo_root / "sample_suppliers" / "reports")


def test_declared_features_exist_and_evidence_features_are_not_among_them() -> None:
    assert REASONS_WITHOUT_INPUT_TEXT and REASONS_WITHOUT_INPUT_TEXT <= set(FEATURES)
    assert not any(f.startswith("evidence_") or f.startswith("watchlist") for f in REASONS_WITHOUT_INPUT_TEXT)


def test_declared_reasons_are_left_as_redaction_would_leave_them(sample_run) -> None:
    reasons = {c.reason for r in sample_run.results for c in r.contributions if c.feature in REASONS_WITHOUT_INPUT_TEXT}
    assert len(reasons) > 20
    assert [t for t in reasons if redact_text(t) != t] == []


def test_declared_reasons_skip_the_redactor_and_others_do_not(sample_run, monkeypatch) -> None:
    seen: list[str] = []

    class Spy:
        def __call__(self, text: str) -> str:
            seen.append(text)
            return redact_text(text)

    declared = {c.reason for r in sample_run.results for c in r.contributions if c.feature in REASONS_WITHOUT_INPUT_TEXT}
    assert declared & {v.detail for r in sample_run.results for v in r.vulnerability}, "factors reuse these reasons"
    quoted = {c.reason for r in sample_run.results for c in r.contributions
              if c.feature.startswith("evidence_") and c.points}
    assert quoted, "the sample has evidence contributions"
    cache: dict = {}
    spy = Spy()
    for r in sample_run.results:
        view_module._redact_result(r, cache, spy)  # type: ignore[arg-type]
    assert not declared & set(seen)
    assert quoted <= set(seen)
    assert not declared & set(run_texts(sample_run))


def test_a_factor_label_shared_with_a_quoting_feature_is_redacted(monkeypatch) -> None:
    from screener.scoring import vulnerability

    data = {"factors": {"a": {"factor": "Shared"}, "b": {"factor": "Shared"}, "c": {"factor": "Own"}}}
    monkeypatch.setattr(vulnerability, "vulnerability_data", lambda: data)
    assert vulnerability.factors_without_input_text({"a", "c"}) == frozenset({"Own"})
