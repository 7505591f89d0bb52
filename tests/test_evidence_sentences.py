"""Unseen sentences written for these tests (not copies of the dev set): one indicator each, per language.

Each case is (lang, sentence, asserted indicators expected, indicators that must NOT be asserted).
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

CASES = [
    # --- English, asserted
    ("en", "Interviewed migrants said the labour broker in Dhaka still holds their passports.", {"retention_of_identity_documents"}, set()),
    ("en", "The site manager confiscated the workers' identity cards when they arrived.", {"retention_of_identity_documents"}, set()),
    ("en", "Each worker paid USD 1,800 to an agent in Kathmandu to secure the job.", {"recruitment_fees"}, set()),
    ("en", "Workers were charged placement fees of up to three months' salary.", {"recruitment_fees"}, set()),
    ("en", "Several workers said their salaries for March had still not been paid.", {"withholding_of_wages"}, set()),
    ("en", "Wages are paid only at the end of the harvest season.", {"withholding_of_wages"}, set()),
    ("en", "Workers owe the recruiter large sums and must work until the debt is cleared.", {"debt_bondage"}, set()),
    ("en", "Payroll records show shifts of 15 hours per day during the peak season.", {"excessive_overtime"}, set()),
    ("en", "Timesheets show 75 hours per week for the packing team.", {"excessive_overtime"}, set()),
    ("en", "Security guards lock the hostel gate at night and nobody can go out.", {"restriction_of_movement"}, set()),
    ("en", "The supervisor took away their mobile phones for the whole contract.", {"isolation"}, set()),
    ("en", "Two women reported that the foreman slapped them in front of the line.", {"physical_sexual_violence"}, set()),
    ("en", "The manager threatened to report undocumented workers to the police.", {"intimidation_threats"}, set()),
    ("en", "A girl aged 13 was seen carrying bricks at the kiln.", {"child_labour"}, set()),
    ("en", "Workers were promised jobs in a hotel but were sent to a fishing boat instead.", {"deception"}, set()),
    ("en", "Forty workers sleep on the floor of a warehouse without running water.", {"abusive_working_living_conditions"}, set()),
    ("en", "The employer pays them less because they have no valid work permit and nowhere else to go.", {"abuse_of_vulnerability"}, set()),
    ("en", "Wrokers said their pasports were kept by the agnet.", {"retention_of_identity_documents"}, set()),
    # --- English, scope
    ("en", "No worker reported that passports were retained.", set(), {"retention_of_identity_documents"}),
    ("en", "The company does not charge recruitment fees; however, the broker kept their passports.", {"retention_of_identity_documents"}, {"recruitment_fees"}),
    ("en", "The code of conduct prohibits the retention of passports by suppliers.", set(), {"retention_of_identity_documents"}),
    ("en", "All recruitment fees were reimbursed to the workers in May.", set(), {"recruitment_fees"}),
    ("en", "If excessive overtime is found next year, the brand will suspend orders.", set(), {"excessive_overtime"}),
    ("en", "Migrant workers in the region are at risk of debt bondage.", set(), {"debt_bondage"}),
    ("en", "Timecards show 48 hours per week for all sampled workers.", set(), {"excessive_overtime"}),
    ("en", "The overtime premium is paid at 125% of the normal rate.", set(), {"excessive_overtime"}),
    ("en", "Visitors must show a photo ID badge at the gate.", set(), {"retention_of_identity_documents"}),
    ("en", "Parents must pay a school fee for the village school.", set(), {"recruitment_fees"}),
    # --- Spanish
    ("es", "El contratista guarda los pasaportes de los jornaleros en su oficina.", {"retention_of_identity_documents"}, set()),
    ("es", "Cada trabajador pagó USD 700 a un reclutador para obtener el empleo.", {"recruitment_fees"}, set()),
    ("es", "Los trabajadores no han recibido sus salarios desde hace tres meses.", {"withholding_of_wages"}, set()),
    ("es", "El capataz amenazó con despedir a quienes se quejaran.", {"intimidation_threats"}, set()),
    ("es", "Se encontraron niños de 11 años trabajando en la cosecha de café.", {"child_labour"}, set()),
    ("es", "No se encontraron pasaportes retenidos por la empresa.", set(), {"retention_of_identity_documents"}),
    ("es", "Las horas extra se pagan con un recargo del 50 %.", set(), {"excessive_overtime"}),
    # --- French
    ("fr", "Le directeur conserve les passeports des ouvriers dans son bureau.", {"retention_of_identity_documents"}, set()),
    ("fr", "Les ouvriers ont versé 400 000 XOF à un intermédiaire pour obtenir le poste.", {"recruitment_fees"}, set()),
    ("fr", "Le contremaître menace les travailleurs de licenciement.", {"intimidation_threats"}, set()),
    ("fr", "Des enfants de 12 ans travaillent dans la briqueterie.", {"child_labour"}, set()),
    ("fr", "Aucun passeport n'est conservé par l'employeur.", set(), {"retention_of_identity_documents"}),
    ("fr", "Les mineurs travaillent dans une galerie bien ventilée.", set(), {"child_labour"}),
]


@pytest.mark.parametrize("lang,text,expected,forbidden", CASES)
def test_unseen_sentences(lang: str, text: str, expected: set[str], forbidden: set[str]) -> None:
    evs = get_engine().scan_text(text, lang=lang)
    asserted = {e.indicator for e in evs if e.polarity == "asserted" and e.confidence == "finding"}
    assert expected <= asserted, (text, [(e.indicator, e.polarity, e.matched_text, e.cue) for e in evs])
    assert not (forbidden & asserted), (text, [(e.indicator, e.polarity, e.matched_text, e.cue) for e in evs])
