"""A prohibition on leaving written as a noun is a restriction of movement in every language (patterns 2026.12.18):
"a ban on leaving the compound", "l'interdiction de quitter l'hôtel", "la prohibición de salir de la finca"."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

RM = "restriction_of_movement"


@pytest.mark.parametrize("text, lang", [
    ("Interviewed workers described a ban on leaving the compound without a supervisor.", "en"),
    ("There was a prohibition on leaving the dormitory after 8 pm, enforced by the guards.", "en"),
    ("Migrant workers faced restrictions on leaving the farm on their rest day.", "en"),
    ("Les domestiques ont décrit l'interdiction de quitter l'hôtel sans escorte.", "fr"),
    ("Les saisonniers évoquent une interdiction formelle de sortir du domaine le soir.", "fr"),
    ("Los jornaleros denunciaron la prohibición de salir de la finca sin permiso del capataz.", "es"),
])
def test_a_prohibition_on_leaving_written_as_a_noun_is_found(text: str, lang: str) -> None:
    assert counted(text, RM, lang)


@pytest.mark.parametrize("text, lang", [
    ("Our supplier code prohibits any restriction on leaving the premises.", "en"),
    ("There were no restrictions on leaving the site after shifts.", "en"),
    ("El código prohíbe cualquier restricción para salir del centro de trabajo.", "es"),
    ("Aucune interdiction de quitter le site n'a été constatée lors de l'audit.", "fr"),
])
def test_a_prohibition_that_a_code_forbids_or_that_is_absent_is_not_a_finding(text: str, lang: str) -> None:
    assert not counted(text, RM, lang)
