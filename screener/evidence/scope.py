"""Scope: whether a match is asserted, negated, policy, remediated or hypothetical, and whether it is hedged.

Cues come from ``lexicons/scope.yaml``. A cue applies to a match when it lies before it ("pre") or after it
("post") within its window of tokens, with no clause terminator ("but", "however", ";", "sin embargo",
"mais"...) in between, or when it lies inside the match on tokens that the pattern matched with a window
(so "passports are not retained" is negated, but the literal "not allowed" of a pattern is not a cue).
The nearest applicable cue wins; on a tie the longer cue wins.

A "lead" cue counts only where it opens the sentence (after bullets, numbering and a short label such as
"NC-2:" or "CAP:") and then covers the whole sentence: "CAP: Reimburse all recruitment fees ..." is a
corrective action, not a finding. A cue that lies inside a longer hedge cue is part of the hedge, so
"it is possible that" or "unsure whether" hedge a finding without making it hypothetical. A sentence
that opens with a terminator ("Although ...", "Aunque ...", "Bien que ...") ends that clause at its first comma.
"""
from __future__ import annotations

import bisect
import re

from spacy.attrs import LEMMA, NORM
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from screener.evidence.clause_starts import object_clause_starts, object_clause_words, verb_clause_starts, verb_clause_words
from screener.evidence.coordination import opens_coordinated_match
from screener.evidence.matching import SeqCompiler, new_matcher
from screener.evidence.scope_cues import LONG_WINDOW, CueHit, ScopeDecision, bound_cues, drop_inside_longer, merge_negated_cues
from screener.evidence.seqmatch import WindowScanner
from screener.evidence.textnorm import fold
from screener.lexicon import ScopeCue, ScopeRules

POLARITY_OF = {"negation": "negated", "policy": "policy", "remediated": "remediated",
               "hypothetical": "hypothetical", "compliant": "compliant", "asserted": "asserted"}


LABEL_MAX = 8  # a row or line label ("Recruitment fees |", "Travail des enfants :") has fewer tokens than this
CONCORD_GAP = 3  # "n'ont aucun", "no reciben ningun": a negation at most this many tokens before a negative match


_VERDICT_HEAD = re.compile(r"\s*[,;(\u2013\u2014]\s*|\s+-\s+")  # "Closed - removed ...", "Status: remediated, ..."


