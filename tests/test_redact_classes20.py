"""Classes of redaction errors found on blind19 (invented examples, with hard negatives)."""
from __future__ import annotations

import pytest
from redaction_helpers import found as _spans


# 1. A labelled personal number: fund or refugee labels (NSSF, UNHCR proGres, CNPS, APS), "<label> number of <Name> is",
#    "<label> d'<Name> :", "<label> of <Name> <number>", a Spanish bank account in CCC groups.
@pytest.mark.parametrize("text,number", [
    ("Payroll line: Akello Joan, NSSF KM4409871123, paid UGX 150,000.", "KM4409871123"),
    ("He holds UNHCR proGres no. NAI-19-204517 and works at the market.", "NAI-19-204517"),
    ("The social security number of Farida Noor is XYZ7654321.", "XYZ7654321"),
    ("Numéro CNPS d'Honorine Kouamé : 9876543210B.", "9876543210B"),
    ("Elle a montré son autorisation provisoire APS 7654321 au contrôleur.", "APS 7654321"),
    ("The CIN of Jean-Robert Pierre 02-14-33-1988-02-00456 was copied by the agency.", "02-14-33-1988-02-00456"),
    ("Cuenta para la nómina: 2100 0418 45 0200051332 (Caixa).", "2100 0418 45 0200051332"),
    ("Cédula paraguaya de Blanca Giménez Ruiz: 4.567.890.", "4.567.890"),
])
def test_labelled_number(text: str, number: str) -> None:
    assert number in _spans(text, "id_number")


@pytest.mark.parametrize("text", [
    "The number of workers is 1250 across three shifts.",
    "The NSSF office in Kampala opens at 8; the UNHCR office in Kakuma closed in 2024.",
    "Numéro de lot de Cacao Ivoire : 2024 ; the audit of Blue Star Ltd is 12 pages.",
])
def test_labelled_number_negatives(text: str) -> None:
    assert _spans(text, "id_number") == []


# 2. Table headers and ordinary capitalised words (status, section, "Redactó:") are not names; the names beside stay found.
@pytest.mark.parametrize("text,word", [
    ("Trabajador\tNacionalidad\tPasaporte\nQUISPE, Rosa\tPerú\tPE1234567", "Nacionalidad"),
    ("Nom du travailleur\tDocument\tTéléphone\nOusmane Ba\tP0012345\t-", "Document"),
    ("Ticket\tStatus\nGR-24-011 wages late\tClosed GR-24-011", "Closed"),
    ("Worker Register – Golden Thread Ltd, Unit 3", "Register"),
    ("Inspección de nave: 31 °C. Redactó: el comité.", "Redactó"),
    ("Operator (helper, Finishing section) said overtime is paid.", "Finishing"),
])
def test_headers_and_ordinary_words_stay(text: str, word: str) -> None:
    assert not any(word in s for s in _spans(text, "name"))


# 3. A single given name listed beside a name already found is a name too; places, brands, months and roles in a list
#    beside a name stay.
@pytest.mark.parametrize("text,names", [
    ("Les sœurs Fifi, Bibiche et Nana Kabeya ont été licenciées.", ["Fifi", "Bibiche"]),
    ("Card: Rupa 1,088 pcs; Sathi 1,230 pcs; Afroza 990 pcs.", ["Rupa", "Sathi", "Afroza"]),
    ("Mimi, Nana, Fifi et Titi travaillent ici depuis mars.", ["Mimi", "Nana", "Fifi", "Titi"]),
    ("Chelo, Conchi y Reme Quispe cosen en casa para el taller.", ["Chelo", "Conchi"]),
])
def test_given_names_listed_beside_a_name(text: str, names: list[str]) -> None:
    found = _spans(text, "name")
    for name in names:
        assert any(name in s for s in found), (name, found)


@pytest.mark.parametrize("text,kept", [
    ("Workers from Dhaka, Gazipur and Rupa Begum attended.", ["Dhaka", "Gazipur"]),
    ("Nike, Adidas and Puma audited the line of Ravi Kumar.", ["Nike", "Adidas", "Puma"]),
    ("Abena Boateng, de Takoradi, et Faith Wanjiru, de Nakuru, confirment.", ["Takoradi", "Nakuru"]),
    ("Gloria Nanyonga, Mukono flower farm, was interviewed.", ["Mukono"]),
    ("Ravi Shankar Yadav, Aadhaar 7340 1182 9045, joined in March.", ["Aadhaar"]),
    ("Rose a arrosé les roses de Madame Dupont.", ["Rose"]),
    ("Sites: Dhaka 120 workers; Gazipur 80 workers; Savar 60 workers.", ["Dhaka", "Gazipur", "Savar"]),
])
def test_list_beside_a_name_keeps_non_names(text: str, kept: list[str]) -> None:
    found = " ".join(_spans(text, "name"))
    for word in kept:
        assert word not in found, (word, found)


