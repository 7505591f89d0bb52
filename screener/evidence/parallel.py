"""Scanning many pages in forked worker processes that send back only the ``Evidence`` records.

Whole spaCy Docs never travel between processes (that made ``nlp.pipe(n_process=2)`` slower than one
process); the workers inherit the built pipelines through ``fork`` and return small picklable records.
Pages are cut into contiguous chunks and the results are joined in order, so the output is exactly the
sequential output. Small inputs, one worker or a platform without ``fork`` scan sequentially.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from screener.contracts import Evidence
# the worker count and the pool are the package's one pair (screener.executor); re-exported for the engine
from screener.executor import WORKERS_ENV, can_fork, fork_map, worker_count  # noqa: F401

PARALLEL_MIN_WORDS = 50_000  # below this, starting workers costs more than it saves
CHUNKS_PER_WORKER = 4


@dataclass(frozen=True)
class PageJob:
    """One page to scan: its text, language and where its evidence points to."""

    item: int  # index of the (document, supplier_key) pair
    text: str
    lang: str
    document: str
    page: int
    supplier_key: str
    words: int


ScanPages = Callable[[list[PageJob]], list[list[Evidence]]]  # evidence of each of a run of pages, in order
_FORK_STATE: tuple[ScanPages, list[PageJob]] | None = None  # read by forked workers only


def chunk_bounds(words: list[int], parts: int) -> list[tuple[int, int]]:
    """Contiguous (start, end) index ranges of ``words`` with roughly equal word totals, in order."""
    total = sum(words)
    if not words:
        return []
    target = max(1, -(-total // max(1, parts)))
    out, start, acc = [], 0, 0
    for i, n in enumerate(words):
        acc += n
        if acc >= target:
            out.append((start, i + 1))
            start, acc = i + 1, 0
    if start < len(words):
        out.append((start, len(words)))
    return out


def _scan_chunk(bounds: tuple[int, int]) -> list[list[Evidence]]:
    assert _FORK_STATE is not None, "worker started without the parent's scanning state"
    scan, jobs = _FORK_STATE
    return scan(jobs[bounds[0]:bounds[1]])


def scan_pages_parallel(scan: ScanPages, jobs: list[PageJob], workers: int,
                        done: Callable[[int], None] | None = None) -> list[list[Evidence]]:
    """``scan(jobs)`` computed by ``workers`` forked processes, each scanning contiguous runs of the jobs;
    ``done(i)`` once job i and every job before it are scanned.

    The caller builds everything ``scan`` needs before calling, so the workers inherit it ready to use.
    """
    global _FORK_STATE
    bounds = chunk_bounds([j.words for j in jobs], workers * CHUNKS_PER_WORKER)
    out: list[list[Evidence]] = []
    _FORK_STATE = (scan, jobs)
    try:
        for (_, end), part in zip(bounds, fork_map(_scan_chunk, bounds, workers)):
            out.extend(part)
            if done is not None:
                done(end - 1)
    finally:
        _FORK_STATE = None
    return out
