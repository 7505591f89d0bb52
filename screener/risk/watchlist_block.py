"""Candidate blocking and an exact score bound for watchlist matching.

``Blocker`` finds the listed names that share a distinctive word, a joined word pair or a one-typo variant
of one with a supplier name. ``name_bound`` gives, without aligning the words, an upper bound of the
rarity-weighted word agreement (``watchlist_match.align``'s F value) of a pair: each word gets the best
credit it could get from any word of the other name, as if the alignment did not have to be one-to-one.
Pairs whose bound cannot reach the alert threshold are never aligned, so pruning changes no result.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from operator import mul
from typing import Iterable, Sequence, cast

import numpy as np
from rapidfuzz import process

from rapidfuzz.distance import OSA

from screener.risk.watchlist_match import MatchConfig, TokenWeights, token_credit

_CACHE_MAX = 500_000


@dataclass(frozen=True)
class BoundRecord:
    """A listed name's words as the bound needs them."""

    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    total: float  # sum of the weights (the recall denominator of ``align``)
    fuzzy: tuple[bool, ...]  # word long enough, and not a number, for typo credit
    pairs: tuple[tuple[tuple[int, ...], str], ...]  # ((i, i+1[, i+2]), those words joined)


def bound_record(core: tuple[str, ...], tw: TokenWeights, cfg: MatchConfig) -> BoundRecord:
    """The bound's view of a listed name's core words."""
    w = tuple(tw.weight(t) for t in core)
    return BoundRecord(core, w, sum(w), tuple(len(t) >= cfg.fuzzy_min_length and not t.isdigit() for t in core),
                       joined_units(core))


@functools.lru_cache(maxsize=1024)  # the blocker and the bound ask for the same supplier name one after the other
def joined_units(core: tuple[str, ...]) -> tuple[tuple[tuple[int, ...], str], ...]:
    """Two and three neighbouring words joined ("hua fu" -> "huafu", "jing wei da" -> "jingweida")."""
    two = tuple(((i, i + 1), core[i] + core[i + 1]) for i in range(len(core) - 1))
    return two + tuple(((i, i + 1, i + 2), core[i] + core[i + 1] + core[i + 2]) for i in range(len(core) - 2))


@dataclass(frozen=True)
class ListedWords:
    """Every word of the listed names, and every two or three neighbouring words of one joined."""

    words: frozenset[str]
    joined: frozenset[str]

    @classmethod
    def of(cls, cores: Sequence[tuple[str, ...]]) -> "ListedWords":
        """The words and joined pairs of ``cores``."""
        return cls(frozenset(t for c in cores for t in c), frozenset(t for c in cores for _, t in joined_units(c)))


class TypoTable:
    """For each supplier word, the listed words that are one typo away from it (``token_credit`` < 1 but > 0).

    Computed once per distinct word, many words at a time (``ensure``), over every listed word of a
    compatible length; the candidates from rapidfuzz's ``cdist`` are confirmed with the same test as
    ``token_credit``, so the table holds exactly the pairs that test accepts.
    """

    def __init__(self, cores: Sequence[tuple[str, ...]], cfg: MatchConfig) -> None:
        self.cfg = cfg
        by_len: dict[int, set[str]] = {}
        for core in cores:
            for t in core:
                if self.fuzzy(t):
                    by_len.setdefault(len(t), set()).add(t)
        self.by_len = {n: sorted(ws) for n, ws in by_len.items()}
        self.partners: dict[str, tuple[str, ...]] = {}

    def fuzzy(self, t: str) -> bool:
        """Whether ``t`` may get typo credit at all."""
        return len(t) >= self.cfg.fuzzy_min_length and not t.isdigit()

    def ensure(self, words: Iterable[str]) -> None:
        """Fill ``partners`` for the words not yet in it."""
        todo: dict[int, list[str]] = {}
        for w in set(words):
            if w not in self.partners:
                if self.fuzzy(w):
                    todo.setdefault(len(w), []).append(w)
                else:
                    self.partners[w] = ()
        min_sim = self.cfg.fuzzy_min_similarity
        for n, group in todo.items():
            targets = [t for m in range(n - 2, n + 3) for t in self.by_len.get(m, ())]
            found: dict[str, list[str]] = {w: [] for w in group}
            if targets:  # distances up to a generous cutoff (fast in rapidfuzz), then the exact test
                k = int((1.0 - min_sim) * (n + 2)) + 1
                dist = process.cdist(group, targets, scorer=OSA.distance, dtype=np.int32, score_cutoff=k, workers=1)
                for r, c in zip(*np.nonzero(dist <= k)):
                    w, t = group[r], targets[c]
                    if w != t and token_credit(w, t, self.cfg):
                        found[w].append(t)
            for w, ts in found.items():
                self.partners[w] = tuple(ts)


