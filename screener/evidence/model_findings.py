"""The sentence model's hook into the engine: extra findings for indicators the rules did not find.

For every sentence of a page the model gives a calibrated probability per indicator. An indicator the
rules already found in that sentence (with any polarity) is left to the rules. Otherwise, at or above the
"possible" threshold the model adds a finding anchored on its strongest n-gram; the scope component
decides its polarity from that span exactly as it does for a rule match, so the model adds recall and
never polarity. Its confidence is "finding" at or above the "finding" threshold, else "possible". For the
indicators whose numbers the numeric rules judge (the model's ``numbers_decide``: hours, ages), a sentence
with digits gets at most "possible" from the model: a bag of n-grams cannot tell 48 hours from 84. A "finding"
(counted in the score) also needs the scope rules to find no negation or compliance cue anywhere in the
sentence (a negation that takes away an entitlement of the indicator, "were never paid", "no water", is the
finding itself: ``deprivation``; policy, hypothetical and remediation cues are read at its n-grams only), and no
lexicon trap of the indicator ("copies of passports", "school fees"), in a sentence that is not a block of short
lines (a list of headings): the model only counts where nothing could turn it around. For an indicator whose
words also fill sentences that state nothing (withholding of wages: "pay", "sueldo"), it also needs a signal word
that says the thing happened ("unpaid", "only", "sin", "retenus"; ``model_signals``).
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from screener.evidence.annotate import Finding
from screener.evidence.deprivation import deprives
from screener.evidence.model_signals import lacks_signal
from screener.evidence.sentence_features import tokenize
from screener.evidence.sentence_model import SentenceModel
from screener.evidence.sentences import split_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 3  # a "sentence" of fewer words (a list number "1.", a heading) states nothing the model may propose
TOP_NGRAMS = 5
SCOPE_NGRAMS = 3  # scope is read at this many of the strongest n-grams
# cues that stop a model finding from counting wherever they lie in the sentence: a negation or a compliance statement
# may deny what the model reads from words far from it ("no worker was found without a contract"). A policy,
# hypothetical or remediation cue elsewhere in the sentence does not: the scope rules already read those at the
# model's n-grams, and away from them they belong to another clause ("warned he would disappear if he talked",
# "paying below the minimum and holding back wages are routine practices that keep workers under control")
VETO_CUES = frozenset({"negation", "compliant"})
LIST_MIN_LINES, LIST_MAX_WORDS = 3, 8  # a "sentence" of that many lines, none longer: a list, not a statement
_SENTENCE_CACHE_MAX = 20_000  # distinct sentences over a threshold whose model findings are kept, per pipeline
_CACHE_CHARS = 600
# per language pipeline: (the model, sentence text -> per indicator index its explanation and scope)
_CACHES: "weakref.WeakKeyDictionary[Any, tuple[SentenceModel, dict[str, dict[int, Any]]]]" = \
    weakref.WeakKeyDictionary()


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

    def _analyse(self) -> "Doc":
        if self.doc is None:
            self.doc = self.pipe.nlp.make_doc(self.sentence)
            self.pipe.normalizer(self.doc)
            self.hits, self.terms = self.pipe.scope.analyse(self.doc)
        return self.doc

    def any_cue(self, indicator: str = "") -> bool:
        """Whether the scope rules find a vetoing cue (``VETO_CUES``) of ``indicator`` anywhere in the
        sentence (a cue limited to other indicators does not count), other than a negation that takes away an
        entitlement of ``indicator`` ("were never paid")."""
        doc = self._analyse()
        for h in self.hits:
            if h.cue.type not in VETO_CUES:
                continue
            if indicator and h.cue.indicators and indicator not in h.cue.indicators:
                continue  # a cue of other indicators only
            if h.cue.type == "negation" and indicator and deprives(doc, h.end, 0, len(doc), indicator,
                                                                   self.pipe.lang) is not None:
                continue  # "were never paid": the negation is the finding itself
            return True
        return False

    def _deprivation(self, cue: str, start: int, end: int, indicator: str) -> bool:
        """Whether a negation cue with text ``cue`` takes away an entitlement of ``indicator`` near [start, end)."""
        assert self.doc is not None
        return any(h.cue.type == "negation" and h.text == cue
                   and deprives(self.doc, h.end, start, end, indicator, self.pipe.lang) is not None
                   for h in self.hits)

    def has_trap(self, indicator: str) -> bool:
        """Whether a lexicon trap of ``indicator`` ("copies of passports", "school fees") matches in the sentence."""
        return self.pipe.has_trap(self._analyse(), indicator)

    def decide(self, spans: list[tuple[int, int]], indicator: str = "") -> tuple[str, bool, str]:
        """Polarity, hedged and cue, read at each n-gram span that carried the decision (strongest first): the
        first span the scope marks as not asserted (negated, policy, remediated, hypothetical, compliant)
        decides; otherwise asserted, hedged if any span is hedged. A span negated by a deprivation of one of
        ``indicator``'s entitlements ("never paid", "no water") is asserted (see ``deprivation``)."""
        doc = self._analyse()
        hedged, hedge_cue = False, ""
        for a, b in spans:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            d = self.pipe.scope.decide(self.hits, self.terms, span.start, span.end, set(), indicator)
            if d.polarity == "negated" and indicator and self._deprivation(d.cue, span.start, span.end, indicator):
                continue
            if d.polarity != "asserted":
                return d.polarity, d.hedged, d.cue
            if d.hedged and not hedged:
                hedged, hedge_cue = True, d.cue
        return "asserted", hedged, hedge_cue


