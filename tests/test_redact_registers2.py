"""Register entries written "SURNAME, Given" (screener/redact/inverted.py): Korean two-syllable given names, a
two-letter surname, "Md." before the given name, entries joined by "and", and entries after a bracketed role.
The sentences are written for this test."""
from __future__ import annotations

import pytest

from screener.redact import find_personal_data
from screener.redact.inverted import inverted_spans
from screener.redact.patterns import rules

CASES = [
    ("Crew extract: PARK, Ji-hoon (Master), YU, Seok-jin (Cook), HAN, Min-su (Oiler)",
     ["PARK, Ji-hoon", "YU, Seok-jin", "HAN, Min-su"]),
    ("Line 4:\nRAHMAN, Md. Habibur | BGD | sewing", ["RAHMAN, Md. Habibur"]),
    ("THAPA, Bishnu and RAI, Kamala signed the same contract.", ["THAPA, Bishnu"]),
    ("Matelot : FALL, Serigne Modou\nMotoriste : DIOP, Aliou", ["FALL, Serigne Modou", "DIOP, Aliou"]),
]

KEEP = [
    "Offices: SEOUL, Jung-gu and BUSAN, Haeundae-gu handle the visas.",
    "Shipped via DHAKA, Bangladesh and CHENNAI, India.",
]


@pytest.mark.parametrize("text, names", CASES)
def test_register_entries_are_found(text, names):
    found = [text[s:e] for s, e in inverted_spans(text, rules())]
    for n in names:
        assert n in found, (n, found)


@pytest.mark.parametrize("text", KEEP)
def test_places_in_register_form_stay(text):
    assert [text[s.start:s.end] for s in find_personal_data(text)] == []
