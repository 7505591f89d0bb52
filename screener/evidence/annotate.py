"""The per-language pipeline: tokenise a sentence, normalise tokens, match, apply numeric rules and scope.

``LangPipeline.findings(text)`` returns small picklable :class:`Finding` records (one per sentence x
indicator) with character offsets; the engine turns them into ``Evidence``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import spacy
from spacy.attrs import IDX, LEMMA, LENGTH, NORM

from screener.evidence.fuzzy import FuzzyCorrector
from screener.evidence.matching import SeqCompiler, build_matchers, pattern_words
from screener.evidence.numeric import NumericRuleSet
from screener.evidence.scope import ScopeDecision, ScopeResolver
from screener.evidence.sentences import split_sentences
from screener.evidence.textnorm import TokenNormalizer, fold, load_lemma_table, merge_broken_hyphens
from screener.lexicon import Lexicon, PatternEntry

_DIGIT = re.compile(r"\d")
# spaCy caches the tokenisation of only 10,000 distinct chunks by default; audit text with names, numbers
# and codes has far more, and a miss re-runs the prefix/suffix/infix expressions (about 40 bytes per entry)
TOKENIZER_CACHE_CHUNKS = 250_000
_RANK = {"asserted": 0, "negated": 1, "remediated": 2, "policy": 3, "hypothetical": 4}
_KIND_RANK = {"exact": 0, "lemma": 1, "fuzzy": 2}


@dataclass(frozen=True)
class Finding:
    """One sentence x indicator result, with offsets: sentence in the text, match in the sentence."""

    indicator: str
    sent_start: int
    sent_end: int
    start: int
    end: int
    entry: str
    match: str
    score: float
    polarity: str
    hedged: bool
    cue: str


@dataclass
class _Cand:
    indicator: str
    start: int  # token indices
    end: int
    entry: str
    kind: str
    score: float
    free: frozenset[int]


def _fixed_polarity(fixed: str, d: ScopeDecision, matched: str) -> ScopeDecision:
    """Polarity of a fixed-polarity match ("passports were returned") given the scope around it.

    A negated remediation ("passports were never returned") is asserted; a recommended or hypothetical one
    ("the supplier should return passports") keeps the scope's polarity.
    """
    if fixed == "remediated" and d.polarity == "negated":
        return ScopeDecision("asserted", d.hedged, d.cue)
    if fixed == "remediated" and d.polarity in ("hypothetical", "policy"):
        return d
    return ScopeDecision(fixed, d.hedged, matched)


def _fuzzy_keys(words: set[str], lemmas: dict[str, str]) -> set[str]:
    """Key words plus their inflected forms from the lemma table (same first letter, similar length)."""
    lemma_words = {lemmas.get(w, w) for w in words}
    keys = {w for w in words if len(w) >= 5 and w.isalpha()}
    for form, lemma in lemmas.items():
        if lemma in lemma_words and form[:1] == lemma[:1] and abs(len(form) - len(lemma)) <= 4 and form.isalpha():
            keys.add(form)
    return keys


class LangPipeline:
    """spaCy blank(lang) + normaliser + matchers + numeric rules + scope for one language."""

    def __init__(self, lang: str, lexicon: Lexicon) -> None:
        self.lang = lang
        self.nlp = spacy.blank(lang)
        self.nlp.tokenizer.max_cache_size = max(self.nlp.tokenizer.max_cache_size, TOKENIZER_CACHE_CHUNKS)
        if lang == "en":  # keep "cannot" / "can't" whole so patterns can name them
            for form in ("cannot", "Cannot", "CANNOT", "can't", "Can't", "can’t", "Can’t"):
                self.nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
        entries: tuple[PatternEntry, ...] = lexicon.patterns[lang]
        rules = lexicon.scope[lang]
        cue_entries = tuple(PatternEntry(c.id, "", lang, "seq", c.text) for c in rules.cues)
        num_words = [w for ws in lexicon.numeric[lang].words.values() for w in ws]
        words = pattern_words(entries + cue_entries, num_words + list(rules.terminators))
        lemmas = load_lemma_table(lang)
        s = lexicon.settings
        fuzzy = FuzzyCorrector(_fuzzy_keys(words, lemmas), cutoff=s.get("fuzzy_cutoff", 85.0),
                               min_len=int(s.get("fuzzy_min_length", 5)))
        stop = {fold(w) for w in self.nlp.Defaults.stop_words}
        self.normalizer = TokenNormalizer(self.nlp.vocab, lang, words | stop, fuzzy,
                                          int(s.get("fuzzy_min_length", 5)))
        compiler = SeqCompiler(self.normalizer, list(rules.terminators),
                               lexicon.numeric[lang].words.get("number_words", ()))
        self.m = build_matchers(entries, self.normalizer, self.nlp, compiler)
        self.scope = ScopeResolver(rules, self.nlp, compiler, self.normalizer)
        self.numeric = NumericRuleSet(lexicon.numeric[lang])
        self.phrase_anchors = set(self.m.phrase_anchors)
        self.anchor_keys = set(self.m.seq_index) | self.phrase_anchors
        # hashes whose presence in a sentence may lead to a candidate (page-level gate, see _gate)
        strings = self.nlp.vocab.strings
        self._trigger_hashes = {strings.add(t) for t in self.numeric.triggers}
        self._gate_keys = np.array(sorted(self.anchor_keys | self._trigger_hashes | {0}), dtype="uint64")

    # ------------------------------------------------------------------ matching
    def _candidates(self, doc, corrected: set[int], text: str, present: set[int]) -> list[_Cand]:
        anchored = present & self.anchor_keys
        cands: list[_Cand] = []
        strings = doc.vocab.strings
        if anchored & self.phrase_anchors and self.m.phrase_possible(present):
            exact = set()
            for mid, s, e in self.m.phrase_norm(doc):
                key = strings[mid]
                exact.add((key, s, e))
                cands.append(_Cand(self.m.entries[key].indicator, s, e, key, "exact", 1.0, frozenset()))
            for mid, s, e in self.m.phrase_lemma(doc):
                key = strings[mid]
                if (key, s, e) not in exact:
                    cands.append(_Cand(self.m.entries[key].indicator, s, e, key, "lemma", 0.95, frozenset()))
        keys = set(self.m.seq_always)
        for h in anchored:
            keys |= self.m.seq_index.get(h, set())
        for key in sorted(keys):  # sorted: ties between entries resolve the same in every process
            comp = self.m.literal[key]
            if not comp.possible(present):
                continue
            entry = self.m.entries[key]
            if comp.has_window:
                for _, s, e, align in self.m.seq[key](doc, with_alignments=True, allow_missing=True):
                    if not comp.fits(align):
                        continue
                    free = frozenset(s + k for k, p in enumerate(align) if not comp.literal[p])
                    cands.append(_Cand(entry.indicator, s, e, key, "lemma", entry.score, free))
            else:  # no window: every token is literal and every alignment fits
                for _, s, e in self.m.seq[key](doc, allow_missing=True):
                    cands.append(_Cand(entry.indicator, s, e, key, "lemma", entry.score, frozenset()))
        if _DIGIT.search(text):
            strings_present = {strings[h] for h in present}
            for h in self.numeric.find(doc, strings_present):
                cands.append(_Cand(h.indicator, h.start, h.end, f"{self.lang}.{h.indicator}.numeric:{h.rule}",
                                   "exact", h.score, frozenset()))
        if cands:
            cands = self._drop_excluded(doc, cands, present)
        for c in cands:
            if corrected and any(i in corrected for i in range(c.start, c.end)):
                c.kind, c.score = "fuzzy", round(c.score * 0.85, 3)
        return cands

    def _drop_excluded(self, doc, cands: list[_Cand], present: set[int]) -> list[_Cand]:
        spans: dict[str, list[tuple[int, int]]] = {}
        for ind in {c.indicator for c in cands}:
            if ind in self.m.exclude and self.m.exclude_possible(ind, present):
                spans[ind] = [(s, e) for _, s, e in self.m.exclude[ind](doc, allow_missing=True)]
        if not spans:
            return cands
        return [c for c in cands if not any(s < c.end and c.start < e for s, e in spans.get(c.indicator, ()))]

    # ------------------------------------------------------------------ public
    def sentence_findings(self, text: str, offset: int = 0) -> list[Finding]:
        """Findings of one sentence; ``offset`` is where the sentence starts in its page."""
        doc = self.nlp.make_doc(text)
        if "- " in text:
            merge_broken_hyphens(doc, self.normalizer.known)
        corrected = set(self.normalizer(doc))
        present = set(doc.to_array([NORM, LEMMA]).ravel().tolist())
        cands = self._candidates(doc, corrected, text, present)
        if not cands:
            return []
        hits, terms = self.scope.analyse(doc, present)
        best: dict[str, tuple[tuple, Finding]] = {}
        for c in cands:
            fixed = self.m.entries[c.entry].polarity if c.entry in self.m.entries else None
            d = self.scope.decide(hits, terms, c.start, c.end, set(c.free))
            if fixed is not None:
                d = _fixed_polarity(fixed, d, doc[c.start:c.end].text)
            a, b = doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1].text)
            f = Finding(c.indicator, offset, offset + len(text), a, b, c.entry, c.kind, c.score,
                        d.polarity, d.hedged, d.cue)
            key = (_RANK[d.polarity] > 0, -c.score, _KIND_RANK[c.kind], b - a, _RANK[d.polarity])
            if c.indicator not in best or key < best[c.indicator][0]:
                best[c.indicator] = (key, f)
        return [f for _, f in sorted(best.values(), key=lambda kv: (kv[1].start, kv[1].indicator))]

    def _may_have_candidates(self, pairs: list[list[int]], text: str, s: int, e: int) -> bool:
        """False when ``_candidates`` finds nothing in the sentence ``text[s:e]`` (``pairs``: its tokens'
        [NORM, LEMMA] hashes)."""
        present = {h for pair in pairs for h in pair}
        anchored = present & self.anchor_keys
        if anchored & self.phrase_anchors and self.m.phrase_possible(present):
            return True
        for h in anchored:
            for key in self.m.seq_index.get(h, ()):
                if self.m.literal[key].possible(present):
                    return True
        if present.isdisjoint(self._trigger_hashes) or _DIGIT.search(text, s, e) is None:
            return False
        return bool(self.numeric.find_in(pairs, self.nlp.vocab.strings))

    def _gate(self, text: str, sents: list[tuple[int, int]]) -> list[bool]:
        """Per sentence: False when it cannot yield a candidate, judged from one tokenisation of the page.

        A sentence is skipped only when its tokens in the page are exactly the tokens it has on its own and
        none of their norms or lemmas is a matcher anchor or a numeric trigger (with a digit): then
        ``_candidates`` would find nothing. Any doubt (broken hyphenation, a sentence boundary inside a token,
        anchors in ``seq_always``) sends the sentence down the full path.
        """
        if self.m.seq_always:
            return [True] * len(sents)
        doc = self.nlp.make_doc(text)
        if len(doc) == 0:
            return [True] * len(sents)
        self.normalizer(doc)
        arr = doc.to_array([IDX, LENGTH, NORM, LEMMA])
        starts = arr[:, 0].astype(np.int64)
        ends = starts + arr[:, 1].astype(np.int64)
        hashes = arr[:, 2:]
        keys = self._gate_keys  # sorted anchor and trigger hashes: a sorted lookup is cheaper than np.isin
        pos = np.minimum(np.searchsorted(keys, hashes), len(keys) - 1)
        flagged = (keys[pos] == hashes).any(axis=1)
        n_flagged = np.concatenate(([0], np.cumsum(flagged))).tolist()
        hash_l = hashes.tolist()
        bounds = np.array(sents, dtype=np.int64)
        a_idx = np.searchsorted(starts, bounds[:, 0], side="left")
        b_idx = np.searchsorted(starts, bounds[:, 1], side="left")
        a_l, b_l = a_idx.tolist(), b_idx.tolist()
        start_l, end_l = starts.tolist(), ends.tolist()
        n = len(start_l)
        out: list[bool] = []
        for (s, e), a, b in zip(sents, a_l, b_l):
            if a >= n or b <= a or start_l[a] != s or end_l[b - 1] != e or "- " in text[s:e]:
                out.append(True)
            elif n_flagged[b] == n_flagged[a]:
                out.append(False)
            else:
                out.append(self._may_have_candidates(hash_l[a:b], text, s, e))
        return out

    def text_findings(self, text: str) -> list[Finding]:
        """Findings of every sentence of a page of text."""
        out: list[Finding] = []
        sents = split_sentences(text)
        if not sents:
            return out
        for (s, e), need in zip(sents, self._gate(text, sents)):
            if need:
                out.extend(self.sentence_findings(text[s:e], s))
        return out
