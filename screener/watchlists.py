"""Match supplier names against watchlists (UFLPA, CBP, users' lists) with explained scores.

Public API: ``load_watchlists``, ``WatchlistIndex(lists).match / .match_many``, ``watchlist_editions``.
Candidates come from an inverted index on distinctive words plus a one-edit deletion index for typos;
each candidate is then scored feature by feature (see ``screener.watchlist_match``).
"""
from __future__ import annotations

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
        self.records = [_Record(li, e, p, k, sum(tw.weight(t) for t in p.core) or 1.0) for li, e, p, k in raw]
        self.postings: dict[str, list[int]] = {}
        for rid, r in enumerate(self.records):
            keys = {t for t in r.parts.core if tw.distinctive(t)}
            core = r.parts.core
            keys |= {core[i] + core[i + 1] for i in range(len(core) - 1)}
            if not any(tw.distinctive(t) for t in core):  # generic-only name: block on its rarest word
                keys.add(max(core, key=tw.weight))
            for k in keys:
                self.postings.setdefault(k, []).append(rid)
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

    def _candidates(self, q: NameParts) -> dict[int, float]:
        """Records sharing a distinctive word (or a typo of one) with the query, with a quick overlap score."""
        core = q.core
        probes = list(core) + [core[i] + core[i + 1] for i in range(len(core) - 1)]
        hits: dict[int, dict[str, float]] = {}
        for tok in probes:
            for cand, credit in self._near(tok):
                for rid in self.postings[cand]:
                    got = hits.setdefault(rid, {})
                    if got.get(cand, 0.0) < credit:
                        got[cand] = credit
        if not hits:
            return {}
        tw = self.weights
        qset = set(core)
        out = {}
        for rid, got in hits.items():
            r = self.records[rid]
            quick = sum(tw.weight(t) * (1.0 if t in qset else got.get(t, 0.0)) for t in r.parts.core)
            quick += sum(tw.weight(t) * c for t, c in got.items() if t not in r.parts.core)  # joined pairs
            coarse = quick / r.total_weight
            if coarse >= self.config.min_coarse:
                out[rid] = coarse
        return out

    def _score(self, rid: int, q: NameParts, country: str | None, query_name: str) -> WatchlistMatch:
        r = self.records[rid]
        wl = self.lists[r.list_idx]
        details = dict(r.entry.details)
        ctx = PairContext(r.parts, q, r.entry.countries, country, align(r.parts.core, q.core, self.weights, self.config),
                          self.weights, r.matched_as, r.entry.name, details)
        score, feats = score_pair(ctx, self.config)
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
        for rid in self._candidates(q):
            m = self._score(rid, q, iso, name)
            if m.score < cut:
                continue
            key = (self.records[rid].list_idx, self.records[rid].entry.entity_id)
            if key not in best or m.score > best[key].score:
                best[key] = m
        ranked = sorted(best.values(), key=lambda m: (-m.score, dict(m.entity_details)["active"] != "yes"))
        return ranked[:limit]

    def match_many(self, items: Sequence[tuple[str, str | None]], *, limit: int = 3) -> list[list[WatchlistMatch]]:
        """``match`` for each (name, country) pair, in order."""
        return [self.match(n, c, limit=limit) for n, c in items]
