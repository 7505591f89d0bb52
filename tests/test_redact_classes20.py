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
