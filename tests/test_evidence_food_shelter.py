"""Abusive living conditions written as food withheld or too little, or as sleeping with no shelter (patterns and
scope 2026.12.19): "underfed", "denied the workers food", "given barely enough food", "pasaba hambre", "mal alimentada",
"comida escasa", "le daban las sobras", "ne lui donnaient aucun repas", "slept on bare wooden boards", "dormía en un
cobertizo". A denial by the company, a hunger strike, food provided and future worries stay uncounted."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

COND = "abusive_working_living_conditions"


@pytest.mark.parametrize("text, lang", [
    ("The herders were underfed and had no way to reach a clinic.", "en"),
    ("According to the complaint, the owner denied the workers food for two days after the strike.", "en"),
    ("The domestic workers were given barely enough food to keep going.", "en"),
    ("Several crew members said they went hungry for weeks at sea.", "en"),
    ("The pickers slept in an open field behind the packhouse.", "en"),
    ("The recruits slept on bare concrete in the half-built dormitory.", "en"),
    ("La empleada contó que pasaba hambre y que nadie la visitaba.", "es"),
    ("Las trabajadoras estaban mal alimentadas y sin acceso a un médico.", "es"),
    ("A los peones solo les daban las sobras de la cocina.", "es"),
    ("La tripulación denunció comida escasa y agua en mal estado.", "es"),
    ("Los jornaleros dormían en un cobertizo sin puertas junto al corral.", "es"),
    ("Ses employeurs ne lui donnaient aucun repas pendant ses journées de ménage.", "fr"),
    ("Les ouvriers souffraient de la faim et dormaient dehors.", "fr"),
])
def test_food_withheld_and_no_shelter_are_abusive_conditions(text: str, lang: str) -> None:
    assert counted(text, COND, lang)


@pytest.mark.parametrize("text, lang", [
    ("The company denied the allegations about food quality in the canteen.", "en"),
    ("Workers on hunger strike demanded their unpaid wages.", "en"),
    ("Workers were given food, water and a rest room during the shift.", "en"),
    ("They fear their families back home will go hungry if they lose the job.", "en"),
    ("El comedor ofrece comida suficiente a todos los turnos.", "es"),
    ("Le restaurant d'entreprise sert des repas chauds à midi.", "fr"),
])
def test_denials_strikes_and_food_provided_are_not_abusive_conditions(text: str, lang: str) -> None:
    assert not counted(text, COND, lang)
