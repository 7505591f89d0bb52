"""Threats, debts, fees and documents as testimony tells them (lexicons 2027.01, enav22b).

Court material, indictments, Nepali migration reporting and domestic-worker cases tell coercion without audit words:
a boss who "would make sure she never worked again", who reminded workers who held their passports, a warning that
"something would happen" to the children, friends in the police; earnings that went "towards what they owed", the cost
of a flight paid back out of wages or deducted "until it was paid off", "the more they worked, the more they owed"; a
sum handed to the middleman or "wanted" by the recruiters, a buffalo sold to pay the man who found the job; an employer
that "still had her residence card", a passport that could not be got back, asking the manager each time the ID was
needed. Near-misses: threats against a company (a buyer cancelling an order, a party threatening to sue, workers going
to the press), lawful or employer-paid fees, a doctor saying a worker would never work again, a brand that will never
work with a factory again.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FINDINGS = [
    ("The owner swore he would make sure she never worked in that valley again.", "intimidation_threats"),
    ("The farmer said he would make sure none of the pickers found work anywhere in the county.", "intimidation_threats"),
    ("Her employer vowed that she would never work in this city again.", "intimidation_threats"),
    ("The foreman told them no one would ever hire them after he called the other growers.", "intimidation_threats"),
    ("Whenever they grumbled, the manager reminded them who was holding their passports.", "intimidation_threats"),
    ("The madam warned her that something bad would happen to her son back home.", "intimidation_threats"),
    ("The contractor boasted that he had friends in the police who would track down anyone who ran.", "intimidation_threats"),
    ("Every rupee he earned went towards what he owed for the crossing.", "debt_bondage"),
    ("The landlady added the gas and the bread to what the girls owed her.", "debt_bondage"),
    ("The more hours they put in, the more they owed the gangmaster.", "debt_bondage"),
    ("He spent his first year paying back the cost of his airfare out of his wages.", "debt_bondage"),
    ("She was still repaying the money the broker advanced her for the flights.", "debt_bondage"),
    ("The price of the visa was deducted from his first four months' pay.", "debt_bondage"),
    ("The bus fare was docked every week until it was repaid.", "debt_bondage"),
    ("The smuggler told him he owed him 7,000 dollars for the trip.", "debt_bondage"),
    ("He handed the agent 250,000 rupees for a cleaning job in Doha.", "recruitment_fees"),
    ("The brokers wanted 3 lakh rupees before he could board.", "recruitment_fees"),
    ("His father sold two goats to pay the dalal who arranged the visa.", "recruitment_fees"),
    ("She gave the fixer all her savings for a seat on the list.", "recruitment_fees"),
    ("When she escaped, the sponsor still had her passport and her work permit.", "retention_of_identity_documents"),
    ("For months he was unable to get his papers back from the agency.", "retention_of_identity_documents"),
    ("She had to ask the madam each time she needed her passport.", "retention_of_identity_documents"),
]

NOT_FINDINGS = [
    ("The buyer threatened to cancel its orders from the mill.", "intimidation_threats"),
    ("The landowner threatened to sue the company over the pipeline.", "intimidation_threats"),
    ("Shop stewards threatened to go to the press about the factory's accounts.", "intimidation_threats"),
    ("The retailer threatened to drop the supplier after the fire.", "intimidation_threats"),
    ("Villagers threatened to block the road to the quarry.", "intimidation_threats"),
    ("The brand said it would never work with that mill again.", "intimidation_threats"),
    ("Doctors said he would never work again after the fall.", "intimidation_threats"),
    ("The employer gave the agency 900 dollars for each worker it placed.", "recruitment_fees"),
    ("Workers paid the standard government fee for their medical check.", "recruitment_fees"),
    ("Workers were charged nothing for their jobs.", "recruitment_fees"),
    ("The workers did not have to pay back the cost of their flights.", "debt_bondage"),
    ("Workers keep their own passports in lockers in the dormitory.", "retention_of_identity_documents"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_testimony_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_near_miss_is_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")
