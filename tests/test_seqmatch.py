"""The Python window scanner finds exactly what spaCy's Matcher (with alignments, filtered by the window
lengths) finds, for every "*N" lexicon sequence and scope cue, on the corpus and on crafted cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.evidence import get_engine
from screener.evidence.matching import SeqCompiler, new_matcher
from screener.evidence.seqmatch import WindowScanner
from screener.evidence.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
PER_LANG = 2500  # corpus sentences compared per language


def _spacy_matches(matcher, comp, doc, lo: int, hi: int, n_tokens: int) -> dict[tuple[int, int], frozenset[int]]:
    part = doc if (lo, hi) == (0, n_tokens) else doc[lo:hi]
    out = {}
    for _, s, e, align in matcher(part, with_alignments=True, allow_missing=True):
        if comp.fits(align):
            out[(lo + s, lo + e)] = frozenset(lo + s + k for k, p in enumerate(align) if not comp.literal[p])
    return out


_MATCHERS: dict[int, object] = {}


def _matcher(pipe, comp):
    """spaCy's Matcher of a compiled sequence (the engine itself no longer builds one for a window sequence)."""
    if id(comp) not in _MATCHERS:
        matcher = new_matcher(pipe.nlp.vocab)
        matcher.add("seq", comp.patterns)
        _MATCHERS[id(comp)] = matcher
    return _MATCHERS[id(comp)]


def _corpus_texts(lang: str) -> list[str]:
    texts = []
    for f in sorted((ROOT / "corpus" / "sentences").glob(f"{lang}_*.jsonl")):
        texts += [json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts[::max(1, len(texts) // PER_LANG)][:PER_LANG]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_scanner_equals_spacy_matcher_on_corpus(lang: str) -> None:
    pipe = get_engine().pipeline(lang)
    strings = pipe.nlp.vocab.strings
    compared = 0
    mismatches = []
    for text in _corpus_texts(lang):
        for s, e in split_sentences(text):
            doc, _, plan = pipe._prepared(text[s:e])
            if not plan:
                continue
            n_tokens = len(plan.pairs)
            checks = [(pipe.m.scanners[k], pipe.m.literal[k]) for k in plan.keys if k in pipe.m.scanners]
            checks += [(pipe.scope.scanners[k], pipe.scope.compiled[k])
                       for k in pipe.scope.scanners if pipe.scope.compiled[k].possible(plan.present)]
            for scanner, comp in checks:
                span = comp.bounds(plan.pairs)
                if span is None or span[1] <= span[0]:
                    continue
                lo, hi = span
                want = _spacy_matches(_matcher(pipe, comp), comp, doc, lo, hi, n_tokens)
                got = {(m.start, m.end): m.free for m in scanner.find(plan.pairs, lo, hi, strings)}
                compared += 1
                if got != want:
                    mismatches.append((text[s:e], want, got))
    assert compared > 500, compared
    assert not mismatches, mismatches[:3]


def _scan(pattern: str, text: str, lang: str = "en") -> list[tuple[str, frozenset[str]]]:
    """Matches of one mini-language sequence in ``text`` as (matched text, window words)."""
    pipe = get_engine().pipeline(lang)
    compiler = SeqCompiler(pipe.normalizer, [";", "but"], [], frozenset())
    comp = compiler.compile(pattern, "test")
    scanner = WindowScanner(comp.patterns, comp.windows, pipe.nlp.vocab.strings,
                            frozenset(pipe.nlp.vocab.strings.add(t) for t in compiler.terminators))
    doc, _, _ = pipe._prepared(text)
    pairs = doc.to_array(["NORM", "LEMMA"]).tolist()
    return [(doc[m.start:m.end].text, frozenset(doc[i].text for i in m.free))
            for m in scanner.find(pairs, 0, len(pairs), pipe.nlp.vocab.strings)]


def test_window_holds_at_most_n_tokens() -> None:
    assert _scan("keep *2 passport", "They keep the workers passport.") == [
        ("keep the workers passport", frozenset({"the", "workers"}))]
    assert _scan("keep *1 passport", "They keep the workers passport.") == []


def test_window_stops_at_a_terminator() -> None:
    assert _scan("keep *6 passport", "They keep records; the passport is returned.") == []
    assert _scan("keep *6 passport", "They keep records and the passport.") != []


def test_optional_words_and_numbers() -> None:
    found = [t for t, _ in _scan("paid? *2 # hours", "Workers worked 70 hours a week.")]
    assert "70 hours" in found
    assert _scan("barred =from *2 =going =ashore?", "The crew were barred from going ashore at port.") == [
        ("barred from going", frozenset()), ("barred from going ashore", frozenset())]
