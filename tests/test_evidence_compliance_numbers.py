"""Compliance statements (never asserted), numbers, table rows and scope fixes of the evidence engine.

Sentences are written for these tests in the register of audit reports and investigations (en/es/fr);
none comes from the shared evaluation sets.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine
from screener.lexicon import load_lexicon


def _polarities(text: str, lang: str = "en") -> dict[str, str]:
    """Polarity per indicator of the findings (the sentence model's possible findings do not count)."""
    return {e.indicator: e.polarity for e in get_engine().scan_text(text, lang=lang) if e.confidence == "finding"}


def _asserted(text: str, lang: str = "en") -> set[str]:
    return {i for i, p in _polarities(text, lang).items() if p == "asserted"}


# ---------------------------------------------------------------- compliance statements
COMPLIANT = [
    ("en", "Salaries were paid punctually every month and all workers keep their own passports.",
     {"withholding_of_wages", "retention_of_identity_documents"}),
    ("en", "Passports are now stored by the workers themselves in lockable personal boxes.",
     {"retention_of_identity_documents"}),
    ("en", "Workers are free to resign at any time without penalty.", {"restriction_of_movement"}),
    ("en", "Overtime is voluntary and workers may refuse it.", {"excessive_overtime"}),
    ("es", "Los sueldos se pagan puntualmente cada quincena.", {"withholding_of_wages"}),
    ("es", "Los trabajadores conservan sus propios pasaportes en casilleros personales.",
     {"retention_of_identity_documents"}),
    ("es", "Las horas extra son voluntarias.", {"excessive_overtime"}),
    ("es", "Los trabajadores son libres de renunciar.", {"restriction_of_movement"}),
    ("fr", "Les salaires sont versés ponctuellement.", {"withholding_of_wages"}),
    ("fr", "Les travailleurs conservent leurs passeports dans des casiers personnels.",
     {"retention_of_identity_documents"}),
    ("fr", "Les heures supplémentaires sont volontaires.", {"excessive_overtime"}),
]


@pytest.mark.parametrize("lang,text,indicators", COMPLIANT)
def test_compliance_statements_are_compliant_never_asserted(lang: str, text: str, indicators: set[str]) -> None:
    got = _polarities(text, lang)
    assert not {i for i, p in got.items() if p == "asserted"}, got
    for ind in indicators:
        assert got.get(ind) == "compliant", got


@pytest.mark.parametrize("lang,text", [
    ("en", "Placement fees previously paid by the workers were fully refunded by the factory in March."),
    ("en", "No worker under 18 was found on the premises."),
    ("es", "Las comisiones de reclutamiento fueron íntegramente reembolsadas."),
    ("fr", "Les frais de recrutement ont été intégralement remboursés aux travailleurs."),
])
def test_remediated_and_denied_statements_are_not_asserted(lang: str, text: str) -> None:
    got = _polarities(text, lang)
    assert got and not {i for i, p in got.items() if p == "asserted"}, got


@pytest.mark.parametrize("lang,text,indicator", [
    ("en", "Wages were not paid on time for two months.", "withholding_of_wages"),
    ("en", "Workers said overtime is not voluntary during the peak season.", "excessive_overtime"),
])
def test_negated_compliance_is_a_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang), _polarities(text, lang)


