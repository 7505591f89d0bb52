"""Scoring-stage bench: CPU of inherent risk + ``assess_batch`` on the jobs of a reproducible portfolio.

Step 1 (once) screens a synthetic portfolio up to the scoring stage and pickles its jobs; step 2 times, in this
process, ``inherent_risk`` of every job's (country, products) and ``assess_batch`` of the jobs, ``--repeats``
times, clearing the package's caches before each repeat (so every repeat is a cold, first-run pass), and
prints medians and a fingerprint of the results. Run step 2 with PYTHONPATH pointing at another checkout to
compare code versions on the same jobs:

    PYTHONPATH=. python bench/bench_scoring_speed.py --suppliers 20000 --reports 200          # jobs + timing
    PYTHONPATH=/tmp/base python bench/bench_scoring_speed.py --suppliers 20000 --reports 200  # base code
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def cpu_s() -> float:
    """CPU seconds of this process."""
    t = os.times()
    return t.user + t.system


def make_jobs(path: Path, suppliers: int, reports: int, seed: int) -> None:
    """Screen the portfolio up to scoring and pickle the jobs."""
    from portfolio_synth import build_portfolio

    from screener.executor import LocalExecutor
    from screener.pipeline import screen

    class Capture(LocalExecutor):
        jobs: list[Any] = []

        def assess(self, jobs: Any, decisions: Any, advance: Any) -> Any:  # type: ignore[override]
            Capture.jobs = list(jobs)
            return super().assess(jobs, decisions, advance)

    sheet, rep = build_portfolio(path.parent / f"case_{suppliers}_{reports}_{seed}", suppliers, reports, seed)
    screen(sheet, reports=rep, executor=Capture())
    path.write_bytes(pickle.dumps(Capture.jobs))


def clear_caches() -> None:
    """Clear the scoring caches when the code has them (``screener.memo.clear_caches``)."""
    try:
        from screener.memo import clear_caches as clear
    except ImportError:
        return
    clear()


def digest(results: list[Any]) -> str:
    """SHA-256 of the results' repr (score, tier, reasons, steps, everything)."""
    h = hashlib.sha256()
    for r in results:
        h.update(repr(r).encode())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suppliers", type=int, default=20_000)
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/screener-bench-scoring"))
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    jobs_path = a.work / f"jobs_{a.suppliers}_{a.reports}_{a.seed}.pickle"
    if not jobs_path.exists():
        make_jobs(jobs_path, a.suppliers, a.reports, a.seed)
    import screener
    from screener.batchwork import assess_batch
    from screener.risk.inherent import inherent_risk
    from screener.scoring.model import load_default_model

    jobs = pickle.loads(jobs_path.read_bytes())
    load_default_model()
    assess_batch(jobs[:50], None)  # warm up: lexicons, model, imports
    print(f"# {screener.__file__}: {len(jobs):,} jobs; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    inh, ass, dig = [], [], set()
    for _ in range(a.repeats):
        clear_caches()
        c = cpu_s()
        for j in jobs:
            inherent_risk(j.record.country, j.record.products)
        inh.append(cpu_s() - c)
        c = cpu_s()
        results = assess_batch(jobs, None)
        ass.append(cpu_s() - c)
        dig.add(digest(results))
    n = len(jobs)
    print(f"inherent_risk CPU s: {' '.join(f'{x:.2f}' for x in inh)}  median {statistics.median(inh):.2f} "
          f"({statistics.median(inh) / n * 1e6:.0f} us/supplier)")
    print(f"assess_batch  CPU s: {' '.join(f'{x:.2f}' for x in ass)}  median {statistics.median(ass):.2f} "
          f"({statistics.median(ass) / n * 1e6:.0f} us/supplier)")
    print(f"results digest: {' '.join(sorted(dig))}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
