"""Patterns that had several words written as one `|` alternative ("=at =work|=on =the =job" reads as five token
slots, so it never matched); each is now one pattern per phrasing. Every phrasing must match, and the finding
must be asserted (bench/dead_patterns.py lists the entries that still match nothing)."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import matched_entries, rule_findings

CASES = [
    ("en", "Many of the migrants were desperate for work after the harvest failed.", "av9_desperate_for_work",
     "abuse_of_vulnerability"),
    ("en", "He said he was desperate for a job and signed whatever the broker gave him.", "av9_desperate_for_a_job",
     "abuse_of_vulnerability"),
    ("en", "The dormitory block came with one toilet for the 64 women living there.", "single_facility",
     "abusive_working_living_conditions"),
    ("en", "Housing was a shed with only one shower for 40 workers.", "single_facility",
     "abusive_working_living_conditions"),
    ("en", "Each floor had a barrack with a single latrine for 55 men.", "single_facility_a_single",
     "abusive_working_living_conditions"),
    ("en", "Two welders were burned at work last month and received no treatment.", "r9_injured_at_work",
     "abusive_working_living_conditions"),
    ("en", "Several pickers were hurt on the job when the ladder gave way.", "r9_injured_on_the_job",
     "abusive_working_living_conditions"),
    ("en", "A boy of 14 was maimed while working at the saw.", "r9_injured_while_working",
     "abusive_working_living_conditions"),
    ("en", "Three deckhands died on duty in 2023, according to the crew list.", "r9_died_on_duty",
     "abusive_working_living_conditions"),
    ("en", "One brick carrier was killed at work when a wall collapsed.", "r9_died_at_work",
     "abusive_working_living_conditions"),
    ("en", "A labourer died on the job in the heat and the site kept running.", "r9_died_on_the_job",
     "abusive_working_living_conditions"),
    ("es", "Les quitaron los pasaportes al llegar y nunca se los devolvieron.", "docs_never_returned_es",
     "retention_of_identity_documents"),
    ("es", "Los documentos de identidad de los jornaleros no se los han devuelto hasta hoy.",
     "docs_never_returned_perfect_es", "retention_of_identity_documents"),
    ("es", "Tras los descuentos del patrón los dejaban sin nada al final de la quincena.", "r7_left_with_nothing_es",
     "withholding_of_wages"),
    ("es", "Con el alojamiento y la comida los dejaban casi sin un peso a fin de mes.", "r7_left_without_a_peso_es",
     "withholding_of_wages"),
    ("es", "Cuando se quejaron, les quitaron la comida durante dos días.", "r10_retiraron_comida_es",
     "abusive_working_living_conditions"),
    ("es", "Como castigo les retiraron el agua en plena jornada de cosecha.", "r10_retiraron_agua_es",
     "abusive_working_living_conditions"),
    ("fr", "L'avance sur salaire était ensuite remboursée par des retenues chaque quinzaine.",
     "advance_repaid_by_deduction_fr", "debt_bondage"),
    ("fr", "Le prêt du chef d'équipe était récupéré sur la paie de chaque mois.",
     "advance_repaid_from_pay_fr", "debt_bondage"),
    ("fr", "Ils devaient d'abord rembourser les frais de voyage avant de partir du campement.",
     "db7_repay_before_leaving_fr", "debt_bondage"),
    ("fr", "Les salaires étaient versés avec retard depuis le mois de mars.", "r7_with_delay_fr",
     "withholding_of_wages"),
    ("fr", "Les ouvriers ont touché leur paie du retard accumulé seulement en juin ; la paie arrive avec du retard.",
     "r7_with_delay_fr", "withholding_of_wages"),
    ("fr", "Les rabatteurs vendent des rêves d'emploi bien payé en Europe aux jeunes du village.", "dc7_sell_dreams_fr",
     "deception"),
    ("fr", "La domestique mangeait seule, après tout le monde, les restes de la famille.", "r7_ate_after_everyone_fr",
     "abusive_working_living_conditions"),
    ("fr", "La petite bonne mangeait toujours après les autres, debout dans la cuisine.", "r7_ate_after_the_others_fr",
     "abusive_working_living_conditions"),
    ("fr", "Après trois mois de travail aux champs, ils sont repartis sans rien.", "r7_left_with_nothing_fr",
     "withholding_of_wages"),
    ("en", "The boys were given rice and a mat in place of wages for the whole season.", "r7_in_place_of_wages",
     "withholding_of_wages"),
    ("en", "Recruits received food vouchers instead of wages during the first three months.", "r7_instead_of_wages",
     "withholding_of_wages"),
    ("fr", "Les enfants recevaient un repas par jour pour toute rémunération.", "r7_as_all_pay_fr",
     "withholding_of_wages"),
    ("fr", "Elle travaillait chez eux avec le logement pour salaire.", "r7_as_wage_fr", "withholding_of_wages"),
]


@pytest.mark.parametrize("lang,text,entry,indicator", CASES, ids=[c[2] + "-" + str(i) for i, c in enumerate(CASES)])
def test_each_phrasing_matches_its_pattern(lang: str, text: str, entry: str, indicator: str) -> None:
    assert entry in matched_entries(text, lang)


@pytest.mark.parametrize("lang,text,entry,indicator", CASES, ids=[c[2] + "-" + str(i) for i, c in enumerate(CASES)])
def test_each_phrasing_is_an_asserted_finding(lang: str, text: str, entry: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize("lang,text,entry", [
    ("en", "No worker was injured at work during the audit period.", "r9_injured_at_work"),
    ("es", "La empresa devolvió los pasaportes y ya no se retienen documentos.", "docs_never_returned_es"),
])
def test_denials_are_not_findings(lang: str, text: str, entry: str) -> None:
    indicator = {"r9_injured_at_work": "abusive_working_living_conditions",
                 "docs_never_returned_es": "retention_of_identity_documents"}[entry]
    assert indicator not in rule_findings(text, lang)
