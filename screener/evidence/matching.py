"""Compiling lexicon entries into spaCy matchers, with anchors that skip sentences that cannot match.

Token-sequence mini-language (one spaCy token per element, see ``lexicons/patterns/README.md``):
``keep|retain`` lemma is one of the words; ``=kept`` exact folded form; ``^recruit`` folded form starts with;
``word?`` optional; ``*N`` up to N tokens that are not clause terminators; ``#`` a number.
Every word is folded and lemmatised the way the text is, so patterns and text always agree.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.attrs import LEMMA
from spacy.matcher import Matcher, PhraseMatcher

from screener.evidence.seqmatch import WindowScanner
from screener.evidence.textnorm import TokenNormalizer, fold
from screener.lexicon import LexiconError, PatternEntry

_NUM_RE = r"^(\d[\d.,:]*|\d+(st|nd|rd|th)|[\doO]{1,3}([,.][\doO]{3})+)$"


@dataclass
class CompiledSeq:
    """A token sequence as spaCy patterns plus the hashes that must occur for it to match."""

    patterns: list[list[dict]]
    anchors: frozenset[int] | None  # None: no cheap anchor, always try
    literal: list[bool] = field(default_factory=list)  # per pattern position: a literal (not a window)
    words: set[str] = field(default_factory=set)
    windows: list[int] = field(default_factory=list)  # per position: max tokens of a window, -1 for a literal
    required: list[frozenset[int]] = field(default_factory=list)  # hashes of each required literal element
    first: frozenset[int] | None = None  # hashes one of which the first token of every match has (None: any)
    last: frozenset[int] | None = None  # the same for the last token

    def bounds(self, pairs: list[list[int]]) -> tuple[int, int] | None:
        """The token range [lo, hi) of a sentence (its [NORM, LEMMA] hashes) that holds every match of this
        sequence, or None when nothing can match; matching on that range finds the same matches."""
        lo, hi = 0, len(pairs)
        if self.first is not None:
            first = self.first
            lo = next((i for i, (n, m) in enumerate(pairs) if n in first or m in first), -1)
            if lo < 0:
                return None
        if self.last is not None:
            last = self.last
            hi = next((i + 1 for i in range(len(pairs) - 1, lo - 1, -1)
                       if pairs[i][0] in last or pairs[i][1] in last), -1)
            if hi < 0:
                return None
        return lo, hi

    @functools.cached_property
    def has_window(self) -> bool:
        """True when the sequence has a ``*N`` window (its matches need alignments to be checked)."""
        return any(w >= 0 for w in self.windows)

    def possible(self, present: set[int]) -> bool:
        """False when some required element has none of its words in the sentence (so it cannot match)."""
        for req in self.required:
            if req.isdisjoint(present):
                return False
        return True

    def fits(self, align: list[int]) -> bool:
        """True when every window of a match (its alignment) stays within its maximum length."""
        counts: dict[int, int] = {}
        for p in align:
            if self.windows[p] >= 0:
                counts[p] = counts.get(p, 0) + 1
        return all(n <= self.windows[p] for p, n in counts.items())


class SeqCompiler:
    """Turns mini-language sequences into spaCy token patterns for one language."""

    def __init__(self, normalizer: TokenNormalizer, terminators: list[str],
                 number_words: tuple[str, ...] = (), common_words: frozenset[str] = frozenset()) -> None:
        self.norm = normalizer
        words = "|".join(re.escape(fold(w)) for w in number_words)
        self.num_re = _NUM_RE[:-2] + (f"|{words})$" if words else ")$")
        self.nlp_vocab = normalizer.vocab
        self.terminators = sorted({fold(t) for t in terminators if " " not in t.strip()})
        self._terminator_hashes = frozenset(self.nlp_vocab.strings.add(t) for t in self.terminators)
        self.common = common_words  # folded stop words: poor anchors, since most sentences have them

    def _atom(self, atom: str, where: str) -> tuple[str, str]:
        if atom.startswith("="):
            return "NORM", fold(atom[1:])
        if atom.startswith("^"):
            return "PREFIX", fold(atom[1:])
        w = fold(atom)
        return "LEMMA", self.norm.lemma(w)

    def scanner(self, comp: CompiledSeq) -> WindowScanner:
        """The Python matcher of a compiled sequence with a ``*N`` window (its windows stop at these terminators)."""
        return WindowScanner(comp.patterns, comp.windows, self.nlp_vocab.strings, self._terminator_hashes)

    def compile(self, seq: str, where: str) -> CompiledSeq:
        """Compile one sequence; ``where`` names the lexicon entry in errors.

        A token that mixes kinds (lemma words, =exact forms, ^prefixes, #) becomes one alternative per kind,
        so the sequence may compile to a few spaCy patterns.
        """
        options: list[list[dict]] = []
        literal: list[bool] = []
        windows: list[int] = []
        anchor_sets: list[tuple[tuple[bool, int], set[int]]] = []
        words: set[str] = set()
        strings = self.nlp_vocab.strings
        pos_req: list[frozenset[int] | None] = []
        for tok in seq.split():
            if tok.startswith("*"):
                # "*" plus a length check on the alignment: far cheaper in spaCy than "{0,N}"
                options.append([{"NORM": {"NOT_IN": self.terminators}, "OP": "*"}])
                pos_req.append(None)
                literal.append(False)
                windows.append(int(tok[1:]))
                continue
            optional = tok.endswith("?")
            by_kind: dict[str, set[str]] = {}
            for atom in tok.rstrip("?").split("|"):
                kind, val = ("NUM", "") if atom == "#" else self._atom(atom, where)
                by_kind.setdefault(kind, set()).add(val)
                if kind == "LEMMA" and val != fold(atom):
                    # the lookup table is not closed: "brokers" -> "broker" but "broker" -> "broke", "pagos" ->
                    # "pago" but "pago" -> "pagar"; a word also matches tokens whose lemma is the word itself
                    by_kind["LEMMA"].add(fold(atom))
            specs: list[dict] = []
            for kind, vals in sorted(by_kind.items()):
                vals_l = sorted(vals)
                if kind == "NUM":
                    spec: dict = {"NORM": {"REGEX": self.num_re}}
                elif kind == "PREFIX":
                    spec = {"NORM": {"REGEX": "^(" + "|".join(re.escape(v) for v in vals_l) + ")"}}
                else:
                    words.update(vals_l)
                    spec = {kind: {"IN": vals_l}} if len(vals_l) > 1 else {kind: vals_l[0]}
                if optional:
                    spec["OP"] = "?"
                specs.append(spec)
            if not optional and set(by_kind) <= {"LEMMA", "NORM"}:
                hashes = {strings.add(v) for vals in by_kind.values() for v in vals}
                all_vals = [v for vals in by_kind.values() for v in vals]
                rare = not any(v in self.common for v in all_vals)
                anchor_sets.append(((rare, min(len(v) for v in all_vals)), hashes))
                pos_req.append(frozenset(hashes))
            else:
                pos_req.append(None)
            options.append(specs)
            literal.append(True)
            windows.append(-1)
        patterns: list[list[dict]] = [[]]
        for specs in options:
            patterns = [p + [s] for p in patterns for s in specs]
            if len(patterns) > 32:
                raise LexiconError(f"invalid lexicon entry '{where}': too many mixed alternatives; "
                                   "split the sequence into simpler patterns")
        anchors = None
        if anchor_sets:  # the most specific required element: no stop word, longest shortest-word
            anchors = frozenset(max(anchor_sets, key=lambda a: (a[0], -len(a[1])))[1])
        required = [frozenset(h) for _, h in anchor_sets]
        return CompiledSeq(patterns, anchors, literal, words, windows, required, pos_req[0], pos_req[-1])


@dataclass
class IndicatorMatchers:
    """All matchers of one language, grouped so that an indicator is only tried when its anchors occur."""

    phrase_norm: PhraseMatcher
    phrase_lemma: PhraseMatcher
    phrase_anchors: frozenset[int]
    seq: dict[str, Matcher]  # entry id -> Matcher of a sequence without a window (see ``scanners``)
    seq_index: dict[int, set[str]]  # anchor hash -> entry ids whose most specific element has that word
    seq_always: set[str]  # entry ids without a cheap anchor
    exclude: dict[str, Matcher]
    literal: dict[str, CompiledSeq]  # match key string -> compiled sequence (literal flags, windows)
    entries: dict[str, PatternEntry]
    # anchor hash -> per phrase with that anchor, per token the {NORM, LEMMA} hashes one of which must occur
    phrase_required: dict[int, list[list[frozenset[int]]]] = field(default_factory=dict)
    exclude_required: dict[str, list[CompiledSeq]] = field(default_factory=dict)  # indicator -> its excludes
    scanners: dict[str, WindowScanner] = field(default_factory=dict)  # entry id -> scanner of a ``*N`` sequence

    def phrase_possible(self, present: set[int]) -> bool:
        """False when no phrase can match a sentence whose NORM and LEMMA hashes are ``present``."""
        for h in self.phrase_anchors & present:
            for req in self.phrase_required[h]:
                for r in req:
                    if r.isdisjoint(present):
                        break
                else:
                    return True
        return False

    def exclude_possible(self, indicator: str, present: set[int]) -> bool:
        """False when no exclude entry of ``indicator`` can match (so its Matcher need not run)."""
        return any(c.possible(present) for c in self.exclude_required.get(indicator, ()))


def _lemma_variants(nlp, normalizer: TokenNormalizer, text: str, doc, max_words: int = 3) -> list:
    """Copies of a phrase doc in which words whose table lemma differs from the word itself take the word
    as lemma, so "broker fee" (lemma "broke fee") also matches "brokers fee" (lemma "broker fee")."""
    odd = [t.i for t in doc if t.lemma != t.norm][:max_words]
    out = []
    for mask in range(1, 2 ** len(odd)):
        variant = nlp.make_doc(text)
        normalizer(variant)
        lemmas = variant.to_array([LEMMA])
        for bit, i in enumerate(odd):
            if mask >> bit & 1:
                lemmas[i] = variant[i].norm
        variant.from_array([LEMMA], lemmas)
        out.append(variant)
    return out


# spaCy checks every token pattern against its schema when it is added (about 0.3 s per language at start-up).
# The patterns are compiled here from validated lexicon data, so the check runs in the tests
# (tests/test_pattern_validation.py turns it on and builds every language), not on every start.
VALIDATE_PATTERNS = False


def new_matcher(vocab) -> Matcher:
    """A token Matcher for compiled lexicon patterns (schema-checked only when VALIDATE_PATTERNS is on)."""
    return Matcher(vocab, validate=VALIDATE_PATTERNS)


def build_matchers(entries: tuple[PatternEntry, ...], normalizer: TokenNormalizer, nlp,
                   compiler: SeqCompiler) -> IndicatorMatchers:
    """Compile every phrase and sequence entry of one language.

    Anchors (the word a sentence must contain for an entry to be tried) only choose what is tried first;
    every required word is checked before a matcher runs, so the anchors never change the results.
    """
    vocab = nlp.vocab
    pn, pl = PhraseMatcher(vocab, attr="NORM"), PhraseMatcher(vocab, attr="LEMMA")
    seq: dict[str, Matcher] = {}
    excl: dict[str, Matcher] = {}
    index: dict[int, set[str]] = {}
    always: set[str] = set()
    phrase_anchor: set[int] = set()
    literal: dict[str, CompiledSeq] = {}
    by_id: dict[str, PatternEntry] = {}
    phrase_req: dict[int, list[list[frozenset[int]]]] = {}
    excl_req: dict[str, list[CompiledSeq]] = {}
    scanners: dict[str, WindowScanner] = {}
    for e in entries:
        by_id[e.id] = e
        if e.kind == "phrase":
            doc = nlp.make_doc(e.text)
            normalizer(doc)
            pn.add(e.id, [doc])
            pl.add(e.id, [doc] + _lemma_variants(nlp, normalizer, e.text, doc))
            longest = max(doc, key=lambda t: (t.norm_ not in compiler.common, len(t.text)))
            phrase_anchor.update({longest.norm, longest.lemma})
            req = [frozenset({t.norm, t.lemma}) for t in doc]
            for h in {longest.norm, longest.lemma}:
                phrase_req.setdefault(h, []).append(req)
            continue
        comp = compiler.compile(e.text, e.id)
        literal[e.id] = comp
        if e.exclude:
            excl.setdefault(e.indicator, new_matcher(vocab)).add(e.id, comp.patterns)
            excl_req.setdefault(e.indicator, []).append(comp)
            continue
        if comp.has_window:
            scanners[e.id] = compiler.scanner(comp)
        else:
            seq[e.id] = new_matcher(vocab)
            seq[e.id].add(e.id, comp.patterns)
        if comp.anchors is None:
            always.add(e.id)
        for h in comp.anchors or ():
            index.setdefault(h, set()).add(e.id)
    return IndicatorMatchers(pn, pl, frozenset(phrase_anchor), seq, index, always, excl, literal, by_id,
                             phrase_req, excl_req, scanners)


def pattern_words(entries: tuple[PatternEntry, ...], extra: list[str]) -> set[str]:
    """Every folded word the entries mention (for the known vocabulary and the fuzzy keys)."""
    out: set[str] = set()
    for e in entries:
        for tok in e.text.split():
            if tok.startswith("*") or tok == "#":
                continue
            for a in tok.rstrip("?").split("|"):
                out.update(w for w in re.split(r"[\s'’-]+", fold(a.lstrip("=^"))) if w)
    out.update(fold(w) for w in extra)
    return out
