"""A limiting word ("only", "half", "part", "la mitad", "une partie") inside the window of a compliance or remediation
pattern turns it around: "paid only part of the salary agreed" is no compliance statement (scope 2026.12.20,
``limiters``), while "received the salary they were promised" still is."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _polarities(text: str, lang: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in get_engine().scan_text(text, lang=lang):
        out.setdefault(e.indicator, set()).add(e.polarity)
    return out


@pytest.mark.parametrize("text, lang", [
    # each of these was a compliance statement (deception or wages) before 2026.12.20
    ("Les pagaban la mitad del sueldo prometido.", "es"),
    ("Solo recibían una parte del salario prometido por el reclutador.", "es"),
    ("Workers were paid only part of the salary agreed in their contracts.", "en"),
    ("Ils ont reçu seulement une partie du salaire promis.", "fr"),
])
def test_partial_pay_is_no_compliance(text, lang):
    got = _polarities(text, lang)
    assert all("compliant" not in p for p in got.values()), got


@pytest.mark.parametrize("text, lang, indicator", [
    ("Recibieron el sueldo prometido puntualmente.", "es", "deception"),
    ("Les ouvriers ont reçu le salaire promis.", "fr", "withholding_of_wages"),
    ("Workers received the wages they had been promised.", "en", "withholding_of_wages"),
])
def test_full_pay_as_promised_stays_compliance(text, lang, indicator):
    assert "compliant" in _polarities(text, lang).get(indicator, set())


def test_partial_pay_keeps_its_withholding_finding():
    got = _polarities("Les pagaban la mitad del sueldo prometido.", "es")
    assert got.get("withholding_of_wages") == {"asserted"}

