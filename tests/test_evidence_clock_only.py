"""Error classes of lexicons 2026.12.5: clock times read as hours worked ("termina a las 19 horas" is not a
19-hour day), "ne ... que" and "no ... sino" read as negations (they mean "only"), and wages deferred to the
end of the season, the contract or a later month.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.errors import LexiconError
from screener.evidence import get_engine
from screener.lexicon import _load_patterns


def _findings(text: str, lang: str) -> dict[str, str]:
    """Indicator -> polarity of the rule findings of one sentence (possible findings left out)."""
    return {e.indicator: e.polarity for e in get_engine().scan_text(text, lang=lang)
            if getattr(e, "confidence", "finding") == "finding"}


CLOCK_TIMES_NOT_HOURS = [
    ("es", "El turno de la mañana termina a las 19 horas y el sábado a las 14 horas."),
    ("es", "La jornada comienza a las 8 y el almuerzo es a las 13 horas."),
    ("fr", "Le poste de nuit termine vers 23 heures."),
    ("fr", "La journée de travail se termine à 17 heures, pause comprise."),
    ("es", "La cuadrilla llega a la finca a las 7 y se va hasta las 15 horas."),
]


@pytest.mark.parametrize("lang,text", CLOCK_TIMES_NOT_HOURS)
def test_clock_time_is_not_hours_worked(lang: str, text: str) -> None:
    assert "excessive_overtime" not in _findings(text, lang)


HOURS_STILL_FOUND = [
    ("es", "Los jornaleros entran a las 5 y salen a las 21 horas todos los días."),  # a 16-hour span
    ("es", "Las trabajadoras internas están disponibles las 24 horas del día."),
    ("fr", "Les ouvriers travaillent jusqu'à 16 heures par jour pendant la récolte."),
    ("en", "The new rule caps domestic workers' shifts at 16 hours a day, which the union calls excessive."),
    ("es", "Cumplían turnos de 16 horas en la planta empacadora."),
]


@pytest.mark.parametrize("lang,text", HOURS_STILL_FOUND)
def test_durations_and_spans_still_found(lang: str, text: str) -> None:
    assert _findings(text, lang).get("excessive_overtime") == "asserted"


ONLY_IS_NOT_NEGATION = [
    ("fr", "Les enfants ne vont à l'école que le matin et travaillent au champ l'après-midi.", "child_labour"),
    ("fr", "Les passeports ne sont restitués qu'au départ définitif du travailleur.",
     "retention_of_identity_documents"),
    ("fr", "Les salaires de février n'ont été versés qu'à la fin avril.", "withholding_of_wages"),
    ("fr", "Les saisonniers ne sont payés qu'à la fin de la saison.", "withholding_of_wages"),
]


@pytest.mark.parametrize("lang,text,indicator", ONLY_IS_NOT_NEGATION)
def test_ne_que_states_the_practice(lang: str, text: str, indicator: str) -> None:
    assert _findings(text, lang).get(indicator) == "asserted"


REAL_NEGATIONS = [
    ("fr", "Il n'a pas été constaté que des enfants travaillaient sur le site.", "child_labour"),
    ("fr", "Aucun élément ne montre que des enfants travaillent dans l'atelier.", "child_labour"),
    ("fr", "Aucun enfant ne travaille sur le site.", "child_labour"),
    ("es", "No se retienen los pasaportes de los trabajadores.", "retention_of_identity_documents"),
]


@pytest.mark.parametrize("lang,text,indicator", REAL_NEGATIONS)
def test_negations_with_que_or_concord_stay_negated(lang: str, text: str, indicator: str) -> None:
    assert _findings(text, lang).get(indicator) == "negated"


DEFERRED_WAGES = [
    ("en", "Crew members were only paid at the end of the contract, two years after boarding.", "withholding_of_wages"),
    ("es", "A los cortadores les pagan al final de la zafra lo que se les debe.", "withholding_of_wages"),
]


@pytest.mark.parametrize("lang,text,indicator", DEFERRED_WAGES)
def test_wages_deferred_to_the_end_are_found(lang: str, text: str, indicator: str) -> None:
    assert _findings(text, lang).get(indicator) == "asserted"


@pytest.mark.parametrize("lang,text", [
    ("en", "Workers are paid at the end of each month by bank transfer."),
    ("fr", "Les salaires sont versés à la fin du mois, conformément au contrat."),
])
def test_monthly_pay_is_not_deferred_wages(lang: str, text: str) -> None:
    assert "withholding_of_wages" not in _findings(text, lang)


def test_spares_numeric_only_on_exclude_entries(tmp_path) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text('version: "1"\nindicators:\n  excessive_overtime:\n    patterns:\n'
                    '      - {id: p, seq: "=foo =bar", spares_numeric: true}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="spares_numeric"):
        _load_patterns(path, "en")


PAY_LEVEL_STATEMENTS = [
    ("en", "Each worker receives a meal allowance of USD 20 on top of basic pay."),
    ("en", "Wages paid to the pickers are above the legal minimum of 9,000 baht a month."),
    ("es", "Los salarios de las empacadoras son superiores al salario mínimo de la región."),
    ("fr", "Les salaires versés aux saisonniers sont supérieurs au SMIC."),
]


@pytest.mark.parametrize("lang,text", PAY_LEVEL_STATEMENTS)
def test_pay_above_the_minimum_or_on_top_of_pay_is_no_counted_finding(lang: str, text: str) -> None:
    """How much is paid is not wages withheld: neither the rules nor the model's counted findings assert it."""
    counted = {e.indicator for e in get_engine().scan_text(text, lang=lang)
               if e.polarity == "asserted" and getattr(e, "confidence", "finding") == "finding"}
    assert "withholding_of_wages" not in counted


@pytest.mark.parametrize("lang,text", [
    ("en", "Wages were not paid for three months, although the contract promised pay above the legal minimum."),
    ("en", "Workers were paid less than the legal minimum wage and overtime was unpaid."),
])
def test_unpaid_wages_beside_a_pay_level_are_still_found(lang: str, text: str) -> None:
    assert _findings(text, lang).get("withholding_of_wages") == "asserted"


@pytest.mark.parametrize("raw,message", [
    ({"cues": ["ne"], "partners": ["que"], "blockers": ["pas"], "window": 40}, "window"),
    ({"cues": ["ne pas"], "partners": ["que"], "blockers": ["pas"]}, "one word"),
    ({"cues": ["ne"], "partners": ["que"], "blockers": ["pas"], "typo": 1}, "expected a mapping"),
])
def test_restrictive_negation_block_is_checked(raw: dict, message: str) -> None:
    from pathlib import Path

    from screener.lexicon_scope import _restrictive

    with pytest.raises(LexiconError, match=message):
        _restrictive(Path("scope.yaml"), "fr", raw)
