"""Candidate blocking and an exact score bound for watchlist matching.

``Blocker`` finds the listed names that share a distinctive word, a joined word pair or a one-typo variant
of one with a supplier name. ``name_bound`` gives, without aligning the words, an upper bound of the
rarity-weighted word agreement (``watchlist_match.align``'s F value) of a pair: each word gets the best
credit it could get from any word of the other name, as if the alignment did not have to be one-to-one.
Pairs whose bound cannot reach the alert threshold are never aligned, so pruning changes no result.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from rapidfuzz.distance import OSA

from screener.watchlist_match import MatchConfig, TokenWeights, token_credit

_CACHE_MAX = 500_000


@dataclass(frozen=True)
class BoundRecord:
    """A listed name's words as the bound needs them."""

    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    total: float  # sum of the weights (the recall denominator of ``align``)
    fuzzy: tuple[bool, ...]  # word long enough, and not a number, for typo credit
    pairs: tuple[tuple[int, str], ...]  # (i, words i and i+1 joined)


def bound_record(core: tuple[str, ...], tw: TokenWeights, cfg: MatchConfig) -> BoundRecord:
    """The bound's view of a listed name's core words."""
    w = tuple(tw.weight(t) for t in core)
    return BoundRecord(core, w, sum(w), tuple(len(t) >= cfg.fuzzy_min_length and not t.isdigit() for t in core),
                       tuple((i, core[i] + core[i + 1]) for i in range(len(core) - 1)))


class QueryWords:
    """A supplier name's core words indexed for ``name_bound``."""

    __slots__ = ("n", "weights", "total", "index", "pairs", "fuzzy")

    def __init__(self, core: tuple[str, ...], tw: TokenWeights, cfg: MatchConfig,
                 typo_memo: dict[str, dict[str, bool]]) -> None:
        self.n = len(core)
        self.weights = [tw.weight(t) for t in core]
        self.total = sum(self.weights)
        self.index: dict[str, list[int]] = {}
        for j, t in enumerate(core):
            self.index.setdefault(t, []).append(j)
        self.pairs: dict[str, list[int]] = {}
        for j in range(len(core) - 1):
            self.pairs.setdefault(core[j] + core[j + 1], []).append(j)
        # (index, word, length, memo of "is this listed word a typo of it") for words that take typo credit
        self.fuzzy = [(j, t, len(t), typo_memo.setdefault(t, {})) for j, t in enumerate(core)
                      if len(t) >= cfg.fuzzy_min_length and not t.isdigit()]


def name_bound(r: BoundRecord, q: QueryWords, cfg: MatchConfig) -> float:
    """Upper bound of ``align(listed, query).f`` (never below it)."""
    n_l = len(r.tokens)
    got_l = [0.0] * n_l
    got_q = [0.0] * q.n
    fc, min_sim = cfg.fuzzy_credit, cfg.fuzzy_min_similarity
    qi, qp, qf = q.index, q.pairs, q.fuzzy
    for i, t in enumerate(r.tokens):
        js = qi.get(t)
        if js:
            got_l[i] = 1.0
            for j in js:
                got_q[j] = 1.0
        js = qp.get(t)  # a listed word written as two words by the supplier
        if js:
            got_l[i] = 1.0
            for j in js:
                got_q[j] = got_q[j + 1] = 1.0
        if qf and r.fuzzy[i]:
            lt = len(t)
            for j, qt, lq, memo in qf:
                if (got_l[i] < fc or got_q[j] < fc) and -2 <= lq - lt <= 2 and qt != t:
                    typo = memo.get(t)
                    if typo is None:
                        typo = memo[t] = OSA.normalized_similarity(t, qt) >= min_sim
                    if typo:
                        if got_l[i] < fc:
                            got_l[i] = fc
                        if got_q[j] < fc:
                            got_q[j] = fc
    for i, joined in r.pairs:  # two listed words written as one by the supplier
        js = qi.get(joined)
        if js:
            got_l[i] = got_l[i + 1] = 1.0
            for j in js:
                got_q[j] = 1.0
    if not r.total or not q.total:
        return 0.0
    rec = sum(c * w for c, w in zip(got_l, r.weights)) / r.total
    prec = sum(c * w for c, w in zip(got_q, q.weights)) / q.total
    if not rec or not prec:
        return 0.0
    b2 = cfg.f_beta ** 2
    return (1 + b2) * rec * prec / (b2 * prec + rec)


class Blocker:
    """Inverted index from distinctive words and joined word pairs to listed names, with typo lookup."""

    def __init__(self, cores: Sequence[tuple[str, ...]], tw: TokenWeights, cfg: MatchConfig) -> None:
        self.cfg = cfg
        # block on distinctive words that are not common on the lists, and on joined word pairs; a name
        # without such a word is blocked on its rarest word
        max_df = max(25, len(cores) // 500)
        common = {t for t, n in tw.df.items() if n > max_df}
        distinct = {t: tw.distinctive(t) and t not in common for t in tw.df}
        postings: dict[str, list[int]] = {}
        for rid, core in enumerate(cores):
            keys = {t for t in core if distinct.get(t)}
            if not keys:
                keys.add(max(core, key=tw.weight))
            keys.update(core[i] + core[i + 1] for i in range(len(core) - 1))
            for key in keys:
                lst = postings.get(key)
                if lst is None:
                    postings[key] = [rid]
                else:
                    lst.append(rid)
        self.postings = postings
        # one-deletion variants of every key -> the key (a str) or keys (a list): a typo is one shared variant
        deletion: dict[str, str | list[str]] = {}
        fmin = cfg.fuzzy_min_length
        get = deletion.get
        for tok in postings:
            if len(tok) < fmin or tok.isdigit():
                continue
            for d in [tok] + [tok[:i] + tok[i + 1:] for i in range(len(tok))]:
                o = get(d)
                if o is None:
                    deletion[d] = tok
                elif o.__class__ is str:
                    if o != tok:
                        deletion[d] = [o, tok]
                elif o[-1] != tok:
                    o.append(tok)
        self.deletion = deletion
        self._cache: dict[str, tuple[int, ...]] = {}

    def near(self, tok: str) -> list[str]:
        """Indexed keys equal to ``tok`` or one typo away from it (with typo credit)."""
        out = [tok] if tok in self.postings else []
        if len(tok) >= self.cfg.fuzzy_min_length and not tok.isdigit():
            get = self.deletion.get
            seen = set(out)
            for d in [tok] + [tok[:i] + tok[i + 1:] for i in range(len(tok))]:
                o = get(d)
                if o is None:
                    continue
                for cand in ((o,) if o.__class__ is str else o):
                    if cand not in seen:
                        seen.add(cand)
                        if token_credit(tok, cand, self.cfg):
                            out.append(cand)
        return out

    def records_of(self, tok: str) -> tuple[int, ...]:
        """Listed names blocked under ``tok`` or a typo of it."""
        hit = self._cache.get(tok)
        if hit is None:
            got: set[int] = set()
            for key in self.near(tok):
                got.update(self.postings[key])
            hit = tuple(got)
            if len(self._cache) < _CACHE_MAX:
                self._cache[tok] = hit
        return hit

    def candidates(self, core: tuple[str, ...]) -> set[int]:
        """Listed names sharing a blocking key (or a typo of one) with a supplier name's core words."""
        out: set[int] = set()
        rec = self.records_of
        for t in core:
            out.update(rec(t))
        for i in range(len(core) - 1):
            out.update(rec(core[i] + core[i + 1]))
        return out
