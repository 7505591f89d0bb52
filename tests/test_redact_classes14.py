"""Redaction classes of round 14 (issue 17 part 4), on invented examples: initials standing for a person, ID numbers
by label and by table column, single given names after a role noun, and report text that must stay (places of the
sourcing countries, company names, role mailboxes, known abbreviations, references)."""
from __future__ import annotations

import pytest
from redaction_helpers import found as _found

from screener.redact import redact_text


# 1. Initials as a person's name -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, initials", [
    ("Ref\tDate\tRaised by\tTopic\nGR-07\t02/05/2024\tP.N.\tOvertime", "P.N."),
    ("The worker, known to the auditors only by the initials D.W., said the supervisor kept her card.", "D.W."),
    ("Buzón de quejas: L.G. reporta que no hay agua en el dormitorio.", "L.G."),
    ('Una obrera que firma "T.V.M." denuncia descuentos ilegales.', "T.V.M."),
    ("Plaintes reçues : la plaignante B.K. dénonce des heures non payées.", "B.K."),
    ("Nom\tÂge\tSignature\nOUÉDRAOGO Awa\t31\tO.A.", "O.A."),
    ("Statement signed F.R.D.S. on the last page of the interview form.", "F.R.D.S."),
])
def test_initials_standing_for_a_person_are_redacted(text, initials):
    assert initials in _found(text)


@pytest.mark.parametrize("text", [
    "The buyer ships to the U.S. and the U.K. from the port at 6 a.m., e.g. on Mondays.",
    "Confecciones Andinas S.A. de C.V. y Agrícola del Sur S.L. firmaron el acuerdo.",
    "Le fournisseur Textiles du Sahel S.A.S. a envoyé le C.V. du responsable.",
    "Country\tU.S.\tBuyer share\t40%",
    "N.B. the figures i.e. the wage rates were reported by the factory.",
])
def test_known_abbreviations_stay(text):
    assert _found(text) == []


# 2. ID numbers whose label or format is new ------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("His work permit (no. WP 4410 2287 03) was held by the agent.", "WP 4410 2287 03"),
    ("Her EOBI no. KHI-2204518 had not been paid into since March.", "KHI-2204518"),
    ("The transit sheet lists their CI numbers KT-5520917 and KT-5520944.", "KT-5520917"),
    ("The transit sheet lists their CI numbers KT-5520917 and KT-5520944.", "KT-5520944"),
    ("His OEC number is OEC-2024-5512089 and he left in May.", "OEC-2024-5512089"),
    ("Fayda ID 8812 0033 4471 2905 — the seasonal picker from Sidama", "8812 0033 4471 2905"),
    ("La trabajadora venezolana (PPT 6633120) cobra por día.", "6633120"),
    ("Su número de afiliación a la Seguridad Social es 28/0093415527.", "28/0093415527"),
    ("Presentó la tarjeta sanitaria BBVA 2231 0098 7712 en el centro de salud.", "BBVA 2231 0098 7712"),
    ("El cosechador (CI 4.227.915 CB) trabaja sin contrato.", "4.227.915 CB"),
    ("NINA 2 14 88 301 552 7 K — ouvrière de l'usine", "2 14 88 301 552 7 K"),
])
def test_id_numbers_by_label(text, number):
    assert number in _found(text)


@pytest.mark.parametrize("text, numbers", [
    ("Name\tDays\tNet\tBank a/c\nAl Amin\t26\tBDT 11,000\t2230 1147 5590 002\nShirin Akter\t25\tBDT 10,900\t"
     "2230 1147 5591 118", ["2230 1147 5590 002", "2230 1147 5591 118"]),
    ("Nom\tJours\tNet\tCompte\nKONÉ Awa\t24\t61 000 FCFA\tCI008 01220 004411290077 19",
     ["CI008 01220 004411290077 19"]),
    ("Nombre\tDías\tCuenta\nRamírez Luis\t20\t0049 1500 0512 3456", ["0049 1500 0512 3456"]),
    ("Crew\tRank\tNationality\tSeaman's book\nNDIAYE Ousmane\tOiler\tGambian\tGM30981", ["GM30981"]),
])
def test_id_columns_of_tables(text, numbers):
    found = _found(text)
    for n in numbers:
        assert n in found


