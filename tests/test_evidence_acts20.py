"""Acts done to people and past payments are no policy (lexicons/scope.yaml 2026.12.31, acts20).

"Act" names a law ("the Bonded Labour System (Abolition) Act"), and "employer pays" names the principle that the
employer bears recruitment costs, so both were policy cues. Court and NGO reports use the same words for what
happened: "forced into sexual acts", "acts of violence", "the employer paid her no salary". Not the class: the name of a
law after a match, and an employer that pays recruitment fees (a compliance statement).

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

FINDINGS = [
    ("Investigators said the women were forced into sexual acts with clients at the karaoke bar.", "physical_sexual_violence"),
    ("She was forced to perform sex acts on the owner.", "physical_sexual_violence"),
    ("The employer paid her no salary for two years.", "withholding_of_wages"),
    ("Her employer paid her nothing for 18 months.", "withholding_of_wages"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_acts_done_and_pay_not_given_are_findings(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


def test_the_name_of_a_law_stays_policy() -> None:
    text = "Workers were beaten, the Bonded Labour System (Abolition) Act notwithstanding."
    assert "debt_bondage" not in rule_findings(text, "en")
    assert "policy" in rule_polarities(text, "debt_bondage", "en")


def test_an_employer_paying_recruitment_fees_is_no_finding() -> None:
    assert "recruitment_fees" not in rule_findings("The employer pays workers' recruitment fees and visa costs.", "en")
