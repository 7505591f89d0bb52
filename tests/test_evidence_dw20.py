"""Wage theft, sexual coercion and false theft reports told in domestic-work testimony (patterns/en.yaml 2026.12.31, dw20).

Read in shelter case notes and case studies of migrant domestic workers (Lebanon, Singapore, the UK): agencies keep the
first months of a maid's salary, a salary is halved, a worker is made to sign slips for pay she never got, an employer
demands that she sleep with him, a threat to tell the police she stole. Each gave no evidence. Not the class: salary paid
into an account, payslips signed as a routine, a crowded room.
Sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FINDINGS = [
    ("The agencies keep the first two or three months of a maid's salary.", "withholding_of_wages"),
    ("She halved my monthly salary, saying I made too many mistakes.", "withholding_of_wages"),
    ("She made me sign salary slips saying I had received my full pay.", "withholding_of_wages"),
    ("My employer said he wanted me to sleep with him because it was part of my duties.", "physical_sexual_violence"),
    ("They said they would tell the police I had stolen from them if I refused.", "intimidation_threats"),
]

NOT_FINDINGS = [
    ("The first three months of salary are paid into a bank account.", "withholding_of_wages"),
    ("Workers sign payslips confirming they received their full wages each month.", "withholding_of_wages"),
    ("Workers had to sleep with ten others in one room.", "physical_sexual_violence"),
    ("The police said the goods had been stolen.", "intimidation_threats"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_domestic_work_testimony_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_routine_pay_and_crowding_are_no_such_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")
