"""Classes of redaction errors found on blind20 (invented examples, with hard negatives)."""
from __future__ import annotations

import pytest
from redaction_helpers import found as _spans

from screener.redact.patterns import id_keywords
from screener.resources import lexicon_data


# 1. A number after the label of a country's identity, social-security, tax, voter, residence, work or refugee document
#    (lexicons/id_labels.yaml), in en/es/fr and the country's own words, for countries beyond those of the dev set.
@pytest.mark.parametrize("text,number", [
    ("Her Kenyan alien card 4412093 was kept by the broker in Mombasa.", "4412093"),
    ("Il a présenté sa carte NINA 5 9921 3384 102 au recruteur de Kayes.", "5 9921 3384 102"),
    ("The Tanzanian worker's NIDA number 19870312-14101-00002-17 is on the form.", "19870312-14101-00002-17"),
    ("Su CUIL 20-94123456-3 figura en el recibo del taller de Flores.", "20-94123456-3"),
    ("El DUI 04812345-6 de la trabajadora salvadoreña está en la carpeta.", "04812345-6"),
    ("His PESEL 92071314764 and his bank card were with the gangmaster.", "92071314764"),
    ("Le CNP 1870312400123 du travailleur roumain figure sur le contrat.", "1870312400123"),
    ("Worker file: TC kimlik no 38512746190, hired in Gaziantep.", "38512746190"),
    ("She showed her UNHCR case number 245-18C00871 at the clinic.", "245-18C00871"),
    ("Her BRP ZU1234567 was held by the care agency.", "ZU1234567"),
    ("Su carné de extranjería 001234567 vence en mayo.", "001234567"),
    ("Kebele ID AB/11/03/778 of the returnee was copied.", "AB/11/03/778"),
    ("His Fayda number 4821 7730 1984 is on the recruitment form.", "4821 7730 1984"),
])
def test_country_document_label(text: str, number: str) -> None:
    assert number in _spans(text, "id_number")


# Formats distinct enough to stand alone: Spanish NSS, UK National Insurance, Italian codice fiscale.
@pytest.mark.parametrize("text,number", [
    ("Afiliación: 28/10987654/21, alta el 3 de marzo.", "28/10987654/21"),
    ("Payroll row: AB 12 34 56 D, £9.50 an hour.", "AB 12 34 56 D"),
    ("Il codice: RSSMRA80A01H501U (Mario, Napoli).", "RSSMRA80A01H501U"),
])
def test_standalone_format(text: str, number: str) -> None:
    assert number in _spans(text, "id_number")


@pytest.mark.parametrize("text", [
    "We bought 500 cable tie packs and PVC 200 mm pipes for the dorm.",
    "Trabajan sin 300 euros de anticipo; el pan 150 gramos cuesta poco.",
    "The Kebele 012 office in Addis Ababa confirmed the address.",
    "La inspección abrió el expediente IT-04/1187/2023 en Almería.",
    "Passport P1234567 A. Smith signed as witness.",
    "The UNHCR office in Kakuma opened in 1992; the NIDA office closed at 16:00.",
])
def test_country_label_negatives(text: str) -> None:
    found = _spans(text, "id_number")
    assert "A" not in found and not any(t in found for t in ("500", "200", "300", "150", "012", "04/1187/2023",
                                                             "1992", "16:00", "IT-04/1187/2023"))


def test_label_table_is_data() -> None:
    table = lexicon_data("id_labels.yaml")["labels"]
    assert len(table) >= 40
    keywords = set(id_keywords())
    assert all(label in keywords for labels in table.values() for label in labels)
