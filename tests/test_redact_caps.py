"""Redaction classes of the 2026.12.2 patterns, one test per class: names in capitals (passport style, table cells,
registers), a surname in capitals before given names and its later mentions, Arabic names with bin/al-, abbreviated
given names ("Ma."), form fields, bracketed country codes, UK National Insurance numbers, two-letter passport numbers;
and the headings, acronyms, companies, streets, job titles and provinces that must stay. The sentences are written for
these tests (invented names), apart from every annotated set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.redact import find_personal_data, redact_text
from screener.redact.evaluate import evaluate_redaction

HERE = Path(__file__).parent


def _gone(text: str, names: list[str]) -> None:
    out = redact_text(text)
    for n in names:
        assert n not in out, (n, out)


@pytest.mark.parametrize("text, names", [
    ("Register: HALIMA AKTER MUNNI | Sewing | 28 days", ["HALIMA AKTER MUNNI"]),
    ("Rooms 4-6: TASLIMA BEGUM, NASRIN SULTANA, MAHMUDA KHATUN share one fan.", ["TASLIMA BEGUM", "NASRIN SULTANA",
                                                                              "MAHMUDA KHATUN"]),
    ("YAW OWUSU BAFFOE | Age 13 | Weeder\nABENA POKUA | Age 15 | Carrier", ["YAW OWUSU BAFFOE", "ABENA POKUA"]),
    ("Paie d'octobre : MAMADOU SANOGO — net 41 000 FCFA.", ["MAMADOU SANOGO"]),
    ("PHAM VAN LOC | C1234098 | vietnamienne", ["PHAM VAN LOC"]),
    ("Lista: ROSA AMELIA TZOC QUINO – cortadora – Sololá", ["ROSA AMELIA TZOC QUINO"]),
])
def test_names_in_capitals(text, names):
    _gone(text, names)


@pytest.mark.parametrize("text", [
    "CORRECTIVE ACTION PLAN: NON-COMPLIANCE FINDINGS ON OVERTIME",
    "The ILO, BSCI and SMETA audits found OT above 60 hours at BLUE RIVER GARMENTS LTD.",
    "SUMMARY OF FINDINGS | HEALTH AND SAFETY | WAGES AND BENEFITS",
    "Loaded on FV Hai Xiang 27 at the port; PT Sinar Jaya Abadi owns the boat.",
    "Le secteur a vu naître un syndicat soutenu par SOLIDARITE OUVRIERE, qui représente les travailleurs.",
])
def test_headings_acronyms_and_companies_in_capitals_stay(text):
    assert [s for s in find_personal_data(text) if s.kind == "name"] == [], text


def test_surname_in_capitals_then_given_names_and_later_mention():
    text = "OUATTARA Mariam Assita dit que son salaire est retenu ; OUATTARA a quitté le campement."
    out = redact_text(text)
    assert "OUATTARA" not in out and "Mariam Assita" not in out, out
    _gone("The grievance was lodged by HUANG Meifang and signed by LIU Jianhua.", ["HUANG Meifang", "LIU Jianhua"])
    _gone("Passport holder: ĐẶNG Văn Hải, issued in Hanoi.", ["ĐẶNG Văn Hải"])


def test_a_surname_inside_a_company_name_is_not_repeated():
    out = redact_text("Kouadio Yao N'Guessan sells to Grupo N'Guessan S.A. in Abidjan.")
    assert "Kouadio Yao" not in out and "Grupo N'Guessan S.A." in out, out


def _whole(text: str, name: str) -> None:
    """The name is redacted as one whole span (a partial redaction leaves a part readable)."""
    found = [text[s.start:s.end] for s in find_personal_data(text)]
    assert name in found, found


def test_arabic_names_with_bin_and_al():
    _whole("The kafeel, Turki bin Saud al-Shehri, refused to sign.", "Turki bin Saud al-Shehri")
    _whole("Workers said Nawaf Ibrahim al-Marri, the foreman, kept their cards.", "Nawaf Ibrahim al-Marri")


def test_abbreviated_given_name_ma():
    _whole("Ma. Teresa Villanueva Ocampo, 29, was hired through a sub-agent.", "Ma. Teresa Villanueva Ocampo")


def test_form_fields():
    _gone("Bio-data page - Surname: TAMANG / Given names: SUNITA / Sex: F", ["TAMANG", "SUNITA"])
    _gone("KTP scan: name AGUS SETIAWAN, NIK 3578112301900003.", ["AGUS SETIAWAN", "3578112301900003"])


@pytest.mark.parametrize("text, number", [
    ("Call her cousin on (+880) 171 234 5678 in the evening.", "(+880) 171 234 5678"),
    ("NI number on the payslip: JK 40 71 22 B.", "JK 40 71 22 B"),
    ("Passport MB 604217 was held by the broker.", "MB 604217"),
])
def test_phones_and_ids(text, number):
    spans = find_personal_data(text)
    assert any(text[s.start:s.end] == number for s in spans), [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text, kept", [
    ("Vimal Ranasinghe works for Perera Brothers Tannery in Ranipet.", "Perera Brothers Tannery"),
    ("Le dépôt est tenu par Ets. Koné & Fils à Soubré.", "Ets. Koné & Fils"),
    ("The hostel is on Calle Vicente Guerrero near the packhouse.", "Calle Vicente Guerrero"),
    ("Les bureaux sont Boulevard Charles de Gaulle, à Abidjan.", "Boulevard Charles de Gaulle"),
    ("Send the plan to Aisha Bello, Compliance Lead, by Friday.", "Compliance Lead"),
    ("Supplies come from Li's Family Porcelain Factory in Jingdezhen.", "Li's Family Porcelain Factory"),
    ("Las cajas salen de Empaque Don Chema en Culiacán.", "Empaque Don Chema"),
    ("NHEM DARA | F | Sewer | Svay Rieng | no contract", "Svay Rieng"),
    ("PO 7712345 covers the March shipment.", "PO 7712345"),
])
def test_streets_companies_titles_and_provinces_stay(text, kept):
    assert kept in redact_text(text), redact_text(text)


def test_development_set_dev9():
    """tests/redaction_dev9.jsonl: 41 sentences written for these classes (not blind), 58 spans, 46 must-stay
    strings. Sentences 28-41 were written after the last rule change and scored 20/20, precision 1.000, kept 15/15
    at once."""
    items = [json.loads(line) for line in (HERE / "redaction_dev9.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    score = evaluate_redaction(items)
    assert score.recall >= 0.97 and score.precision >= 0.97 and score.kept_rate >= 0.97, score


def test_development_set_blind8():
    """tests/redaction_blind8.jsonl: scored once blind (recall 0.868, precision 0.967), then used for development."""
    items = [json.loads(line) for line in (HERE / "redaction_blind8.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    score = evaluate_redaction(items)
    assert score.recall >= 0.96 and score.precision >= 0.98 and score.kept_rate >= 0.99, score


def test_capitalised_das_ends_a_name_and_a_given_name_with_one_short_word():
    for text, name in (("The payroll file lists one account for Parul Rani Saha, Rimon Chandra Das and Milon Kumar Roy.",
                        "Rimon Chandra Das"),
                       ("Ernesto Pu Xicay firmó con huella.", "Ernesto Pu Xicay")):
        assert name in [text[s.start:s.end] for s in find_personal_data(text)], text


def test_sentence_initial_le_before_a_vietnamese_middle_name_is_a_surname():
    _whole("Le Van Khoa's wife said the broker kept his passport.", "Le Van Khoa")
    assert [s for s in find_personal_data("Le Monde a publié l'enquête.") if s.kind == "name"] == []
