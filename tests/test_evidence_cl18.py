"""Child labour ended by a programme, an inspection or an employer is remediated (lexicons/scope.yaml 2026.12.24,
cl18), en/es/fr.

The class, read in real programme and government reports (ILO-IPEC country results, labour-ministry releases on
children withdrawn from dumps and plantations, NGO project reports on child domestic workers): children withdrawn,
removed or taken out of work, who stopped working, or who went back to school ("dejaron de trabajar y volvieron a
las aulas", "fueron reincorporados a la escuela", "soustraire 48 enfants aux plantations", "retirés du travail").
The labelling rules of the evaluation sets make child labour ended this way remediated: it is not a finding.

Not the class: children taken out of school to work ("sacados de la escuela para trabajar", "retirés de l'école"):
the phrase states the child labour over any leaving word it holds (school18). A rescue alone states the labour ("the children rescued from the kiln had been forced to carry
bricks"), and so does work that goes on beside school ("go back to school only after the harvest").

Known gap: where the Spanish child-work pattern itself spans the leaving verb ("900 menores de las bananeras
dejaran de trabajar"), the cue lies inside the match and is not read; the sentence stays a finding.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import assert_seen_not_asserted, rule_findings

CHILD = "child_labour"

REMEDIATED = [
    ("en", "Child labourers in the district stopped working after the cooperative started paying their school fees."),
    ("en", "In each child labour case the supplier removed the child from work and paid for two years of schooling."),
    ("es", "Gracias al programa, unos 1.200 niños dejaron de trabajar en los basurales y volvieron a las aulas."),
    ("es", "Los 300 niños que trabajaban en los mercados fueron reincorporados a la escuela por el municipio."),
    ("fr", "Le projet a permis de soustraire 300 enfants de 6 à 15 ans aux mines d'or artisanales."),
    ("fr", "Le programme a rescolarisé l'an dernier 400 enfants domestiques de la capitale."),
]

FINDINGS = [
    ("en", "The 31 children rescued from the kiln had been forced to carry bricks for 12 hours a day."),
    ("es", "Los 13 menores rescatados trabajaban 12 horas diarias en la finca."),
    ("fr", "Les enfants libérés de l'atelier travaillaient dix heures par jour."),
    ("en", "Many child labourers on the estates go back to school only after the harvest ends."),
    # taken out of school to work is the opposite of remediation (school18)
    ("es", "Los niños fueron sacados de la escuela para trabajar en la cosecha de café."),
    ("es", "Muchos menores son retirados de la escuela y enviados a trabajar en las minas."),
    ("en", "Many girls are withdrawn from school to work as domestic helpers in the city."),
    ("fr", "Des enfants retirés de l'école travaillent dans les mines d'or de la région."),
]


@pytest.mark.parametrize(("lang", "text"), REMEDIATED)
def test_child_labour_ended_is_remediated(lang: str, text: str) -> None:
    assert_seen_not_asserted(text, lang, [CHILD], "remediated")


@pytest.mark.parametrize(("lang", "text"), FINDINGS)
def test_rescue_or_ongoing_work_stays_a_finding(lang: str, text: str) -> None:
    assert CHILD in rule_findings(text, lang)
