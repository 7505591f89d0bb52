"""Fuzzy repair of misspelt tokens ("pasport", "recrutment", "wrokers") against the lexicon's key vocabulary.

Only unknown, purely alphabetic tokens are candidates; they are compared with rapidfuzz against key words
of similar length that share the first letter (typos rarely change it). Numbers are never compared
fuzzily. Each distinct form is looked up once per process (the caller caches the result).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process


class FuzzyCorrector:
    """Maps an unknown word to the closest key word, or None when nothing is close enough."""

    def __init__(self, keys: Iterable[str], cutoff: float = 86.0, min_len: int = 5, max_len_diff: int = 2) -> None:
        self.cutoff, self.min_len, self.max_len_diff = cutoff, min_len, max_len_diff
        self._blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
        for k in sorted(set(keys)):
            if len(k) >= min_len and k.isalpha():
                self._blocks[(k[0], len(k))].append(k)
        self._reachable: dict[tuple[str, int], list[str]] = {}  # (first letter, length) -> keys that can pass

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

    def correct(self, word: str) -> str | None:
        """The best key word for ``word`` at or above the cutoff, else None."""
        if len(word) < self.min_len or not word.isalpha():
            return None
        # longer words tolerate one more edit; very short ones need a near-exact match
        cutoff = self.cutoff if len(word) >= 7 else max(self.cutoff, 88.0)
        cands = self._reachable_keys(word, cutoff)
        if not cands:
            return None
        best = process.extractOne(word, cands, scorer=fuzz.ratio, score_cutoff=cutoff)
        return best[0] if best else None
