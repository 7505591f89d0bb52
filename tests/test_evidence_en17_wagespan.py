"""Withholding of wages read over two clauses (lexicons 2026.12.23, en17 class 5).

The class: the patterns ``withhold_wage`` ("withheld ... wages") and ``wage_withheld`` ("wages ... withheld") took
the verb "pay" by its lemma in the noun slot, so a window of four or five tokens joined "kept" or "held" in one clause
to "paid" in the next ("the agent kept their passports and they paid the fees": no wage is withheld there). Real
reports put the two side by side often (passport retention and fees paid to brokers in one sentence; "held their ID
cards and were paid ..."). The noun slot now takes the noun "pay" only (the exact form), as "withheld their pay".

Not the class: "withheld their pay", "pay was withheld", "delayed pay" stay findings.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

WW = "withholding_of_wages"

NOT_WAGES = [
    "The recruitment agent kept their passports and they paid the placement fees in cash.",
    "According to the workers, the employer kept their passports and they paid USD 1,500 each to the broker.",
    "The broker held their passports and they paid for their own visas and flights.",
    "The labour agency retained ID cards and they paid a monthly levy on top of the fee.",
    "Each worker paid the broker, who then kept the passports until arrival.",
    "The men paid the agent and the employer withheld their documents on arrival.",
]

STILL_WAGES = [
    "The contractor withheld their pay for the last three months of the season.",
    "Workers said their pay was kept by the foreman until the end of the contract.",
    "The factory held back the pay of workers who asked to resign.",
    "The company suspended the wages of 40 workers after the strike.",
]


@pytest.mark.parametrize("text", NOT_WAGES)
def test_two_clauses_are_not_withholding(text: str) -> None:
    assert WW not in rule_findings(text, "en")


@pytest.mark.parametrize("text", STILL_WAGES)
def test_withheld_pay_stays_a_finding(text: str) -> None:
    assert WW in rule_findings(text, "en")
