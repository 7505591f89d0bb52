"""Withholding of wages written as pay owed to named workers, pay taken out of someone's wages, or costs clawed back
from pay (patterns 2026.12.19); a sum the worker owes an agent, lender or employer stays debt, not wages owed."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

WAGES = "withholding_of_wages"


@pytest.mark.parametrize("text, lang", [
    ("The labour contractor owed the melon pickers close to USD 31,000 in back wages.", "en"),
    ("The agency still owed the laid-off guards their notice pay and annual bonus.", "en"),
    ("The closed plant owes all its workers three weeks of salary, the union says.", "en"),
    ("A bed fee was taken automatically out of the cleaners' wages every fortnight.", "en"),
    ("Fuel and rent came out of his weekly pay before he saw any of it.", "en"),
    ("The agency claws back the airfare through deductions from the first six paychecks.", "en"),
])
def test_pay_owed_or_taken_is_withholding(text: str, lang: str) -> None:
    assert counted(text, WAGES, lang)


@pytest.mark.parametrize("text, lang", [
    ("The recruits owed the broker two months' wages for the visa and ticket.", "en"),
    ("Each worker owed the employer the equivalent of four months of salary.", "en"),
    ("Los jornaleros le debían al enganchador tres meses de salario por el pasaje.", "es"),
    ("The firm owed its suppliers large sums but paid the workers on time.", "en"),
    ("The loan was taken out of their wages in equal instalments.", "en"),
])
def test_what_the_worker_owes_is_not_wages_owed(text: str, lang: str) -> None:
    assert not counted(text, WAGES, lang)
