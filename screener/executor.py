"""Where the heavy stages of a run execute: this machine (``LocalExecutor``) or a Dask cluster.

An executor runs three batch stages of ``screener.pipeline.screen``: the evidence scan of distinct page texts,
watchlist name matching and supplier scoring. Each takes its inputs in order, returns one output per input in
the same order, and calls ``advance(n)`` as work completes. ``screener.distributed.DaskExecutor`` is the
cluster version; both call the functions in ``screener.batchwork``, so they give the same results.
"""
from __future__ import annotations

import gc
import os
import multiprocessing as mp
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from screener.batchwork import AssessJob, assess_batch, chunks, share_parts
from screener.contracts import Document, Evidence, Page, SupplierResult, WatchlistMatch

Advance = Callable[[int], None]
SCORE_CHUNK = 2_000  # suppliers scored between two progress updates
MATCH_CHUNK = 25_000  # names matched between two progress updates (each chunk may use forked workers)


PARALLEL_SCORE_MIN = 10_000  # below this, forking workers costs more than it saves
# Scoring in forked workers: off by default, since every result then comes back pickled (memory) and the
# scoring of 100,000 suppliers is a minor share of a run; env SCREENER_PARALLEL_SCORING=1 turns it on.
PARALLEL_SCORING = os.environ.get("SCREENER_PARALLEL_SCORING", "") == "1"
_FORK_ASSESS: tuple[Sequence[AssessJob], Mapping[str, Any] | None] | None = None  # read by forked workers


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
        from screener.evidence.parallel import can_fork, worker_count

        bounds = chunks(len(jobs), SCORE_CHUNK)
        n = worker_count() if PARALLEL_SCORING else 1
        out: list[SupplierResult] = []
        canon: dict[Any, Any] = {}
        if n > 1 and len(jobs) >= PARALLEL_SCORE_MIN and can_fork():
            global _FORK_ASSESS
            assess_batch(jobs[:1], decisions)  # load model and tables before forking: workers inherit them
            _FORK_ASSESS = (jobs, decisions)
            gc.freeze()  # keep the workers' garbage collector off the inherited heap (copy-on-write)
            try:
                with mp.get_context("fork").Pool(n) as pool:
                    for (start, stop), part in zip(bounds, pool.imap(_assess_chunk, bounds)):
                        share_parts(part, canon)
                        out.extend(part)
                        advance(stop - start)
            finally:
                gc.unfreeze()
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
