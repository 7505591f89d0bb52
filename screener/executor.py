"""Where the heavy stages of a run execute: this machine (``LocalExecutor``) or a Dask cluster.

An executor runs three batch stages of ``screener.pipeline.screen``: the evidence scan of distinct page texts,
watchlist name matching and supplier scoring. Each takes its inputs in order, returns one output per input in
the same order, and calls ``advance(n)`` as work completes. ``screener.distributed.DaskExecutor`` is the
cluster version; both call the functions in ``screener.batchwork``, so they give the same results.
"""
from __future__ import annotations

import contextlib
import gc
import os
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from screener.batchwork import AssessJob, assess_batch, chunks, share_parts
from screener.contracts import Document, Evidence, Page, SupplierResult, WatchlistMatch
from screener.errors import InputError

Advance = Callable[[int], None]
T = TypeVar("T")
R = TypeVar("R")
WORKERS_ENV = "SCREENER_WORKERS"
SCORE_CHUNK = 2_000  # suppliers scored between two progress updates
MATCH_CHUNK = 25_000  # names matched between two progress updates (each chunk may use forked workers)


PARALLEL_SCORE_MIN = 10_000  # below this, forking workers costs more than it saves
# Scoring in forked workers: off by default, since every result then comes back pickled (memory) and the
# scoring of 100,000 suppliers is a minor share of a run; env SCREENER_PARALLEL_SCORING=1 turns it on.
PARALLEL_SCORING = os.environ.get("SCREENER_PARALLEL_SCORING", "") == "1"
_FORK_ASSESS: tuple[Sequence[AssessJob], Mapping[str, Any] | None] | None = None  # read by forked workers


# ------------------------------------------------------------------ forked workers on this machine
def worker_count(cap: int = 2) -> int:
    """Worker processes for a forked stage (evidence scan, name matching, scoring): env ``SCREENER_WORKERS`` (a
    whole number >= 1) for every stage, else min(``cap``, CPU count) with the stage's own ``cap``."""
    raw = os.environ.get(WORKERS_ENV, "").strip()
    if not raw:
        return max(1, min(cap, os.cpu_count() or 1))
    return count_of_workers(raw, f"environment variable {WORKERS_ENV}={raw!r} must be a whole number of 1 or more")


def count_of_workers(raw: str, message: str) -> int:
    """``raw`` as a whole number of workers (1 or more); anything else is the user error ``message``."""
    try:
        n = int(raw)
    except ValueError:
        n = 0
    if n < 1:
        raise InputError(message)
    return n


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off within the block (as it was after it).

    For a stage that makes millions of small acyclic objects (scoring, export preparation, the JSON writer):
    reference counting frees them all the same, and the collector would otherwise walk the whole run's objects
    again and again as they pile up (a quarter of the scoring time on a large portfolio).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def can_fork() -> bool:
    """True when this process may start forked worker processes."""
    return "fork" in mp.get_all_start_methods() and not mp.current_process().daemon


def fork_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """``fn`` over ``items`` in ``workers`` forked processes, the results in order as they come.

    The one pool of the package. The caller puts what ``fn`` needs in module globals before calling, so the
    workers inherit it through ``fork``; the parent's heap is frozen meanwhile, which keeps the workers' garbage
    collector (and copy-on-write) off the inherited objects.
    """
    gc.freeze()
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(fn, items)
    finally:
        gc.unfreeze()


def _assess_chunk(bounds: tuple[int, int]) -> list[SupplierResult]:
    assert _FORK_ASSESS is not None, "worker started without the parent's jobs"
    jobs, decisions = _FORK_ASSESS
    return assess_batch(jobs[bounds[0]:bounds[1]], decisions)


class Executor(Protocol):
    """Runs the batch stages of a screening run."""

    def scan(self, texts: Sequence[tuple[str, str]], advance: Advance) -> list[list[Evidence]]: ...

    def match(self, lists: Sequence[Any], queries: Sequence[tuple[str, str | None]],
              advance: Advance) -> list[list[WatchlistMatch]]: ...

    def assess(self, jobs: Sequence[AssessJob], decisions: Mapping[str, Any] | None,
               advance: Advance) -> list[SupplierResult]: ...


class LocalExecutor:
    """This machine: the engine's forked page workers for the scan, the index's workers for matching."""

    def scan(self, texts: Sequence[tuple[str, str]], advance: Advance) -> list[list[Evidence]]:
        from screener.evidence import get_engine

        if not texts:
            return []
        items = [(Document(name=str(i), pages=[Page(1, t)], format="cell", lang=lang), "")
                 for i, (t, lang) in enumerate(texts)]
        done = 0

        def progress(fraction: float, _message: str) -> None:
            nonlocal done
            now = round(fraction * len(items))
            if now > done:
                advance(now - done)
                done = now

        found: list[list[Evidence]] = [[] for _ in texts]
        for ev in get_engine().scan_documents(items, progress=progress):
            found[int(ev.document)].append(ev)
        return found

    def match(self, lists: Sequence[Any], queries: Sequence[tuple[str, str | None]],
              advance: Advance) -> list[list[WatchlistMatch]]:
        from screener.risk.watchlists import WatchlistIndex

        index = WatchlistIndex(list(lists))
        out: list[list[WatchlistMatch]] = []
        for start, stop in chunks(len(queries), MATCH_CHUNK):
            out.extend(index.match_many(list(queries[start:stop])))
            advance(stop - start)
        return out

    def assess(self, jobs: Sequence[AssessJob], decisions: Mapping[str, Any] | None,
               advance: Advance) -> list[SupplierResult]:
        with gc_paused():
            return self._assess(jobs, decisions, advance)

    def _assess(self, jobs: Sequence[AssessJob], decisions: Mapping[str, Any] | None,
                advance: Advance) -> list[SupplierResult]:
        bounds = chunks(len(jobs), SCORE_CHUNK)
        n = worker_count() if PARALLEL_SCORING else 1
        out: list[SupplierResult] = []
        canon: dict[Any, Any] = {}
        if n > 1 and len(jobs) >= PARALLEL_SCORE_MIN and can_fork():
            global _FORK_ASSESS
            assess_batch(jobs[:1], decisions)  # load model and tables before forking: workers inherit them
            _FORK_ASSESS = (jobs, decisions)
            try:
                for (start, stop), part in zip(bounds, fork_map(_assess_chunk, bounds, n)):
                    share_parts(part, canon)
                    out.extend(part)
                    advance(stop - start)
            finally:
                _FORK_ASSESS = None
            return out
        for start, stop in bounds:
            part = assess_batch(jobs[start:stop], decisions)
            share_parts(part, canon)  # equal parts held once: memory stays flat as suppliers are scored
            out.extend(part)
            advance(stop - start)
        return out

    def close(self) -> None:
        """Nothing to release."""
