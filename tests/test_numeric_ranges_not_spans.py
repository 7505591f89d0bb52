"""A range of ages or of counts ("de 5 a 17 años", "between 10 and 23 million workers") is no working day from one
clock time to another (numeric.yaml ``not_after_span``, 2026.12.22), while a span of clock times still is.
Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities

OT = "excessive_overtime"


@pytest.mark.parametrize("text, lang", [
    ("Unos 380.000 niños de 5 a 17 años trabajan en el campo.", "es"),
    ("43 % des enfants de 5 à 17 ans travaillent dans les plantations.", "fr"),
    ("Some 40% of children between 5 and 17 years old work on the farms.", "en"),
    ("The kilns employ between 10 and 23 million workers.", "en"),
    ("Les chantiers emploient de 8 à 20 millions de personnes.", "fr"),
])
def test_range_of_ages_or_counts_is_no_working_day(text, lang):
    assert not rule_polarities(text, OT, lang)


@pytest.mark.parametrize("text, lang", [
    ("Workers worked from 6 to 22 every day during the peak season.", "en"),
    ("Ils travaillaient de 6 à 23 heures pendant la récolte.", "fr"),
])
def test_clock_span_stays_a_long_day(text, lang):
    assert rule_polarities(text, OT, lang) == {"asserted"}