def _cell_key(text: str) -> str:
    """A table cell's text folded, without punctuation and extra spaces, for comparing verdict cells."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split())


class _WordPositions:
    """Words and phrases of one list (terminators, contrasts, negation stoppers), found by position in a sentence."""

    def __init__(self, nlp, normalizer, texts: tuple[str, ...]) -> None:
        self.single = frozenset(nlp.vocab.strings.add(fold(t)) for t in texts if " " not in t.strip())
        self.multi = PhraseMatcher(nlp.vocab, attr="NORM")  # the multi-word texts, on NORM
        for t in texts:
            if " " in t.strip():
                d = nlp.make_doc(t)
                normalizer(d)
                self.multi.add("TERM", [d])

    def __bool__(self) -> bool:
        return bool(self.single) or len(self.multi) > 0

    def find(self, doc: Doc | Span, pairs: list[list[int]]) -> set[int]:
        """Token positions (relative to ``doc``) where a word or phrase of the list starts."""
        base = doc.start if isinstance(doc, Span) else 0
        found = {i for i, (n, _) in enumerate(pairs) if n in self.single}
        found.update(s - base for _, s, _ in self.multi(doc))
        return found


class ScopeResolver:
    """Finds scope cues and terminators in a sentence and decides the polarity of matches in it."""

    def __init__(self, rules: ScopeRules, nlp, compiler: SeqCompiler, normalizer) -> None:
        self.rules = rules
        self.matchers: dict[str, Matcher] = {}  # cue id -> Matcher of a cue without a window
        self.cues: dict[str, ScopeCue] = {}
        self.compiled: dict = {}
        self.index: dict[int, set[str]] = {}
        self.always: set[str] = set()
        self.scanners: dict[str, WindowScanner] = {}  # cue id -> scanner of a cue with a "*N" window
        for cue in rules.cues:
            self.cues[cue.id] = cue
            comp = compiler.compile(cue.text, cue.id)
            self.compiled[cue.id] = comp
            if comp.has_window:
                self.scanners[cue.id] = compiler.scanner(comp)
            else:
                self.matchers[cue.id] = new_matcher(nlp.vocab)
                self.matchers[cue.id].add(cue.id, comp.patterns)
            if comp.anchors is None:
                self.always.add(cue.id)
            for h in comp.anchors or ():
                self.index.setdefault(h, set()).add(cue.id)
        self.coordinators = frozenset(nlp.vocab.strings.add(fold(w)) for w in rules.coordinators)
        self.limiters = frozenset(nlp.vocab.strings.add(fold(w)) for w in rules.limiters)
        self.concord_openers = frozenset(nlp.vocab.strings.add(fold(w)) for w in rules.concord_openers)
        self.terms = _WordPositions(nlp, normalizer, rules.terminators)
        self.list_terms = PhraseMatcher(nlp.vocab, attr="LEMMA")
        for t in rules.list_terms:
            d = nlp.make_doc(t)
            normalizer(d)
            self.list_terms.add(t, [d])
        self.verdicts: dict[str, str] = {_cell_key(t): kind for kind, texts in rules.row_verdicts for t in texts}
        self.verdict_tails = frozenset(_cell_key(t) for t in rules.verdict_tails)
        r = rules.restrictive
        self.restrictive = (frozenset(fold(c) for c in r.cues), tuple(tuple(fold(w) for w in p) for p in r.partners),
                            frozenset(fold(b) for b in r.blockers), r.window) if r is not None else None
        self.bar = nlp.vocab.strings.add("|")
        self.contrasts = _WordPositions(nlp, normalizer, rules.contrasts)
        self.written_not_cues = frozenset(rules.written_not_cues)
        self.stoppers = _WordPositions(nlp, normalizer, rules.negation_stoppers)
        self.verb_clauses = verb_clause_words(nlp.vocab.strings, rules.verb_clauses)
        self.object_clauses = object_clause_words(nlp.vocab.strings, rules.object_clauses)

    def contrast_positions(self, doc: Doc | Span, pairs: list[list[int]]) -> list[int]:
        """Sorted positions of contrast words, and of the comma that closes a contrast clause opening the sentence."""
        found = self.contrasts.find(doc, pairs)
        return sorted(found | self._opening_clause_end(doc, found))

    @staticmethod
    def _opening_clause_end(doc: Doc | Span, openers: set[int]) -> set[int]:
        """The first comma of a sentence whose first word is at one of ``openers`` ("Although X, Y": the opening
        clause ends there), as a set of at most one position."""
        if not openers:
            return set()
        base = doc.start if isinstance(doc, Span) else 0
        first = next((t.i - base for t in doc if t.is_alpha), None)
        if first is None or first not in openers:
            return set()
        comma = next((t.i - base for t in doc[first + 1:] if t.text == ","), None)
        return set() if comma is None else {comma}

    def is_category_list(self, doc: Doc | Span) -> bool:
        """True when the sentence names many abuse categories (a definition or a policy list, not a finding)."""
        whole = doc.doc if isinstance(doc, Span) else doc  # a PhraseMatcher gives a Span's matches in its Doc
        spans = filter_spans([whole[s:e] for _, s, e in self.list_terms(doc)])
        return len({sp.lemma_ for sp in spans}) >= self.rules.list_min

    def analyse(self, doc: Doc | Span, present: set[int] | None = None,
                pairs: list[list[int]] | None = None) -> tuple[list[CueHit], list[int]]:
        """Cue hits and sorted terminator token positions of one sentence (``present``: its NORM/LEMMA hashes).

        ``doc`` may be a Span of a larger Doc; positions are then relative to the Span, as for a Doc.
        ``pairs``: the [NORM, LEMMA] hashes of its tokens, when known."""
        if pairs is None:
            pairs = doc.to_array([NORM, LEMMA]).tolist()  # type: ignore[union-attr]  # Span.to_array exists at run time, not in spaCy's stubs
        if present is None:
            present = {h for pair in pairs for h in pair}
        keys = set(self.always)
        for h in present & self.index.keys():
            keys |= self.index[h]
        hits = []
        strings = doc.vocab.strings
        for key in sorted(keys):  # sorted: ties between cues resolve the same in every process
            comp = self.compiled[key]
            if not comp.possible(present):
                continue
            span = comp.bounds(pairs)  # matches start and end on tokens that can open and close them
            if span is None or span[1] <= span[0]:
                continue
            lo, hi = span
            scanner = self.scanners.get(key)
            if scanner is not None:  # a "*N" window: matched in Python, far cheaper than spaCy's Matcher here
                for m in scanner.find(pairs, lo, hi, strings):
                    hits.append(CueHit(self.cues[key], m.start, m.end, doc[m.start:m.end].text))
                continue
            part = doc if (lo, hi) == (0, len(pairs)) else doc[lo:hi]
            for _, s, e in self.matchers[key](part, allow_missing=True):  # no window: every alignment fits
                hits.append(CueHit(self.cues[key], lo + s, lo + e, doc[lo + s:lo + e].text))
        if self.written_not_cues:  # the emphatic "sí" is no "si" ("if")
            hits = [h for h in hits if doc[h.start].lower_ not in self.written_not_cues]
        hits = drop_inside_longer(self._keep_leads(doc, hits))
        if self.contrasts and any(h.cue.window >= LONG_WINDOW for h in hits):
            hits = bound_cues(hits, self.contrast_positions(doc, pairs), len(pairs), lambda c: c.window >= LONG_WINDOW)
        if (self.stoppers or self.verb_clauses is not None) and any(h.cue.type == "negation" for h in hits):
            stops = sorted(self.stoppers.find(doc, pairs) | verb_clause_starts(self.verb_clauses, pairs, doc.vocab.strings))
            hits = bound_cues(hits, stops, len(pairs), lambda c: c.type == "negation")
        oc = self.object_clauses
        if oc is not None and any(h.cue.type in oc.cue_types for h in hits):
            hits = bound_cues(hits, sorted(object_clause_starts(oc, pairs)), len(pairs), lambda c: c.type in oc.cue_types)
        if len(self.rules.list_terms) and self.is_category_list(doc):
            cue = ScopeCue("list", "hypothetical", self.rules.lang, "list of abuse categories", "both", 1000)
            hits.append(CueHit(cue, len(doc), len(doc), "list of abuse categories"))
        if self.rules.questions_hypothetical and self.is_question(doc):  # asking is not reporting: no "asserted" cue
            hits = [h for h in hits if h.cue.type != "asserted"]
            cue = ScopeCue("question", "hypothetical", self.rules.lang, "question", "both", 1000)
            hits.append(CueHit(cue, len(doc), len(doc), "question"))
        terms = self.terms.find(doc, pairs)
        terms |= self._opening_clause_end(doc, terms)  # "Although X, Y": the opening clause ends at its first comma
        if self.restrictive is not None:  # "ne ... que" ("only") states the practice, and limits a remediation
            hits = [CueHit(ScopeCue(h.cue.id + ".only", "asserted", h.cue.lang, h.cue.text, h.cue.direction, h.cue.window,
                                    h.cue.indicators), h.start, h.end, h.text, h.reach)
                    if self._is_restrictive(doc, h, terms) else h for h in hits]
        hits = merge_negated_cues(hits, terms)
        bars = sorted(i for i in terms if pairs[i][0] == self.bar)  # "|" is a terminator
        verdict = self.row_verdict(doc, bars) if bars and self.verdicts else None
        if verdict is not None:  # after the negation merge: "Not reported | Compliant" stays compliant
            cue = ScopeCue("row_verdict", verdict[0], self.rules.lang, verdict[1], "both", 1000)
            hits.append(CueHit(cue, len(doc), len(doc), verdict[1]))
        else:
            label = self._negated_label(doc, hits, bars[0] if bars else None)
            if label is not None:
                hits.append(label)
        return hits, sorted(terms)

    def _is_restrictive(self, doc: Doc | Span, hit: CueHit, terms: set[int]) -> bool:
        """True when a one-word negation cue means "only": a partner ("que", "sino") follows it within the
        window, in its clause, with no blocker ("pas", "jamais", "nunca") between them or just before the cue."""
        assert self.restrictive is not None
        cues, partners, blockers, window = self.restrictive
        if hit.cue.type != "negation" or hit.end - hit.start != 1 or fold(doc[hit.start].norm_) not in cues:
            return False
        for i in range(hit.start - 1, max(-1, hit.start - window - 1), -1):  # "aucun élément ne montre que": concord
            if i in terms:
                break
            if fold(doc[i].norm_) in blockers:
                return False
        words = [fold(t.norm_) for t in doc[hit.end:min(len(doc), hit.end + window + 2)]]
        for k, w in enumerate(words[:window]):
            if hit.end + k in terms or w in blockers:
                return False
            if any(tuple(words[k:k + len(p)]) == p for p in partners):
                return True
        return False

    def _negated_label(self, doc: Doc | Span, hits: list[CueHit], bar: int | None) -> CueHit | None:
        """A short label that opens a table row or a line ("Recruitment fees | None of the 25 workers paid a fee",
        "Travail des enfants : aucun travailleur de moins de 18 ans") takes the polarity of the statement after it
        when that statement opens with a negation: a negation cue at the end of the label, for the label only.
        ``bar``: the position of the row's first "|", if any."""
        base = doc.start if isinstance(doc, Span) else 0
        colon = next((t.i - base for t in doc[:LABEL_MAX + 1] if t.text == ":"), None)
        cut = min(x for x in (bar, colon, len(doc)) if x is not None)
        if cut >= LABEL_MAX or cut == 0 or not any(t.is_alpha for t in doc[:cut]):
            return None
        first = next((t.i - base for t in doc[cut + 1:] if not t.is_space), None)  # not after a quote: "no pay" is a threat
        neg = next((h for h in hits if h.cue.type == "negation" and h.start == first), None)
        if neg is None:
            return None
        cue = ScopeCue("label", "negation", self.rules.lang, neg.cue.text, "post", cut)
        return CueHit(cue, cut, cut + 1, neg.text)

    def row_verdict(self, doc: Doc | Span, bars: list[int]) -> tuple[str, str] | None:
        """(cue type, cell text) when the sentence is a table row with a verdict cell; the verdict covers the
        whole row. ``bars``: the sorted positions of its "|". The last cell may hold any verdict ("Compliant",
        "Conforme", "NC closed", "Y / N"); a cell after a question cell ("Has any worker paid a fee? | No | 0 of
        20") may too; another middle cell only a compliance verdict or a negation of two words or more, the whole cell
        ("Recruitment fees | Not found | 0 of 24 interviewed", not "Rest days | None in May | NC"); the first cell of a row of three or more only a closing status ("NC closed | ...")."""
        texts = [doc[lo:hi].text.strip() for lo, hi in zip([0] + [b + 1 for b in bars], bars + [len(doc)])]
        kind = self.verdict_of(texts[-1]) if texts[-1] else None
        if kind:
            return kind, texts[-1]
        for k in range(1, len(texts) - 1):
            kind = self.verdict_of(texts[k]) if texts[k] else None
            if kind and (texts[k - 1].endswith("?") or kind == "compliant" or (  # a one-word "None" may be a count
                    kind == "negation" and len(_cell_key(texts[k]).split()) > 1 and _cell_key(texts[k]) in self.verdicts)):
                return kind, texts[k]
        kind = self.verdict_of(texts[0]) if len(texts) >= 3 and texts[0] else None
        return (kind, texts[0]) if kind == "remediated" else None

    def verdict_of(self, cell: str) -> str | None:
        """The verdict kind of a status cell or line: the whole text is a verdict ("Closed"), or its first part
        before a comma, dash, semicolon or bracket is one ("Closed - removed and enrolled in school",
        "Status: Remediated, fees refunded")."""
        kind = self.verdicts.get(_cell_key(cell))
        if kind is None:
            head = _VERDICT_HEAD.split(cell.strip(), maxsplit=1)[0]
            kind = self.verdicts.get(_cell_key(head)) if head.strip() != cell.strip() else None
        if kind is None:  # "Completed 12/03": a verdict followed by a date
            words = _cell_key(_VERDICT_HEAD.split(cell.strip(), maxsplit=1)[0]).split()
            kind = self.verdicts.get(" ".join(w for w in words if not w.isdigit())) if any(
                w.isdigit() for w in words) else None
            if kind is None and any(w.isdigit() for w in words):  # "Closed on 3 March": the words before the date
                head = words[:next(i for i, w in enumerate(words) if w.isdigit())]
                kind = self.verdicts.get(" ".join(head)) if head else None
        if kind is None and self.verdict_tails:  # "Verified at follow-up", "Statut : vérifié lors du suivi"
            words = _cell_key(cell).split()
            cut = next((n for n in range(len(words) - 1, 0, -1)
                        if words[n] in self.verdict_tails and " ".join(words[:n]) in self.verdicts), None)
            kind = self.verdicts[" ".join(words[:cut])] if cut is not None else None
        return kind

    @staticmethod
    def is_question(doc: Doc | Span) -> bool:
        """True for a checklist or interview question: the sentence ends with "?" or opens with "¿"."""
        n = len(doc)  # the first and last tokens that are not space, without a Token object for every word
        last = next((i for i in range(n - 1, -1, -1) if not doc[i].is_space), None)
        if last is None:
            return False
        first = next(i for i in range(n) if not doc[i].is_space)
        return doc[last].text.endswith("?") or doc[first].text.startswith("¿")

    @staticmethod
    def lead_positions(doc: Doc | Span) -> set[int]:
        """Token positions that open the sentence: the first word, and the first word after a short label."""
        base = doc.start if isinstance(doc, Span) else 0
        out: set[int] = set()
        first = next((t.i - base for t in doc if t.is_alpha), None)
        if first is not None:
            out.add(first)
        colon = next((t.i - base for t in doc[:8] if t.text == ":"), None)
        if colon is not None:
            after = next((t.i - base for t in doc[colon + 1:colon + 4] if t.is_alpha), None)
            if after is not None:
                out.add(after)
        return out

    def _keep_leads(self, doc: Doc | Span, hits: list[CueHit]) -> list[CueHit]:
        if not any(h.cue.direction == "lead" for h in hits):
            return hits
        leads = self.lead_positions(doc)
        return [h for h in hits if h.cue.direction != "lead" or h.start in leads]

    @staticmethod
    def _blocked(terms: list[int], lo: int, hi: int) -> bool:
        """True when a terminator lies in token range [lo, hi)."""
        i = bisect.bisect_left(terms, lo)
        return i < len(terms) and terms[i] < hi

    def decide(self, hits: list[CueHit], terms: list[int], start: int, end: int,
               free: set[int], indicator: str = "", coords: list[int] | None = None,
               spans: list[tuple[int, int]] | None = None) -> ScopeDecision:
        """Polarity of the match [start, end) of ``indicator``; ``free`` are its tokens matched by a window
        (cues may sit there). Cues restricted to some indicators apply only to those. ``coords``: the sentence's
        coordinator positions and ``spans`` its matches (see ``coordination``)."""
        best: tuple[int, int, CueHit] | None = None
        hedge: CueHit | None = None
        # negative concord: a match that opens with a negation word of its own ("aucun contact", "ningun
        # descanso", "no day off") is not negated again by a negation just before it ("n'ont aucun contact",
        # "no tienen ningun dia libre", "no reciben ningun salario"): the words are one negation, which the
        # pattern already states
        concord = any(h.cue.type == "negation" and h.start == start and start not in free for h in hits)
        for h in hits:
            c = h.cue
            if c.indicators and indicator not in c.indicators:
                continue
            if c.id == "label" and end > h.start:  # a negated label covers the label only
                continue
            if h.reach is not None and not h.reach[0] <= start < h.reach[1]:
                continue  # a long cue stops at a contrast ("although the law forbids it, ..."), a negation at "while"
            if concord and c.type == "negation" and (start - CONCORD_GAP <= h.end <= start or start < h.start < end):
                continue
            if c.id == "row_verdict":
                dist = -1  # a verdict cell ("| Closed", "| Compliant") covers the whole row, over any cue inside it
            elif c.direction == "lead":
                dist = 0  # a corrective action or recommendation: the whole sentence
            elif c.type == "compliant" and h.start < end and start < h.end:
                dist = 0  # a compliance cue on the match itself ("paid on time", "keep their own passports")
            elif h.start >= start and h.end <= end:
                if not all(i in free for i in range(h.start, h.end)) or self._blocked(terms, h.end, end):
                    continue
                dist = 0
            elif h.end <= start and c.direction in ("pre", "both"):
                dist = start - h.end
                if dist > c.window or (c.window < LONG_WINDOW and self._blocked(terms, h.end, start)):
                    continue
            elif h.start >= end and c.direction in ("post", "both"):
                dist = h.start - end
                if dist > c.window or (c.window < LONG_WINDOW and self._blocked(terms, end, h.start)):
                    continue
                if coords and spans and c.type in ("negation", "policy") and opens_coordinated_match(h.start, h.end, end, coords, spans):
                    continue  # "beaten and were not allowed to leave", "taken and forbidden to leave": the other match's
            elif h.start < start < h.end and c.direction in ("pre", "both"):
                dist = 0  # the cue overlaps the start of the match ("employer pays recruitment fees")
            elif h.start < end < h.end and c.direction in ("post", "both"):
                dist = 0  # the cue overlaps the end of the match ("withheld wages were paid in full")
            else:
                continue
            if c.type == "hedge":
                hedge = hedge or h
                continue
            key = (dist, -(h.end - h.start))
            if best is None or key < best[:2]:
                best = (key[0], key[1], h)
        if best is None:
            return ScopeDecision("asserted", hedge is not None, hedge.text if hedge else "")
        c = best[2].cue
        return ScopeDecision(POLARITY_OF[c.type], hedge is not None, best[2].text, c.type == "asserted")
