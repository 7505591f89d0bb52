"""Scanning many pages in forked worker processes that send back only the ``Evidence`` records.

Whole spaCy Docs never travel between processes (that made ``nlp.pipe(n_process=2)`` slower than one
process); the workers inherit the built pipelines through ``fork`` and return small picklable records.
Pages are cut into contiguous chunks and the results are joined in order, so the output is exactly the
sequential output. Small inputs, one worker or a platform without ``fork`` scan sequentially.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable
from dataclasses import dataclass

from screener.errors import InputError
from screener.contracts import Evidence

WORKERS_ENV = "SCREENER_WORKERS"
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


ScanPage = Callable[[PageJob], list[Evidence]]
_FORK_STATE: tuple[ScanPage, list[PageJob]] | None = None  # read by forked workers only


def worker_count() -> int:
    """Worker processes to use: env ``SCREENER_WORKERS`` (a whole number >= 1), else min(2, CPU count)."""
    raw = os.environ.get(WORKERS_ENV, "").strip()
    if not raw:
        return max(1, min(2, os.cpu_count() or 1))
    try:
        n = int(raw)
    except ValueError:
        n = 0
    if n < 1:
        raise InputError(f"environment variable {WORKERS_ENV}={raw!r} must be a whole number of 1 or more")
    return n


def can_fork() -> bool:
    """True when this process may start forked worker processes."""
    return "fork" in mp.get_all_start_methods() and not mp.current_process().daemon


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
    return [scan(job) for job in jobs[bounds[0]:bounds[1]]]


def scan_pages_parallel(scan: ScanPage, jobs: list[PageJob], workers: int,
                        done: Callable[[int], None] | None = None) -> list[list[Evidence]]:
    """``[scan(job) for job in jobs]`` computed by ``workers`` forked processes; ``done(i)`` after job i.

    The caller builds everything ``scan`` needs before calling, so the workers inherit it ready to use.
    """
    global _FORK_STATE
    bounds = chunk_bounds([j.words for j in jobs], workers * CHUNKS_PER_WORKER)
    out: list[list[Evidence]] = []
    _FORK_STATE = (scan, jobs)
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            for (_, end), part in zip(bounds, pool.imap(_scan_chunk, bounds)):
                out.extend(part)
                if done is not None:
                    done(end - 1)
    finally:
        _FORK_STATE = None
    return out
