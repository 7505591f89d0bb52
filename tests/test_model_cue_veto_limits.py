"""A scope cue limited to some indicators ("the legal maximum" is a policy cue of overtime only; "avait payé" a
remediation cue of wages only) no longer stops another indicator's model finding from counting: the model's veto
reads the cues of its own indicator, as the scope rules do for rule matches."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine
from screener.evidence.engine import EvidenceEngine
from screener.evidence.model_findings import _Scope

FEES = "recruitment_fees"


@pytest.fixture(scope="module")
def engine() -> EvidenceEngine:
    return get_engine()  # the engine every test shares: built once


@pytest.mark.parametrize("lang,text,indicator", [
    ("en", "Most of the domestic workers had paid their agencies between USD 2,000 and USD 4,000, many times the legal "
           "maximum.", FEES),
    ("es", "Los temporeros debían devolver unos 2.000 euros de gastos de viaje, con un máximo de seis meses para "
           "saldarlos.", FEES),
])
def test_a_cue_of_another_indicator_does_not_veto_the_model(engine, lang, text, indicator):
    found = [e for e in engine.scan_text(text, lang=lang)
             if e.indicator == indicator and e.lexicon_entry == f"model:{indicator}"]
    assert [(e.polarity, e.confidence) for e in found] == [("asserted", "finding")]


def test_the_veto_still_reads_the_cues_of_its_own_indicator(engine):
    scope = _Scope(engine.pipeline("en"), "Overtime is voluntary, and most workers paid their agencies USD 4,000.")
    assert scope.any_cue("excessive_overtime")  # "overtime is voluntary": a compliance cue of overtime only
    assert not scope.any_cue(FEES)
    assert scope.any_cue()  # without an indicator, every cue counts
