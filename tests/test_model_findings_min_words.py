"""The sentence model proposes nothing for a "sentence" of fewer than three words: a list number ("1."), a
deadline cell ("Deadline: 30 days."). On the sample reports these were its most frequent possible findings."""
from __future__ import annotations

from screener.evidence.engine import get_engine
from screener.evidence.model_findings import MIN_WORDS

REPORT = """1. Scope
The audit covered production, the canteen and the dormitories.
2. Findings
Workers said they worked 14 hours a day for 26 days without a rest day and that the supervisor shouted at them.
Deadline: 30 days.
Plazo: 40 días.
Échéance : 35 jours."""


def test_no_model_finding_on_a_sentence_of_fewer_than_three_words():
    assert MIN_WORDS == 3
    evidence = get_engine().scan_text(REPORT, lang="en")
    model = [ev for ev in evidence if ev.match == "model"]
    short = [ev.sentence for ev in model if len(ev.sentence.split()) < 3 or ev.sentence.startswith(("Deadline",
                                                                                                   "Plazo", "Échéance"))]
    assert short == []
    assert any(ev.indicator == "excessive_overtime" for ev in evidence)  # the real finding is still there
