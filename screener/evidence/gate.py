"""What may match, before any matcher runs: the plan of one sentence, and the plans of every sentence of a page
read from one tokenisation of the page.

A sentence whose tokens hold neither a matcher anchor nor a numeric trigger cannot match; for the others the plan
names the entries that may match (``planning.Requirements``) and the numeric rules' hits. On a page, the four key
sets tested (anchors and triggers, numeric triggers, spelled numbers, required hashes) are one sorted array with a
bit per set: one sorted look-up per page instead of four.
"""
from __future__ import annotations

import re
from itertools import chain

import numpy as np
from spacy.attrs import IDX, LENGTH
from spacy.strings import StringStore
from spacy.tokens import Doc

from screener.evidence.numeric import NumericHit, NumericRuleSet
from screener.evidence.planning import Plan, Requirements, member

_DIGIT = re.compile(r"\d")
GATE, TRIGGER, SPELLED, REQUIRED = 1, 2, 4, 8  # bits of the key sets a page's hashes are tested against


class Planner:
    """The plans of sentences and pages of one language, from its compiled lexicon and numeric rules."""

    def __init__(self, anchor_keys: set[int], requirements: Requirements, numeric: NumericRuleSet,
                 strings: StringStore) -> None:
        self.requirements = requirements
        self.numeric = numeric
        self.strings = strings
        # hashes whose presence in a sentence may lead to a candidate
        self.trigger_hashes = {strings.add(t) for t in numeric.triggers}
        self.spelled_hashes = {strings.add(t) for t in numeric.spelled_triggers}
        self.gate_keys = np.array(sorted(anchor_keys | self.trigger_hashes | {0}), dtype="uint64")
        self.trigger_arr = np.array(sorted(self.trigger_hashes), dtype="uint64")
        self.spelled_arr = np.array(sorted(self.spelled_hashes), dtype="uint64")
        self.union = np.unique(np.concatenate([self.gate_keys, self.trigger_arr, self.spelled_arr,
                                               requirements.sorted_hashes]))
        self.union_bits = np.zeros(len(self.union), dtype=np.uint8)
        for bit, keys in ((GATE, self.gate_keys), (TRIGGER, self.trigger_arr), (SPELLED, self.spelled_arr),
                          (REQUIRED, requirements.sorted_hashes)):
            self.union_bits[member(keys, self.union)] |= bit

    def sentence(self, present: set[int], pairs: list[list[int]], text: str, s: int, e: int) -> Plan:
        """The plan of the sentence ``text[s:e]`` whose tokens have [NORM, LEMMA] hashes ``pairs``."""
        phrases, possible = self.requirements.plan(present)
        hits: list[NumericHit] = []
        if not present.isdisjoint(self.trigger_hashes) and (_DIGIT.search(text, s, e) is not None
                                                           or not present.isdisjoint(self.spelled_hashes)):
            if self.numeric.may_match(pairs, self.strings):
                hits = self.numeric.find_in(pairs, self.strings)
        return Plan(present, phrases, possible, hits, pairs)

    def page(self, doc: Doc, hashes: np.ndarray, text: str,
             sents: list[tuple[int, int]]) -> list[tuple[Plan | bool, int, int]]:
        """Per sentence of the page ``text`` (tokenised as ``doc``, whose tokens' [NORM, LEMMA] hashes are
        ``hashes``): False when it cannot yield a candidate, else its plan, or True when only the sentence's own
        tokenisation can tell; with the sentence's first and last + 1 token index in the page."""
        strings = self.strings
        arr = doc.to_array([IDX, LENGTH]).astype(np.int64)
        starts = arr[:, 0]
        ends = starts + arr[:, 1]
        pos = np.minimum(np.searchsorted(self.union, hashes), len(self.union) - 1)
        bits = np.where(self.union[pos] == hashes, self.union_bits[pos], 0)  # per hash: the key sets holding it

        def upto(bit: int) -> list[int]:  # per token index, how many tokens before it have a hash of that set
            return np.concatenate(([0], np.cumsum((bits & bit).any(axis=1)))).tolist()

        n_flagged = upto(GATE)  # an anchor or numeric trigger hash: the sentence may match
        n_trig, n_spelled = upto(TRIGGER), upto(SPELLED)
        req = self.requirements  # the tokens' hashes a plan depends on, in token order
        r_tok, r_col = np.nonzero(bits & REQUIRED)
        r_val = hashes[r_tok, r_col].tolist()

        bounds = np.array(sents, dtype=np.int64)
        a_idx = np.searchsorted(starts, bounds[:, 0], side="left")
        b_idx = np.searchsorted(starts, bounds[:, 1], side="left")
        r_lo, r_hi = np.searchsorted(r_tok, a_idx).tolist(), np.searchsorted(r_tok, b_idx).tolist()
        a_l, b_l = a_idx.tolist(), b_idx.tolist()
        start_l, end_l = starts.tolist(), ends.tolist()
        n = len(start_l)
        hyphens = "- " in text
        out: list[tuple[Plan | bool, int, int]] = []
        for (s, e), a, b, lo, hi in zip(sents, a_l, b_l, r_lo, r_hi):
            if (a >= n or b <= a or start_l[a] != s or end_l[b - 1] != e
                    or (hyphens and text.find("- ", s, e) >= 0)):
                out.append((True, a, b))
                continue
            if n_flagged[b] == n_flagged[a]:
                out.append((False, a, b))
                continue
            # what _plan gives, from the page's arrays: hashes become Python ints only where needed
            phrases, keys = req.plan_relevant(frozenset(r_val[lo:hi]))
            pairs: list[list[int]] | None = None
            hits: list[NumericHit] = []
            if n_trig[b] > n_trig[a] and (_DIGIT.search(text, s, e) is not None or n_spelled[b] > n_spelled[a]):
                pairs = hashes[a:b].tolist()
                if self.numeric.may_match(pairs, strings):
                    hits = self.numeric.find_in(pairs, strings)
            if not (phrases or keys or hits):
                out.append((False, a, b))
                continue
            pairs = hashes[a:b].tolist() if pairs is None else pairs
            out.append((Plan(set(chain.from_iterable(pairs)), phrases, keys, hits, pairs), a, b))
        return out
