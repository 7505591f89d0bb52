"""The per-language pipeline: tokenise a sentence, normalise tokens, match, apply numeric rules and scope.

``LangPipeline.findings(text)`` returns small picklable :class:`Finding` records (one per sentence x
indicator) with character offsets; the engine turns them into ``Evidence``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

import spacy
from spacy import attrs
from spacy.attrs import LEMMA, NORM
from spacy.tokens import Doc, Span

from screener.evidence.clause_starts import is_inflected_verb
from screener.evidence.coordination import coordinator_positions
from screener.evidence.deprivation import deprivation_end, deprives
from screener.evidence.fuzzy import FuzzyCorrector
from screener.evidence.matching import SeqCompiler, build_matchers, pattern_words
from screener.evidence.numeric import NumericRuleSet
from screener.evidence.gate import Planner
from screener.evidence.planning import Plan as _Plan, Requirements
from screener.evidence.scope import CONCORD_GAP, ScopeDecision, ScopeResolver
from screener.evidence.scope_cues import CueHit
from screener.evidence.sentences import split_sentences
from screener.evidence.textnorm import TokenNormalizer, fold, load_lemma_table, merge_broken_hyphens
from screener.lexicon import Lexicon, PatternEntry

STATUS_LINE_MAX = 80  # a status line after a finding ("Status: Closed") is short
# a labelled action line between a finding and its status ("NC: ... Action: ... Status: closed 22/03")
_ACTION_LINE = re.compile(r"^\s*[^\W\d_][^\W_]*(?:[ -][^\W\d_]+){0,2}\s?:", re.UNICODE)
# spaCy caches the tokenisation of only 10,000 distinct chunks by default; audit text with names, numbers
# and codes has far more, and a miss re-runs the prefix/suffix/infix expressions (about 40 bytes per entry)
TOKENIZER_CACHE_CHUNKS = 250_000
# word attributes the engine reads (matchers use token-level NORM/LEMMA and REGEX on NORM; scope and hyphen
# repair read is_alpha); spaCy's other per-word getters (shape, prefix, like_url, ...) cost a fifth of a cold scan
_LEX_ATTRS_READ = frozenset({attrs.LOWER, attrs.NORM, attrs.IS_ALPHA, attrs.IS_SPACE, attrs.LANG})
_RANK = {"asserted": 0, "negated": 1, "compliant": 2, "remediated": 3, "policy": 4, "hypothetical": 5}
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

    A negated remediation or compliance ("passports were never returned", "wages are not paid on time") is
    asserted; a recommended or hypothetical one ("the supplier should return passports") keeps the scope's
    polarity.
    """
    if fixed in ("remediated", "compliant") and (d.override or d.polarity == "negated"):
        return ScopeDecision("asserted", d.hedged, d.cue)
    if fixed in ("remediated", "compliant") and d.polarity in ("hypothetical", "policy"):
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
        tokenizer: Any = self.nlp.tokenizer  # spaCy types it as a callable; it is a Tokenizer
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKENIZER_CACHE_CHUNKS)
        getters = self.nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]  # Cython attribute, not in spaCy's stubs; every new word computes these: keep only what is read
        for attr in [a for a in getters if a not in _LEX_ATTRS_READ]:
            del getters[attr]
        if lang == "en":  # keep "cannot" / "can't" whole so patterns can name them
            for form in ("cannot", "Cannot", "CANNOT", "can't", "Can't", "can’t", "Can’t"):
                tokenizer.add_special_case(form, [{"ORTH": form}])
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
                               lexicon.numeric[lang].words.get("number_words", ()), frozenset(stop))
        # token patterns may cross table-cell separators ("Passports | kept by HR | NC"); scope cues may not
        cells = set(rules.cell_separators)
        pattern_compiler = SeqCompiler(self.normalizer, [t for t in rules.terminators if t not in cells],
                                       lexicon.numeric[lang].words.get("number_words", ()), frozenset(stop)) \
            if cells else compiler
        self.m = build_matchers(entries, self.normalizer, self.nlp, pattern_compiler)
        self.scope = ScopeResolver(rules, self.nlp, compiler, self.normalizer)
        self._comma = self.nlp.vocab.strings.add(",")  # NORM hash of a comma (clause boundary for negative concord)
        self.numeric = NumericRuleSet(lexicon.numeric[lang])
        self.phrase_anchors = set(self.m.phrase_anchors)
        self.anchor_keys = set(self.m.seq_index) | self.phrase_anchors
        self.requirements = Requirements(self.m)
        self.planner = Planner(self.anchor_keys, self.requirements, self.numeric, self.nlp.vocab.strings)

    # ------------------------------------------------------------------ matching
    def _candidates(self, doc, corrected: set[int], plan: _Plan, *, traps: bool = True) -> list[_Cand]:
        """Matches of every entry the plan allows; ``traps``: let exclude entries cancel the matches they overlap."""
        present = plan.present
        cands: list[_Cand] = []
        strings = doc.vocab.strings
        if plan.phrases:
            exact = set()
            shift = doc.start if isinstance(doc, Span) else 0  # a PhraseMatcher gives a Span's matches in its Doc
            for mid, s, e in self.m.phrase_norm(doc):
                s, e = s - shift, e - shift
                key = strings[mid]
                exact.add((key, s, e))
                cands.append(_Cand(self.m.entries[key].indicator, s, e, key, "exact", 1.0, frozenset()))
            for mid, s, e in self.m.phrase_lemma(doc):
                s, e = s - shift, e - shift
                key = strings[mid]
                if (key, s, e) not in exact:
                    cands.append(_Cand(self.m.entries[key].indicator, s, e, key, "lemma", 0.95, frozenset()))
        n_tokens = len(plan.pairs)
        for key in plan.keys:
            comp = self.m.literal[key]
            entry = self.m.entries[key]
            span = comp.bounds(plan.pairs)  # matches start and end on tokens that can open and close them
            if span is None:
                continue
            lo, hi = span
            if hi - lo < 1:
                continue
            scanner = self.m.scanners.get(key)
            if scanner is not None:  # a "*N" window: matched in Python, far cheaper than spaCy's Matcher here
                for m in scanner.find(plan.pairs, lo, hi, strings):
                    cands.append(_Cand(entry.indicator, m.start, m.end, key, "lemma", entry.score, m.free))
            else:  # no window: every token is literal and every alignment fits
                part = doc if (lo, hi) == (0, n_tokens) else doc[lo:hi]
                for _, s, e in self.m.seq[key](part, allow_missing=True):
                    cands.append(_Cand(entry.indicator, lo + s, lo + e, key, "lemma", entry.score, frozenset()))
        for h in plan.numeric:
            cands.append(_Cand(h.indicator, h.start, h.end, f"{self.lang}.{h.indicator}.numeric:{h.rule}",
                               "exact", h.score, frozenset()))
        if cands and traps:
            cands = self._drop_excluded(doc, cands, present)
        for c in cands:
            if corrected and any(i in corrected for i in range(c.start, c.end)):
                c.kind, c.score = "fuzzy", round(c.score * 0.85, 3)
        return cands

    def _drop_excluded(self, doc, cands: list[_Cand], present: set[int]) -> list[_Cand]:
        spans: dict[str, list[tuple[int, int, bool]]] = {}
        for ind in {c.indicator for c in cands}:
            if ind in self.m.exclude and self.m.exclude_possible(ind, present):
                spans[ind] = self._exclude_spans(doc, ind)
        if not spans:
            return cands
        entries = self.m.entries  # a compliance or remediation statement is kept: its excludes are the same statement
        # an exclude marked spares_numeric ("a las 19 horas") leaves numeric findings alone: they read clock
        # times themselves ("entran a las 6 y salen a las 22 horas" is a 16-hour day)
        return [c for c in cands if (c.entry in entries and entries[c.entry].polarity in ("compliant", "remediated"))
                or not any(s < c.end and c.start < e and not (spares and ".numeric:" in c.entry)
                           for s, e, spares in spans.get(c.indicator, ()))]

    def has_trap(self, doc, indicator: str) -> bool:
        """True when an exclude entry of ``indicator`` (a known trap: "copies of passports", "school fees",
        "ID badges") matches in ``doc``."""
        return indicator in self.m.exclude and bool(self._exclude_spans(doc, indicator))

    def _exclude_spans(self, doc, indicator: str) -> list[tuple[int, int, bool]]:
        """Token spans of the exclude entries of ``indicator`` and whether each spares numeric findings, with
        their ``*N`` windows held to N tokens as for ordinary entries (spaCy's ``*`` alone is unbounded)."""
        strings = doc.vocab.strings
        out = []
        for match_id, s, e, align in self.m.exclude[indicator](doc, with_alignments=True, allow_missing=True):  # type: ignore[misc]  # spaCy stubs miss the 4-tuple of with_alignments
            key = strings[match_id]
            comp = self.m.literal[key]
            if not comp.has_window or comp.fits(align):
                entry = self.m.entries.get(key)
                out.append((s, e, bool(entry and entry.spares_numeric)))
        return out

    # ------------------------------------------------------------------ public
    def sentence_findings(self, text: str, offset: int = 0, plan: _Plan | None = None) -> list[Finding]:
        """Findings of one sentence; ``offset`` is where the sentence starts in its page.

        ``plan``: what may match, when already known from the page's tokens (see ``_gate``).
        """
        doc, corrected, plan = self._prepared(text, plan)
        if not plan:
            return []
        return self._findings(doc, corrected, plan, offset, len(text), 0)

    def matching_entries(self, text: str) -> set[str]:
        """Ids of every lexicon entry that matches in ``text``, before traps cancel any match and whichever entry
        the reported evidence names where several overlap (for lexicon authors: bench/dead_patterns.py)."""
        out: set[str] = set()
        for s, e in split_sentences(text):
            doc, corrected, plan = self._prepared(text[s:e])
            if plan:
                out.update(c.entry for c in self._candidates(doc, corrected, plan, traps=False))
        return out

    def _prepared(self, text: str, plan: _Plan | None = None) -> tuple[Doc, set[int], _Plan | None]:
        """One sentence's normalised tokens, the tokens fuzzy correction changed, and its plan (None when
        nothing can match)."""
        doc = self.nlp.make_doc(text)
        if "- " in text:
            merge_broken_hyphens(doc, self.normalizer.known)
        corrected = set(self.normalizer(doc))
        if plan is None:
            pairs = doc.to_array([NORM, LEMMA]).tolist()
            plan = self.planner.sentence({h for pair in pairs for h in pair}, pairs, text, 0, len(text)) or None
        return doc, corrected, plan

    def _findings(self, doc, corrected: set[int], plan: _Plan, offset: int, length: int,
                  base: int) -> list[Finding]:
        """Findings of one sentence ``doc`` (a Doc, or a Span of a page whose characters start at ``base``)."""
        cands = self._candidates(doc, corrected, plan)
        if not cands:
            return []
        hits, terms = self.scope.analyse(doc, plan.present, plan.pairs)
        best: dict[str, tuple[tuple, Finding]] = {}
        coords = coordinator_positions(plan.pairs, self.scope.coordinators)
        spans = [(c.start, c.end) for c in cands] if coords else []
        for c in cands:
            fixed = self.m.entries[c.entry].polarity if c.entry in self.m.entries else None
            if fixed in ("compliant", "remediated") and self._limited(plan.pairs, c):
                continue  # "paid only part of the salary agreed": no compliance, and the other patterns decide
            d = self.scope.decide(hits, terms, c.start, c.end, set(c.free), c.indicator, coords, spans)
            if fixed is None and d.polarity == "negated":
                lost = self._deprivations(doc, hits, c) + self._concord(plan.pairs, hits, c)
                if lost:  # negations that take something away ("nunca un sueldo", "sin agua"): they deny no match
                    d = self.scope.decide([h for h in hits if h not in lost], terms, c.start, c.end, set(c.free),
                                          c.indicator, coords, spans)
            if fixed is not None:
                d = _fixed_polarity(fixed, d, doc[c.start:c.end].text)
            elif d.polarity == "asserted" and self._is_heading(doc, c, plan.pairs):
                d = ScopeDecision("hypothetical", d.hedged, "heading")
            last = doc[c.end - 1]
            a, b = doc[c.start].idx - base, last.idx + len(last.text) - base
            f = Finding(c.indicator, offset, offset + length, a, b, c.entry, c.kind, c.score,
                        d.polarity, d.hedged, d.cue)
            key = (_RANK[d.polarity] > 0, -c.score, _KIND_RANK[c.kind], b - a, _RANK[d.polarity])
            if c.indicator not in best or key < best[c.indicator][0]:
                best[c.indicator] = (key, f)
        return [f for _, f in sorted(best.values(), key=lambda kv: (kv[1].start, kv[1].indicator))]

    def _deprivations(self, doc, hits: list[CueHit], c: _Cand) -> list[CueHit]:
        """Negation cues that take away an entitlement rather than deny match ``c``: one inside the match's window
        that takes away an entitlement of its indicator ("sin recibir nunca un sueldo": the negation states the
        finding), and any before the match whose entitlement ends before it ("sin agua ni luz y jornadas
        extenuantes", "sans horaires ni salaire, jour et nuit"). A negation whose entitlement is the match itself
        ("No wages were withheld") or a modifier ("no holiday pay records") is not among them."""
        out = []
        for h in hits:
            if h.cue.type != "negation":
                continue
            if c.start <= h.start and h.end <= c.end:
                if deprives(doc, h.end, c.start, c.end, c.indicator, self.lang) is not None:
                    out.append(h)
            elif h.end <= c.start and (end := deprivation_end(doc, h.text, h.end, self.lang)) is not None and end <= c.start:
                out.append(h)
        return out

    def _concord(self, pairs: list[list[int]], hits: list[CueHit], c: _Cand) -> list[CueHit]:
        """Negation cues before a match that states its own negation ("n'étaient pas autorisés à sortir", "no les
        pagaban"): the ones just before it complete it, and the ones of an earlier clause, before a comma ("No tenían
        feriados ni seguro, no les pagaban"), deny something else; neither negates the match."""
        if c.start in c.free or not (pairs[c.start][0] in self.scope.concord_openers or any(
                h.cue.type == "negation" and h.start == c.start for h in hits)):
            return []
        comma = self._comma
        return [h for h in hits if h.cue.type == "negation" and h.end <= c.start and (
            c.start - CONCORD_GAP <= h.end or any(pairs[k][0] == comma for k in range(h.end, c.start)))]

    def _limited(self, pairs: list[list[int]], c: _Cand) -> bool:
        """True when a limiting word ("only", "half", "part", "mitad", "partie") fills a window of the match."""
        limiters = self.scope.limiters
        return bool(limiters) and any(pairs[i][0] in limiters for i in c.free)

    def _is_heading(self, doc, c: _Cand, pairs: list[list[int]]) -> bool:
        """True when the sentence is nothing but the matched words ("Isolation", "Abuse of vulnerability"):
        a section heading or checklist item, not a finding. A finite verb makes it a clause, not a heading: one of the
        language's ``heading_verbs`` ("Passports were confiscated.") or an inflected form of its ``verb_clauses``
        ("Las jornadas duraban 16 horas.", "Les journées duraient 16 heures.")."""
        rules = self.scope.rules
        if not rules.headings_hypothetical or c.end - c.start > 6:
            return False
        if not all(c.start <= t.i - (doc.start if isinstance(doc, Span) else 0) < c.end
                   for t in doc if t.is_alpha or t.text[:1].isdigit()):
            return False
        if rules.heading_verbs and any(fold(t.text) in rules.heading_verbs for t in doc):
            return False
        verbs, strings = self.scope.verb_clauses, doc.vocab.strings
        return verbs is None or not any(is_inflected_verb(verbs, strings[norm], strings[lemma]) for norm, lemma in pairs)

    def page_doc(self, text: str, sents: list[tuple[int, int]]) -> Doc | None:
        """The tokenisation of a page that ``text_findings`` (``_gate``) reads, or None when it reads none."""
        return self.nlp.make_doc(text) if sents and not self.m.seq_always else None

    def _gate(self, text: str, sents: list[tuple[int, int]],
              doc: Doc | None = None) -> tuple[Doc | None, list[int], list[tuple[_Plan | bool, int, int]]]:
        """Per sentence, from one tokenisation of the page: False when it cannot yield a candidate, else its
        plan, or True when only the sentence's own tokenisation can tell.

        A sentence is judged from the page only when its tokens in the page are exactly the tokens it has on
        its own (no broken hyphenation, no sentence boundary inside a token); a sentence whose tokens are
        neither a matcher anchor nor a numeric trigger cannot match and needs no further look.
        ``doc``: ``page_doc(text, sents)``, when already made.
        """
        if self.m.seq_always:
            return None, [], [(True, 0, 0)] * len(sents)
        doc = self.nlp.make_doc(text) if doc is None else doc
        if len(doc) == 0:
            return None, [], [(True, 0, 0)] * len(sents)
        hashes, corrected = self.normalizer.normalize(doc)
        return doc, corrected, self.planner.page(doc, hashes, text, sents)

    def text_findings(self, text: str, sents: list[tuple[int, int]] | None = None,
                      doc: Doc | None = None) -> list[Finding]:
        """Findings of every sentence of a page of text (``sents``: its ``split_sentences``, when known;
        ``doc``: its ``page_doc``, when already made)."""
        out: list[Finding] = []
        sents = split_sentences(text) if sents is None else sents
        if not sents:
            return out
        doc, corrected, plans = self._gate(text, sents, doc)
        for k, ((s, e), (plan, a, b)) in enumerate(zip(sents, plans)):
            if plan is True:
                found = self.sentence_findings(text[s:e], s)
            elif plan:  # the sentence's tokens in the page are its own tokens: match on that span
                assert doc is not None  # _gate returns no doc only when every plan is True
                fixed = {i - a for i in corrected if a <= i < b} if corrected else set()
                found = self._findings(doc[a:b], fixed, plan, s, e - s, s)
            else:
                continue
            if found and k + 1 < len(sents):
                nxt = text[sents[k + 1][0]:sents[k + 1][1]]
                if k + 2 < len(sents) and _ACTION_LINE.match(nxt):  # "Action: ..." then "Status: closed"
                    found = self._closed_by_status_line(found, text[sents[k + 2][0]:sents[k + 2][1]])
                found = self._closed_by_status_line(found, nxt)
            out.extend(found)
        return out

    def _closed_by_status_line(self, found: list[Finding], nxt: str) -> list[Finding]:
        """A finding line followed by a line that is only a closing status ("Status: Closed", "Remediated",
        "Closed - verified"), as in corrective-action plans: its asserted findings become remediated (kept and
        shown as past findings, never counted)."""
        if len(nxt) > STATUS_LINE_MAX or self.scope.verdict_of(nxt.strip().rstrip(".")) != "remediated":
            return found
        return [replace(f, polarity="remediated", cue=nxt.strip()) if f.polarity == "asserted" else f
                for f in found]
