"""Arrears and fees paid back are remediation; a payment denied is a finding (lexicons 2026.12.25, arrears19).

The class, read in real labour-department settlement releases, Spanish-language court and inspection news on
back pay ("abonar los salarios adeudados", "condenada a pagar los sueldos atrasados") and company statements on
recruitment-fee repayment programmes:
- money owed to workers, paid or refunded to them by the employer or an authority, is remediated: "settled
  the unpaid wages", "has finished reimbursing RM 20 million in recruitment fees", "abonó 50.000 dólares a 30
  empleados por las horas extra que no les había pagado", "aceptaron ante el juez pagar ... de salarios atrasados";
- the same payment negated states the practice: "never settled the unpaid wages", "no les pagó los salarios
  atrasados". Before, Spanish arrears paid were a pattern exclude, which also cancelled the negated form: such
  sentences had no evidence at all. Arrears paid are now a remediation pattern (kept over its own exclude, as
  compliance patterns are), and the negation before it makes it a finding.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import assert_seen_not_asserted, rule_findings

WAGES = "withholding_of_wages"
FEES = "recruitment_fees"

REMEDIATED = [
    ("en", "The glove maker said it had finished reimbursing RM 20 million in recruitment fees to its migrant workers.", FEES),
    ("en", "Since June the supplier has begun refunding the recruitment fees charged by its agents.", FEES),
    ("es", "La empresa pagó los salarios atrasados a los 40 jornaleros tras la inspección.", WAGES),
    ("es", "La constructora abonó todos los sueldos pendientes a los albañiles.", WAGES),
    ("es", "La empresa tuvo que abonar 2 millones de pesos a los trabajadores por los salarios atrasados.", WAGES),
    ("es", "La cadena abonó 50.000 dólares a 30 empleados por las horas extra que no les había pagado.", WAGES),
    ("es", "Los dueños aceptaron ante el juez pagar 40.000 dólares de salarios atrasados a 12 peones.", WAGES),
]

FINDINGS = [
    ("en", "The company never settled the unpaid wages of the 60 pickers.", WAGES),
    ("es", "El patrón no les pagó los salarios adeudados a los temporeros.", WAGES),
    ("es", "El capataz nunca les abonó los salarios atrasados.", WAGES),
    ("es", "La empresa aún no ha pagado los salarios pendientes a los jornaleros.", WAGES),
    # near-misses that were findings before and stay so
    ("es", "A los trabajadores se les adeudan salarios atrasados de tres meses.", WAGES),
    ("es", "La empresa les pagaba tarde y con descuentos.", WAGES),
    ("en", "The contractor has not paid the outstanding wages of the crew.", WAGES),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), REMEDIATED)
def test_money_paid_back_is_remediated(lang: str, text: str, indicator: str) -> None:
    assert_seen_not_asserted(text, lang, [indicator], "remediated")


@pytest.mark.parametrize(("lang", "text", "indicator"), FINDINGS)
def test_payment_denied_is_a_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
