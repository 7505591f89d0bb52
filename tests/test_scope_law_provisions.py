"""What a law, decree, code or penalty provision says is not a finding (scope 2026.12.20, law14): a provision says what
is forbidden or punished, not that it happened ("Whoever employs a child ... shall be punished with ...", "Quiconque
emploie un enfant ... encourt une amende", "Toda persona que retenga el pasaporte ... será sancionada", "La ley fija en
18 años la edad mínima"). A court sentence, a charge or an allegation, and a fine that was imposed, state that the
practice happened and stay findings ("was sentenced to", "a été condamné à", "fue multada por emplear").
All sentences are written for these tests."""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities


@pytest.mark.parametrize("text, indicator, lang", [
    # English: a penalty for a generic offender, an offence, a prison term a crime carries
    ("Anyone found employing a child under 14 must pay a fine of Rs 20,000.", "child_labour", "en"),
    ("Under the 2005 Act, trafficking a child carries a prison term of at least five years.", "child_labour", "en"),
    ("Whoever employs a child below 14 in a hazardous occupation shall be punished with imprisonment of up to two years.",
     "child_labour", "en"),
    ("Under Section 12 of the Passports Act it is an offence to keep a passport that belongs to someone else.",
     "retention_of_identity_documents", "en"),
    ("Employers who confiscate workers' passports face fines of up to $5,000 per worker under the new regulation.",
     "retention_of_identity_documents", "en"),
    ("A recruiter who charges a jobseeker any placement fee risks losing the licence and a fine of up to PHP 200,000.",
     "recruitment_fees", "en"),
    ("Under the Passports Act, a person who keeps another person's passport commits an offence.",
     "retention_of_identity_documents", "en"),
    # French: quiconque, encourt, s'expose à, risque jusqu'à, la loi fixe
    ("Quiconque emploie un enfant de moins de 16 ans comme domestique encourt une amende de 30 000 dirhams.",
     "child_labour", "fr"),
    ("L'agence qui prélève des frais de recrutement s'expose à une amende et au retrait de sa licence.",
     "recruitment_fees", "fr"),
    ("L'employeur qui retient le passeport d'un travailleur migrant encourt six mois d'emprisonnement.",
     "retention_of_identity_documents", "fr"),
    ("Le kafil qui garde le passeport de son employé devra payer une amende de 2 000 riyals.",
     "retention_of_identity_documents", "fr"),
    # Spanish: toda persona que ... será sancionada, incurrirá en, la ley fija, el decreto considera infracción
    ("Toda persona que retenga el pasaporte de un trabajador será sancionada con una multa de hasta 5.000 dólares.",
     "retention_of_identity_documents", "es"),
    ("El empleador que retenga el pasaporte de un trabajador migrante incurrirá en una infracción muy grave.",
     "retention_of_identity_documents", "es"),
    ("El decreto considera infracción grave que el empleador retenga el pasaporte de un trabajador extranjero.",
     "retention_of_identity_documents", "es"),
    ("El decreto veta a los niños de 12 a 15 años el trabajo en las minas y canteras.", "child_labour", "es"),
    ("La loi fixe à 16 ans l'âge minimum d'admission à l'emploi, afin d'en finir avec les « petites bonnes ».",
     "child_labour", "fr"),
])
def test_a_legal_provision_is_policy(text: str, indicator: str, lang: str) -> None:
    assert not counted(text, indicator, lang)
    assert "policy" in rule_polarities(text, indicator, lang)


@pytest.mark.parametrize("text, indicator, lang", [
    # sentences, charges, allegations and fines imposed: the practice happened
    ("The factory was fined Rs 20,000 for employing a child under 14 in its packing unit.", "child_labour", "en"),
    ("The recruiter was charged with confiscating the passports of 40 Nepali workers.",
     "retention_of_identity_documents", "en"),
    ("Two managers were accused of beating workers who refused overtime.", "physical_sexual_violence", "en"),
    ("The employer, who kept the passports of 30 workers, was fined RM 10,000 last year.",
     "retention_of_identity_documents", "en"),
    ("The kiln owner who kept 30 workers in debt bondage now faces up to ten years in prison.", "debt_bondage", "en"),
    ("The agency that confiscated the passports of 40 Nepali workers faces a fine of up to RM 50,000.",
     "retention_of_identity_documents", "en"),
    # a generic subject in a narrative past: what happened to those who complained
    ("Anyone who complained was beaten by the supervisors.", "physical_sexual_violence", "en"),
    ("Quiconque se plaignait était frappé par les contremaîtres.", "physical_sexual_violence", "fr"),
    ("Quien se quejaba era golpeado por los capataces.", "physical_sexual_violence", "es"),
    ("Le patron a été condamné à trois ans de prison pour avoir confisqué les passeports de ses ouvriers.",
     "retention_of_identity_documents", "fr"),
    ("L'entreprise a été sanctionnée d'une amende pour avoir employé des enfants de 13 ans.", "child_labour", "fr"),
    ("La empresa fue multada por emplear a niños de 12 años en la cosecha.", "child_labour", "es"),
    ("El capataz fue acusado de retener los pasaportes de 25 trabajadores.", "retention_of_identity_documents", "es"),
    # a law named after the finding, in a concession: the finding stands
    ("Los jornaleros denuncian turnos de 12 horas diarias sin cobrar horas extra, pese a que la ley fija ocho.",
     "excessive_overtime", "es"),
])
def test_a_sentence_charge_or_fine_imposed_stays_a_finding(text: str, indicator: str, lang: str) -> None:
    assert counted(text, indicator, lang)
