"""Company statements and denials read as findings (lexicons/scope.yaml 2026.12.27, stmt19), en/es/fr.

The class, read in real company responses to allegations and in modern-slavery statements and supplier codes (news
reports of suppliers that "categorically denied any allegation", brands that "prohibit suppliers from charging
recruitment fees", codes that say staff who break the rules "will face disciplinary action", French and Spanish
communiqués that "réfute les allégations" or "no tolera"): a company bars its suppliers or agents from a practice,
announces that no worker will pay or be charged, sets a sanction for a staff member found to have done it, refuses to
employ children or to buy from those who do, or a party denies the practice with an adverb between ("flatly denies
that", "negó tajantemente que", "nie fermement avoir"). Each states a rule, a remedy or a denial, not a finding.

Not the class: workers barred from leaving, denied pay or food, or refused their wages; an employee found to have been
trafficked; a denial followed by what inspectors found after a contrast. Those stay findings.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import assert_seen_not_asserted, rule_findings

POLICIES = [
    ("en", "Since last year the retailer has barred its labour agents from charging migrant workers any placement fee.",
     ["recruitment_fees"]),
    ("en", "The brand said that from next season no worker hired through its Nepali agencies will pay any recruitment "
           "fee, the factories bearing all costs.", ["recruitment_fees"]),
    ("en", "Any line supervisor found to have slapped or beaten a worker is dismissed without notice.",
     ["physical_sexual_violence"]),
    ("en", "Any manager, team leaders included, found to have kept a worker's passport faces disciplinary action.",
     ["retention_of_identity_documents"]),
    ("en", "The cooperatives refuse cocoa from farmers who use children on their plots, the federation said.",
     ["child_labour"]),
    ("en", "Tools are supplied by the company, and no part of that expense may be deducted from the worker's pay.",
     ["withholding_of_wages"]),
    ("en", "Guiding principle: workers shall not be required to pay any charges for their employment, whether "
           "application, hiring, placement, visa or document processing fees.",
     ["recruitment_fees"]),
    ("en", "Recruiters and employers are forbidden to take a worker's passport, work permit or other belongings, or to "
           "intimidate or penalise a worker for asking about pay.",
     ["intimidation_threats"]),
    ("es", "Los exportadores de café firmaron un pacto por el que se niegan a contratar menores en sus fincas.",
     ["child_labour"]),
    ("es", "La empresa no admite que sus proveedores cobren comisiones de contratación a los trabajadores.",
     ["recruitment_fees"]),
    ("fr", "L'enseigne proscrit tout travail des enfants et toute retenue de passeport chez ses fournisseurs.",
     ["child_labour"]),
    ("fr", "Le ministre assure que le travail des enfants n'est absolument pas admis dans les plantations du pays.",
     ["child_labour"]),
]

DENIALS = [
    ("en", "The plantation firm strongly denies that children worked in its fields during the harvest.", ["child_labour"]),
    ("en", "The glassworks denied that any overtime went unpaid during the shutdown.", ["withholding_of_wages"]),
    ("es", "El dueño del taller negó tajantemente que hubiera menores trabajando en la nave.", ["child_labour"]),
    ("fr", "La société nie fermement avoir employé des enfants dans ses ateliers de couture.", ["child_labour"]),
]

FINDINGS = [
    ("en", "The supervisor barred workers from leaving the dormitory after 8 pm.", "restriction_of_movement"),
    ("en", "Workers were denied any pay for the last three months of the season.", "withholding_of_wages"),
    ("en", "The company denied that it kept passports, but inspectors found 40 passports in the manager's safe.",
     "retention_of_identity_documents"),
    ("en", "An employee found to have been trafficked into the farm was beaten by the owner.",
     "physical_sexual_violence"),
    ("es", "La empresa se negó a pagar las horas extra a los jornaleros durante la cosecha.", "withholding_of_wages"),
    ("fr", "L'employeur interdit aux ouvriers de sortir du chantier le soir.", "restriction_of_movement"),
    ("fr", "L'entreprise refuse de payer les heures supplémentaires de ses saisonniers.", "withholding_of_wages"),
]


@pytest.mark.parametrize(("lang", "text", "indicators"), POLICIES)
def test_a_company_rule_or_commitment_is_policy(lang: str, text: str, indicators: list[str]) -> None:
    assert_seen_not_asserted(text, lang, indicators, "policy")


@pytest.mark.parametrize(("lang", "text", "indicators"), DENIALS)
def test_a_denial_with_an_adverb_negates(lang: str, text: str, indicators: list[str]) -> None:
    assert_seen_not_asserted(text, lang, indicators, "negated")


@pytest.mark.parametrize(("lang", "text", "indicator"), FINDINGS)
def test_findings_near_the_class_stay_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
