"""Minimum-wage underpayment alone is neither withholding of wages nor any other indicator (corpus/ANNOTATION.md,
"Minimum-wage underpayment ALONE is neither"; patterns 2026.12.19 drop the rules that read it as withheld pay).
Wages unpaid, withheld or cut by deductions below the minimum are still withholding."""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_findings

WAGES = "withholding_of_wages"


@pytest.mark.parametrize("text, lang", [
    ("The labour office found that 14 of the 21 workshops paid below the state minimum rate.", "en"),
    ("Los jornaleros cobraban un sueldo por debajo del mínimo legal.", "es"),
    ("Les saisonniers étaient payés sous le minimum légal, selon l'inspection.", "fr"),
    # these four were "found" by tests/test_evidence_rules7_rules_acww.py before 2026.12.19
    ("The sewing operators were paid well below the national minimum wage.", "en"),
    ("Las temporeras cobraban muy por debajo del convenio provincial.", "es"),
    ("El jornal era inferior al mínimo legal para la zona.", "es"),
    ("Les maçons étaient payés bien en dessous du SMIC.", "fr"),
])
def test_pay_below_the_minimum_alone_is_not_withholding(text: str, lang: str) -> None:
    # the rules only: the sentence model, trained on the corpus, may still count such a sentence on its pay words
    assert WAGES not in rule_findings(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The workers had not been paid for three months, the labour office found.", "en"),
    ("Hidden deductions for transport pushed their pay below the minimum wage.", "en"),
    ("Les saisonniers n'avaient pas été payés depuis trois mois.", "fr"),
])
def test_unpaid_or_deducted_pay_is_still_withholding(text: str, lang: str) -> None:
    assert counted(text, WAGES, lang)
