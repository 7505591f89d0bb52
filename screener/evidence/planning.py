"""What may match in one sentence, found from its NORM/LEMMA hashes before any matcher runs.

A sequence or phrase entry can only match a sentence that holds, for every required element of the entry
(a set of hashes one of which must occur), at least one of that element's hashes. Each distinct element
gets one bit, each hash the bits of the elements that hold it, and each entry the bits of its elements,
all built from the compiled lexicon at load time. A sentence's satisfied elements are then the OR of its
hashes' bits, and an entry may match only when all of its bits are set: one integer test per entry
instead of a method call and a set test per element (the same answer as ``CompiledSeq.possible`` and
``IndicatorMatchers.phrase_possible``). The answer depends only on which of those hashes a sentence holds,
so it is also kept per such set (reports repeat their phrasing with other names and numbers).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from screener.evidence.matching import IndicatorMatchers
from screener.evidence.numeric import NumericHit

MEMO_MAX = 20_000  # distinct sets of required hashes whose plans are kept (cleared when full)


@dataclass
class Plan:
    """What may match in one sentence: found from its NORM/LEMMA hashes before any matcher runs."""

    present: set[int]  # NORM and LEMMA hashes of the sentence
    phrases: bool  # some phrase may match
    keys: tuple[str, ...]  # sequence entries that may match, sorted (ties resolve the same in every process)
    numeric: list[NumericHit]
    pairs: list[list[int]]  # [NORM, LEMMA] hashes per token

    def __bool__(self) -> bool:
        return self.phrases or bool(self.keys) or bool(self.numeric)


class Requirements:
    """Per anchor hash, the sequence entries and phrases it may start, each with the bit mask of its
    required elements; per hash, the bits of the required elements it satisfies."""

    def __init__(self, m: IndicatorMatchers) -> None:
        bit_of: dict[frozenset[int], int] = {}
        hash_bits: dict[int, int] = {}

        def mask(required: Iterable[frozenset[int]]) -> int:
            out = 0
            for req in required:
                bit = bit_of.get(req)
                if bit is None:
                    bit = bit_of[req] = 1 << len(bit_of)
                    for h in req:
                        hash_bits[h] = hash_bits.get(h, 0) | bit
                out |= bit
            return out

        self.seq_by_anchor: dict[int, tuple[tuple[str, int], ...]] = {
            h: tuple((k, mask(m.literal[k].required)) for k in sorted(keys)) for h, keys in m.seq_index.items()}
        self.seq_always: tuple[tuple[str, int], ...] = tuple(
            (k, mask(m.literal[k].required)) for k in sorted(m.seq_always))
        self.phrase_by_anchor: dict[int, tuple[int, ...]] = {
            h: tuple(mask(req) for req in reqs) for h, reqs in m.phrase_required.items()}
        self.hash_bits = hash_bits
        self.anchors = frozenset(m.seq_index) | m.phrase_anchors
        # the hashes a plan depends on: those of required elements, and the anchors (each is one of them)
        self.hashes = frozenset(hash_bits) | self.anchors
        self.sorted_hashes = np.array(sorted(self.hashes), dtype=np.uint64)
        self._memo: dict[frozenset[int], tuple[bool, tuple[str, ...]]] = {}

    def satisfied(self, present: set[int] | frozenset[int]) -> int:
        """The bits of every required element that has a hash in ``present``."""
        sat = 0
        bits = self.hash_bits
        for h in self.hashes.intersection(present):
            sat |= bits.get(h, 0)
        return sat

    def possible(self, anchored: set[int] | frozenset[int], sat: int) -> tuple[bool, tuple[str, ...]]:
        """(some phrase may match, the sorted sequence entries that may match) for a sentence whose anchor
        hashes are ``anchored`` and whose satisfied elements are ``sat``."""
        by_phrase = self.phrase_by_anchor
        phrases = any(r & sat == r for h in anchored if h in by_phrase for r in by_phrase[h])
        by_seq = self.seq_by_anchor
        keys = {k for h in anchored if h in by_seq for k, r in by_seq[h] if r & sat == r}
        keys.update(k for k, r in self.seq_always if r & sat == r)
        return phrases, tuple(sorted(keys))

    def plan(self, present: set[int]) -> tuple[bool, tuple[str, ...]]:
        """``possible`` for a sentence whose NORM and LEMMA hashes are ``present``."""
        return self.plan_relevant(self.hashes & present)

    def plan_relevant(self, relevant: frozenset[int]) -> tuple[bool, tuple[str, ...]]:
        """``possible`` for a sentence whose hashes among ``hashes`` are ``relevant``.

        The answer depends only on which required hashes the sentence has (every anchor hash is one), so it
        is kept per such set: sentences that share their lexicon words share it, whatever else they say."""
        got = self._memo.get(relevant)
        if got is None:
            got = self.possible(relevant & self.anchors, self.satisfied(relevant))
            if len(self._memo) >= MEMO_MAX:
                self._memo.clear()
            self._memo[relevant] = got
        return got


def member(keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Per element of ``values`` (any shape): whether it is in the sorted uint64 array ``keys`` (a sorted
    look-up is cheaper than ``np.isin`` on a page's hashes)."""
    if len(keys) == 0:
        return np.zeros(values.shape, dtype=bool)
    pos = np.minimum(np.searchsorted(keys, values), len(keys) - 1)
    return keys[pos] == values
