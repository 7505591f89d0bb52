"""Short statements of long hours with a lexical verb, and hours worked without a stop (scope and patterns 2027.01, num22).

A sentence made only of matched words used to be read as a heading unless it held an auxiliary ("Passports were
confiscated."). Numeric matches cover the subject, the verb and the figure, so "Shifts lasted 16 hours." was a
heading: finite verbs of duration and work ("lasted", "ran", "duraban", "duraient") now make such a sentence a clause.
Hours run "at a stretch" or "non-stop" are excessive hours. Headings and checklist items without a verb stay
hypothetical.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

FINDINGS = [
    ("Shifts lasted 16 hours.", "en"),
    ("Days stretched to 15 hours.", "en"),
    ("The crew averaged 20 hours a day.", "en"),
    ("The deckhands hauled nets for 20 hours at a stretch.", "en"),
    ("They worked 20 hours non-stop during the harvest.", "en"),
    ("Las jornadas duraban 16 horas.", "es"),
    ("Les journées duraient 16 heures.", "fr"),
]

HEADINGS = [
    ("Forced overtime", "excessive_overtime", "en"),
    ("Passport retention", "retention_of_identity_documents", "en"),
]


@pytest.mark.parametrize(("text", "lang"), FINDINGS)
def test_short_statement_of_long_hours_is_a_finding(text: str, lang: str) -> None:
    assert "excessive_overtime" in rule_findings(text, lang)


@pytest.mark.parametrize(("text", "indicator", "lang"), HEADINGS)
def test_heading_without_a_verb_stays_hypothetical(text: str, indicator: str, lang: str) -> None:
    assert rule_polarities(text, indicator, lang) == {"hypothetical"}


def test_rest_days_taken_at_a_time_are_no_finding() -> None:
    assert "excessive_overtime" not in rule_findings("Workers may take up to 3 days of leave at a time.", "en")