# what the model says of one sentence for one indicator, before its probability is applied: the span of
# its strongest n-gram, the scope's polarity, hedged and cue, and the n-grams (None: no n-gram pushed it up)
_Core = tuple[int, int, str, bool, str, tuple[tuple[str, float], ...]]


def _indicator_core(pipe, model: SentenceModel, sentence: str, k: int, memo: dict[int, _Core | None],
                    state: list) -> _Core | None:
    """The explanation and scope of indicator ``k`` in ``sentence``, from ``memo`` or computed into it;
    ``state`` holds the sentence's tokens and scope view, built once for all its indicators."""
    if k in memo:
        return memo[k]
    if not state:
        state.extend((tokenize(sentence), _Scope(pipe, sentence)))
    tokens, scope = state
    why = model.explain(sentence, model.indicators[k], TOP_NGRAMS, tokens)
    core: _Core | None = None
    if why:  # else nothing in the sentence pushed it up: the intercept alone is no evidence
        polarity, hedged, cue = scope.decide([(x.start, x.end) for x in why[:SCOPE_NGRAMS]], model.indicators[k])
        core = (why[0].start, why[0].end, polarity, hedged, cue, tuple((x.text, x.weight) for x in why))
    memo[k] = core
    return core


def is_line_list(sentence: str) -> bool:
    """True for a block of three or more short lines (a list of headings, a table of contents, a summary of
    non-conformities such as "NC-4: Major - 3.2 Wages and hours"): not a statement the model may count."""
    lines = [ln for ln in sentence.splitlines() if ln.strip()]
    return len(lines) >= LIST_MIN_LINES and max(len(ln.split()) for ln in lines) <= LIST_MAX_WORDS


def sentence_model_findings(pipe, model: SentenceModel, text: str, s: int, e: int,
                            found: set[str], probs: np.ndarray | None = None,
                            memo: dict[int, _Core | None] | None = None) -> list[ModelFinding]:
    """Model findings of the sentence ``text[s:e]`` for indicators not in ``found`` (``probs``: its calibrated
    probabilities, when already computed; ``memo``: this sentence's explanations and scope per indicator,
    kept between calls, as they depend on the sentence's text and the model's weights alone)."""
    sentence = text[s:e]
    if len(_WORD.findall(sentence, 0, 400)) < MIN_WORDS:
        return []
    if probs is None:
        probs = model.probabilities(sentence)
    memo = {} if memo is None else memo
    state: list = []
    out: list[ModelFinding] = []
    for k in (probs >= model.possible).nonzero()[0].tolist():
        ind = model.indicators[k]
        if ind in found:
            continue
        core = _indicator_core(pipe, model, sentence, k, memo, state)
        if core is None:
            continue
        start, end, polarity, hedged, cue, ngrams = core
        p = float(probs[k])
        sure = (p >= model.finding[k] and not (ind in model.numbers_decide and _DIGIT.search(sentence))
                and not is_line_list(sentence))
        if sure:  # counted only where no vetoing cue, lexicon trap or missing signal could turn it around
            if not state:
                state.extend((tokenize(sentence), _Scope(pipe, sentence)))
            sure = (polarity == "asserted" and not state[1].any_cue(ind) and not state[1].has_trap(ind)
                    and not lacks_signal((t.form for t in state[0]), ind, pipe.lang))
        out.append(ModelFinding(ind, s, e, start, end, f"model:{ind}", "model", round(p, 4),
                                polarity, hedged, cue, confidence="finding" if sure else "possible",
                                ngrams=ngrams))
    return out


