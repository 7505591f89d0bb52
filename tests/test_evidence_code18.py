"""Codes of conduct and model clauses state rules, not findings (lexicons/scope.yaml 2026.12.24, code18), en/es/fr.

The class, read in real supplier codes and charters (lawinsider.com's French supplier-code template, the ICRC
supplier code, Coperama's supplier code, a French responsible-purchasing charter, bioagricoladelllano.com.co's
supplier code): a sentence opens with an employer-side actor (suppliers, employers, agencies, "Neither suppliers
nor their agents", "Ni el empleador ni los agentes", "Le Fournisseur") and a modal of obligation or prohibition
("shall", "must", "may not", "are not permitted to", "deben garantizar", "podrán", "se obligan a", "ne peut pas",
"s'interdit de", "veille à"). Everything the sentence lists is the rule, however long the list: before, the
existing cues reached the first items only, so the last one ("... nor to make the worker repay recruitment
costs", "... sin castigos corporales, acoso o abuso sexual") was asserted.

Not the class: rules imposed on workers ("Workers must hand over their passports": a finding), an employer who
owes wages ("La empresa debe tres meses de salario", "L'entreprise doit trois mois de salaire"), and a finding
after a contrast ("The employer is required to ..., but workers ...").

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import assert_seen_not_asserted, rule_findings

RULES = [
    ("en", "Neither vendors nor their recruiters may keep workers' identity cards or hold back any part of their pay.",
     ["retention_of_identity_documents", "withholding_of_wages"]),
    ("en", "Employers are not permitted to take a worker's passport, nor to make the worker repay the recruitment "
           "costs of the agency.", ["retention_of_identity_documents", "debt_bondage", "recruitment_fees"]),
    ("en", "Suppliers should not limit the movement of workers through locked dormitories, threats of dismissal or "
           "practices such as keeping passports.", ["retention_of_identity_documents", "intimidation_threats"]),
    ("en", "All contractors are expected to ensure that no worker pays recruitment fees or has their passport held.",
     ["recruitment_fees", "retention_of_identity_documents"]),
    ("es", "Ni el proveedor ni sus intermediarios podrán retener, ocultar o destruir los pasaportes de los "
           "trabajadores ni cobrarles comisiones de contratación.",
     ["retention_of_identity_documents", "recruitment_fees"]),
    ("es", "Los proveedores deben garantizar un entorno de trabajo libre de castigos físicos, amenazas, acoso o abuso "
           "sexual.", ["physical_sexual_violence"]),
    ("es", "Los proveedores se obligan a no retener pasaportes ni cobrar comisiones de contratación al personal.",
     ["retention_of_identity_documents", "recruitment_fees"]),
    ("fr", "Le fournisseur s'interdit tout recours au travail forcé, à la servitude pour dettes, à la confiscation des "
           "passeports ou aux châtiments corporels.", ["physical_sexual_violence"]),
    ("fr", "Les fournisseurs ne doivent en aucun cas imposer des heures supplémentaires forcées ni retenir les papiers "
           "d'identité des ouvriers.", ["excessive_overtime", "retention_of_identity_documents"]),
]

FINDINGS = [
    ("en", "Workers must hand over their passports to the supervisor on arrival at the camp.",
     "retention_of_identity_documents"),
    ("en", "The employer is required to grant a weekly rest day, but workers said their passports were kept by the "
           "HR office.", "retention_of_identity_documents"),
    ("en", "The agency kept the workers' passports and charged each of them recruitment fees of USD 2,500.",
     "retention_of_identity_documents"),
    ("es", "La empresa debe tres meses de salario a los jornaleros, que no han cobrado desde marzo.",
     "withholding_of_wages"),
    ("es", "Los jornaleros deben trabajar 14 horas diarias, sin ningún día de descanso.", "excessive_overtime"),
    ("fr", "L'entreprise doit trois mois de salaire aux ouvriers, qui n'ont pas été payés depuis mars.",
     "withholding_of_wages"),
]


@pytest.mark.parametrize(("lang", "text", "indicators"), RULES)
def test_a_code_rule_is_policy_over_its_whole_list(lang: str, text: str, indicators: list[str]) -> None:
    assert_seen_not_asserted(text, lang, indicators, "policy")


@pytest.mark.parametrize(("lang", "text", "indicator"), FINDINGS)
def test_findings_near_the_class_stay_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
