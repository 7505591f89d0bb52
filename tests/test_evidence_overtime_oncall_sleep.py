"""Excessive hours written as on call at any hour, too little sleep, not a single day off, or a day that "exceeds" N
hours (patterns and numeric rules 2026.12.19): "had to be available 24 hours", "could wake her at any hour", "only
three hours of sleep a night", "sans un seul jour de repos", "jornadas que superan las 14 horas", "de 10 u 12 horas".
Services open at any hour, a night's full sleep and clock times stay uncounted."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

OT = "excessive_overtime"


@pytest.mark.parametrize("text, lang", [
    ("The maid said the family would wake her at any hour to cook or clean.", "en"),
    ("Nannies in the case had to be available at all hours, seven days a week.", "en"),
    ("Crew members were given only three hours of sleep a night during the hauls.", "en"),
    ("The carers told inspectors they never had a single day off in two years.", "en"),
    ("Las internas debían estar disponibles a cualquier hora del día y de la noche.", "es"),
    ("Según la denuncia, las empleadas dormían apenas tres horas por noche.", "es"),
    ("En el taller había jornadas que superan las 14 horas, incluso los domingos.", "es"),
    ("Las jornadas solían ser de 10 u 12 horas en plena cosecha.", "es"),
    ("La cuidadora tenía que estar disponible las 24 horas para la familia.", "es"),
    ("L'aide ménagère devait rester disponible 24 heures sur 24 pour ses employeurs.", "fr"),
    ("Les cueilleurs ont travaillé tout l'été sans un seul jour de repos.", "fr"),
    ("Selon l'inspection, les ouvriers ne dormaient que trois heures par nuit.", "fr"),
])
def test_on_call_short_sleep_and_no_day_off_are_excessive_hours(text: str, lang: str) -> None:
    assert counted(text, OT, lang)


@pytest.mark.parametrize("text, lang", [
    ("The welfare helpline can be called at any time and is free for all workers.", "en"),
    ("The grievance officer is available 24 hours a day for any complaint.", "en"),
    ("Counsellors are available 24 hours a day, seven days a week, at the dormitory clinic.", "en"),
    ("Workers said they get eight hours of sleep in the new dormitory.", "en"),
    ("La línea de denuncias está disponible las 24 horas para todos los trabajadores.", "es"),
    ("El turno de la mañana termina a las 14 horas.", "es"),
    ("Le numéro vert est disponible 24 heures sur 24 pour les saisonniers.", "fr"),
])
def test_services_full_sleep_and_clock_times_are_not_excessive_hours(text: str, lang: str) -> None:
    assert not counted(text, OT, lang)
