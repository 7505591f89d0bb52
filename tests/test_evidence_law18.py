"""A law, a code or a regulation that prohibits or defines states the law over everything it lists
(lexicons/scope.yaml 2026.12.24, law18), en/es/fr.

The class, read in real government and news material on labour law (US Department of Labor pages on H-2A
recruitment costs, ILO country pages on hazardous-work lists, news of new heat-stress and child-labour decrees): a
sentence opens with the legal instrument ("US rules", "the Act", "El Código del Trabajo", "La Resolución 11",
"Le nouvel arrêté") and a verb of prohibition or definition ("bar", "defines", "proscribe", "impide al empleador",
"interdit", "définit"); the list it governs runs long, and its last items were read as findings.

Not the class: verbs that can state a practice of the law itself ("requires workers to obtain an exit permit") are
left out, "impide" is read only when the law forbids something to the employer ("impide al empleador retener"),
and a finding after a contrast stays a finding.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import assert_seen_not_asserted, rule_findings

LAWS = [
    ("en", "US rules bar H-2B employers from seeking any payment from workers toward recruitment costs or visa fees.",
     ["recruitment_fees"]),
    ("en", "The 2015 Act defines and punishes slavery, servitude, forced labour, human trafficking and debt bondage.",
     ["debt_bondage"]),
    ("es", "El nuevo Código Laboral proscribe la servidumbre por deudas, la venta de niños y la trata de niños.",
     ["debt_bondage", "child_labour"]),
    ("es", "La Resolución 4 de la comisión agraria impide al empleador retener o descontar del salario el costo de la "
           "vivienda.", ["withholding_of_wages"]),
    ("fr", "Le nouvel arrêté proscrit aux moins de 18 ans les travaux dangereux dans les mines, la pêche et le travail "
           "domestique.", ["child_labour", "abusive_working_living_conditions"]),
]

FINDINGS = [
    ("en", "Saudi law forbids employers to keep passports, yet many housemaids still had their passports taken on "
           "arrival.", "retention_of_identity_documents"),
    ("en", "The workers said the employer kept their passports and the law was never enforced.",
     "retention_of_identity_documents"),
    ("es", "Según los jornaleros, el capataz les descontaba del salario el costo de la vivienda.", "withholding_of_wages"),
]


@pytest.mark.parametrize(("lang", "text", "indicators"), LAWS)
def test_a_law_is_policy_over_its_whole_list(lang: str, text: str, indicators: list[str]) -> None:
    assert_seen_not_asserted(text, lang, indicators, "policy")


@pytest.mark.parametrize(("lang", "text", "indicator"), FINDINGS)
def test_findings_near_the_class_stay_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
