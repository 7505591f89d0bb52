"""Match supplier names against watchlists (UFLPA, CBP, users' lists) with explained scores.

Public API: ``load_watchlists``, ``WatchlistIndex(lists).match / .match_many``, ``watchlist_editions``.
Candidates come from an inverted index on distinctive words plus a one-edit deletion index for typos;
each candidate is then scored feature by feature (see ``screener.watchlist_match``).
"""
from __future__ import annotations

import dataclasses
import multiprocessing as mp
import os
from dataclasses import dataclass
from typing import Sequence

from screener.models import WatchlistMatch
from screener.normalize.names import NameParts, parse_company_name
from screener.watchlist_data import (
    Watchlist,
    WatchlistEntry,
    country_codes,
    load_shipped_watchlist,
    load_user_watchlist,
    load_watchlists,
    watchlist_editions,
)
from screener.watchlist_match import MatchConfig, PairContext, TokenWeights, align, match_config, score_pair

__all__ = ["Watchlist", "WatchlistEntry", "WatchlistIndex", "load_watchlists", "load_shipped_watchlist",
           "load_user_watchlist", "watchlist_editions"]


@dataclass(frozen=True)
class _Record:
    list_idx: int
    entry: WatchlistEntry
    parts: NameParts
    matched_as: str  # name | alias | former name
    total_weight: float
    wmap: dict[str, float]  # core word -> weight (a repeated word counts once per occurrence in total_weight)


def _deletes(tok: str) -> set[str]:
    return {tok[:i] + tok[i + 1:] for i in range(len(tok))}


