"""A condition told in the first person states the practice (lexicons/scope.yaml 2026.12.31, if20).

Testimony says what happens when workers act: "if we refuse the night shift we get beaten", "if we tried to rest
they beat us", "beaten whenever he disobeyed". The asserted "if they refuse ..." cue knew third-person subjects and a few verbs only, so "if"
made these hypothetical. Not the class: a condition in a rule or a plan ("If workers are found to be underpaid, the
supplier must pay them").

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FINDINGS = [
    ("If we refuse the night shift we get beaten by the line leader.", "physical_sexual_violence"),
    ("If we tried to rest they beat us with sticks.", "physical_sexual_violence"),
    ("The boy was beaten whenever he disobeyed the owner's wife.", "physical_sexual_violence"),
    ("If I complained, they threatened to report me to the police.", "intimidation_threats"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_first_person_conditions_are_findings(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


def test_a_condition_in_a_rule_stays_hypothetical() -> None:
    text = "If workers are found to be underpaid, the supplier must pay the difference within 30 days."
    assert "withholding_of_wages" not in rule_findings(text, "en")
