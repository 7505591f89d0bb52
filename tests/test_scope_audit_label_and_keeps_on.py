"""Two Spanish and French scope slips found on real audit and news text (2026.12.22): the audit label "No
conformidad:" (non-conformity) names a finding and its "no" negates nothing; French "n'a de dette" is a negation,
while "n'a de cesse de", "n'a cessé de" and "ne cesse de" mean "keeps on". Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities


@pytest.mark.parametrize("text, indicator", [
    ("No conformidad: se encontraron dos trabajadores menores de 16 años en la línea de empaque.", "child_labour"),
    ("No conformidad: los pasaportes de los trabajadores migrantes están en poder de RR.HH.",
     "retention_of_identity_documents"),
])
def test_non_conformity_label_names_a_finding(text, indicator):
    assert rule_polarities(text, indicator, "es") == {"asserted"}


def test_conformity_label_with_a_denial_stays_negated():
    assert "asserted" not in rule_polarities("Conformidad: no se encontraron menores.", "child_labour", "es")


def test_french_no_debt_is_a_denial():
    assert "asserted" not in rule_polarities("Aucun travailleur n'a de dette envers l'employeur.", "debt_bondage", "fr")


@pytest.mark.parametrize("text", [
    "Le patron n'a de cesse de menacer les ouvriers.",
    "Le contremaître n'a cessé de menacer les saisonniers.",
    "Il ne cesse de menacer les ouvriers.",
])
def test_keeps_on_is_no_negation(text):
    assert rule_polarities(text, "intimidation_threats", "fr") == {"asserted"}
