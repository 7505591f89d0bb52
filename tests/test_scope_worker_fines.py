"""Fines imposed on workers are a finding (money taken from pay), while fines that a law or code sets for employers
are a penalty: "fines" alone must not turn a finding about wages into policy (scope 2026.12.15)."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities

WORKER_FINES = [
    ("en", "Supervisors imposed fines of 500 taka and withheld wages of workers who came late."),
    ("en", "Workers faced fines for mistakes and their wages were withheld for two months."),
    ("en", "Fines for lateness were deducted from wages, and wages were withheld for two months."),
    ("es", "Con las multas por llegar tarde les descontaban la mitad del sueldo."),
    ("es", "La empresa imponía multas y retenía los salarios de quienes se quejaban."),
    ("fr", "Les ouvrières subissaient des amendes et leurs salaires étaient retenus pendant deux mois."),
    ("fr", "Des amendes pour retard étaient retenues sur la paie."),
]

LAW_FINES = [
    ("en", "The law provides for fines of up to USD 5,000 for employers who withhold wages."),
    ("es", "La ley castiga con multas de hasta 5.000 euros la retención de salarios."),
    ("fr", "Le code prévoit des amendes pour les employeurs qui retiennent les salaires."),
]


@pytest.mark.parametrize("lang,text", WORKER_FINES)
def test_fines_imposed_on_workers_leave_the_wage_finding_asserted(lang: str, text: str) -> None:
    assert "asserted" in rule_polarities(text, "withholding_of_wages", lang)


@pytest.mark.parametrize("lang,text", LAW_FINES)
def test_fines_a_law_sets_are_still_policy(lang: str, text: str) -> None:
    pols = rule_polarities(text, "withholding_of_wages", lang)
    assert pols and "asserted" not in pols
