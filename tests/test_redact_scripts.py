"""Names in another script inside Latin text (screener/redact/scripts.py); the sentences are written for this test."""
from __future__ import annotations

import pytest

from screener.redact import find_personal_data
from screener.redact.scripts import script_name_spans

NAMES = [
    ("Roster copied from the dorm wall: गणेश थापा, कमला राई – Block C.", ["गणेश थापा", "कमला राई"]),
    ("Diary page: করিম শেখ, ফাতেমা বেগম and লিপি আক্তার were sent to Jeddah.", ["করিম শেখ", "ফাতেমা বেগম", "লিপি আক্তার"]),
    ("Liste du dortoir : ស្រី ពៅ, វណ្ណា ចាន់ – bâtiment B.", ["ស្រី ពៅ", "វណ្ណា ចាន់"]),
    ("Lista del barco: ประยุทธ์ แสงทอง, สุดา ใจงาม; puerto de Songkhla.", ["ประยุทธ์ แสงทอง", "สุดา ใจงาม"]),
    ("Receipt: received from ناصر محمود the sum of Rs. 200,000.", ["ناصر محمود"]),
    ("The ledger says the owner paid NT$ 90,000 to 林志明 for crew.", ["林志明"]),
    ("Nota: la deuda es con မောင်မောင် y ကျော်ဇော.", ["မောင်မောင်", "ကျော်ဇော"]),
]

KEEP = [
    "Sheet header in Chinese: 车间 5 – night shift.",
    "Payslip line: ค่าแรง 9,500 บาท for March.",
    "Arabic register: the column – الوردية الثانية – lists the shift.",
    "The logbook entry reads 船长 only.",
    "La carte porte le mot कामदार seulement.",
]


@pytest.mark.parametrize("text, names", NAMES)
def test_names_in_another_script_are_redacted(text, names):
    found = [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "name"]
    for n in names:
        assert any(n in f for f in found), (n, found)


@pytest.mark.parametrize("text", KEEP)
def test_labels_in_another_script_stay(text):
    assert script_name_spans(text) == []


def test_latin_text_is_skipped_quickly():
    assert script_name_spans("Rahim Uddin, Karim Sheikh and Lipi Akter") == []
