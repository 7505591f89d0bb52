"""Redaction of identity, travel, work and bank numbers in the formats of the main sourcing and destination
countries, and of the reference numbers that must stay. The sentences are written for this test; the blind set
tests/blind/redaction_blind11.jsonl (development data since 2026.12.4; in a subfolder because
tests/test_langdetect.py reads every tests/*.jsonl and one of its texts trips that check) gets a floor."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.redact import find_personal_data
from screener.redact.evaluate import evaluate_redaction

HERE = Path(__file__).parent

ID_CASES = [
    ("The agent kept passport PA 7712045 in his car.", "PA 7712045"),
    ("His Indonesian passport C 4410297 was returned only at the airport.", "C 4410297"),
    ("passport no. M5520193 held by the recruiter", "M5520193"),
    ("A Philippine passport P6603318B stayed in the office safe.", "P6603318B"),
    ("Her NIK 3578016304920003 appears on the payslip.", "3578016304920003"),
    ("CNIC 42101-7765432-3 was photocopied by the broker.", "42101-7765432-3"),
    ("NIC 912345678V, held since March.", "912345678V"),
    ("ИИН 880412450037 указан в договоре.", "880412450037"),
    ("IIN 880412450037 was written on the contract.", "880412450037"),
    ("паспорт 46 11 553201 остался у бригадира", "46 11 553201"),
    ("паспорт серии 4611 № 553201 остался у бригадира", "4611 № 553201"),
    ("His work patent 50 №2208134 was never renewed.", "50 №2208134"),
    ("RFC ROLJ880915QK2 del jornalero", "ROLJ880915QK2"),
    ("CI 5.102.447 del peón", "5.102.447"),
    ("Cédula de Benítez: 2.998.015.", "2.998.015"),
    ("Residence card of Nguyen Van Long: QX55012987KB.", "QX55012987KB"),
    ("her NRC (551208/11/1) was kept for verification", "551208/11/1"),
    ("seaman's book no. KH-2290471 was taken on boarding", "KH-2290471"),
    ("Deckhand – SB F 552013", "F 552013"),
    ("marinero, libreta SN-0077312", "SN-0077312"),
    ("matelot – livret GH-339012", "GH-339012"),
    ("The work permit (LAB-2022-220914) expired in 2024.", "LAB-2022-220914"),
    ("H-2A petition WAC2290154321 lists twelve workers.", "WAC2290154321"),
    ("bank account 0201234567891 at the district branch", "0201234567891"),
    ("wages go to account no. 2207-3381-1190", "2207-3381-1190"),
    ("IBAN DE44 5001 0517 5407 3249 31 was given for the deposit", "DE44 5001 0517 5407 3249 31"),
    ("paid to NL91ABNA0417164300 every month", "NL91ABNA0417164300"),
    ("cuenta bancaria 0182 0402 11 0201500042", "0182 0402 11 0201500042"),
]

LIST_CASES = [
    ("Seafarer book: ID-SB 5521034, ID-SB 5521087 and ID-SB 5521090.", ["ID-SB 5521034", "ID-SB 5521087",
                                                                      "ID-SB 5521090"]),
    ("Patent numbers: 50 №2208134, 50 №2208190.", ["50 №2208134", "50 №2208190"]),
]

KEEP_CASES = [
    "Hotline log 2024-117, received at 09:15.",
    "Call log 2023-482 was closed on 4 May.",
    "The audit of site ZC4471209 closed with two findings.",
    "Sedex ZS550129874 registration was renewed.",
    "SMETA audit reference ZAA600123456 covers the dye house.",
    "Container MSCU7781203 left Chittagong on 3 June.",
    "Invoice INV-2024-00931 for USD 12,400 was paid on 2024-06-30.",
    "HS code 6109.10.00 covers cotton T-shirts.",
    "Line 7 and Room 204 were inspected; Case no. 2023-00812 stays open.",
    "Cooperative register row: COOP-CI-0932 | cocoa | 2.4 ha",
    "A total of 3.447.218 guaraníes was paid in vouchers.",
    "The vessel IMO 9304117 called at Busan in 2024.",
    "PO 4500127781 for 12,000 pieces, lot 240512.",
]


@pytest.mark.parametrize("text, number", ID_CASES)
def test_id_formats_are_redacted(text, number):
    found = [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "id_number"]
    assert any(number in f for f in found), (text, found)


@pytest.mark.parametrize("text, numbers", LIST_CASES)
def test_every_number_of_a_list_after_a_keyword_is_redacted(text, numbers):
    found = [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "id_number"]
    for n in numbers:
        assert any(n in f for f in found), (n, found)


def test_a_list_continues_only_with_numbers_of_the_same_shape():
    text = "Passport AB123456, 12345 workers were listed."
    found = [text[s.start:s.end] for s in find_personal_data(text)]
    assert found == ["AB123456"]


@pytest.mark.parametrize("text", KEEP_CASES)
def test_references_dates_and_amounts_stay(text):
    spans = [(text[s.start:s.end], s.kind) for s in find_personal_data(text) if s.kind in ("id_number", "phone")]
    assert spans == []


def test_blind11_floor():
    """blind11 before 2026.12.4: recall 0.863, id numbers 93/116; it is development data since then."""
    path = HERE / "blind" / "redaction_blind11.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    score = evaluate_redaction(items)
    assert score.kind_recall("id_number") >= 0.97
    assert score.kind_recall("phone") == 1.0
    # 2026.12.12: role mailboxes (compliance@, recrutement@) stay, as every later blind set marks them; blind11 marks
    # three of its 28 e-mails as personal: those three are the only e-mails allowed to stay.
    assert score.kind_recall("email") >= 25 / 28
    assert all("compliance@" in t or "recrutement@" in t for _, t in score.missed if "@" in t)
    assert score.recall >= 0.88
    assert score.precision >= 0.94
