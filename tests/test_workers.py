"""One worker count and one fork pool (screener.executor): SCREENER_WORKERS sets the workers of the evidence scan,
of watchlist matching and of scoring alike, and the pool gives the results of a plain loop, in order."""
from __future__ import annotations

import pytest

from screener import executor
from screener.errors import InputError
from screener.evidence import parallel
from screener.risk import watchlists
from screener.risk.watchlists import WatchlistIndex, load_watchlists


def _square(x: int) -> int:
    return x * x


def test_worker_count_reads_the_environment_for_every_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(executor.WORKERS_ENV, "3")
    assert executor.worker_count() == executor.worker_count(cap=4) == parallel.worker_count() == 3
    monkeypatch.delenv(executor.WORKERS_ENV)
    assert 1 <= executor.worker_count() <= 2 and 1 <= executor.worker_count(cap=4) <= 4
    monkeypatch.setenv(executor.WORKERS_ENV, "none")
    with pytest.raises(InputError, match=executor.WORKERS_ENV):
        executor.worker_count(cap=4)


@pytest.mark.skipif(not executor.can_fork(), reason="this platform has no fork start method")
def test_fork_map_gives_the_loop_results_in_order() -> None:
    items = list(range(200))
    assert list(executor.fork_map(_square, items, 2)) == [x * x for x in items]


def test_watchlist_matching_takes_its_workers_from_screener_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    index = WatchlistIndex(load_watchlists())
    names = [(f"Acme Textile Mill {i}", "CN") for i in range(40)]
    expected = index.match_many(names, workers=1)
    used: list[int] = []

    def spy(fn, items, workers):  # the pool run in this process: same calls, no fork
        used.append(workers)
        return map(fn, items)

    monkeypatch.setattr(watchlists, "fork_map", spy)
    monkeypatch.setattr(watchlists, "can_fork", lambda: True)
    monkeypatch.setattr(watchlists, "PARALLEL_MIN", 10)
    monkeypatch.setenv(executor.WORKERS_ENV, "3")
    assert index.match_many(names) == expected
    assert used == [3]
