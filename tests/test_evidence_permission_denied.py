"""A permission to leave that workers did not have states restriction of movement ("had no permission to leave",
"None of the workers were permitted to leave", "no tenían permitido salir", "Aucun ouvrier n'était autorisé à
sortir"), while not needing one denies it (patterns 2026.12.22, perm16). A French pattern that opens with the second
half of a split negation ("pas autorisés à sortir") is not negated again by the "ne" / "n'" before it (scope
``concord_openers``). Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities

RM = "restriction_of_movement"


@pytest.mark.parametrize("text, lang", [
    ("Workers had no permission to leave the compound after their shift.", "en"),
    ("None of the workers were permitted to leave the farm.", "en"),
    ("No worker was allowed to leave the site without the manager's approval.", "en"),
    ("The fishers were not given permission to go ashore for eleven months.", "en"),
    ("Los trabajadores no tenían permitido salir de la finca.", "es"),
    ("A ningún trabajador se le permitía salir del campamento.", "es"),
    ("Las empleadas nunca podían salir solas de la casa.", "es"),
    ("No tenían permiso para salir del barco.", "es"),
    ("Aucun ouvrier n'était autorisé à sortir du dortoir le soir.", "fr"),
    ("Les saisonnières n'avaient pas l'autorisation de quitter l'exploitation.", "fr"),
    ("Les ouvriers n'étaient pas autorisés à sortir du camp.", "fr"),
])
def test_missing_permission_is_a_restriction(text, lang):
    assert rule_polarities(text, RM, lang) == {"asserted"}


@pytest.mark.parametrize("text, lang", [
    # near-misses: no permission was needed
    ("Workers did not need permission to leave the dormitory.", "en"),
    ("Workers need no permission to leave the hostel.", "en"),
    ("Los trabajadores no necesitan permiso para salir del albergue.", "es"),
    ("Les travailleurs n'ont pas besoin d'autorisation pour quitter le foyer.", "fr"),
])
def test_needing_no_permission_is_no_restriction(text, lang):
    assert "asserted" not in rule_polarities(text, RM, lang)


def test_split_negation_opening_a_pattern_states_it():
    text = "On ne leur a pas dit la vérité sur le salaire."
    assert rule_polarities(text, "deception", "fr") == {"asserted"}
