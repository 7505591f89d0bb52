"""Concept features of the sentence model: language-independent word classes (``lexicons/model_concepts.yaml``).

A sentence gets the feature ``"k:" + CONCEPT`` when one of its words belongs to the concept ("passport",
"pasaporte" and "papiers" all give ``k:ID_DOCUMENT``) and ``"kk:" + A + "+" + B`` for every pair of concepts
it has (names in sorted order), so a weight learned from English sentences applies to Spanish and French
ones and to new wording. Each concept feature has the same value in every sentence (``value``, not scaled by
the sentence's length as the n-grams are): the sentence has the concept or it does not.

The table (folded word -> concepts) is built once at training time: every word of the lexicon is widened to
all forms of its lemma in the spacy-lookups-data table of its language, and the widened table is saved in the
model file, so a saved model scores the same whatever the lexicon says later. A word ending in "*" is a stem:
any word starting with it belongs to the concept. A concept's optional ``not`` list names words taken out
after widening (the table is shared by all languages: "pay" widens to "pays", which in French is "country"). At run time a word's concepts cost one dictionary look-up
(stems: one per word length, once per distinct word, then kept).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from screener.evidence.sentence_features import tokenize

CONCEPT_PREFIX = "k:"
PAIR_PREFIX = "kk:"
LEXICON = "model_concepts.yaml"
NOT_KEY = "not"  # per concept: folded words (any language) removed after widening, e.g. French "pays" from "pay"
DEFAULT_VALUE = 0.15
MIN_STEM = 4
MAX_CONCEPTS = 63  # a sentence's concepts are one 64-bit mask at run time
_MEMO_MAX = 200_000


@dataclass
class ConceptTable:
    """Folded words and stems -> the concepts they belong to; ``value``: the value of a concept feature."""

    names: tuple[str, ...]
    words: dict[str, tuple[int, ...]]  # folded word -> concept indices (sorted)
    stems: dict[str, tuple[int, ...]] = field(default_factory=dict)  # folded stem -> concept indices
    value: float = DEFAULT_VALUE
    version: str = ""

    def __post_init__(self) -> None:
        if len(self.names) > MAX_CONCEPTS:
            raise ValueError(f"{LEXICON}: at most {MAX_CONCEPTS} concepts, found {len(self.names)}")
        self._stem_lengths = sorted({len(s) for s in self.stems})
        # every stem's first characters (as many as the shortest stem has): a word whose first characters are
        # not among them starts no stem, so a word in neither ``words`` nor this set has no concept
        self._head = self._stem_lengths[0] if self._stem_lengths else 0
        self._stem_heads = frozenset(s[:self._head] for s in self.stems)
        self._memo: dict[str, tuple[int, ...]] = {}

    def of(self, form: str) -> tuple[int, ...]:
        """Concept indices of one folded word (empty tuple: none)."""
        got = self._memo.get(form)
        if got is None:
            found = set(self.words.get(form, ()))
            for n in self._stem_lengths:
                if n > len(form):
                    break
                found.update(self.stems.get(form[:n], ()))
            got = tuple(sorted(found))
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[form] = got
        return got

    def mask_of(self, form: str) -> int:
        """The concepts of one folded word as a bit mask (bit c: concept index c)."""
        if form not in self.words and form[:self._head] not in self._stem_heads:
            return 0  # most words (names, numbers, rare words): no concept, nothing to look up or keep
        return sum(1 << c for c in self.of(form))

    def feature_names(self, concepts: Iterable[int]) -> list[str]:
        """The ``k:`` and ``kk:`` feature names of a sentence with these concept indices."""
        names = sorted({self.names[c] for c in concepts})
        return [CONCEPT_PREFIX + n for n in names] + [f"{PAIR_PREFIX}{a}+{b}" for a, b in combinations(names, 2)]

    def features(self, forms: Sequence[str]) -> list[str]:
        """The concept feature names of a sentence given as folded words (each once)."""
        of = self.of
        return self.feature_names({c for f in forms for c in of(f)})

    def triggers(self, forms: Sequence[str]) -> dict[str, list[list[int]]]:
        """Per concept feature of the sentence, the indices of the words that gave it: one list for a ``k:``
        feature, two (one per concept) for a ``kk:`` pair."""
        by_concept: dict[str, list[int]] = {}
        for i, f in enumerate(forms):
            for c in self.of(f):
                by_concept.setdefault(self.names[c], []).append(i)
        out: dict[str, list[list[int]]] = {CONCEPT_PREFIX + n: [ix] for n, ix in by_concept.items()}
        for a, b in combinations(sorted(by_concept), 2):
            out[f"{PAIR_PREFIX}{a}+{b}"] = [by_concept[a], by_concept[b]]
        return out

    def to_json(self) -> dict[str, Any]:
        """The table as plain data: per concept its sorted words and stems (stems end in "*")."""
        per: dict[str, list[str]] = {n: [] for n in self.names}
        for w, cs in self.words.items():
            for c in cs:
                per[self.names[c]].append(w)
        for s, cs in self.stems.items():
            for c in cs:
                per[self.names[c]].append(s + "*")
        return {"version": self.version, "value": self.value, "concepts": {n: sorted(ws) for n, ws in per.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ConceptTable":
        """A table from ``to_json`` output."""
        return _table(data["concepts"], float(data["value"]), str(data.get("version", "")))


def concept_rows(table: ConceptTable, index: dict[str, int], cache: dict[int, list[int]],
                 masks: np.ndarray) -> tuple[list[int], list[int]]:
    """(sentence, feature row) pairs of the concept features of sentences given as concept bit masks (one per
    sentence, see ``ConceptTable.mask_of``); ``index``: feature name -> row of the model; ``cache``: a mask ->
    its rows, filled here (at most ``_MEMO_MAX`` entries)."""
    c_i: list[int] = []
    c_j: list[int] = []
    for i in np.flatnonzero(masks).tolist():
        key = int(masks[i])
        rows = cache.get(key)
        if rows is None:
            rows = [r for f in table.feature_names(c for c in range(len(table.names)) if key >> c & 1)
                    if (r := index.get(f)) is not None]
            if len(cache) < _MEMO_MAX:
                cache[key] = rows
        c_i.extend([i] * len(rows))
        c_j.extend(rows)
    return c_i, c_j


def _table(per_concept: Mapping[str, Iterable[str]], value: float, version: str) -> ConceptTable:
    names = tuple(sorted(per_concept))
    words: dict[str, set[int]] = {}
    stems: dict[str, set[int]] = {}
    for c, name in enumerate(names):
        for w in per_concept[name]:
            (stems if w.endswith("*") else words).setdefault(w.rstrip("*"), set()).add(c)
    return ConceptTable(names, {w: tuple(sorted(cs)) for w, cs in words.items()},
                        {s: tuple(sorted(cs)) for s, cs in stems.items()}, value, version)


def entry_form(entry: str, where: str) -> str:
    """The folded form of one lexicon entry ("*" kept at the end); ValueError when it is not one word or its
    stem is shorter than ``MIN_STEM`` letters."""
    stem = entry.endswith("*")
    toks = tokenize(entry.rstrip("*"))
    if len(toks) != 1:
        raise ValueError(f"{LEXICON} {where}: {entry!r} is not one word")
    form = toks[0].form
    if stem and len(form) < MIN_STEM:
        raise ValueError(f"{LEXICON} {where}: the stem {entry!r} is shorter than {MIN_STEM} letters")
    return form + ("*" if stem else "")


def build_table(data: dict[str, Any] | None = None, value: float = DEFAULT_VALUE,
                lemma_tables: dict[str, dict[str, str]] | None = None) -> ConceptTable:
    """The concept table of ``data`` (default: ``lexicons/model_concepts.yaml``), every word widened to the
    forms of its lemma in ``lemma_tables`` (default: the spacy-lookups-data tables of en, es and fr)."""
    if data is None:
        from screener.resources import lexicon_data
        data = lexicon_data(LEXICON)
    if lemma_tables is None:
        from screener.evidence.textnorm import load_lemma_table
        lemma_tables = {lang: load_lemma_table(lang) for lang in ("en", "es", "fr")}
    per: dict[str, set[str]] = {}
    by_lemma: dict[str, dict[str, set[str]]] = {}  # language -> lemma -> concepts that list it
    excluded: dict[str, set[str]] = {}  # concept -> folded forms its "not" list takes out after widening
    for name, by_lang in data["concepts"].items():
        got = per.setdefault(str(name), set())
        for lang, entries in by_lang.items():
            if lang == NOT_KEY:
                excluded[str(name)] = {entry_form(str(e), f"concepts.{name}.{lang}") for e in entries}
                continue
            forms = {entry_form(str(e), f"concepts.{name}.{lang}") for e in entries}
            got.update(forms)
            for f in forms:
                if not f.endswith("*"):
                    by_lemma.setdefault(str(lang), {}).setdefault(f, set()).add(str(name))
    for lang, wanted in by_lemma.items():  # one pass over each language's lemma table
        for form, lemma in lemma_tables.get(lang, {}).items():
            names = wanted.get(lemma)
            if names and form.isalpha():
                for name in names:
                    per[name].add(form)
    for name, forms in excluded.items():  # a form another language's lemma table gave ("pays" from "pay")
        per[name] -= forms
    return _table(per, value, str(data.get("version", "")))
