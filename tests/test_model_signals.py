"""The sentence model's withholding of wages counts only with a signal word that says pay was not paid, kept,
cut, owed or only partly paid: a sentence that merely talks about pay ("paid her 300 dollars a month", "cobraron
su salario") is at most a possible finding, while "quitaban la mitad" or "amputés d'une partie" still count."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine
from screener.evidence.engine import EvidenceEngine
from screener.evidence.model_signals import lacks_signal, signal_table
from screener.evidence.sentence_features import tokenize

WAGES = "withholding_of_wages"


@pytest.fixture(scope="module")
def engine() -> EvidenceEngine:
    return get_engine()  # the engine every test shares: built once


def _wage_evidence(engine: EvidenceEngine, lang: str, text: str) -> list:
    return [e for e in engine.scan_text(text, lang=lang) if e.indicator == WAGES]


@pytest.mark.parametrize("lang,text", [
    ("en", "The garment workers received their wages in cash, with a bonus for attendance and a festival allowance."),
    ("en", "She told investigators the couple paid her 300 dollars a month and made her sleep in the laundry room."),
    ("en", "The cannery paid its packers a monthly wage plus a night-shift allowance."),
    ("es", "La pareja le pagaba 200 dólares al mes y la hacía dormir en el cuarto de lavado."),
    ("es", "Los trabajadores cobraron su salario y las horas extra en efectivo al final de la temporada."),
    ("fr", "Les ouvriers ont perçu leur salaire et leurs heures supplémentaires en espèces à la fin de la saison."),
])
def test_bare_pay_words_are_at_most_a_possible_finding(engine, lang, text):
    counted = [e for e in _wage_evidence(engine, lang, text) if e.confidence == "finding"]
    assert counted == []


@pytest.mark.parametrize("lang,text", [
    ("es", "A los peones les pagaban 80 pesos y les quitaban la mitad por la comida."),
    ("es", "El capataz solo les entregaba una parte del sueldo acordado."),
    ("fr", "Amputés d'une partie de leur salaire, les saisonniers travaillaient dix heures par jour."),
])
def test_pay_cut_kept_or_partly_paid_still_counts(engine, lang, text):
    counted = [e for e in _wage_evidence(engine, lang, text)
               if e.confidence == "finding" and e.polarity == "asserted"]
    assert counted, text


@pytest.mark.parametrize("lang,text,lacks", [
    ("en", "The couple paid her 300 dollars a month.", True),
    ("en", "The couple paid her only 30 dollars a month.", False),
    ("en", "Wages were withheld for three months.", False),  # prefix entry "withh*"
    ("en", "Managers docked a day's pay for every complaint.", False),
    ("es", "Los peones cobran 10 dólares por jornada.", True),
    ("es", "Les descontaban el alojamiento del sueldo.", False),  # prefix entry "descont*"
    ("es", "El patrón les adeudaba tres meses.", False),
    ("fr", "Les saisonniers touchaient 60 euros par semaine.", True),
    ("fr", "Les salaires impayés s'accumulaient.", False),
    ("fr", "Une partie du salaire était retenue.", False),
])
def test_signal_words_per_language(lang, text, lacks):
    assert lacks_signal([t.form for t in tokenize(text)], WAGES, lang) is lacks


def test_indicators_and_languages_without_signals_need_none():
    forms = [t.form for t in tokenize("The couple paid her 300 dollars a month.")]
    assert not lacks_signal(forms, "excessive_overtime", "en")
    assert not lacks_signal(forms, WAGES, "de")
    assert set(signal_table("en")) == set(signal_table("es")) == set(signal_table("fr")) == {WAGES}
