"""The fast matching path (blocking + score bound + workers) gives exactly the results of plain scoring."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_watchlist_synth import distractors, positives  # noqa: E402

from screener.normalize.names import parse_company_name  # noqa: E402
from screener.risk.watchlist_block import QueryWords, name_bound, name_bounds  # noqa: E402
from screener.risk.watchlist_data import country_codes  # noqa: E402
from screener.risk.watchlist_match import align  # noqa: E402
from screener.risk.watchlists import WatchlistIndex, load_watchlists  # noqa: E402


@pytest.fixture(scope="module")
def index() -> WatchlistIndex:
    return WatchlistIndex(load_watchlists())


@pytest.fixture(scope="module")
def names(index: WatchlistIndex) -> list[tuple[str, str | None]]:
    rng = random.Random(23)
    pos = [(p.query, p.country) for p in positives(index.lists, 4, rng)]
    return pos + distractors(2_000, rng, index.lists)


def _reference(ix: WatchlistIndex, name: str, country: str | None, threshold: float, limit: int):
    """Every blocked candidate aligned and scored in full: no bound, no pruning."""
    codes = country_codes(country) if country else ()
    return ix._match_parsed(ix.parse(name.strip()), codes[0] if codes else None, name, threshold, limit,
                            prune=False)


@pytest.mark.parametrize("threshold", [None, 0.6])
def test_fast_path_equals_reference(index: WatchlistIndex, names, threshold) -> None:
    cut = index.config.threshold if threshold is None else threshold
    alerts = 0
    for name, country in names:
        fast = index.match(name, country, limit=10, threshold=threshold)
        assert fast == _reference(index, name, country, cut, 10), name
        alerts += bool(fast)
    assert alerts > 800  # the comparison covers many alerts, not only empty results


def test_bound_never_below_alignment(index: WatchlistIndex, names) -> None:
    rng = random.Random(5)
    checked = 0
    for name, _ in names[:1_500]:
        q = index.parse(name)
        qw = QueryWords(q.core, index.weights, index.config, index.typos)
        rids = list(index.blocker.candidates(q.core)) + rng.sample(range(len(index.records)), 3)
        batched = name_bounds(index.bounds, rids, qw, index.config)  # the matcher's one-loop version
        assert [rid for rid, _ in batched] == rids
        for rid, b in batched:
            f = align(index.records[rid].parts.core, q.core, index.weights, index.config).f
            assert b == name_bound(index.bounds[rid], qw, index.config), (name, index.records[rid].parts.raw)
            assert b >= f - 1e-12, (name, index.records[rid].parts.raw)
            checked += f > 0
    assert checked > 500


def test_workers_and_repeated_names_give_the_same_results(index: WatchlistIndex, names) -> None:
    items = names + [list(x) for x in reversed(names[:300])]  # repeated names, some as lists
    one = index.match_many(items, workers=1)
    assert index.match_many(items, workers=2) == one
    assert one == [index.match(n, c) for n, c in items]
    assert sum(1 for r in one if r) > 500


def test_typo_table_equals_token_credit(index: WatchlistIndex, names) -> None:
    """The typo neighbours found with cdist are exactly the listed words ``token_credit`` gives typo credit."""
    from screener.risk.watchlist_match import token_credit

    vocab = {t for r in index.records for t in r.parts.core}
    words = sorted({t for n, _ in names[:400] for t in parse_company_name(n).core})
    words += ["xinjiangg", "huaxingg", "zhongtaii", "xinjiangzhongtai", "guangdong"]  # typo forms, a long pair
    index.typos.ensure(words)
    found = 0
    for w in words:
        expect = sorted(t for t in vocab if t != w and token_credit(w, t, index.config) and
                        token_credit(w, t, index.config) < 1.0)
        assert sorted(index.typos.partners[w]) == expect, w
        found += bool(expect)
    assert found > 20


def test_results_do_not_depend_on_order_caches_or_workers(names) -> None:
    """Everything remembered while matching (parsed names, word-pair decisions of the re-splitting, typo
    neighbours, candidates per core) changes no result: a fresh index matching in reverse order, one name at a
    time, gives exactly what forked workers give for the batch."""
    lists = load_watchlists()
    batch = names[:1_500] + names[-1_500:]
    forked = WatchlistIndex(lists).match_many(batch, limit=5, workers=2)
    fresh = WatchlistIndex(lists)
    one_by_one = [fresh.match(n, c, limit=5) for n, c in reversed(batch)][::-1]
    assert forked == one_by_one
    assert sum(map(bool, forked)) > 300  # many alerts compared, with their explanations
