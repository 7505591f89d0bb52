"""spaCy's schema check of token patterns is off at run time (start-up cost); here it is on for every
pattern every language compiles, so a malformed compiled pattern fails the tests instead."""
from __future__ import annotations

import pytest
from spacy.errors import MatchPatternError

from screener.evidence import matching
from screener.evidence.annotate import LangPipeline
from screener.lexicon import load_lexicon


@pytest.fixture
def validating(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching, "VALIDATE_PATTERNS", True)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_every_compiled_pattern_passes_spacys_schema(validating: None, lang: str) -> None:
    pipe = LangPipeline(lang, load_lexicon())  # raises MatchPatternError on a malformed pattern
    assert pipe.m.seq and pipe.scope.matchers
    # sequences with a "*N" window are matched by WindowScanner, not a Matcher: their patterns are checked here
    windowed = [pipe.m.literal[k] for k in pipe.m.scanners] + [pipe.scope.compiled[k] for k in pipe.scope.scanners]
    assert len(windowed) > 100
    for comp in windowed:
        matching.new_matcher(pipe.nlp.vocab).add("windowed", comp.patterns)


def test_the_check_rejects_a_malformed_pattern_when_on(validating: None) -> None:
    import spacy

    m = matching.new_matcher(spacy.blank("en").vocab)
    with pytest.raises(MatchPatternError):
        m.add("bad", [[{"LOWERR": "passport"}]])


def test_the_check_is_off_by_default() -> None:
    import spacy

    m = matching.new_matcher(spacy.blank("en").vocab)
    m.add("unchecked", [[{"LOWER": "passport"}]])
    assert matching.VALIDATE_PATTERNS is False and len(m) == 1
