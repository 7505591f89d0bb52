"""Only a negation or a compliance statement anywhere in a sentence stops the sentence model's finding from
counting; a conditional, a policy or a remediation cue elsewhere belongs to another clause, and the scope rules
already read those cues at the model's n-grams ("warned that he would make him vanish if he ever talked")."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine
from screener.evidence.engine import EvidenceEngine
from screener.evidence.model_findings import _Scope

THREATS = "intimidation_threats"


@pytest.fixture(scope="module")
def engine() -> EvidenceEngine:
    return get_engine()  # the engine every test shares: built once


def test_a_conditional_elsewhere_no_longer_vetoes_the_model(engine):
    text = "The foreman put a pistol to the picker's head and warned that he would make him vanish if he ever talked."
    found = [e for e in engine.scan_text(text, lang="en") if e.indicator == THREATS]
    assert [(e.lexicon_entry, e.polarity, e.confidence) for e in found] == \
        [("model:intimidation_threats", "asserted", "finding")]


@pytest.mark.parametrize("lang,text,vetoed", [
    ("en", "The foreman warned that he would make him vanish if he ever talked.", False),  # hypothetical "if"
    ("en", "The foreman never warned anyone that he would make them vanish.", True),  # negation
    ("es", "El capataz le advirtió que lo haría desaparecer si hablaba.", False),
])
def test_only_negation_and_compliance_veto(engine, lang, text, vetoed):
    assert _Scope(engine.pipeline(lang), text).any_cue(THREATS) is vetoed


def test_a_cue_at_the_ngrams_still_decides_their_polarity(engine):
    text = "Should the broker fail to get the visa, the workers would lose the 3,000 dollars they had already paid him."
    fees = [e for e in engine.scan_text(text, lang="en") if e.indicator == "recruitment_fees"]
    assert fees and all(e.polarity != "asserted" for e in fees)  # "Should" or "had already paid" reach its words
