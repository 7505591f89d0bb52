"""Matching compiled token sequences that have ``*N`` windows, in Python over a sentence's token hashes.

spaCy's Matcher finds such sequences by starting every pattern at every token and carrying every partial
match along (a ``*`` keeps many alive), and a call costs about 30 to 50 µs even on a short span; a page makes
hundreds of them. A window sequence is a handful of elements (words, numbers, prefixes, windows), so a
depth-first walk from the tokens that can start it finds the same matches in about a third of the time.
The result is what ``Matcher(..., with_alignments=True)`` gives, filtered by ``CompiledSeq.fits``: per
(start, end), the path spaCy reports for it, kept when its windows are within their lengths, with the tokens
its windows cover (tests/test_seqmatch.py compares both on corpus sentences in every language).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_COLUMN = {"NORM": 0, "LEMMA": 1}


@dataclass(frozen=True)
class SeqMatch:
    """One match: tokens [start, end) of the sentence, and the tokens its windows cover."""

    start: int
    end: int
    free: frozenset[int]


@dataclass(frozen=True)
class _Element:
    """One position of a sequence: a window of at most ``window`` tokens (``window`` >= 0), or a token whose
    NORM is in ``norms``, whose LEMMA is in ``lemmas`` or whose NORM string ``regex`` finds."""

    window: int
    norms: frozenset[int]
    lemmas: frozenset[int]
    regex: re.Pattern | None
    optional: bool


class WindowScanner:
    """Finds the matches of one compiled sequence (its spaCy patterns) over [NORM, LEMMA] hash pairs."""

    def __init__(self, patterns: list[list[dict]], windows: list[int], strings, terminators: frozenset[int]) -> None:
        self.terminators = terminators
        # the patterns are every combination of each position's alternatives: one element per position
        self.elements = [self._element([p[i] for p in patterns], w, strings) for i, w in enumerate(windows)]

    @staticmethod
    def _element(specs: list[dict], window: int, strings) -> _Element:
        if window >= 0:
            return _Element(window, frozenset(), frozenset(), None, False)
        sets: tuple[set[int], set[int]] = (set(), set())
        regexes: list[str] = []
        for spec in specs:
            for attr, value in spec.items():
                if attr == "OP":
                    continue
                if isinstance(value, dict) and "REGEX" in value:
                    regexes.append(value["REGEX"])
                else:
                    vals = value["IN"] if isinstance(value, dict) else [value]
                    sets[_COLUMN[attr]].update(strings.add(v) for v in vals)
        regex = re.compile("|".join(f"(?:{r})" for r in dict.fromkeys(regexes))) if regexes else None
        return _Element(-1, frozenset(sets[0]), frozenset(sets[1]), regex, specs[0].get("OP") == "?")

    def find(self, pairs: list[list[int]], lo: int, hi: int, strings) -> list[SeqMatch]:
        """Every match within tokens [lo, hi) of a sentence given as its tokens' [NORM, LEMMA] hashes, one per
        (start, end), in order of start then end.

        As spaCy does, one path stands for each (start, end) (windows as long as they go, an optional element
        taken when it matches), and the match is kept when that path's windows are within their lengths."""
        elements = self.elements
        n = len(elements)
        terms = self.terminators

        def ok(el: _Element, j: int) -> bool:
            norm, lemma = pairs[j]
            return norm in el.norms or lemma in el.lemmas or (
                el.regex is not None and el.regex.search(strings[norm]) is not None)

        first = elements[0]
        if first.window < 0 and not first.optional:
            starts: "range | list[int]" = [j for j in range(lo, hi) if ok(first, j)]
        else:
            starts = range(lo, hi)
        # per (start, end), the path that stands for it: (skipped its last elements, fits, window tokens)
        chosen: dict[tuple[int, int], tuple[bool, bool, tuple[int, ...]]] = {}
        for start in starts:
            # (element, token, window tokens, windows within length, last step skipped), depth first
            stack: list[tuple[int, int, tuple[int, ...], bool, bool]] = [(0, start, (), True, False)]
            while stack:
                k, j, free, fits, skipped = stack.pop()
                if k == n:
                    if j > start:
                        # spaCy reports a path that ends on a token before one that ends by skipping optional
                        # elements (it settles those at the next token), otherwise the first path found
                        held = chosen.get((start, j))
                        if held is None or (held[0] and not skipped):
                            chosen[(start, j)] = (skipped, fits, free)
                    continue
                el = elements[k]
                if el.window >= 0:  # the longest window first (pushed last): spaCy's "*" is unbounded, checked after
                    t = j
                    while t < hi and pairs[t][0] not in terms:
                        t += 1
                    limit = el.window
                    for u in range(j, t + 1):
                        stack.append((k + 1, u, free + tuple(range(j, u)), fits and u - j <= limit, u == j))
                    continue
                if el.optional:
                    stack.append((k + 1, j, free, fits, True))
                if j < hi and ok(el, j):  # an optional element taken first when it matches (pushed last)
                    stack.append((k + 1, j + 1, free, fits, False))
        return [SeqMatch(s, e, frozenset(free)) for (s, e), (_, fits, free) in sorted(chosen.items()) if fits]
