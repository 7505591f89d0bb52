"""A negation does not reach over a word that opens another clause ("while", "because", "when", "cuando",
"porque", "parce que") to a finding in that clause: "the job never came while his debt kept growing" states the debt
(scope 2026.12.22, ``negation_stoppers``). A negation in the finding's own clause still denies it. Sentences written
for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities


@pytest.mark.parametrize("text, lang, indicator", [
    ("The job he was promised never came while his debt kept growing.", "en", "debt_bondage"),
    ("She never complained because the agency kept her passport.", "en", "retention_of_identity_documents"),
    ("No se quejaban porque el patrón les retenía los pasaportes.", "es", "retention_of_identity_documents"),
    ("El capataz les dijo que no cobrarían nada porque ya debían la comida y el transporte.", "es", "debt_bondage"),
    ("Il ne pouvait pas rentrer parce que son passeport avait été confisqué.", "fr",
     "retention_of_identity_documents"),
])
def test_negation_stops_at_another_clause(text, lang, indicator):
    assert rule_polarities(text, indicator, lang) == {"asserted"}


@pytest.mark.parametrize("text, lang, indicator", [
    ("No passports were taken by the sponsor when the workers arrived.", "en", "retention_of_identity_documents"),
    ("Los trabajadores no debían la comida ni el transporte cuando llegaron.", "es", "debt_bondage"),
])
def test_negation_in_the_findings_own_clause_still_denies(text, lang, indicator):
    assert "asserted" not in rule_polarities(text, indicator, lang)


def test_never_once_is_no_clause_boundary():
    # "once" is an adverb here: "never once returned" states that the passports were kept
    text = "The agent never once returned their passports."
    assert rule_polarities(text, "retention_of_identity_documents", "en") == {"asserted"}
