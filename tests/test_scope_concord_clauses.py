"""A finding that states its own negation ("no les pagaban", "ne voit jamais l'extérieur") is not denied by a
negation of an earlier clause, before a comma ("No tenían feriados ni seguro, no les pagaban") (annotate
``_concord``, 2026.12.22). Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities


@pytest.mark.parametrize("text, lang, indicator", [
    ("No tenían vacaciones ni seguro médico, no les pagaban las horas extra.", "es", "withholding_of_wages"),
    ("Une fois au foyer, on ne sort plus, on ne voit jamais l'extérieur.", "fr", "isolation"),
])
def test_negated_finding_after_a_negated_clause_is_asserted(text, lang, indicator):
    assert rule_polarities(text, indicator, lang) == {"asserted"}


def test_negation_of_the_finding_itself_still_denies():
    text = "Los trabajadores dijeron que nunca les retuvieron el sueldo."
    assert "asserted" not in rule_polarities(text, "withholding_of_wages", "es")
