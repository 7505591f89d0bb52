"""Future in the past in reported speech: a mechanism in place, not a hypothetical (lexicons 2026.12.23, en17 class 3).

The class, read in real reports (NGO case notes on domestic workers in Singapore and Hong Kong, news of seasonal
pickers in Scandinavia, investigations of cattle ranches in Brazil): workers were told they "would" get no pay,
their passports or leave "until" or "unless" a debt, a fee or a quota was met. The "would" is the future of the
past in reported speech; the condition describes a mechanism in place, which corpus/ANNOTATION.md (rule 6) and the
dev labelling rules count as present. The hypothetical cue "told they would" turned the finding around, and "until
the debt was repaid" read as a repayment (remediation). An "asserted" cue from "told ... would" to "until" or
"unless", limited to wages, debt, fees, documents and movement, and an inert phrase for "until ... repaid / settled"
now read them as findings.

Not the class: a promise with no condition ("told they would be paid next week"), a debt actually repaid ("The debt
was repaid in full in March"), and guidance ("Workers should be told they would ...").

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

FOUND = [
    ("The workers were told they would receive no wage until the placement debt had been paid off.",
     "withholding_of_wages"),
    ("Interviewed maids said they were told they would receive no salary until the agency loan was repaid.",
     "withholding_of_wages"),
    ("The estate hands were told they would receive no pay unless they met the daily tapping quota.",
     "withholding_of_wages"),
    ("The foreman withheld their wages until the transport debts had been settled.", "withholding_of_wages"),
]

NOT_FOUND = [
    ("The workers were told that they would receive their pay next week.", "withholding_of_wages"),
]


@pytest.mark.parametrize(("text", "indicator"), FOUND)
def test_reported_mechanism_is_found(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FOUND)
def test_plain_promise_is_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")


def test_debt_repaid_in_full_stays_remediated() -> None:
    assert "asserted" not in rule_polarities("The recruitment debt was repaid in full in March.", "debt_bondage", "en")
