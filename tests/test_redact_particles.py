"""Names built with a particle (screener/redact/particles.py); the sentences are written for this test."""
from __future__ import annotations

import pytest

from screener.redact import find_personal_data

NAMES = [
    ("The gold buyer Ag Elkhamis kept the miners' papers.", "Ag Elkhamis"),
    ("Moussa Ag Attaher (40) said he was never paid.", "Moussa Ag Attaher"),
    ("The trader Sidi Ould Cheikh took a cut of each load.", "Ould Cheikh"),
    ("Payroll row: SELVAM A/L MUNIANDY | welder | Shah Alam", "SELVAM A/L MUNIANDY"),
    ("The driver Faizal bin Rosli collected the fees.", "Faizal bin Rosli"),
    ("Crew list: Bosun Ronaldo dela Paz; Oiler Mark dela Rosa.", "dela Paz"),
    ("van der Linden later wrote that the farm had no contracts.", "van der Linden"),
    ("de la Vega told the inspector the crew slept on deck.", "de la Vega"),
    ("The recruiter Wilmer de los Ríos charged each worker.", "Wilmer de los Ríos"),
    ("Antônia Pereira dos Anjos said she worked without pay.", "dos Anjos"),
]

KEEP = [
    "The farm supplies Santa Cruz de la Sierra and Puerto de la Cruz markets.",
    "The buyer is Van der Meer Bulbs B.V. of Lisse.",
    "Workers from Flores de la Sierra de Mérida were interviewed.",
    "The capital, Ciudad de la Paz, hosts the labour ministry.",
    "Officials of the Universidad de la Frontera attended.",
    "A cooperative in Cuauhtémoc de la CDMX signed the code.",
]


@pytest.mark.parametrize("text, name", NAMES)
def test_particle_names_are_redacted(text, name):
    found = [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "name"]
    assert any(name in f for f in found), (name, found)


@pytest.mark.parametrize("text", KEEP)
def test_places_and_companies_with_particles_stay(text):
    assert [text[s.start:s.end] for s in find_personal_data(text)] == []
