"""Spelled numbers in the numeric rules (numeric.yaml 2026.12.19): "twelve hours a day", "doce horas diarias",
"quatorze heures" are read as their digits by the hours, rest-day, span and occupancy rules; a spelled number is not
read as an age (a spelled "N years" is mostly a duration or a sentence), nor as a clock time unless an hour, am/pm
or midnight word marks it ("hasta cuatro latas" is a count)."""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_ids
from screener.evidence import get_engine


def numeric_rules(text: str, lang: str) -> set[str]:
    """Ids of the numeric rules asserted in ``text``."""
    return {i for i in pattern_ids(text, lang) if i.startswith("numeric:")}


@pytest.mark.parametrize("text, lang, rule", [
    ("Pickers said they worked fourteen hours a day during the harvest peak.", "en", "numeric:hours_per_day"),
    ("Loaders described twelve-hour days at the depot, with no break for lunch.", "en", "numeric:hours_per_day"),
    ("Kiln workers reported seventy hours a week in the firing season.", "en", "numeric:hours_per_week"),
    ("The night crew stayed on twenty-two hours a day when a ship was in port.", "en", "numeric:hours_per_day"),
    ("They worked from six in the morning until eleven at night, the interviewees said.", "en", "numeric:daily_span"),
    ("Las costureras cumplían jornadas de catorce horas en el taller del fondo.", "es", "numeric:hours_per_day"),
    ("Trabajaban doce horas diarias en la empacadora, según la inspección.", "es", "numeric:hours_per_day"),
    ("En la finca dormían quince personas por habitación en el galpón.", "es", "numeric:occupancy"),
    ("Les saisonniers logeaient à onze persones... onze personnes par chambre dans le bâtiment.", "fr", "numeric:occupancy"),
    ("Les ouvrières faisaient des journées de quatorze heures à l'atelier.", "fr", "numeric:hours_per_day"),
    ("Ils travaillaient douze heures par jour sur le chantier, selon l'inspection.", "fr", "numeric:hours_per_day"),
])
def test_spelled_hours_are_read(text: str, lang: str, rule: str) -> None:
    assert rule in numeric_rules(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Staff worked eight hours a day with a one-hour lunch break.", "en"),
    ("The helpline is open twenty-four hours a day for any worker.", "en"),
    ("La jornada era de ocho horas diarias, con una hora para comer.", "es"),
    ("Le poste dure huit heures par jour, pause comprise.", "fr"),
])
def test_spelled_hours_within_limits_are_not_read_as_excessive(text: str, lang: str) -> None:
    assert not {r for r in numeric_rules(text, lang) if r.startswith(("numeric:hours", "numeric:daily"))}


@pytest.mark.parametrize("text, lang", [
    ("Tras tres años de juicio, los trabajadores del taller cobraron lo adeudado.", "es"),
    ("Sonia trabajó seis años en la maquila antes de ser despedida.", "es"),
    ("Le patron a été condamné à trois ans de prison pour travail dissimulé.", "fr"),
    ("Les avocats des cinq ouvriers dénoncent des emplois indignes.", "fr"),
    ("Pickers were promised six months of work but sent home after less than two.", "en"),
])
def test_spelled_durations_are_not_ages(text: str, lang: str) -> None:
    assert "child_labour" not in {e.indicator for e in get_engine().scan_text(text, lang=lang)
                                  if e.match != "model" and e.polarity == "asserted"}


@pytest.mark.parametrize("text, lang", [
    ("Cada jornalero debía llenar hasta cuatro latas antes de cobrar.", "es"),
    ("Entre dos y quince trabajadores trabajaban en cada finca.", "es"),
    ("Each worker had to fill up to four sacks until nine were done.", "en"),
])
def test_spelled_counts_are_not_clock_times(text: str, lang: str) -> None:
    assert not {r for r in numeric_rules(text, lang) if r in ("numeric:late_finish", "numeric:daily_span")}


def test_spelled_age_words_still_read_as_ages() -> None:
    assert "numeric:age" in numeric_rules("A twelve-year-old boy was found working at the kiln.", "en")


def test_spelled_reading_keeps_token_positions() -> None:
    from screener.evidence.spelled_numbers import SpelledNumbers
    numbers = SpelledNumbers({"twenty": "20", "four": "4", "seven": "7"}, frozenset({"seven"}))
    reading = numbers.digits(["open", "twenty", "-", "four", "hours", "seven", "days"])
    assert reading.norms == ["open", "24", "", "", "hours", "7", "days"]
    text = " ".join(reading.norms)
    assert {text[i:i + 2] for i in reading.at} == {"24", "7 "}
    assert {text[i:i + 2] for i in reading.not_age} == {"24"}  # "seven" is an age word the age rules read
