"""Entries whose multi-word alternatives were written into one token slot (each ``|`` alternative fills ONE
position, see lexicons/patterns/README.md) could never match the phrase they were written for; each entry
below must match its phrase on its own, through its own matcher."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

CASES = [
    ("es", "paid_quarterly", "A los jornaleros les pagan el salario trimestralmente."),
    ("es", "paid_every_months_es", "A los jornaleros les pagan el salario cada tres meses."),
    ("es", "physical_and_other_es", "Denunciaron violencia física y psicológica por parte del capataz."),
    ("es", "other_and_physical_es", "Denunciaron maltrato verbal y físico en el campamento."),
    ("es", "children_workforce_es", "Los niños son casi la mitad de la fuerza de trabajo del sector."),
    ("es", "children_manpower_es", "Los niños representan casi la mitad de la mano de obra en las ladrilleras."),
    ("fr", "no_contact_fr", "Les marins restaient des mois sans contact avec l'extérieur."),
    ("fr", "signed_without_fr2", "Ils ont signé le contrat sans en connaître le contenu."),
    ("fr", "signed_without_fr2", "Les ouvriers ont signé le contrat sans lire."),
]


def _entry_matches(lang: str, entry: str, text: str) -> bool:
    pipe = get_engine().pipeline(lang)
    doc = pipe.nlp.make_doc(text)
    pipe.normalizer(doc)
    key = next(k for k in pipe.m.seq if k.endswith(f".{entry}") or k == entry)
    return bool(pipe.m.seq[key](doc))


@pytest.mark.parametrize(("lang", "entry", "text"), CASES)
def test_entry_matches_the_phrase_it_was_written_for(lang: str, entry: str, text: str) -> None:
    assert _entry_matches(lang, entry, text)


def test_an_entry_does_not_match_unrelated_text() -> None:
    assert not _entry_matches("es", "children_manpower_es", "Los niños van a la escuela del pueblo.")
