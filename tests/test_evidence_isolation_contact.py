"""Isolation written as separation from others or a ban on contact (patterns 2026.12.18): "kept apart from the
villagers", "knew nobody in the country", "l'interdiction d'utiliser son téléphone", "interdit de parler aux
voisins", "se les prohibía hablar con los vecinos"."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

ISO = "isolation"


@pytest.mark.parametrize("text, lang", [
    ("The migrant pickers were housed apart from the villagers in a camp behind the packhouse.", "en"),
    ("The new recruits were kept apart from other workers for their first month.", "en"),
    ("She knew nobody in the country and had no phone of her own.", "en"),
    ("Une employée évoque l'interdiction d'utiliser son propre téléphone pendant deux ans.", "fr"),
    ("Il leur était interdit de parler aux voisins ou aux clients du restaurant.", "fr"),
    ("Se les prohibía hablar con los vecinos y con los clientes de la tienda.", "es"),
])
def test_separation_and_bans_on_contact_are_isolation(text: str, lang: str) -> None:
    assert counted(text, ISO, lang)


@pytest.mark.parametrize("text, lang", [
    ("Workers said they knew nobody who had paid a recruitment fee.", "en"),
    ("Il est interdit de parler pendant le travail sur la chaîne, selon le règlement intérieur.", "fr"),
    ("Le code de conduite interdit toute interdiction d'utiliser son téléphone pendant les pauses.", "fr"),
    ("Workers are never kept apart from other workers, according to the supplier.", "en"),
])
def test_near_misses_are_not_isolation(text: str, lang: str) -> None:
    assert not counted(text, ISO, lang)
