"""Scope words that do not scope (lexicons/scope.yaml 2026.12.31, cue20).

A party told or ordered to stop a practice was doing it; a purpose clause before the practice ("To stop the cooks switching
to a rival restaurant, the owner took their passports") is no corrective action; "prohibited" or "banned" used as an
adjective on fees names what was charged; a training centre is a place. Each used to turn a finding into a hypothetical
or a policy. Not the class: a law or code that bans fees, and training given to staff.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

FINDINGS = [
    ("The buyer ordered the factory to stop confiscating workers' passports.", "retention_of_identity_documents"),
    ("To stop the cooks switching to a rival restaurant, the owner took their passports.", "retention_of_identity_documents"),
    ("The workers had paid prohibited fees of USD 3,000 to brokers.", "recruitment_fees"),
    ("She was locked inside the agency's training centre for two months.", "restriction_of_movement"),
]

POLICIES = [
    ("The law bans recruitment fees.", "recruitment_fees"),
    ("All staff received training on forced labour and passport retention.", "retention_of_identity_documents"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_the_practice_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), POLICIES)
def test_laws_and_training_stay_policy(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")
    assert "policy" in rule_polarities(text, indicator, "en")
