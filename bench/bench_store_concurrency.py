"""Review-store concurrency: N reviewers writing M decisions each at once, on SQLite and on PostgreSQL.

Reports decisions per second (median of repeats), failed writes, and lost or duplicated decisions.
PostgreSQL: SCREENER_TEST_PG_URL, or a throwaway cluster started here (needs Debian's postgresql package).

    .venv/bin/python bench/bench_store_concurrency.py [--reviewers 4] [--decisions 500] [--repeats 3]
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from screener.review.store import open_store  # noqa: E402


def _reviewer(target: str, worker: int, n: int, start, errors) -> None:  # type: ignore[no-untyped-def]
    store = open_store(target)
    start.wait()
    for i in range(n):
        try:
            store.record_evidence_decision(f"S-{i % 50}", f"fp-{worker}-{i}", "confirmed", "", f"reviewer {worker}")
        except Exception:  # counted, not hidden
            with errors.get_lock():
                errors.value += 1


def run_once(target: str, reviewers: int, n: int) -> tuple[float, int, int, int]:
    open_store(target)
    ctx = mp.get_context("spawn")
    start, errors = ctx.Event(), ctx.Value("i", 0)
    procs = [ctx.Process(target=_reviewer, args=(target, w, n, start, errors)) for w in range(reviewers)]
    for p in procs:
        p.start()
    time.sleep(1.0)  # let every process import and connect
    t0 = time.perf_counter()
    start.set()
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - t0
    store = open_store(target)
    got = store.evidence_decisions()
    log = store.audit_log()
    lost = reviewers * n - len(got)
    duplicated = len(log) - len({e.id for e in log}) + max(0, len(log) - reviewers * n)
    return reviewers * n / elapsed, errors.value, lost, duplicated


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reviewers", type=int, default=4)
    ap.add_argument("--decisions", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")
    server = None
    pg = os.environ.get("SCREENER_TEST_PG_URL", "").strip()
    if not pg:
        from pg_server import ThrowawayPostgres

        server = ThrowawayPostgres()
        pg = server.start()
    try:
        import psycopg

        for backend in ("sqlite", "postgresql"):
            rates, failures = [], []
            for _ in range(a.repeats):
                if backend == "sqlite":
                    target = str(Path(tempfile.mkdtemp()) / "r.sqlite")
                else:
                    name = "b_" + uuid.uuid4().hex[:10]
                    with psycopg.connect(pg, autocommit=True) as c:
                        c.execute(f'CREATE DATABASE "{name}"')
                    base, _, q = pg.partition("?")
                    target = base.rsplit("/", 1)[0] + "/" + name + ("?" + q if q else "")
                rate, errors, lost, dup = run_once(target, a.reviewers, a.decisions)
                rates.append(rate)
                failures.append((errors, lost, dup))
            print(f"{backend:10s} {a.reviewers} reviewers x {a.decisions} decisions: median {statistics.median(rates):7.0f}"
                  f" decisions/s (runs: {', '.join(f'{r:.0f}' for r in rates)}); failed writes, lost, duplicated per run: {failures}")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
