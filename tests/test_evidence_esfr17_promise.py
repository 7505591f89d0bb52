"""None of what was promised came true states the deception (lexicons and scope 2026-12-23, esfr17), es/fr.

The class, read in real reports (Chilean and Mexican press on recruited farm and mine workers, Guatemalan reports
on H-2B workers, French press on Moroccan seasonal workers): "nada de lo prometido se cumplió", "no se cumplió
nada de lo pactado", "las condiciones prometidas no se cumplieron", "rien de ce que le recruteur avait promis n'a été
tenu". The compliance pattern for promises kept ("lo prometido se cumplió") read the sentence as compliance, or a
negation cue took the promise away. Patterns ``e17_*prometido*`` (es) and ``e17_rien_promis*`` (fr); an asserted
cue limited to deception for "nada / ninguna de lo(s) ... prometido" in lexicons/scope.yaml.

Not the class: promises that were kept stay compliance; a recruiter who promised nothing is no deception.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

DC = "deception"

FOUND = [
    ("es", "Según los temporeros, nada de lo prometido en Honduras se cumplió en la finca.", DC),
    ("es", "Ninguna de las promesas de la agencia se cumplió una vez en Polonia.", DC),
    ("es", "Al llegar al campamento no se cumplió nada de lo pactado con el enganchador.", DC),
    ("es", "Las condiciones prometidas por el reclutador no se cumplieron en la obra.", DC),
    ("fr", "Rien de ce que le recruteur leur avait promis n'a été tenu à leur arrivée.", DC),
    ("fr", "Selon les saisonniers, rien de ce qu'on leur avait garanti ne s'est réalisé.", DC),
    ("fr", "Rien de ce qui leur avait été annoncé au Maroc ne correspondait à la réalité.", DC),
]

KEPT = [
    ("es", "Según los trabajadores entrevistados, todo lo prometido se cumplió.", DC),
    ("fr", "Les promesses de l'agence ont été tenues selon les ouvriers interrogés.", DC),
]

NOT_FOUND = [
    ("fr", "Le recruteur n'a rien promis aux candidats lors de l'entretien.", DC),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), KEPT)
def test_kept_promise_stays_compliance(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)
    assert "compliant" in rule_polarities(text, indicator, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_nothing_promised(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)
