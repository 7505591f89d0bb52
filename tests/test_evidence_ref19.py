"""A refusal or a negated return states the practice (lexicons/scope.yaml 2026.12.26, ref19).

Read in real complaint and embassy-case reports: sponsors who "will not hand back" a worker's passport, agencies
that "refused to refund" fees, employers who "refuse either to pay ... or to give back" papers. The return or refund
verb alone is a remediation cue, and a negation before it used to negate the finding, so these read as negated,
hypothetical or remediated. Not the class: a return that happened, and workers who did not hand their passports over.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

DOCS = "retention_of_identity_documents"
FEES = "recruitment_fees"

FINDINGS = [
    ("The cleaner said her sponsor would not hand back her passport when her contract ended.", DOCS),
    ("The captain did not hand back the crew's passports until they reached port.", DOCS),
    ("The estate owner still refuses either to pay the pickers their last wages or to give back their passports.", DOCS),
    ("The agency refused to refund the recruitment fees that the nurses had paid in Manila.", FEES),
]

NOT_FINDINGS = [
    ("The passports were returned to the workers in May after the audit.", DOCS, "remediated"),
    ("Workers did not hand over their passports to the agency at any point.", DOCS, "negated"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_refused_or_negated_return_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator", "polarity"), NOT_FINDINGS)
def test_return_made_or_documents_kept_by_workers(text: str, indicator: str, polarity: str) -> None:
    assert indicator not in rule_findings(text, "en")
    assert polarity in rule_polarities(text, indicator, "en")
