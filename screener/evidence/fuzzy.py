"""Fuzzy repair of misspelt tokens ("pasport", "recrutment", "wrokers") against the lexicon's key vocabulary.

Only unknown, purely alphabetic tokens are candidates; they are compared with rapidfuzz against key words
of similar length that share the first letter (typos rarely change it). Numbers are never compared
fuzzily. Each distinct form is looked up once per process (the caller caches the result).

``prepare(words)`` computes the answers for many words at once (one ``cdist`` per block of keys, the keys
converted once instead of once per word) and keeps them for ``correct``, which then only looks them up:
the same answers, cheaper for text that brings many new words (names, codes, rare words).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from rapidfuzz import fuzz, process

PREPARED_MAX = 100_000  # answers kept from ``prepare`` (cleared when full)
_MISSING = object()


class FuzzyCorrector:
    """Maps an unknown word to the closest key word, or None when nothing is close enough."""

    def __init__(self, keys: Iterable[str], cutoff: float = 86.0, min_len: int = 5, max_len_diff: int = 2) -> None:
        self.cutoff, self.min_len, self.max_len_diff = cutoff, min_len, max_len_diff
        self._blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
        for k in sorted(set(keys)):
            if len(k) >= min_len and k.isalpha():
                self._blocks[(k[0], len(k))].append(k)
        self._reachable: dict[tuple[str, int], list[str]] = {}  # (first letter, length) -> keys that can pass
        self._prepared: dict[str, str | None] = {}  # word -> what ``correct`` answers (see ``prepare``)

    def candidates(self, word: str) -> list[str]:
        """Key words that could be a misspelling of ``word`` (same first letter, similar length)."""
        out: list[str] = []
        for n in range(len(word) - self.max_len_diff, len(word) + self.max_len_diff + 1):
            out.extend(self._blocks.get((word[0], n), ()))
        return out

    def _reachable_keys(self, word: str, cutoff: float) -> list[str]:
        """The candidates of ``word`` whose length alone lets them reach ``cutoff``: fuzz.ratio is at most
        100 * (1 - |a - b| / (a + b)) for lengths a and b, so the others cannot pass (same result, less work)."""
        n = len(word)
        got = self._reachable.get((word[0], n))
        if got is None:
            got = [k for k in self.candidates(word) if 100.0 * (1 - abs(len(k) - n) / (len(k) + n)) >= cutoff]
            self._reachable[(word[0], n)] = got
        return got

    def _cutoff(self, word: str) -> float:
        """Longer words tolerate one more edit; very short ones need a near-exact match."""
        return self.cutoff if len(word) >= 7 else max(self.cutoff, 88.0)

    def prepare(self, words: Iterable[str]) -> None:
        """Compute ``correct`` of every word not yet prepared, in one ``cdist`` per block of candidate keys
        (words of the same first letter and length share their candidates and cutoff), and keep the answers
        for ``correct``. ``process.cdist`` scores with the same scorer as ``extractOne``, and the first
        highest score at or above the cutoff is the one ``extractOne`` returns, so the answers are the same."""
        prepared = self._prepared
        groups: dict[tuple[str, int], list[str]] = {}
        for w in dict.fromkeys(words):
            if w in prepared:
                continue
            if len(w) < self.min_len or not w.isalpha():
                continue  # correct answers None at once: nothing to prepare
            groups.setdefault((w[0], len(w)), []).append(w)
        if not groups:
            return
        if len(prepared) + sum(map(len, groups.values())) > PREPARED_MAX:
            prepared.clear()
        for ws in groups.values():
            cutoff = self._cutoff(ws[0])
            cands = self._reachable_keys(ws[0], cutoff)
            if not cands:
                prepared.update(dict.fromkeys(ws))
                continue
            scores = process.cdist(ws, cands, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.float64)
            best = scores.argmax(axis=1)  # the first highest score, as extractOne keeps the first best
            top = scores[np.arange(len(ws)), best]
            for w, j, sc in zip(ws, best.tolist(), top.tolist()):
                prepared[w] = cands[j] if sc >= cutoff else None

    def correct(self, word: str) -> str | None:
        """The best key word for ``word`` at or above the cutoff, else None."""
        got = self._prepared.get(word, _MISSING)
        if got is not _MISSING:
            return got  # type: ignore[return-value]  # a str or None, stored by prepare
        if len(word) < self.min_len or not word.isalpha():
            return None
        cutoff = self._cutoff(word)
        cands = self._reachable_keys(word, cutoff)
        if not cands:
            return None
        best = process.extractOne(word, cands, scorer=fuzz.ratio, score_cutoff=cutoff)
        return best[0] if best else None
