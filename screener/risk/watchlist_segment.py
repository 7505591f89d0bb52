"""Word boundaries and spelling as the list writes them: re-split supplier names whose words were split, run
together or had their space moved ("Indus trial", "NinestarCorporation", "JAS olar", "HnuanNanmo"), and
spell common words right ("Industiral").

A word is *known* when every normalised token of it is a word of a loaded list name, a legal-form word, a
qualifier word or a stopword; it is *near* a listed word when one letter was dropped, added, changed or two
letters swapped (``token_credit``). For the words of a supplier name, in order:

- two neighbouring words of which one is unknown are joined when the joined word is known, or re-split at
  another letter when both halves are known; when both are unknown, they are also joined when the joined
  word is near a listed word, or re-split into a known word and a near one;
- an unknown word that misspells a common word (generic, place, legal form) is spelt right; one that is near
  a listed word is kept as it is (typo credit does the rest); any other is split into two known words, or
  into a known word and a near one.

A split must give two words that a listed name writes next to each other (allowing one typo), or a word
followed by a legal form or qualifier, so "Yangxiang" is not read as the listed "Xiang-Yang". A name whose
words are all known is never touched, and every change is reported in the match explanation
(``NameParts.resegmented``, the ``word_boundaries`` feature).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable

from screener.normalize.names import (
    NameParts,
    common_words,
    has_cjk,
    name_words,
    normal_tokens,
    parse_words,
    parser_words,
    stem_word,
    synonym_keys,
)
from screener.risk.watchlist_syllables import is_pinyin_run, join_syllables, pair_syllables

_MIN_PART = 2  # shortest half of a split word
_FUZZY_PART = 5  # shortest half that may be a typo of a listed word
_FUZZY_WORD = 8  # shortest word that may be split into a known word and a typo of one ("hnuannanmo")
_NEAR_JOINED = 10  # longest pair of unknown words that may be joined into a typo of a listed word
_CACHE_MAX = 500_000
_RUNS = re.compile(r"\d+|[a-z]+")
_CUTS: dict[int, list[int]] = {}  # word length -> split points, the most even first


def _deletions(w: str) -> list[str]:
    return [w] + [w[:i] + w[i + 1:] for i in range(len(w))]


class Resegmenter:
    """Re-split and re-spell a supplier name's words against the vocabulary of the loaded lists."""

    def __init__(self, cores: Iterable[tuple[str, ...]], typo_of: Callable[[str, str], float],
                 min_typo: int = 4, near_fn: Callable[[str], Iterable[str]] | None = None) -> None:
        forms, stop = parser_words()
        self.no_part = frozenset(w for w in stop if len(w) < 3)  # "de", "y" never split off; "and" may be
        cores = list(cores)
        self.listed = frozenset(t for core in cores for t in core)
        self.bigrams = frozenset((c[i], c[i + 1]) for c in cores for i in range(len(c) - 1))
        self.suffixes = forms - stop  # legal-form and qualifier words, glued to the end of a name
        self.vocab = self.listed | forms | stop
        self._synonyms = frozenset(synonym_keys())  # words that ``stem_word`` maps to other tokens
        self._known_raw: frozenset[str] | None = None
        self.near_fn = near_fn  # listed words one typo from a word (the blocker's index); else built here
        self.typo_of = typo_of  # token_credit: > 0 when two words are one typo apart
        self.min_typo = min_typo
        # what Chinese syllables may join into: listed words and Chinese industry words in pinyin (keji, fangzhi)
        self.syllable_words = self.listed | frozenset(w for w in common_words(min_length=4) - forms if is_pinyin_run(w))
        self._deletions: dict[str, list[str]] | None = None  # built on first use (see ``deletions``)
        self._spelling: dict[str, str | None] | None = None
        self._known: dict[str, bool] = {}
        self._near: dict[str, tuple[str, ...]] = {}
        self._spelt: dict[str, str | None] = {}
        self._split: dict[tuple[str, bool], tuple[str, str] | None] = {}
        self._pairs: dict[tuple[str, str], tuple[str, ...] | None] = {}  # ``words``' decision per word pair
        self._singles: dict[str, tuple[tuple[str, ...], bool] | None] = {}  # ... and per unknown word
        self._affixes: tuple[frozenset[str], frozenset[str]] | None = None  # see ``affixes``
        self._ends: dict[str, tuple[bool, bool, bool, bool]] = {}  # word -> ``_end_flags``

    def warm(self) -> None:
        """Build the tables that are otherwise built on first use (before forking workers that share them)."""
        _ = self.known_raw, self.spelling, self.deletions, self.affixes

    @property
    def known_raw(self) -> frozenset[str]:
        """Raw words that normalise into the vocabulary: the words, their plurals and the synonyms that map
        there (built on first use)."""
        if self._known_raw is None:
            vocab = self.vocab
            raw = set(vocab) | {w + "s" for w in vocab if len(w) >= 4 and w.isalpha()}
            raw |= {k for k, v in synonym_keys().items() if all(t in vocab for t in v)}
            self._known_raw = frozenset(w for w in raw if len(w) > 1 and all(
                t.isdigit() or t in vocab for t in stem_word(w)))
        return self._known_raw

    @property
    def spelling(self) -> dict[str, str | None]:
        """One-letter deletions of the common words -> the word (None when two words share one); a misspelt
        common word is spelt right before normalising ("Industiral" -> industry, small weight)."""
        if self._spelling is None:
            spelling: dict[str, str | None] = {}
            for w in common_words():
                for d in set(_deletions(w)):
                    old = spelling.get(d, w)
                    spelling[d] = w if old == w else None
            self._spelling = spelling
        return self._spelling

    @property
    def deletions(self) -> dict[str, list[str]]:
        """One-letter deletions of the listed words -> the words (symmetric deletion, as in the blocker)."""
        if self._deletions is None:
            dels: dict[str, list[str]] = {}
            for w in self.listed:
                if len(w) >= self.min_typo and w.isalpha():
                    for d in set(_deletions(w)):
                        dels.setdefault(d, []).append(w)
            self._deletions = dels
        return self._deletions

    @property
    def affixes(self) -> tuple[frozenset[str], frozenset[str]]:
        """(proper prefixes, proper suffixes) of the known raw words (built on first use)."""
        if self._affixes is None:
            kr = self.known_raw
            self._affixes = (frozenset(w[:k] for w in kr for k in range(1, len(w))),
                             frozenset(w[k:] for w in kr for k in range(1, len(w))))
        return self._affixes

    def _end_flags(self, word: str) -> tuple[bool, bool, bool, bool]:
        """(``word`` is a proper prefix of a known word; a known word then a proper prefix of one make it up;
        it is a proper suffix of a known word; it ends with a known word after at least one letter)."""
        hit = self._ends.get(word)
        if hit is None:
            pre, suf = self.affixes
            kr = self.known_raw
            cuts = range(1, len(word))
            hit = (word in pre, any(word[:k] in kr and word[k:] in pre for k in cuts),
                   word in suf, any(word[k:] in kr for k in cuts))
            if len(self._ends) < _CACHE_MAX:
                self._ends[word] = hit
        return hit

    def pair_may_split(self, w: str, nxt: str) -> bool:
        """False only when ``split(w + nxt)`` can find no cut with two known halves other than the one between
        ``w`` and ``nxt`` (an exact pre-test from the prefixes and suffixes of the known words; True: maybe).

        A cut inside ``w`` needs a known ``w[:k]`` and a known ``w[k:] + nxt``, so ``w[k:]`` is a proper prefix
        and ``nxt`` a proper suffix of a known word. A cut inside ``nxt`` needs a known ``w + nxt[:j]`` (``w`` a
        proper prefix of it) and a known ``nxt[j:]``."""
        lw, rw = self._end_flags(w), self._end_flags(nxt)
        return (lw[0] and rw[3]) or (rw[2] and lw[1])

    def known(self, word: str) -> bool:
        """Whether ``word`` (a raw lower-case word) is made of list vocabulary only."""
        if word in (self._known_raw or self.known_raw):
            return True
        hit = self._known.get(word)
        if hit is None:
            if word.isalpha() and not self._may_know(word):
                return False  # not remembered: a quick test, and most joined pairs are seen once
            if len(word) < 2 and not word.isdigit():
                hit = False
            elif word.isdigit():
                hit = True
            else:
                toks = stem_word(word) if word.isalnum() else normal_tokens(word)
                hit = bool(toks) and all(t.isdigit() or t in self.vocab for t in toks)
            if len(self._known) < _CACHE_MAX:
                self._known[word] = hit
        return hit

    def _may_know(self, word: str) -> bool:
        """False only when the letters-only ``word`` is not ``known``: ``stem_word`` gives the word's synonym,
        its singular's synonym, its singular or the word itself, and one of them must be in the vocabulary."""
        syn, vocab = self._synonyms, self.vocab
        if word in syn or word in vocab:
            return True
        return word.endswith("s") and (word[:-1] in syn or word[:-1] in vocab)

    def spell(self, word: str) -> str | None:
        """The common word that ``word`` misspells by one letter, if there is exactly one."""
        if word in self._spelt:
            return self._spelt[word]
        best = None
        if len(word) >= self.min_typo and word.isalpha():
            get = self.spelling.get
            for d in _deletions(word):
                t = get(d)
                if t and t != word and self.typo_of(word, t):
                    best = t
                    break
        if len(self._spelt) < _CACHE_MAX:
            self._spelt[word] = best
        return best

    def near_words(self, word: str) -> tuple[str, ...]:
        """The listed words that ``word`` (normalised) is one typo away from."""
        hit = self._near.get(word)
        if hit is None:
            toks = stem_word(word) if word.isalnum() else normal_tokens(word)
            found: set[str] = set()
            if len(toks) == 1 and len(toks[0]) >= self.min_typo and toks[0].isalpha() and self.near_fn:
                found = {w for w in self.near_fn(toks[0]) if w != toks[0]}
            elif len(toks) == 1 and len(toks[0]) >= self.min_typo and toks[0].isalpha():
                t = toks[0]
                get = self.deletions.get
                found = {w for d in _deletions(t) for w in get(d, ()) if self.typo_of(t, w)}
            hit = tuple(sorted(found))
            if len(self._near) < _CACHE_MAX:
                self._near[word] = hit
        return hit

    def near(self, word: str) -> bool:
        """Whether ``word`` (normalised) is one typo away from a listed word."""
        return bool(self.near_words(word))

    def adjacent(self, a: str, b: str) -> bool:
        """Whether the list writes ``a`` then ``b`` (or words one typo from them) next to each other, or ``b`` is a
        legal-form or qualifier word glued to the end ("ninestar" + "corporation")."""
        ta, tb = stem_word(a), stem_word(b)
        if not ta or not tb:
            return False
        if all(t in self.suffixes for t in tb) or (self.spell(b) or "") in self.suffixes:
            return True
        left = {ta[-1], *self.near_words(a)}
        right = {tb[0], *self.near_words(b)}
        return any((x, y) in self.bigrams for x in left for y in right)

    def _fuzzy_or_known(self, part: str) -> bool:
        return len(part) >= _FUZZY_PART and (self.near(part) or self.spell(part) is not None)

    def split(self, word: str, fuzzy: bool) -> tuple[str, str] | None:
        """``word`` split into two known words (the most even split first); with ``fuzzy`` also into a known
        word and a near or misspelt one; letters and digits apart ("841cotton"). The two words must be
        ``adjacent`` on the list. None when there is none."""
        key = (word, fuzzy)
        if key in self._split:
            return self._split[key]
        best = None
        if not word.isalpha() and not word.isdigit():
            runs = _RUNS.findall(word)
            if len(runs) == 2 and all(r.isdigit() or self.known(r) for r in runs) and self.adjacent(*runs):
                best = (runs[0], runs[1])
        elif len(word) >= 2 * _MIN_PART:
            n = len(word)
            cuts = _CUTS.get(n) or _CUTS.setdefault(n, sorted(range(_MIN_PART, n - _MIN_PART + 1),
                                                              key=lambda k: abs(n - 2 * k)))
            kr, no = self.known_raw, self.no_part  # a quick set test first: almost every cut fails it
            for k in cuts:
                a = word[:k]
                if a in kr and a not in no:
                    b = word[k:]
                    if b in kr and b not in no and self.adjacent(a, b):
                        best = (a, b)
                        break
            if best is None and fuzzy and n >= _FUZZY_WORD:
                halves = [(word[:k], word[k:]) for k in cuts]
                fz = self._fuzzy_or_known
                best = next(((a, b) for a, b in halves if ((a in kr and a not in no and fz(b))
                             or (b in kr and b not in no and fz(a))) and self.adjacent(a, b)), None)
        if len(self._split) < _CACHE_MAX:
            self._split[key] = best
        return best

    def _pair(self, w: str, nxt: str, both_unknown: bool) -> tuple[str, ...] | None:
        """Two neighbouring words (one unknown) joined or re-split, or None (remembered per pair)."""
        key = (w, nxt)
        if key in self._pairs:
            return self._pairs[key]
        joined = w + nxt
        new: tuple[str, ...] | None = None
        if self.known(joined):
            new = (joined,)
        elif not both_unknown and joined.isalpha() and not self.pair_may_split(w, nxt):
            new = None  # one word known, so the cut between them is not a known split: nothing can apply
        else:
            parts = self.split(joined, fuzzy=False)
            if parts and parts != (w, nxt):
                new = parts
            elif both_unknown and _FUZZY_PART <= len(joined) and joined.isalpha():
                right = self.spell(joined) if len(joined) <= _NEAR_JOINED else None
                if right or (len(joined) <= _NEAR_JOINED and self.near(joined)):
                    new = (right or joined,)
                else:
                    parts = self.split(joined, fuzzy=True)
                    if parts and parts != (w, nxt):
                        new = parts
        if len(self._pairs) < _CACHE_MAX:
            self._pairs[key] = new
        return new

    def _single(self, w: str) -> tuple[tuple[str, ...], bool] | None:
        """An unknown word spelt right (True) or split, or None (remembered per word)."""
        if w in self._singles:
            return self._singles[w]
        right = self.spell(w)
        parts = None if right else self.split(w, fuzzy=False)
        if not right and not parts and len(w) >= _FUZZY_WORD and not self.near(w):
            parts = self.split(w, fuzzy=True)
        out = ((right,), True) if right else ((tuple(parts), False) if parts else None)
        if len(self._singles) < _CACHE_MAX:
            self._singles[w] = out
        return out

    def words(self, words: list[str]) -> tuple[list[str], list[str]]:
        """The re-split words and the changes made (as "old -> new")."""
        kr, kn = self.known_raw, self.known
        known = [w in kr or kn(w) for w in words]
        if all(known):
            return words, []
        out: list[str] = []
        changes: list[str] = []
        i, n = 0, len(words)
        while i < n:
            w = words[i]
            if i + 1 < n and not (known[i] and known[i + 1]):
                nxt = words[i + 1]
                new = self._pair(w, nxt, not known[i] and not known[i + 1])
                if new:
                    out.extend(new)
                    changes.append(f"{w} {nxt} -> {' '.join(new)}")
                    i += 2
                    continue
            if not known[i]:
                got = self._single(w)
                if got:
                    out.extend(got[0])
                    changes.append(f"{w} -> {' '.join(got[0])}" + (" (spelling)" if got[1] else ""))
                    i += 1
                    continue
            out.append(w)
            i += 1
        return out, changes

    def parse(self, name: str, parts: NameParts) -> NameParts:
        """``parts`` of ``name`` parsed again from re-split words; ``parts`` itself when nothing changed."""
        words = list(name_words(name))
        if has_cjk(name):  # Chinese characters: syllables joined into listed words, the rest paired
            words, changes = join_syllables(words, self.syllable_words)
            parts = parse_words(name, words, tuple(changes))
            core, paired = pair_syllables(parts.core, self.syllable_words)
            if not paired:
                return parts
            return dataclasses.replace(parts, core=core, resegmented=parts.resegmented + tuple(paired))
        new, changes = self.words(words)
        if not changes:
            return parts
        return parse_words(name, new, tuple(changes))