@pytest.mark.parametrize("text, kept", [
    ("Matricule\tNom\tHeures\nS-204\tDIALLO Aminata\t180", "S-204"),
    ("Supplier\tInvoice no\tAmount\nSahel Coton\tINV-2024-33190\tFCFA 1 200 000", "INV-2024-33190"),
    ("Case\tDate\tStatus\nGR-2024-0118\t04/05\tOpen", "GR-2024-0118"),
])
def test_references_in_tables_stay(text, kept):
    assert not any(kept in f for f in _found(text))


def test_a_staff_number_with_a_capital_after_it_keeps_the_next_word():
    assert redact_text("passport no. 12345678 A new rule applies") == "passport no. [id number] A new rule applies"


# 3. Single given names after a role noun ---------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Les ouvriers accusent le caporal Driss de retenues sur salaire.", "Driss"),
    ("Le transporteur Hamid fait payer 20 dirhams par trajet.", "Hamid"),
    ("Selon les témoins, la cheffe de ligne Chanthy frappe les ouvrières.", "Chanthy"),
    ("Los cargadores dicen que el jefe de almacén Efraín retiene sus pagos.", "Efraín"),
    ("Ils ont été recrutés à Belém ; le recruteur était Raimundo.", "Raimundo"),
    ("Mme Aminata Koné, dite Mina, est cheffe d'équipe.", "Mina"),
])
def test_single_given_name_after_a_role(text, name):
    assert name in _found(text)


# 4. Precision: places, companies, role mailboxes -------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("The workers were flown to Shah Alam and later moved to Klang.", "Shah Alam"),
    ("The dyeing unit in Tirupur pays piece rates.", "Tirupur"),
    ("Flower farms near Nakuru and Naivasha employ seasonal harvesters.", "Nakuru"),
    ("Les vendangeurs de l'Hérault dorment dans des caravanes.", "Hérault"),
    ("Los cosechadores de Mendoza cobran por tacho.", "Mendoza"),
    ("The supplier Karadeniz Tekstil subcontracts ironing to homeworkers.", "Karadeniz Tekstil"),
    ("Order placed with Sharma Home Furnishings for cushion covers.", "Sharma Home Furnishings"),
    ("The estate of PT Kebun Sawit Lestari employs casual harvesters.", "Kebun Sawit"),
])
def test_places_and_companies_stay(text, kept):
    assert not any(kept in f or f in kept for f in _found(text))


@pytest.mark.parametrize("text, kept", [
    ("Complaints can be sent to hr@andes-knit.com or rrhh@confecciones-sur.hn.", "hr@andes-knit.com"),
    ("Complaints can be sent to hr@andes-knit.com or rrhh@confecciones-sur.hn.", "rrhh@confecciones-sur.hn"),
    ("Écrire à contact@agence-emploi.ml pour toute plainte.", "contact@agence-emploi.ml"),
    ("Quotes from sales@delta-knits.cn arrived late.", "sales@delta-knits.cn"),
])
def test_role_mailboxes_stay(text, kept):
    assert kept not in _found(text)


def test_personal_mailbox_is_still_redacted():
    assert "[email]" in redact_text("Write to hr@andes-knit.com or to rosa.quispe82@gmail.com.")
    assert "rosa.quispe82@gmail.com" in _found("Write to rosa.quispe82@gmail.com.")


def test_apps_and_document_names_stay():
    assert _found("She holds an Employment Pass and a KRA PIN and uses Viber.") == []


# 3b. Given names that are ordinary words, where an apposition makes them a person ----------------------------

@pytest.mark.parametrize("text, name", [
    ("Blessing Adjei (tractor driver) said the overseer keeps the pay cards.", "Blessing Adjei"),
    ("Gift, a 16-year-old porter, said he carries 50 kg loads.", "Gift"),
    ("Prosper, un cueilleur de 15 ans, travaille sans contrat.", "Prosper"),
    ("Soledad, una jornalera de 17 años, trabaja en la empacadora.", "Soledad"),
])
def test_word_name_with_a_person_apposition(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "Sunday, a rest day for the porters, was cancelled in May.",
    "Overtime (machine operators) rose to 80 hours a month.",
    "Tema, a port city for the drivers, handles the cocoa exports.",
])
def test_ordinary_word_with_an_apposition_of_no_person_stays(text):
    assert _found(text) == []


# 3c. Speakers of interview notes, words of respect after a name, families, office holders ---------------------