# 4. A single name after a middleman's or coordinator's trade word ("thekedar", "naike", "coordinador", "licenciada",
#    "contrôleur qualité", "le dénommé", "el tal").
@pytest.mark.parametrize("text,name", [
    ("The women knot rugs at home for the thekedar Guddu; he pays by the square foot.", "Guddu"),
    ("The family owes the naike Bhim NPR 45,000 for the advance.", "Bhim"),
    ("El coordinador Costel les cobraba el transporte cada semana.", "Costel"),
    ("«La licenciada Barrientos ya sabe de mi caso», dijo la trabajadora.", "Barrientos"),
    ("Le contrôleur qualité Anselme a menacé deux ouvrières.", "Anselme"),
    ("Le dénommé Gros-Bras conduit le car des saisonniers.", "Gros-Bras"),
])
def test_name_after_middleman_or_coordinator(text: str, name: str) -> None:
    assert name in _spans(text, "name")


@pytest.mark.parametrize("text", [
    "La Coordinadora de Cumplimiento revisó los contratos en Lima.",
    "El coordinador de turno firma las hojas de horas.",
    "The thekedar from Mirzapur would not meet the auditors.",
    "Le contrôleur qualité du Maroc a validé le lot.",
])
def test_trade_word_without_a_name(text: str) -> None:
    assert _spans(text, "name") == []


# 5. Provinces and towns of sourcing areas written alone are places.
@pytest.mark.parametrize("text", [
    "Chen Wei y Li Na, de Zhejiang, cosen en Prato.",
    "Their transfer to Hubei was confirmed by the register.",
    "Giza long-staple bales were visible on site.",
    "Un agent de Katmandou a encaissé les frais.",
])
def test_sourcing_places_stay(text: str) -> None:
    found = " ".join(_spans(text, "name"))
    assert not any(p in found for p in ("Zhejiang", "Hubei", "Giza", "Katmandou"))


# 6. "Surname, I." in running text and "Surname I." items listed beside one found: the initial belongs to the name.
@pytest.mark.parametrize("text,names", [
    ("The advance was paid to Gurung, K. and Magar, T. in cash.", ["Gurung, K.", "Magar, T."]),
    ("Présents : Ndiaye M., Fall A., Sarr S., Ba O. ; formateur : le chef de quai.", ["Fall A.", "Ba O."]),
])
def test_surname_with_initial(text: str, names: list[str]) -> None:
    found = _spans(text, "name")
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize("text,kept", [
    ("Rupa Begum, Block A., Line 4, was interviewed.", "Block"),
    ("Sites visited: Unit A., Unit B. and the dormitory of Gazipur.", "Unit"),
])
def test_initial_lists_keep_ordinary_words(text: str, kept: str) -> None:
    assert kept not in " ".join(_spans(text, "name"))


# 7. A company's line (switchboard, reception, "línea fija de la empresa") stays; the person's mobile beside it goes.
@pytest.mark.parametrize("text,kept,gone", [
    ("Agent Chidi, 0803 111 2233; office line +234 1 460 9900 (company switchboard).", "+234 1 460 9900",
     "0803 111 2233"),
    ("Her mobile is +52 81 1234 5678; the official line +52 81 8000 1000 is the plant reception.", "+52 81 8000 1000",
     "+52 81 1234 5678"),
    ("Teléfono del albergue: 667 700 1200 (línea fija de la empresa). Celular del mayordomo: 667 198 2233.",
     "667 700 1200", "667 198 2233"),
    ("Foyer : 04 91 00 22 33 (ligne fixe de l'entreprise). Portable du chef : 06 45 12 78 90.", "04 91 00 22 33",
     "06 45 12 78 90"),
])
def test_company_line_stays(text: str, kept: str, gone: str) -> None:
    phones = _spans(text, "phone")
    assert kept not in phones and gone in phones


# 8. A Vietnamese family name found alone takes its middle and given names ("Nguyen" + "Van An").
@pytest.mark.parametrize("text,name", [
    ("Worker Hoang Van An said wages are late.", "Hoang Van An"),
    ("Worker Nguyen Thi Lan said wages are paid on the 10th of each month.", "Nguyen Thi Lan"),
])
def test_vietnamese_name_whole(text: str, name: str) -> None:
    assert name in _spans(text, "name")