class WatchlistIndex:
    """All names and aliases of the given lists, indexed for fast, explained matching."""

    def __init__(self, lists: Sequence[Watchlist], config: MatchConfig | None = None) -> None:
        self.lists = list(lists)
        self.config = config or match_config()
        raw: list[tuple[int, WatchlistEntry, NameParts, str]] = []
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
                            raw.append((li, e, parts, kind))
        self.weights = TokenWeights.from_names([r[2].core for r in raw], self.config.multipliers)
        tw = self.weights
        self.records = []
        for li, e, p, k in raw:
            wmap = {t: tw.weight(t) for t in p.core}
            self.records.append(_Record(li, e, p, k, sum(wmap[t] for t in p.core) or 1.0, wmap))
        # block on distinctive words that are not common on the lists, and on joined word pairs; a name
        # without such a word is blocked on its rarest word
        max_df = max(25, len(self.records) // 500)
        common = {t for t, n in tw.df.items() if n > max_df}
        self.postings: dict[str, list[int]] = {}
        for rid, r in enumerate(self.records):
            core = r.parts.core
            keys = {t for t in core if tw.distinctive(t) and t not in common}
            keys |= {core[i] + core[i + 1] for i in range(len(core) - 1)}
            if not any(tw.distinctive(t) and t not in common for t in core):
                keys.add(max(core, key=tw.weight))
            for key in keys:
                self.postings.setdefault(key, []).append(rid)
        self.deletion: dict[str, set[str]] = {}
        for tok in self.postings:
            if len(tok) >= self.config.fuzzy_min_length and not tok.isdigit():
                for d in _deletes(tok) | {tok}:
                    self.deletion.setdefault(d, set()).add(tok)
        self._near_cache: dict[str, tuple[tuple[str, float], ...]] = {}

    def _near(self, tok: str) -> tuple[tuple[str, float], ...]:
        """Indexed words equal to ``tok`` or one typo away, with their credit."""
        hit = self._near_cache.get(tok)
        if hit is not None:
            return hit
        out: dict[str, float] = {}
        if tok in self.postings:
            out[tok] = 1.0
        if len(tok) >= self.config.fuzzy_min_length and not tok.isdigit():
            from screener.watchlist_match import token_credit
            for d in _deletes(tok) | {tok}:
                for cand in self.deletion.get(d, ()):
                    if cand not in out:
                        c = token_credit(tok, cand, self.config)
                        if c:
                            out[cand] = c
        res = tuple(out.items())
        if len(self._near_cache) < 500_000:
            self._near_cache[tok] = res
        return res

    def _candidates(self, q: NameParts, cut: float) -> list[int]:
        """Records sharing a rare word (or a typo of one) with the query whose best possible score reaches ``cut``."""
        core = q.core
        tw = self.weights
        qw = {t: tw.weight(t) for t in core}
        qtotal = sum(qw[t] for t in core) or 1.0
        probes = [(t, qw[t]) for t in core]
        probes += [(core[i] + core[i + 1], qw[core[i]] + qw[core[i + 1]]) for i in range(len(core) - 1)]
        hits: dict[int, dict[str, tuple[float, float]]] = {}  # rid -> listed word -> (credit, query weight)
        for tok, w in probes:
            for cand, credit in self._near(tok):
                for rid in self.postings[cand]:
                    got = hits.setdefault(rid, {})
                    if got.get(cand, (0.0, 0.0))[0] < credit:
                        got[cand] = (credit, w)
        out = []
        cfg = self.config
        need = (cut - cfg.weights["char_similarity"] - max(cfg.weights["country_agreement"], 0.0)) / cfg.weights[
            "name_similarity"]
        for rid, got in hits.items():
            r = self.records[rid]
            rec = prec = 0.0
            for t, w in r.wmap.items():
                if t in qw:
                    rec += w
                    prec += qw[t]
                elif t in got:
                    rec += got[t][0] * w
                    prec += got[t][0] * got[t][1]
            for t, (c, w) in got.items():
                if t not in r.wmap:  # a joined pair of listed words
                    rec += c * tw.weight(t)
                    prec += c * w
            rec, prec = min(1.0, rec / r.total_weight), min(1.0, prec / qtotal)
            if rec and prec and 2 * rec * prec / (rec + prec) >= min(need, cfg.min_coarse):
                out.append(rid)
        return out

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

    def match(self, name: str, country: str | None = None, *, limit: int = 3,
              threshold: float | None = None) -> list[WatchlistMatch]:
        """Listed entities that ``name`` is or resembles, best first, only at or above the alert threshold."""
        cut = self.config.threshold if threshold is None else threshold
        if not name or not name.strip():
            return []
        iso = country_codes(country)[0] if country and country_codes(country) else None
        q = parse_company_name(name.strip())
        best: dict[tuple[int, str], WatchlistMatch] = {}
        for rid in self._candidates(q, cut):
            m = self._score(rid, q, iso, name, cut)
            if m is None:
                continue
            key = (self.records[rid].list_idx, self.records[rid].entry.entity_id)
            if key not in best or m.score > best[key].score:
                best[key] = m
        ranked = sorted(best.values(), key=lambda m: (-m.score, dict(m.entity_details)["active"] != "yes"))
        return ranked[:limit]

    def match_many(self, items: Sequence[tuple[str, str | None]], *, limit: int = 3,
                   workers: int | None = None) -> list[list[WatchlistMatch]]:
        """``match`` for each (name, country) pair, in order; large batches use forked worker processes."""
        n = workers if workers is not None else (min(os.cpu_count() or 1, 4) if len(items) >= PARALLEL_MIN else 1)
        if n <= 1 or "fork" not in mp.get_all_start_methods():
            return [self.match(name, c, limit=limit) for name, c in items]
        global _FORK_INDEX
        _FORK_INDEX = self
        size = -(-len(items) // (n * 4))
        chunks = [(list(items[i:i + size]), limit) for i in range(0, len(items), size)]
        with mp.get_context("fork").Pool(n) as pool:
            parts = pool.map(_match_chunk, chunks)
        _FORK_INDEX = None
        return [m for part in parts for m in part]


PARALLEL_MIN = 20_000  # below this a single process is faster than starting workers
_FORK_INDEX: WatchlistIndex | None = None


def _match_chunk(job: tuple[list[tuple[str, str | None]], int]) -> list[list[WatchlistMatch]]:
    items, limit = job
    assert _FORK_INDEX is not None
    return [_FORK_INDEX.match(n, c, limit=limit) for n, c in items]
