"""Scope classes of the sixth pass (en/es/fr): checklist questions with their answer cell, "Not found" cells and
negated row labels, status cells with a tail ("Verified at follow-up"), denials, audit counts of zero, guidance
and definitions in general terms, statements of law and codes, remediation done or promised, and compliance.

Each class has sentences that must not be counted as findings, and sentences of the same shape that must stay
asserted. The sentences are written for these tests; none comes from the shared evaluation sets or the corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _polarity(text: str, indicator: str, lang: str) -> str | None:
    """The polarity the engine gives ``indicator`` in ``text`` (an asserted match wins), or None without a match."""
    pols = {e.polarity for e in get_engine().scan_text(text, lang=lang) if e.indicator == indicator}
    if not pols:
        return None
    return "asserted" if "asserted" in pols else sorted(pols)[0]


NOT_ASSERTED = [
    # checklist questions and their answer cell
    ("en", "Q3.2 Has any worker been threatened with deportation? | Y / N", "intimidation_threats", "hypothetical"),
    ("en", "Q3.4 Does the broker charge workers a placement fee? | No | 0 of 18 interviewed", "recruitment_fees",
     "negated"),
    ("es", "P2.1 ¿Retiene el empleador los pasaportes de los trabajadores? | No | Verificado en entrevistas",
     "retention_of_identity_documents", "negated"),
    ("es", "P2.6 ¿Se amenaza a los trabajadores con el despido? | Sí / No", "intimidation_threats", "hypothetical"),
    ("fr", "Q5.1 Des menaces de renvoi ont-elles été signalées ? | Aucune", "intimidation_threats", "negated"),
    ("fr", "Q5.3 L'employeur garde-t-il les passeports des ouvriers ? | Oui / Non / Sans objet",
     "retention_of_identity_documents", "hypothetical"),
    # a "Not found" cell in mid-row, a status cell with a tail, a compliance cell
    ("en", "Recruitment fees | Not observed | all 30 workers hired directly at the gate", "recruitment_fees", "negated"),
    ("en", "NC closed | ID cards held by the HR office returned to their owners | Verified at follow-up",
     "retention_of_identity_documents", "remediated"),
    ("es", "Retención de pasaportes | En poder de los trabajadores | 30/30 entrevistas", "retention_of_identity_documents",
     "compliant"),
    ("fr", "Pièces d'identité | Conservées par les salariés | casiers individuels", "retention_of_identity_documents",
     "compliant"),
    # a row or line label followed by a negated statement
    ("fr", "Travail des enfants : aucun salarié de moins de 16 ans sur les listes de paie.", "child_labour", "negated"),
    ("en", "Child labour | No worker under 16 on the payroll or in the fields | 45 files checked", "child_labour",
     "negated"),
    # denials
    ("en", "The contractor rejected the union's allegations of unpaid wages at the site.", "withholding_of_wages",
     "negated"),
    ("en", "The hotel group said it was unaware of any recruitment fees paid by its cleaners.", "recruitment_fees",
     "negated"),
    ("es", "Los jornaleros entrevistados negaron haber sufrido amenazas por parte del capataz.", "intimidation_threats",
     "negated"),
    ("fr", "La marque dément formellement employer des enfants dans ses ateliers.", "child_labour", "negated"),
    ("fr", "Aucun des 40 ouvriers interrogés n'a fait état de menaces ou d'insultes.", "intimidation_threats", "negated"),
    # audit counts of zero
    ("en", "0 of 30 interviewed migrants paid any recruitment fee to an agent.", "recruitment_fees", "negated"),
    ("es", "0 de 25 trabajadores entrevistados pagaron comisiones de contratación.", "recruitment_fees", "negated"),
    # guidance and definitions in general terms
    ("en", "Penalties can include threats of dismissal or of reporting workers to the police.", "intimidation_threats",
     "hypothetical"),
    ("en", "Workers may be threatened with violence or with the loss of their visa.", "intimidation_threats",
     "hypothetical"),
    ("en", "Withholding a worker's passport to stop them leaving is an offence under the Act.",
     "retention_of_identity_documents", "hypothetical"),
    ("es", "Amenazar a los trabajadores con la deportación para que no abandonen el empleo.", "intimidation_threats",
     "hypothetical"),
    ("fr", "Les retenues sur salaire imposées aux ouvriers peuvent relever du travail forcé.", "withholding_of_wages",
     "hypothetical"),
    # statements of law and codes
    ("en", "Verbal abuse, corporal punishment and sexual harassment of any worker shall be prohibited.",
     "physical_sexual_violence", "policy"),
    ("en", "Regulations say that apprentices under 18 cannot be given night shifts.", "child_labour", "policy"),
    ("es", "Queda prohibido amenazar a los trabajadores con el despido o con denunciarlos a las autoridades.",
     "intimidation_threats", "policy"),
    ("es", "El proveedor no empleará a menores de 16 años en ninguna de sus plantas.", "child_labour", "policy"),
    ("es", "El trabajo infantil se castiga con multas de hasta 100 salarios mínimos.", "child_labour", "policy"),
    ("fr", "Aucun salarié ne doit subir de violences physiques ou de harcèlement sexuel.", "physical_sexual_violence",
     "policy"),
    ("fr", "L'agence ne peut pas exiger de frais de recrutement des candidats au départ.", "recruitment_fees",
     "policy"),
    ("fr", "Le fait d'imposer des conditions d'hébergement indignes est puni de cinq ans de prison.",
     "abusive_working_living_conditions", "policy"),
    # remediation done or promised
    ("en", "The electronics maker will repay its migrant workers the recruitment fees they paid to brokers.",
     "recruitment_fees", "remediated"),
    ("en", "Children found in the packing shed were helped back into school with uniforms and books.",
     "child_labour", "remediated"),
    ("en", "The supervisor accused of slapping workers was dismissed after the investigation.",
     "physical_sexual_violence", "remediated"),
    ("es", "Tras la inspección, la empresa les pagó a los temporeros los salarios impagos de dos meses.",
     "withholding_of_wages", "remediated"),
    ("es", "Los niños que trabajaban en la finca fueron derivados a servicios de protección de la infancia.",
     "child_labour", "remediated"),
    ("fr", "Le sous-traitant a accepté de rembourser les frais de recrutement versés par les ouvriers.",
     "recruitment_fees", "remediated"),
    ("fr", "Le contremaître mis en cause pour des coups a été licencié à la suite de l'enquête.",
     "physical_sexual_violence", "remediated"),
    # a limit that is not exceeded
    ("fr", "Les heures hebdomadaires n'excèdent pas 48 heures plus 8 heures supplémentaires volontaires.",
     "excessive_overtime", "compliant"),
    ("es", "Las horas semanales no superan las 48 más 9 horas extra voluntarias, según los registros.",
     "excessive_overtime", "compliant"),
    ("en", "It is the employer's responsibility, not the worker's, to pay the visa fee and the agency charge.",
     "recruitment_fees", "policy"),
    # compliance
    ("en", "Worker 4 (F, 31): keeps her passport and work permit herself in her room.",
     "retention_of_identity_documents", "compliant"),
    ("en", "Recruitment costs, including visas and flights, are borne by the employer.", "recruitment_fees", "compliant"),
    ("es", "Las empacadoras conservan su pasaporte y su permiso de trabajo en todo momento.",
     "retention_of_identity_documents", "compliant"),
    ("fr", "Les 15 saisonniers interrogés confirment garder leur passeport dans leur chambre.",
     "retention_of_identity_documents", "compliant"),
]

STILL_ASSERTED = [
    # a checklist answered "yes", a row whose cell states the practice
    ("en", "Q3.2 Has any worker been threatened with deportation? | Yes | 4 of 18 interviewed", "intimidation_threats"),
    ("fr", "Q5.3 L'employeur garde-t-il les passeports des ouvriers ? | Oui | 12 passeports au bureau",
     "retention_of_identity_documents"),
    ("en", "Passports | held by the HR manager in a locked drawer | NC", "retention_of_identity_documents"),
    # a row label whose statement is not negated, or whose negation states the practice
    ("fr", "Travail des enfants : deux garçons de 14 ans vus sur la chaîne d'emballage.", "child_labour"),
    ("en", "Excessive overtime: no day off in five weeks for the packing team.", "excessive_overtime"),
    # reports of the practice, not denials
    ("en", "The union repeated its allegations after workers said their wages had been withheld for months.",
     "withholding_of_wages"),
    ("fr", "La marque employait des enfants dans ses ateliers, selon l'inspection.", "child_labour"),
    ("fr", "Les heures supplémentaires ne sont pas volontaires et dépassent 20 heures par semaine.", "excessive_overtime"),
    # counts that state the practice
    ("en", "0 of 20 workers hold their own passports.", "retention_of_identity_documents"),
    ("en", "0 of 20 workers are free to leave the dormitory at night.", "restriction_of_movement"),
    ("en", "18 of 30 interviewed migrants paid a recruitment fee to an agent.", "recruitment_fees"),
    # findings that sit next to the words of law and remediation
    ("en", "Workers were forced to pay for their own tools and lodging.", "withholding_of_wages"),
    ("en", "The agent did not return her passport.", "retention_of_identity_documents"),
    ("en", "Workers said their passports are kept by the employer and released only if they pay a fee.",
     "retention_of_identity_documents"),
    ("es", "La empresa no les pagó a los temporeros los salarios de dos meses.", "withholding_of_wages"),
    ("es", "El encargado guarda sus pasaportes en la oficina.", "retention_of_identity_documents"),
    ("fr", "Le chef d'équipe continue de garder leurs passeports dans son bureau.", "retention_of_identity_documents"),
    ("fr", "Chaque ouvrier a payé des frais de recrutement à l'agent.", "recruitment_fees"),
]


@pytest.mark.parametrize("lang,text,indicator,polarity", NOT_ASSERTED)
def test_class_is_not_a_finding(lang: str, text: str, indicator: str, polarity: str) -> None:
    assert _polarity(text, indicator, lang) == polarity


@pytest.mark.parametrize("lang,text,indicator", STILL_ASSERTED)
def test_same_shape_finding_stays_asserted(lang: str, text: str, indicator: str) -> None:
    assert _polarity(text, indicator, lang) == "asserted"


def test_status_cell_with_tail_is_a_verdict() -> None:
    """A status followed by where or how it was checked is still a status; other words after it are not."""
    scope = get_engine().pipeline("fr").scope
    assert scope.verdict_of("Statut : vérifié lors de la visite de suivi") == "remediated"
    assert scope.verdict_of("Statut : clôturé après contrôle des fiches de paie") == "remediated"
    assert scope.verdict_of("Statut : vérifié mais non corrigé") is None