# ---------------------------------------------------------------- numbers
@pytest.mark.parametrize("lang,text,indicator", [
    ("en", "Workers worked 13 hours a day.", "excessive_overtime"),
    ("en", "Workers work 11.5 to 12 hours a day during the peak.", "excessive_overtime"),
    ("en", "They worked 300 hours a month in June.", "excessive_overtime"),
    ("en", "Overtime of 60 hours per month was recorded.", "excessive_overtime"),
    ("en", "Workers had two days off per month.", "excessive_overtime"),
    ("en", "Workers had only one rest day a month.", "excessive_overtime"),
    ("en", "They worked 7 days a week during the season.", "excessive_overtime"),
    ("en", "A worker born in 2011 was interviewed during the 2025 audit.", "child_labour"),
    ("en", "Children as young as 12 were picking cotton.", "child_labour"),
    ("en", "The agent deducted MYR 450 from each worker's first salary.", "withholding_of_wages"),
    ("en", "They were owed three months' wages.", "withholding_of_wages"),
    ("es", "Los trabajadores tienen un día de descanso al mes.", "excessive_overtime"),
    ("es", "Hacían 100 horas extra al mes.", "excessive_overtime"),
    ("es", "Trabajan 14 horas diarias.", "excessive_overtime"),
    ("fr", "Les ouvriers n'ont qu'un jour de repos par mois.", "excessive_overtime"),
    ("fr", "Ils travaillent 70 heures par semaine.", "excessive_overtime"),
    ("fr", "Une ouvrière née en 2009 a été identifiée lors de l'audit de 2023.", "child_labour"),
])
def test_numbers_over_the_limits_are_findings(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang), _polarities(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Workers worked 10 hours a day."),
    ("en", "Workers worked 240 hours a month."),
    ("en", "Overtime of 30 hours per month was recorded."),
    ("en", "Workers had four days off per month."),
    ("en", "A worker born in 1995 was interviewed during the 2025 audit."),
    ("en", "Overtime is limited to 36 hours per month."),
    ("es", "La jornada máxima es de 44 horas semanales."),
    ("fr", "Les salariés travaillent 35 heures par semaine."),
])
def test_numbers_within_the_limits_are_not_findings(lang: str, text: str) -> None:
    assert not _asserted(text, lang) & {"excessive_overtime", "child_labour"}, _polarities(text, lang)


def test_numeric_limits_come_from_the_lexicon() -> None:
    t = load_lexicon().numeric["en"].thresholds
    assert t["hours_per_day_max"] == 10 and t["hours_per_month_max"] == 260
    assert t["overtime_per_month_max"] == 36 and t["rest_days_per_month_min"] == 4


# ---------------------------------------------------------------- jargon and table rows
@pytest.mark.parametrize("text,indicator", [
    ("Working hours | 14 hours per day | NC", "excessive_overtime"),
    ("Passport | held by the HR office | Non-compliance", "retention_of_identity_documents"),
    ("Rest day | 1 day off in a month | NC", "excessive_overtime"),
    ("OT fixed and compulsory", "excessive_overtime"),
    ("Finding: overtime is mandatory on Sundays.", "excessive_overtime"),
    ("NC-3: Passports are kept in the HR office.", "retention_of_identity_documents"),
])
def test_table_rows_and_jargon_are_found_like_prose(text: str, indicator: str) -> None:
    assert indicator in _asserted(text), _polarities(text)


def test_a_table_row_and_the_same_prose_agree() -> None:
    row = _asserted("Passports | kept by HR | NC")
    prose = _asserted("Passports are kept by HR.")
    assert "retention_of_identity_documents" in row and row == prose


# ---------------------------------------------------------------- scope fixes
@pytest.mark.parametrize("lang,text,indicator,polarity", [
    # a negation on a neighbouring verb does not deny the finding
    ("en", "Researchers were not picking up on the 80-hour weeks in the dormitory records.", "excessive_overtime",
     "asserted"),
    # a condition that describes a mechanism in place
    ("en", "She could only start work after she paid a USD 900 fee to the broker.", "recruitment_fees", "asserted"),
    ("en", "If they complained, they were threatened with dismissal.", "intimidation_threats", "asserted"),
    # a pure hypothetical stays hypothetical
    ("en", "If workers are found to have paid recruitment fees, the supplier will repay them.", "recruitment_fees",
     "hypothetical"),
    # prohibitions in codes of conduct and laws
    ("en", "Withholding of wages or confiscation of identity documents is strictly prohibited.",
     "retention_of_identity_documents", "policy"),
    ("es", "Se prohíbe estrictamente la retención de pasaportes de los trabajadores.",
     "retention_of_identity_documents", "policy"),
    ("fr", "La confiscation des passeports est strictement interdite.", "retention_of_identity_documents", "policy"),
    # definitions, examples, headings and statements of law
    ("en", "Passport retention is unlawful and must stop.", "retention_of_identity_documents", "policy"),
    ("en", "Workers who refuse overtime are penalised, for example, threats of dismissal.", "intimidation_threats",
     "hypothetical"),
    ("en", "Isolation", "isolation", "hypothetical"),
    ("fr", "Aucune servitude pour dettes ne sera autorisée.", "debt_bondage", "policy"),
    ("fr", "Ils ne pouvaient être embauchés que s'ils payaient des frais de recrutement à l'agent.", "recruitment_fees",
     "asserted"),
    # checklist questions
    ("en", "Does the employer keep workers' passports?", "retention_of_identity_documents", "hypothetical"),
    ("es", "¿El empleador retiene los pasaportes de los trabajadores?", "retention_of_identity_documents",
     "hypothetical"),
])
def test_scope_fixes(lang: str, text: str, indicator: str, polarity: str) -> None:
    assert _polarities(text, lang).get(indicator) == polarity, _polarities(text, lang)


