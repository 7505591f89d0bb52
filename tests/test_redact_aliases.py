"""Names behind an alias or "a certain" cue, Malagasy surnames, and Cyrillic names in an oblique case after a
preposition. The sentences are written for this test."""
from __future__ import annotations

import pytest

from screener.redact import find_personal_data

CASES = [
    ("El enganchador, un tal Wilson, cobraba 200 dólares por cabeza.", "Wilson"),
    ("Le passeur, un certain Grigore, gardait les papiers.", "Grigore"),
    ("The foreman, whom the crew call Benito, kept the keys.", "Benito"),
    ("El capataz, al que llaman Memo, no paga horas extra.", "Memo"),
    ("Le collecteur Rakotoarisoa achète l'or à bas prix.", "Rakotoarisoa"),
    ("La mère, Hanta Rasoanaivo, travaille à la mine.", "Rasoanaivo"),
    ("Записка: документы у Олега, деньги у бригадира.", "Олега"),
]


@pytest.mark.parametrize("text, name", CASES)
def test_names_after_alias_cues_and_listed_surnames_are_redacted(text, name):
    found = [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "name"]
    assert any(name in f for f in found), (name, found)


def test_lower_case_cyrillic_words_stay():
    text = "Записка: документы у бригадира, деньги у прораба."
    assert find_personal_data(text) == []
