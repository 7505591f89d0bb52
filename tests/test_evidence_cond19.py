"""Living and working conditions stated in plain English words (patterns/en.yaml 2026.12.27, cond19).

Read in real NGO, news and inspection reports on labour camps, kilns, farms and fishing: workers "crowded into
barracks", "kept in dog kennels", camps with "no water for 20 days" or "no working plumbing", "poor ventilation",
"fed poor food", "unlivable housing", "slept among heaps of rubbish", "lived in precarious conditions". The Spanish
and French lexicons already read their counterparts ("hacinados", "sin agua", "entre ratas", "conditions
précaires"); the English one did not. Not the class: housing stated without a defect, and "poor conditions" alone,
which on the blind validation sets was more often a general statement than a finding.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

COND = "abusive_working_living_conditions"

FINDINGS = [
    "The 40 harvesters were crowded into two barracks next to the packing shed.",
    "Inspectors found that the men had been kept in a cowshed behind the farmhouse.",
    "The labour camp had no water for 12 days and no power for a week.",
    "The dormitory block has had no working plumbing since January.",
    "The sewing rooms had poor ventilation and the workers were fed poor food.",
    "The families were moved into uninhabitable flats above the workshop.",
    "The crew slept among rats and rotting nets in the hold.",
    "Migrant pickers on the estate live in dreadful conditions, the union said.",
]

NOT_FINDINGS = [
    "The company provides housing for 300 workers in two camps near the plant.",
    "Workers are housed in barracks with one bed per person and hot water.",
]


@pytest.mark.parametrize("text", FINDINGS)
def test_plain_word_conditions_are_found(text: str) -> None:
    assert COND in rule_findings(text, "en")


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_housing_without_a_defect_is_no_finding(text: str) -> None:
    assert COND not in rule_findings(text, "en")
