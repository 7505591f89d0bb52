"""A lone given name after a preposition or a verb (screener/redact/lone.py); sentences written for this test."""
from __future__ import annotations

import pytest

from screener.redact import find_personal_data
from screener.redact.lone import lone_name_spans
from screener.redact.patterns import rules

NAMES = [
    ("Please forward the payslips to Jennifer by Friday.", "Jennifer"),
    ("Dile a Marisol que llame al sindicato.", "Marisol"),
    ("Le chef a frappé Mamadou avec un bâton.", "Mamadou"),
    ("We gave the worker list to Oksana yesterday.", "Oksana"),
]

KEEP = [
    "The shipment went to Lima by sea.",
    "Elles ont été envoyées à Maurice en 2022.",
    "Wages were paid with Grace period rules in mind.",
    "The truck left for Dhaka at dawn.",
]


@pytest.mark.parametrize("text, name", NAMES)
def test_lone_given_names_are_redacted(text, name):
    found = [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "name"]
    assert any(name in f for f in found), (name, found)


@pytest.mark.parametrize("text", KEEP)
def test_places_and_words_after_prepositions_stay(text):
    assert lone_name_spans(text, rules()) == []