# ---------------------------------------------------------------- indirect phrasing, Spanish and French
@pytest.mark.parametrize("lang,text,indicator", [
    ("en", "Crew members had not received their salary for the last five weeks.", "withholding_of_wages"),
    ("en", "The workers said they were cheated of their overtime pay.", "withholding_of_wages"),
    ("en", "Many took on interest-bearing debts to pay the broker.", "debt_bondage"),
    ("en", "The cash advances were deducted from their wages each month.", "debt_bondage"),
    ("en", "The fishers were stranded at sea for eleven months.", "isolation"),
    ("es", "La empresa retiene los documentos de identidad de los trabajadores.", "retention_of_identity_documents"),
    ("es", "No les pagan desde hace tres meses.", "withholding_of_wages"),
    ("es", "Los niños de 12 años trabajaban en la cosecha.", "child_labour"),
    ("es", "Había menores de edad trabajando en el empaque.", "child_labour"),
    ("fr", "Le superviseur a confisqué les passeports des ouvriers.", "retention_of_identity_documents"),
    ("fr", "Ils ont travaillé deux mois sans être payés.", "withholding_of_wages"),
    ("fr", "Des enfants travaillaient dans les plantations.", "child_labour"),
    ("en", "Supervisors subjected the pickers to verbal and physical abuse.", "physical_sexual_violence"),
    ("en", "Each applicant had to pay to get a job at the packing house.", "recruitment_fees"),
    ("en", "The agency limited the workers' freedom of movement.", "restriction_of_movement"),
    ("es", "Los cortadores fueron privados de su libertad durante dos meses.", "restriction_of_movement"),
    ("es", "Tuvieron que pagar para que los contrataran en la planta.", "recruitment_fees"),
    ("es", "Los niños pasan largas jornadas en el corte de caña.", "child_labour"),
    ("fr", "Les intermédiaires réclament une commission sur chaque salaire.", "recruitment_fees"),
    ("fr", "Les salariés étaient privés de leur liberté dans la ferme.", "restriction_of_movement"),
])

def test_indirect_phrasing_is_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang), _polarities(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Many of the pickers are undocumented migrants from the south."),
    ("fr", "Les mineurs travaillent dans une galerie profonde de la mine."),
    ("fr", "Il a battu le record de production du mois."),
    ("en", "Employees are protected from physical or psychological harm of any kind."),
])
def test_traps_are_not_findings(lang: str, text: str) -> None:
    assert not _asserted(text, lang), _polarities(text, lang)


def test_ilo_definition_is_not_a_threat() -> None:
    text = "Le travail forcé est un travail exigé sous la menace d'une peine quelconque."
    assert "intimidation_threats" not in _asserted(text, "fr"), _polarities(text, "fr")


def test_compliant_and_asserted_cue_types_load() -> None:
    types = {c.type for c in load_lexicon().scope["en"].cues}
    assert {"compliant", "asserted"} <= types
