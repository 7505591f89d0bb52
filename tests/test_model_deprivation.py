"""Deprivations: a negation that takes away an entitlement of the model's indicator states the finding
("were never paid", "sin salario", "no water except the sinks"), while a negation of something else, or of an
entitlement used as a modifier ("no salary deductions"), still denies it."""
from __future__ import annotations

import pytest

from screener.evidence.deprivation import deprives, table
from screener.evidence.engine import EvidenceEngine
from screener.evidence.model_findings import _Scope

WAGES = "withholding_of_wages"
CONDITIONS = "abusive_working_living_conditions"
OVERTIME = "excessive_overtime"


@pytest.fixture(scope="module")
def engine() -> EvidenceEngine:
    return EvidenceEngine()


def _negation_deprives(engine: EvidenceEngine, lang: str, text: str, indicator: str) -> str | None:
    """What the first negation cue of ``text`` takes away for ``indicator`` (anywhere in the sentence)."""
    scope = _Scope(engine.pipeline(lang), text)
    doc = scope._analyse()
    for h in scope.hits:
        if h.cue.type == "negation":
            return deprives(doc, h.end, 0, len(doc), indicator, lang)
    raise AssertionError(f"no negation cue found in {text!r}")


@pytest.mark.parametrize("lang,text,indicator,taken", [
    ("en", "He worked three months on the ranch and was never paid.", WAGES, "paid"),
    ("en", "While they wait for work they have no salary coming in.", WAGES, "salary"),
    ("en", "The crew lived on the boat with no drinking water except what the captain sold.", CONDITIONS, "water"),
    ("en", "Sprayers were not given any masks or gloves.", CONDITIONS, "masks"),
    ("en", "In peak season the pickers had no day off for six weeks.", OVERTIME, "day off"),
    ("es", "Los jornaleros no cobraban desde agosto.", WAGES, "cobraban"),
    ("es", "Las mujeres no tienen salario fijo.", WAGES, "salario"),
    ("es", "En la cosecha no tenían ningún día libre en seis semanas.", OVERTIME, "día libre"),
    ("fr", "Certaines domestiques ne sont plus payées du tout.", WAGES, "payées"),
    ("fr", "Le dortoir n'avait aucune toilette pour quarante ouvriers.", CONDITIONS, "toilette"),
])
def test_a_negated_entitlement_is_taken_away(engine, lang, text, indicator, taken):
    assert _negation_deprives(engine, lang, text, indicator) == taken


@pytest.mark.parametrize("lang,text,indicator", [
    ("en", "No salary deductions were found in the payroll sample.", WAGES),          # modifier of "deductions"
    ("en", "Workers were not paid late in any month reviewed.", WAGES),                # "late": the practice denied
    ("en", "The dormitory had no water damage after the storm.", CONDITIONS),
    ("en", "No worker was found to be under 18 on the site.", WAGES),                 # nothing of the indicator
    ("en", "Agencies may charge no more than ten percent of the first month's salary.", WAGES),  # not reached
    ("es", "No se detectaron descuentos de salario en la muestra.", WAGES),
    ("fr", "Aucune retenue sur salaire n'a été constatée.", WAGES),
])
def test_a_negation_of_something_else_still_denies(engine, lang, text, indicator):
    assert _negation_deprives(engine, lang, text, indicator) is None


def test_only_the_indicators_of_the_table_have_entitlements():
    tab = table("en")
    assert tab is not None
    assert "retention_of_identity_documents" not in tab.entitlements
    assert table("de") is None


def test_entitlement_must_be_near_the_models_ngram(engine):
    text = "They were never paid for the extra shifts, and the hostel where they slept was far from the fields."
    scope = _Scope(engine.pipeline("en"), text)
    doc = scope._analyse()
    cue = next(h for h in scope.hits if h.cue.type == "negation")
    hostel = next(t.i for t in doc if t.text == "hostel")
    assert deprives(doc, cue.end, cue.end, cue.end + 2, WAGES, "en") == "paid"
    assert deprives(doc, cue.end, hostel, hostel + 1, WAGES, "en") is None


def test_the_counting_guard_ignores_a_deprivation_but_not_a_denial(engine):
    deprived = _Scope(engine.pipeline("en"), "He worked three months on the ranch and was never paid.")
    assert not deprived.any_cue(WAGES)
    assert deprived.any_cue(CONDITIONS)  # for another indicator the negation is still a cue
    denied = _Scope(engine.pipeline("en"), "No salary deductions were found in the payroll sample.")
    assert denied.any_cue(WAGES)