class QueryWords:
    """A supplier name's core words as credits for ``name_bound``: listed word -> (its best credit,
    the credits it can give to the supplier's words)."""

    __slots__ = ("n", "weights", "total", "index", "credits", "pair_hits")

    def __init__(self, core: tuple[str, ...], tw: TokenWeights, cfg: MatchConfig, typos: TypoTable,
                 listed: ListedWords | None = None) -> None:
        """``listed`` (the words and joined word pairs of the listed names) only skips work: credits for words
        that no listed name has are never read, and without a supplier word equal to a listed pair the bound
        need not look at pairs."""
        self.n = len(core)
        self.pair_hits = listed is None or not listed.joined.isdisjoint(core)
        self.weights = [tw.weight(t) for t in core]
        self.total = sum(self.weights)
        self.index: dict[str, list[int]] = {}
        for j, t in enumerate(core):
            self.index.setdefault(t, []).append(j)
        fc = cfg.fuzzy_credit
        acc: dict[str, list] = {}  # listed word -> [best credit, [(supplier word index, credit), ...]]
        for j, t in enumerate(core):
            e = acc.get(t)
            if e is None:
                acc[t] = [1.0, [(j, 1.0)]]
            else:
                e[0] = 1.0
                e[1].append((j, 1.0))
        words = listed.words if listed is not None else None
        for idxs, t in joined_units(core):  # a listed word written as two or three words by the supplier
            if words is not None and t not in words:
                continue
            e = acc.get(t)
            if e is None:
                acc[t] = [1.0, [(j, 1.0) for j in idxs]]
            else:
                e[0] = 1.0
                e[1] += [(j, 1.0) for j in idxs]
        partners = typos.partners
        for j, t in enumerate(core):
            ts = partners.get(t)
            if ts is None:
                typos.ensure(core)
                ts = partners[t]
            for lt in ts:
                e = acc.get(lt)
                if e is None:
                    acc[lt] = [fc, [(j, fc)]]
                else:
                    if e[0] < fc:
                        e[0] = fc
                    e[1].append((j, fc))
        self.credits = acc


def name_bound(r: BoundRecord, q: QueryWords, cfg: MatchConfig) -> float:
    """Upper bound of ``align(listed, query).f`` (never below it).

    Each word gets the best credit any word (or joined pair) of the other name could give it.
    """
    got_l = [0.0] * len(r.tokens)
    got_q = [0.0] * q.n
    credits = q.credits
    i = 0
    for t in r.tokens:
        hit = credits.get(t)
        if hit is not None:
            got_l[i] = hit[0]
            for j, c in hit[1]:
                if got_q[j] < c:
                    got_q[j] = c
        i += 1
    qi = q.index
    for idxs, joined in (r.pairs if q.pair_hits else ()):  # two or three listed words written as one
        js = qi.get(joined)
        if js:
            for i in idxs:
                got_l[i] = 1.0
            for j in js:
                got_q[j] = 1.0
    if not r.total or not q.total:
        return 0.0
    rec = sum(map(mul, got_l, r.weights)) / r.total
    prec = sum(map(mul, got_q, q.weights)) / q.total
    if not rec or not prec:
        return 0.0
    b2 = cfg.f_beta ** 2
    return (1 + b2) * rec * prec / (b2 * prec + rec)


def name_bounds(records: Sequence[BoundRecord], rids: Iterable[int], q: QueryWords,
                cfg: MatchConfig) -> list[tuple[int, float]]:
    """``(rid, name_bound(records[rid], q, cfg))`` for each of ``rids``, in their order: the same arithmetic
    in one loop, without a call per candidate (the matcher bounds about six candidates per supplier name)."""
    credits, qi, qn, q_total, q_weights, pair_hits = q.credits, q.index, q.n, q.total, q.weights, q.pair_hits
    b2 = cfg.f_beta ** 2
    get = credits.get
    out: list[tuple[int, float]] = []
    for rid in rids:
        r = records[rid]
        tokens = r.tokens
        got_l = [0.0] * len(tokens)
        got_q = [0.0] * qn
        i = 0
        for t in tokens:
            hit = get(t)
            if hit is not None:
                got_l[i] = hit[0]
                for j, c in hit[1]:
                    if got_q[j] < c:
                        got_q[j] = c
            i += 1
        for idxs, joined in (r.pairs if pair_hits else ()):
            js = qi.get(joined)
            if js:
                for i in idxs:
                    got_l[i] = 1.0
                for j in js:
                    got_q[j] = 1.0
        if not r.total or not q_total:
            out.append((rid, 0.0))
            continue
        rec = sum(map(mul, got_l, r.weights)) / r.total
        prec = sum(map(mul, got_q, q_weights)) / q_total
        if not rec or not prec:
            out.append((rid, 0.0))
            continue
        out.append((rid, (1 + b2) * rec * prec / (b2 * prec + rec)))
    return out


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
        exact_only: set[str] = set()  # three words joined: looked up exactly, never as a typo
        for rid, core in enumerate(cores):
            keys = {t for t in core if distinct.get(t)}
            if not keys:
                keys.add(max(core, key=tw.weight))
            for idxs, t in joined_units(core):
                keys.add(t)
                if len(idxs) == 3:
                    exact_only.add(t)
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
            if len(tok) < fmin or tok.isdigit() or tok in exact_only:
                continue
            for d in [tok] + [tok[:i] + tok[i + 1:] for i in range(len(tok))]:
                o = get(d)
                if o is None:
                    deletion[d] = tok
                elif o.__class__ is str:
                    if o != tok:
                        deletion[d] = [o, tok]
                elif o[-1] != tok:
                    cast(list, o).append(tok)
        self.deletion = deletion
        self._cache: dict[str, tuple[int, ...]] = {}

    def near(self, tok: str) -> list[str]:
        """Indexed keys equal to ``tok`` or one typo away from it (with typo credit)."""
        out = [tok] if tok in self.postings else []
        if len(tok) >= self.cfg.fuzzy_min_length and not tok.isdigit():
            variants = [tok[:i] + tok[i + 1:] for i in range(len(tok))]
            variants.append(tok)
            if self.deletion.keys().isdisjoint(variants):  # the usual case, tested in one C loop
                return out
            get = self.deletion.get
            seen = set(out)
            for d in variants:
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
        postings = self.postings
        for idxs, t in joined_units(core):  # two words joined, or a typo of them; three words exactly
            if len(idxs) == 2:
                out.update(rec(t))
            else:
                out.update(postings.get(t, ()))
        return out
