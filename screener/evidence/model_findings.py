"""The sentence model's hook into the engine: extra findings for indicators the rules did not find.

For every sentence of a page the model gives a calibrated probability per indicator. An indicator the
rules already found in that sentence (with any polarity) is left to the rules. Otherwise, at or above the
"possible" threshold the model adds a finding anchored on its strongest n-gram; the scope component
decides its polarity from that span exactly as it does for a rule match, so the model adds recall and
never polarity. Its confidence is "finding" at or above the "finding" threshold, else "possible".
"""
from __future__ import annotations

from dataclasses import dataclass

from screener.evidence.annotate import Finding
from screener.evidence.sentence_features import tokenize
from screener.evidence.sentence_model import SentenceModel
from screener.evidence.sentences import split_sentences

TOP_NGRAMS = 5
SCOPE_NGRAMS = 3  # scope is read at this many of the strongest n-grams


@dataclass(frozen=True)
class ModelFinding(Finding):
    """A finding of the sentence model: its confidence band and the n-grams that carried it."""

    confidence: str = "possible"
    ngrams: tuple[tuple[str, float], ...] = ()


def _scope(pipe, sentence: str, spans: list[tuple[int, int]]) -> tuple[str, bool, str]:
    """Polarity, hedged and cue from the pipeline's scope rules, read at each n-gram span that carried the
    decision (strongest first): the first span the scope marks as not asserted (negated, policy,
    remediated, hypothetical, compliant) decides; otherwise asserted, hedged if any span is hedged."""
    doc = pipe.nlp.make_doc(sentence)
    pipe.normalizer(doc)
    hits, terms = pipe.scope.analyse(doc)
    hedged, hedge_cue = False, ""
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        d = pipe.scope.decide(hits, terms, span.start, span.end, set())
        if d.polarity != "asserted":
            return d.polarity, d.hedged, d.cue
        if d.hedged and not hedged:
            hedged, hedge_cue = True, d.cue
    return "asserted", hedged, hedge_cue


def sentence_model_findings(pipe, model: SentenceModel, text: str, s: int, e: int,
                            found: set[str]) -> list[ModelFinding]:
    """Model findings of the sentence ``text[s:e]`` for indicators not in ``found``."""
    sentence = text[s:e]
    probs = model.probabilities(sentence)
    out: list[ModelFinding] = []
    tokens = None
    for k in (probs >= model.possible).nonzero()[0]:
        ind = model.indicators[k]
        if ind in found:
            continue
        tokens = tokenize(sentence) if tokens is None else tokens
        why = model.explain(sentence, ind, TOP_NGRAMS, tokens)
        if not why:  # nothing in the sentence pushed it up: the intercept alone is no evidence
            continue
        top = why[0]
        polarity, hedged, cue = _scope(pipe, sentence, [(x.start, x.end) for x in why[:SCOPE_NGRAMS]])
        p = float(probs[k])
        out.append(ModelFinding(ind, s, e, top.start, top.end, f"model:{ind}", "model", round(p, 4),
                                polarity, hedged, cue,
                                confidence="finding" if p >= model.finding[k] else "possible",
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
    for s, e in split_sentences(text):
        extra.extend(sentence_model_findings(pipe, model, text, s, e, by_sent.get(s, set())))
    if not extra:
        return findings
    # each sentence's model findings right after its rule findings (a stable sort keeps the rules' order)
    return sorted(findings + extra, key=lambda f: (f.sent_start, isinstance(f, ModelFinding)))
