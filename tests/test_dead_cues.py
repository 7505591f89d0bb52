"""bench/dead_cues.py: which scope cues fire on a pool of text (the tool that lists cues that never fire)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from dead_cues import fired_cues  # noqa: E402


def test_cues_that_fire_are_counted_per_sentence_and_language() -> None:
    pool = [("Workers keep their own passports. The agency did not charge any fee.", "en"),
            ("Les salaires ont été payés à temps.", "fr"), ("Une phrase sans langue dite.", None)]
    seen = fired_cues(pool, ("en", "fr"))
    en = {cue for cue in seen if cue.startswith("en.")}
    fr = {cue for cue in seen if cue.startswith("fr.")}
    assert any(".compliant." in cue for cue in en), seen  # "keep their own passports"
    assert any(".negation." in cue for cue in en), seen  # "did not"
    assert any(".compliant." in cue for cue in fr), seen  # "payés à temps"
    assert not any(cue.startswith("es.") for cue in seen)  # Spanish was not asked for


def test_a_text_in_a_language_not_asked_for_is_skipped() -> None:
    assert fired_cues([("Los salarios no se pagaron.", "es")], ("en",)) == {}