def clear_cache() -> None:
    """Forget the explanations and scope kept per sentence (rebuilt on use; results do not change)."""
    _CACHES.clear()


def _sentence_cache(pipe, model: SentenceModel) -> dict[str, dict[int, _Core | None]]:
    """Per sentence text, the explanations and scope that ``pipe`` and ``model`` gave it (see ``_Core``)."""
    held = _CACHES.get(pipe)
    if held is None or held[0] is not model:
        held = _CACHES[pipe] = (model, {})
    return held[1]


def add_model_findings(pipe, model: SentenceModel | None, text: str, findings: list[Finding],
                       sents: list[tuple[int, int]] | None = None, probs: np.ndarray | None = None) -> list[Finding]:
    """``findings`` of a page with the model's findings added after the rule findings of each sentence.

    ``sents``: the page's sentence offsets and ``probs`` their calibrated probabilities (one row per
    sentence), when already computed (see ``add_model_findings_many``).
    The explanation and scope of an indicator in a sentence depend on the sentence's text alone, so they
    are kept per distinct sentence (reports repeat boilerplate); probabilities, thresholds and the rules'
    findings are applied on every use, so the result is always what ``sentence_model_findings`` gives."""
    if model is None:
        return findings
    if sents is None:
        sents = split_sentences(text)
    if not sents:
        return findings
    if probs is None:
        probs = model.probabilities_many([text[s:e] for s, e in sents])  # one pass over the page
    P = probs
    over = np.flatnonzero((P >= model.possible).any(axis=1)).tolist()
    if not over:
        return findings
    by_sent: dict[int, set[str]] = {}
    for f in findings:
        by_sent.setdefault(f.sent_start, set()).add(f.indicator)
    cache = _sentence_cache(pipe, model)
    extra: list[Finding] = []
    for i in over:
        s, e = sents[i]
        sentence = text[s:e]
        memo = cache.get(sentence)
        if memo is None:
            memo = {}
            if len(sentence) <= _CACHE_CHARS:  # longer sentences rarely repeat: not kept (bounds memory)
                if len(cache) >= _SENTENCE_CACHE_MAX:
                    cache.clear()
                cache[sentence] = memo
        extra.extend(sentence_model_findings(pipe, model, text, s, e, by_sent.get(s, set()), P[i], memo))
    if not extra:
        return findings
    # each sentence's model findings right after its rule findings (a stable sort keeps the rules' order)
    return sorted(findings + extra, key=lambda f: (f.sent_start, isinstance(f, ModelFinding)))


PageFindings = tuple[Any, str, list[tuple[int, int]], list[Finding]]  # (pipeline, page text, sentences, rule findings)


def add_model_findings_many(model: SentenceModel | None, pages: list[PageFindings]) -> list[list[Finding]]:
    """``add_model_findings`` of many pages, with the model scoring every sentence of every page in one
    pass (its fixed costs per call, such as building the sparse count matrices, are paid once, not per
    page); each page's result is what ``add_model_findings`` gives it alone."""
    if model is None:
        return [findings for _, _, _, findings in pages]
    texts = [text[s:e] for _, text, sents, _ in pages for s, e in sents]
    P = model.probabilities_many(texts) if texts else np.zeros((0, len(model.indicators)))
    out: list[list[Finding]] = []
    at = 0
    for pipe, text, sents, findings in pages:
        out.append(add_model_findings(pipe, model, text, findings, sents, P[at:at + len(sents)]))
        at += len(sents)
    return out
