"""Match supplier names against watchlists (UFLPA, CBP, users' lists) with explained scores.

Public API: ``load_watchlists``, ``WatchlistIndex(lists).match / .match_many``, ``watchlist_editions``.
Candidates come from an inverted index on distinctive words plus a one-edit deletion index for typos
(``screener.risk.watchlist_block``); an exact upper bound of each candidate's score drops those that cannot
reach the threshold, and the rest are aligned and scored feature by feature (``screener.risk.watchlist_match``).
The bound reads each supplier word's typo neighbours from a table filled once per distinct word and batch,
and the candidates within reach are remembered per core words.
Pruning changes no result: tests compare it with scoring every blocked candidate.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz

from screener.contracts import WatchlistMatch
from screener.executor import can_fork, fork_map, gc_paused, worker_count
from screener.normalize.names import NameParts, has_cjk, parse_company_name
from screener.risk.watchlist_data import (
    Watchlist,
    WatchlistEntry,
    country_codes,
    load_shipped_watchlist,
    load_user_watchlist,
    load_watchlists,
    watchlist_editions,
)
from screener.risk.watchlist_block import Blocker, ListedWords, QueryWords, TypoTable, bound_record, name_bounds
from screener.risk.watchlist_segment import Resegmenter
from screener.risk.watchlist_match import (MatchConfig, PairContext, TokenWeights, align, match_config, score_pair,
                                      token_credit)

__all__ = ["Watchlist", "WatchlistEntry", "WatchlistIndex", "load_watchlists", "load_shipped_watchlist",
           "load_user_watchlist", "watchlist_editions"]


@dataclass(frozen=True)
class _Record:
    list_idx: int
    entry: WatchlistEntry
    parts: NameParts
    matched_as: str  # name | alias | former name


_MEMO_MAX = 300_000  # core words whose candidates within reach are remembered
_EPS = 1e-9  # the bound is compared with a margin so that rounding can never prune a pair at the threshold


class WatchlistIndex:
    """All names and aliases of the given lists, indexed for fast, explained matching."""

    def __init__(self, lists: Sequence[Watchlist], config: MatchConfig | None = None) -> None:
        with gc_paused():
            self._build(lists, config)

    def _build(self, lists: Sequence[Watchlist], config: MatchConfig | None) -> None:
        self.lists = list(lists)
        self.config = config or match_config()
        self.records: list[_Record] = []
        for li, wl in enumerate(self.lists):
            for e in wl.entries:
                if not e.matchable:
                    continue
                seen: set[str] = set()
                for kind, names in (("name", (e.name,)), ("alias", e.aliases), ("former name", e.former_names)):
                    for n in names:
                        parts = parse_company_name(n)
                        if parts.core and parts.key not in seen:
                            seen.add(parts.key)
                            self.records.append(_Record(li, e, parts, kind))
        # names in Chinese characters: syllables joined into the words the other listed names spell
        seg = Resegmenter([r.parts.core for r in self.records if not has_cjk(r.parts.raw)],
                          lambda a, b: token_credit(a, b, self.config), min_typo=4)
        self.records = [dataclasses.replace(r, parts=seg.parse(r.parts.raw, r.parts)) if has_cjk(r.parts.raw) else r
                        for r in self.records]
        cores = [r.parts.core for r in self.records]
        self.weights = TokenWeights.from_names(cores, self.config.multipliers)
        self.blocker = Blocker(cores, self.weights, self.config)
        self.bounds = [bound_record(c, self.weights, self.config) for c in cores]
        self.listed = ListedWords.of(cores)
        self.typos = TypoTable(cores, self.config)  # supplier word -> listed words one typo away
        self.resegmenter = Resegmenter(cores, lambda a, b: token_credit(a, b, self.config), min_typo=4)
        self._parsed: dict[str, NameParts] = {}
        self._reach_memo: dict[tuple[tuple[str, ...], float], tuple[int, ...]] = {}  # (core, cut) -> candidates
        w = self.config.weights
        self._w_name = w.get("name_similarity", 0.0)
        self._w_char = w.get("char_similarity", 0.0)
        # the most every other feature can add (features with a negative weight can only lower a score)
        self._w_rest = sum(max(v, 0.0) for k, v in w.items() if k not in ("name_similarity", "char_similarity"))

    def _score(self, rid: int, q: NameParts, country: str | None, query_name: str, cut: float) -> WatchlistMatch | None:
        r = self.records[rid]
        wl = self.lists[r.list_idx]
        details = dict(r.entry.details)
        ctx = PairContext(r.parts, q, r.entry.countries, country, align(r.parts.core, q.core, self.weights, self.config),
                          self.weights, r.matched_as, r.entry.name, details, explain=False)
        score, _ = score_pair(ctx, self.config)
        if score < cut:
            return None
        score, feats = score_pair(dataclasses.replace(ctx, explain=True), self.config)
        return WatchlistMatch(
            list_id=wl.list_id, list_name=wl.name, list_edition=wl.edition, entity_name=r.entry.name,
            matched_name=r.parts.raw, query_name=query_name, score=round(score, 4),
            country=",".join(r.entry.countries) or None, features=feats,
            entity_details=(("entity_id", r.entry.entity_id), ("matched_as", r.matched_as),
                            ("active", "yes" if r.entry.active else "no"), *r.entry.details),
            source_url=r.entry.source_url)

    def _within_reach(self, cands: set[int], q: NameParts, cut: float) -> list[int]:
        """The candidates whose score bound reaches ``cut``; the others cannot alert and are not aligned."""
        qw = QueryWords(q.core, self.weights, self.config, self.typos, self.listed)
        bounds, records = self.bounds, self.records
        w_name, w_char, top_char = self._w_name, self._w_char, max(self._w_char, 0.0)
        need = cut - self._w_rest - _EPS
        out = []
        for rid, b in name_bounds(bounds, cands, qw, self.config):
            top = w_name * b
            if top + top_char >= need and \
                    top + w_char * (fuzz.token_sort_ratio(records[rid].parts.key, q.key) / 100.0) >= need:
                out.append(rid)
        return out

    def _match_parsed(self, q: NameParts, iso: str | None, name: str, cut: float, limit: int,
                      prune: bool = True) -> list[WatchlistMatch]:
        """Matches of a parsed name; ``prune=False`` aligns every blocked candidate (the reference path)."""
        if prune:
            rids = self._reach_memo.get((q.core, cut))
            if rids is None:  # the candidates within reach depend only on the core words
                cands = self.blocker.candidates(q.core)
                rids = tuple(sorted(self._within_reach(cands, q, cut))) if cands else ()
                if len(self._reach_memo) < _MEMO_MAX:
                    self._reach_memo[(q.core, cut)] = rids
        else:
            rids = tuple(sorted(self.blocker.candidates(q.core)))
        if not rids:
            return []
        best: dict[tuple[int, str], WatchlistMatch] = {}
        for rid in rids:
            m = self._score(rid, q, iso, name, cut)
            if m is None:
                continue
            key = (self.records[rid].list_idx, self.records[rid].entry.entity_id)
            if key not in best or m.score > best[key].score:
                best[key] = m
        ranked = sorted(best.values(), key=lambda m: (-m.score, dict(m.entity_details)["active"] != "yes"))
        return ranked[:limit]

    def parse(self, name: str) -> NameParts:
        """A supplier name parsed, with its word boundaries re-split as the lists write them."""
        hit = self._parsed.get(name)
        if hit is None:
            hit = self.resegmenter.parse(name, parse_company_name(name))
            if len(self._parsed) < _MEMO_MAX:
                self._parsed[name] = hit
        return hit

    def match(self, name: str, country: str | None = None, *, limit: int = 3,
              threshold: float | None = None) -> list[WatchlistMatch]:
        """Listed entities that ``name`` is or resembles, best first, only at or above the alert threshold."""
        cut = self.config.threshold if threshold is None else threshold
        if not name or not name.strip():
            return []
        codes = country_codes(country) if country else ()
        return self._match_parsed(self.parse(name.strip()), codes[0] if codes else None, name, cut, limit)

    def _prepare(self, items: Sequence[tuple[str, str | None]]) -> None:
        """Parse a batch of names and find the typo neighbours of all their words at once."""
        self.typos.ensure({t for name, _ in items if name for t in self.parse(name.strip()).core})

    def match_many(self, items: Sequence[tuple[str, str | None]], *, limit: int = 3,
                   workers: int | None = None) -> list[list[WatchlistMatch]]:
        """``match`` for each (name, country) pair, in order; large batches use forked worker processes.

        A name repeated with the same country is matched once (the results are immutable and shared).
        """
        with gc_paused():  # also while the workers' results are unpickled and copied out (no cycles there)
            return self._match_many(items, limit, workers)

    def _match_many(self, items: Sequence[tuple[str, str | None]], limit: int,
                    workers: int | None) -> list[list[WatchlistMatch]]:
        pairs = [(name, c) for name, c in items]
        unique = list(dict.fromkeys(pairs))
        n = workers if workers is not None else (worker_count(cap=4) if len(unique) >= PARALLEL_MIN else 1)
        if n <= 1 or not can_fork():
            self._prepare(unique)
            found = [self.match(name, c, limit=limit) for name, c in unique]
        else:
            global _FORK_INDEX, _FORK_ITEMS
            self.resegmenter.warm()  # built once here, not once in every worker
            _FORK_INDEX, _FORK_ITEMS = self, unique  # forked workers read both from the parent's memory
            size = -(-len(unique) // (n * 8))
            chunks = [(i, min(i + size, len(unique)), limit) for i in range(0, len(unique), size)]
            try:
                found = [m for part in fork_map(_match_chunk, chunks, n) for m in part]
            finally:
                _FORK_INDEX = _FORK_ITEMS = None
        if len(unique) == len(pairs):
            return found
        by_item = dict(zip(unique, found))
        return [list(by_item[p]) for p in pairs]


PARALLEL_MIN = 20_000  # below this a single process is faster than starting workers
_FORK_INDEX: WatchlistIndex | None = None
_FORK_ITEMS: list[tuple[str, str | None]] | None = None


def _match_chunk(job: tuple[int, int, int]) -> list[list[WatchlistMatch]]:
    start, stop, limit = job
    assert _FORK_INDEX is not None and _FORK_ITEMS is not None
    with gc_paused():
        _FORK_INDEX._prepare(_FORK_ITEMS[start:stop])
        match = _FORK_INDEX.match
        return [match(n, c, limit=limit) for n, c in _FORK_ITEMS[start:stop]]
