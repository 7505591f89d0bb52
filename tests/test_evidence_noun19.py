"""Nouns that name what workers suffer are no policy cues (lexicons/scope.yaml 2026.12.27, noun19).

"penalties", "fines", "permits" and "address" stood in the English list of policy cues (as in "penalties for
employers", "fine for", "permits"), so the findings they sit next to in testimony and NGO reports were read as
policy: "described arbitrary penalties, fines and pay deductions, ID papers kept by the company", "used control of
their work permits to blackmail them", "many of the workers shared one registered address, their wages went into
accounts held by others". Policy sentences keep their other cues ("penalty", "fine for", "prohibited", laws and codes).

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FINDINGS = [
    ("Pickers told the union about arbitrary fines, unpaid overtime and ID cards kept by the supervisors.",
     "retention_of_identity_documents"),
    ("The crew described heavy penalties for slow work and months in which their wages went unpaid.",
     "withholding_of_wages"),
    ("The agency used the workers' work permits to blackmail them into silence.", "intimidation_threats"),
]

POLICY = [
    ("Penalties for employers who keep a worker's passport were raised in 2024.", "retention_of_identity_documents"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_finding_beside_a_noun_of_penalty_or_permit(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), POLICY)
def test_penalty_law_stays_policy(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")
