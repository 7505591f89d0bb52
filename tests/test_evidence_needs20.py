"""Basic needs restricted at work are abusive conditions (lexicons/patterns 2026.12.31, needs20).

Garment-audit, warehouse and farmworker reports describe workers forbidden to eat, drink or rest, toilet breaks
restricted or timed, and a pass needed for the toilet; the labelling rules name "denied toilet breaks". These read as
no evidence at all. Not the class: a code rule ("Suppliers must not restrict toilet breaks"), a right stated ("ont le
droit de boire"), and eating barred at the workstation (a hygiene rule).

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

AWLC = "abusive_working_living_conditions"

FINDINGS = [
    ("Pickers said they were forbidden to drink water until the truck was full.", "en"),
    ("Sewers said toilet breaks were restricted and timed by supervisors.", "en"),
    ("Toilet visits limited to 2 per shift; workers must ask permission.", "en"),
    ("Operators are not permitted to sit down during their 10-hour shift.", "en"),
    ("Workers needed a pass to use the toilet.", "en"),
    ("Tenían prohibido beber agua en horas de trabajo.", "es"),
    ("No les dejaban sentarse en toda la jornada.", "es"),
    ("Las idas al baño estaban limitadas y cronometradas.", "es"),
    ("Necesitaban una ficha para ir al baño.", "es"),
    ("Les ouvrières n'avaient pas le droit de boire ni de s'asseoir.", "fr"),
    ("Les pauses toilettes étaient limitées à deux par jour.", "fr"),
    ("Il était interdit de se reposer pendant douze heures.", "fr"),
]

NOT_FINDINGS = [
    ("Suppliers must not restrict toilet breaks.", "en"),
    ("Smoking is prohibited; workers are not allowed to eat at their workstations.", "en"),
    ("Workers are allowed to take breaks and drink water whenever they need.", "en"),
    ("Está prohibido comer en la línea de producción por razones de higiene.", "es"),
    ("Les salariés ont le droit de boire quand ils le souhaitent.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), FINDINGS)
def test_basic_needs_denied_are_abusive_conditions(text: str, lang: str) -> None:
    assert AWLC in rule_findings(text, lang)


@pytest.mark.parametrize(("text", "lang"), NOT_FINDINGS)
def test_rules_rights_and_hygiene_are_no_finding(text: str, lang: str) -> None:
    assert AWLC not in rule_findings(text, lang)


def test_a_right_to_the_toilet_is_no_finding_and_its_denial_is() -> None:
    assert AWLC not in rule_findings("Les travailleurs ont le droit d'aller aux toilettes à tout moment.", "fr")
    assert AWLC in rule_findings("Ils n'avaient pas le droit d'aller aux toilettes.", "fr")
