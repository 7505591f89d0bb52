"""People with a mental illness or disability exploited are abuse of vulnerability (patterns/en.yaml 2026.12.31, aov20).

News and court reports of brick kilns, salt farms and dairy farms describe mentally disabled or mentally ill workers
bought, kept, beaten or made to work without pay. The status alone fires nothing (a sheltered workshop, a clinic).
Found on the validation sets' missed sentences; these test sentences are written for the tests and paraphrase none.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

AOV = "abuse_of_vulnerability"

FINDINGS = [
    "Police said the farm owner had kept two intellectually disabled men working for a decade without wages.",
    "The court heard that the couple exploited a deaf labourer and kept his benefits.",
    "A man with learning difficulties and a low IQ was used as an unpaid farmhand for 15 years.",
    "Investigators found the brothers had bought a mentally impaired worker from a job broker.",
]

NOT_FINDINGS = [
    "The charity trains mentally disabled adults in gardening and pays them a stipend.",
    "Mentally ill patients were treated at the clinic.",
    "The factory employs 30 disabled workers under the national quota and pays them the same wage.",
]


@pytest.mark.parametrize("text", FINDINGS)
def test_disabled_people_exploited(text: str) -> None:
    assert AOV in rule_findings(text, "en")


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_the_status_alone_is_no_finding(text: str) -> None:
    assert AOV not in rule_findings(text, "en")
