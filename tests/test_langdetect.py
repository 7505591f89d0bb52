"""Language detection: plainly English text skips the statistical identifier and agrees with it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.evidence import langdetect as L

ENGLISH = ("Workers said that the recruitment agency kept their passports and that they had to pay a fee of "
           "two months' wages before they were allowed to leave the factory at the end of their contract.")
SPANISH = ("Los trabajadores dijeron que la agencia de contratación se quedó con sus pasaportes y que tenían que "
           "pagar una comisión de dos meses de salario antes de poder salir de la fábrica.")
FRENCH = ("Les travailleurs ont déclaré que l'agence de recrutement avait gardé leurs passeports et qu'ils "
          "devaient payer des frais de deux mois de salaire avant de pouvoir quitter l'usine.")


def test_plain_english_is_english_without_the_identifier(monkeypatch):
    def no_model():
        raise AssertionError("the identifier was loaded for plain English")

    monkeypatch.setattr(L, "_identifier", no_model)
    assert L.plainly_english(ENGLISH)
    assert L.detect_language(ENGLISH) == "en"


@pytest.mark.parametrize("text,lang", [(SPANISH, "es"), (FRENCH, "fr")])
def test_spanish_and_french_go_to_the_identifier(text, lang):
    assert not L.plainly_english(text)
    assert L.detect_language(text) == lang


def test_short_or_mixed_text_is_not_decided_by_function_words():
    assert not L.plainly_english("Passports kept by the agent.")  # too few words to tell
    assert not L.plainly_english(ENGLISH + " " + SPANISH)  # half Spanish: the identifier decides


def test_the_check_never_contradicts_the_language_on_the_test_texts():
    """Where the quick check says English, the text is English: by its record's ``lang`` label when it has one
    (the identifier can be swayed by names: "belongs to Juan Carlos Pérez Ramírez, León, Guanajuato"), else by the
    identifier. (Today every text the check fires on in tests/*.jsonl carries a label: over 2,000.)"""
    texts: list[tuple[str, str | None]] = []
    for path in sorted(Path(__file__).parent.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                lang = rec.get("lang")
                texts.append((rec["text"][:4000], lang if lang in ("en", "es", "fr") else None))
    fired = [(t, lang) for t, lang in texts if L.plainly_english(t)]
    assert len(fired) >= 50
    assert [t for t, lang in fired if (lang or L.identify(t)) != "en"] == []
