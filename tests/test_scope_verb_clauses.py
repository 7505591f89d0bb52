"""In Spanish and French, a comma or "y" / "et" followed by an inflected verb opens another clause, which a negation
does not reach: "no tenían agua ni baño, encadenaban jornadas maratonianas" states the long days (scope 2026.12.22,
``verb_clauses``). A list of nouns after a negation stays negated. Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities


@pytest.mark.parametrize("text, lang, indicator", [
    ("Los jornaleros no tenían agua ni baño, encadenaban jornadas maratonianas y cobraban poco.", "es",
     "excessive_overtime"),
    ("Los pescadores no tienen horario, comen apenas arroz y reciben golpes.", "es",
     "abusive_working_living_conditions"),
    ("El patrón no les daba contrato e imponía jornadas extenuantes en la cosecha.", "es", "excessive_overtime"),
])
def test_negation_stops_at_a_new_verb_clause(text, lang, indicator):
    assert rule_polarities(text, indicator, lang) == {"asserted"}


@pytest.mark.parametrize("text, lang, indicator", [
    ("No se observaron jornadas excesivas, trabajo infantil ni retención de pasaportes.", "es", "child_labour"),
    ("Aucun cas de travail des enfants, de retenue sur salaire ni de confiscation de passeport n'a été relevé.", "fr",
     "child_labour"),
])
def test_negated_list_of_nouns_stays_negated(text, lang, indicator):
    assert "asserted" not in rule_polarities(text, indicator, lang)
