"""Paying someone else's bill and unpaid leave are no withheld wages (lexicons/patterns 2027.01, wage21).

The phrase "without pay" also matched "without paying" through its lemma, so a tenant leaving "without paying the
rent" or a buyer "without paying for the order" read as withheld wages; leave a worker takes without pay ("licencia sin
goce de sueldo") read the same way. Wages the employer does not pay stay findings.

Sentences are written for these tests; none comes from the shared evaluation sets, the blind sets or the corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

WAGES = "withholding_of_wages"

NOT_FINDINGS = [
    ("The tenants left without paying the last month of rent.", "en"),
    ("The buyer walked away without paying for the order.", "en"),
    ("Several importers cleared the goods without paying the customs duty.", "en"),
    ("She took three days of leave without pay to visit her mother.", "en"),
    ("La trabajadora pidió una licencia sin goce de sueldo de dos semanas.", "es"),
    ("Se concedieron permisos sin goce de haberes a quienes los solicitaron.", "es"),
]

FINDINGS = [
    ("The contractor used their labour for months without paying them.", "en"),
    ("Staff worked every Sunday without paying for it, a former sewer said.", "en"),
    ("He kept the crew at sea for a year without paying the workers their wages.", "en"),
    ("Workers were sent home without pay for the days the line stopped.", "en"),
    ("Trabajaron tres meses sin goce de sueldo en la finca.", "es"),
]


@pytest.mark.parametrize("text, lang", NOT_FINDINGS)
def test_other_bills_and_unpaid_leave_are_no_withheld_wages(text: str, lang: str) -> None:
    assert WAGES not in rule_findings(text, lang)


@pytest.mark.parametrize("text, lang", FINDINGS)
def test_wages_not_paid_stay_findings(text: str, lang: str) -> None:
    assert WAGES in rule_findings(text, lang)
