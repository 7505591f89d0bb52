"""The sentence model's hook into the engine: extra findings for indicators the rules did not find.

For every sentence of a page the model gives a calibrated probability per indicator. An indicator the
rules already found in that sentence (with any polarity) is left to the rules. Otherwise, at or above the
"possible" threshold the model adds a finding anchored on its strongest n-gram; the scope component
decides its polarity from that span exactly as it does for a rule match, so the model adds recall and
never polarity. Its confidence is "finding" at or above the "finding" threshold, else "possible". For the
indicators whose numbers the numeric rules judge (the model's ``numbers_decide``: hours, ages), a sentence
with digits gets at most "possible" from the model: a bag of n-grams cannot tell 48 hours from 84.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from screener.evidence.annotate import Finding
from screener.evidence.sentence_features import tokenize
from screener.evidence.sentence_model import SentenceModel
from screener.evidence.sentences import split_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DIGIT = re.compile(r"\d")
TOP_NGRAMS = 5
SCOPE_NGRAMS = 3  # scope is read at this many of the strongest n-grams


@dataclass(frozen=True)
class ModelFinding(Finding):
    """A finding of the sentence model: its confidence band and the n-grams that carried it."""

    confidence: str = "possible"
    ngrams: tuple[tuple[str, float], ...] = ()


class _Scope:
    """The scope rules' view of one sentence, built on first use and shared by its model findings."""

    def __init__(self, pipe, sentence: str) -> None:
        self.pipe, self.sentence = pipe, sentence
        self.doc: Doc | None = None

    def decide(self, spans: list[tuple[int, int]]) -> tuple[str, bool, str]:
        """Polarity, hedged and cue, read at each n-gram span that carried the decision (strongest first): the
        first span the scope marks as not asserted (negated, policy, remediated, hypothetical, compliant)
        decides; otherwise asserted, hedged if any span is hedged."""
        if self.doc is None:
            self.doc = self.pipe.nlp.make_doc(self.sentence)
            self.pipe.normalizer(self.doc)
            self.hits, self.terms = self.pipe.scope.analyse(self.doc)
        hedged, hedge_cue = False, ""
        for a, b in spans:
            span = self.doc.char_span(a, b, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            d = self.pipe.scope.decide(self.hits, self.terms, span.start, span.end, set())
            if d.polarity != "asserted":
                return d.polarity, d.hedged, d.cue
            if d.hedged and not hedged:
                hedged, hedge_cue = True, d.cue
        return "asserted", hedged, hedge_cue


def sentence_model_findings(pipe, model: SentenceModel, text: str, s: int, e: int,
                            found: set[str], probs: np.ndarray | None = None) -> list[ModelFinding]:
    """Model findings of the sentence ``text[s:e]`` for indicators not in ``found`` (``probs``: its calibrated
    probabilities, when already computed)."""
    sentence = text[s:e]
    if probs is None:
        probs = model.probabilities(sentence)
    out: list[ModelFinding] = []
    tokens = None
    scope = _Scope(pipe, sentence)
    for k in (probs >= model.possible).nonzero()[0]:
        ind = model.indicators[k]
        if ind in found:
            continue
        tokens = tokenize(sentence) if tokens is None else tokens
        why = model.explain(sentence, ind, TOP_NGRAMS, tokens)
        if not why:  # nothing in the sentence pushed it up: the intercept alone is no evidence
            continue
        top = why[0]
        polarity, hedged, cue = scope.decide([(x.start, x.end) for x in why[:SCOPE_NGRAMS]])
        p = float(probs[k])
        sure = p >= model.finding[k] and not (ind in model.numbers_decide and _DIGIT.search(sentence))
        out.append(ModelFinding(ind, s, e, top.start, top.end, f"model:{ind}", "model", round(p, 4),
                                polarity, hedged, cue, confidence="finding" if sure else "possible",
                                ngrams=tuple((x.text, x.weight) for x in why)))
    return out


def add_model_findings(pipe, model: SentenceModel | None, text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` of a page with the model's findings added after the rule findings of each sentence."""
    if model is None:
        return findings
    by_sent: dict[int, set[str]] = {}
    for f in findings:
        by_sent.setdefault(f.sent_start, set()).add(f.indicator)
    extra: list[Finding] = []
    sents = split_sentences(text)
    if not sents:
        return findings
    P = model.probabilities_many([text[s:e] for s, e in sents])  # one pass over the page
    for (s, e), probs in zip(sents, P):
        if (probs >= model.possible).any():
            extra.extend(sentence_model_findings(pipe, model, text, s, e, by_sent.get(s, set()), probs))
    if not extra:
        return findings
    # each sentence's model findings right after its rule findings (a stable sort keeps the rules' order)
    return sorted(findings + extra, key=lambda f: (f.sent_start, isinstance(f, ModelFinding)))
