"""Fishing-crew, Gulf, kiln and seasonal-worker testimony read as evidence (lexicons 2027.01, enfresh21b).

Reports on distant-water fishing crews, security guards in Qatar, Indian brick kilns, Nepali migrants in Malaysia and
Pacific seasonal workers in Australia describe pay sent home that never arrived, a weekly rest day refused, sick crew
refused a doctor or the trip ashore, recruiters who lied about the pay, a debt whose balance is hidden, leaving allowed
only once a debt is repaid, crews locked in their quarters, rusty or brown drinking water, and hours cut as a threat against complaints, warnings of never seeing family again and of telling immigration. Near-misses:
a policy or a normal account of the same words (an agency that tells workers what they owe, remittances that arrived,
a rest day given, treatment paid for).

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FINDINGS = [
    ("The allotments his wife was due to receive never arrived.", "withholding_of_wages"),
    ("His parents did not receive any of the remittances the manning agent had promised.", "withholding_of_wages"),
    ("The crew's wages were paid to the crewing agency and never reached their families.", "withholding_of_wages"),
    ("The money that was meant to be wired home every month never came.", "withholding_of_wages"),
    ("The security firm refused to give the guards a weekly rest day.", "excessive_overtime"),
    ("Their employer denied them a weekly day off for over a year.", "excessive_overtime"),
    ("The skipper refused to bring the injured deckhand back to port for treatment.", "abusive_working_living_conditions"),
    ("He begged to see a doctor but the foreman refused.", "abusive_working_living_conditions"),
    ("The agency refused to pay for the surgery on his crushed hand.", "abusive_working_living_conditions"),
    ("The recruiters lied about the salary and the length of the shifts.", "deception"),
    ("The kiln families were never told how much they still owed.", "debt_bondage"),
    ("Workers were kept in the dark about the size of their advances.", "debt_bondage"),
    ("The owner said they could go home only after paying back the advance.", "debt_bondage"),
    ("At night the crew were locked in the bunkhouse.", "restriction_of_movement"),
    ("The grower said he would stop giving them shifts if they complained to the union.", "intimidation_threats"),
    ("The bosun warned that whoever spoke to the inspectors would never see his family again.", "intimidation_threats"),
    ("The foreman said he would tell immigration that they had absconded.", "intimidation_threats"),
    ("The deckhands were given rusty water to drink while the officers had bottled water.", "abusive_working_living_conditions"),
    ("The drinking water in the crew cabin was brown for most of the voyage.", "abusive_working_living_conditions"),
]

NOT_FINDINGS = [
    ("The remittances arrived every month without delay.", "withholding_of_wages"),
    ("The agency tells each worker how much they owe at every payday.", "debt_bondage"),
    ("Workers can go home once their contract ends.", "debt_bondage"),
    ("The company gives every guard a weekly rest day.", "excessive_overtime"),
    ("The employer paid for his treatment at the district hospital.", "abusive_working_living_conditions"),
    ("Workers are free to leave the camp after their shift.", "restriction_of_movement"),
    ("The water in the river was brown after the floods.", "abusive_working_living_conditions"),
    ("Managers coached workers to lie about their hours to the auditors.", "deception"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_testimony_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_normal_practice_is_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")


def test_a_new_subject_after_and_stops_a_negation() -> None:
    text = "The promised dormitory never materialised and they slept on the floor of a warehouse."
    assert "abusive_working_living_conditions" in rule_findings(text, "en")