@pytest.mark.parametrize("text, name", [
    ('Interview notes, spinning mill — Lakshmi: "The warden locks the hostel at night."', "Lakshmi"),
    ('Entretien du 3 mai\nAïcha : « On ne nous paie pas les heures sup. »', "Aïcha"),
    ("The girls said Selvaraj sir keeps their ATM cards.", "Selvaraj"),
    ("Workers said Ramesh ji collects the recruitment fee.", "Ramesh"),
    ("Las familias QUISPE y HUAMANÍ trabajan en la cosecha.", "QUISPE"),
    ("Las familias QUISPE y HUAMANÍ trabajan en la cosecha.", "HUAMANÍ"),
    ("La famille Delmas emploie des saisonniers.", "Delmas"),
    ("La presidenta Rosario Mamani no entregó las actas.", "Rosario Mamani"),
])
def test_speakers_honorifics_families_office_holders(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    'Finding: "The factory withholds passports."',
    'Interview 3 — Worker: "We are paid late."',
    "Yes sir, said the guard at the gate.",
    "Dear Sir: please find the audit report attached.",
])
def test_labels_and_plain_respect_words_stay(text):
    assert _found(text) == []


# 4b. Company registration numbers, inspection records and office switchboards stay ----------------------------

@pytest.mark.parametrize("text, kept", [
    ("Agroindustrial Los Pinos (RTN 05019011234567) firmó el acta.", "05019011234567"),
    ("La société de gardiennage (SIRET 512 334 908 00027) emploie 40 agents.", "512 334 908 00027"),
    ("Empresa Agrícola del Norte, RUC 20481234567, contrata cortadores.", "20481234567"),
    ("Acta de inspección N.° 0933-2023-SUNAFIL sobre la planilla.", "0933-2023"),
    ("Call the buyer's head office: +94 11 255 0400 (switchboard).", "+94 11 255 0400"),
])
def test_company_numbers_and_office_lines_stay(text, kept):
    assert not any(kept in f or f in kept for f in _found(text))


def test_a_worker_phone_is_still_redacted():
    assert "+94 77 318 2204" in _found("The picker's mobile: +94 77 318 2204.")


# 3d. A single name joined to a found name ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Las temporeras Fatima Zahra Amrani y Loubna dicen que no cobran las horas extra.", "Loubna"),
    ("la capataz Elena Ccahuana los amenaza; Tula y Marleny Quispe lo confirmaron.", "Tula"),
    ("le collecteur Randrianarivelo emploie les enfants Hery et Tiana au champ.", "Hery"),
])
def test_single_name_joined_to_a_name(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text, kept", [
    ("The recruiter Hari Thapa and Nepal officials met in March.", "Nepal"),
    ("La trabajadora Rosa Quispe y Cusco aparecen en el informe de la ONG.", "Cusco"),
    ("The supervisor Ali Khan and Sons Ltd signed the contract.", "Sons"),
])
def test_places_and_companies_joined_to_a_name_stay(text, kept):
    assert kept not in _found(text)


# 4c. The second word of a place, and a plural possessive before a document name ------------------------------

@pytest.mark.parametrize("text", [
    "The workers were told at the airport in Kuala Lumpur that their pay would be lower.",
    "They landed in Phnom Penh before his contract was signed.",
    "The factory keeps copies of workers' Employment Pass documents.",
    "Inspectors checked the migrants' Work Permit cards.",
])
def test_place_tails_and_possessive_document_names_stay(text):
    assert _found(text) == []


def test_a_single_name_before_a_verb_and_his_is_still_found():
    assert "Lwazi" in _found("During the night shift Lwazi cut his hand.")


@pytest.mark.parametrize("text", [
    "L'entreprise compte 1200 salariés et 450 saisonniers.",
    "La finca cuenta 3000 plantas por hectárea.",
])
def test_count_verbs_are_no_account_label(text):
    assert _found(text) == []


def test_a_place_joined_to_a_place_after_a_preposition_stays():
    assert "Tarapoa" not in _found("Los trabajadores entrevistados en Tarapoa y Simón Bolívar dicen que no cobran.")


@pytest.mark.parametrize("text, kept", [
    ("El Comité de Seguridad y Salud se reunió el 8 de agosto.", "Seguridad"),
    ("El Ministerio de Trabajo y Promoción del Empleo sancionó a la empresa.", "Trabajo"),
    ("Le Comité d'Hygiène et Sécurité s'est réuni en mars.", "Hygiène"),
])
def test_bodies_named_with_and_stay(text, kept):
    assert not any(kept in f for f in _found(text))
