"""Whole-portfolio bench: N suppliers + M reports (built reproducibly from the sample), screened and exported.

Reports wall time, CPU time (this process plus its finished worker processes; "of it wk" is the workers' share)
and peak resident memory per stage and in total, for the JSON and xlsx outputs, with the machine's load beside the figures.

    PYTHONPATH=. python bench/bench_full_screen.py                       # 100,000 + 1,000, single process
    PYTHONPATH=. python bench/bench_full_screen.py --cluster local:2     # the same on a 2-worker LocalCluster too
    PYTHONPATH=. python bench/bench_full_screen.py --suppliers 20000 --reports 200
"""
from __future__ import annotations

import argparse
import contextlib
import os
import resource
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from portfolio_synth import build_portfolio  # noqa: E402


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def cpu_s() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def worker_cpu_s() -> float:
    """CPU seconds of the finished worker processes alone."""
    t = os.times()
    return t.children_user + t.children_system


class StageTimer:
    """A progress tracker that records wall, CPU and peak RSS (sampled every 20 ms) per stage."""

    def __init__(self, echo: bool = True) -> None:
        self.echo = echo
        self.rows: list[tuple[str, int | None, float, float, float, float]] = []
        self._peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self._peak = max(self._peak, rss_mb())

    @contextlib.contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator:
        self._peak = rss_mb()
        w0, c0, k0 = time.perf_counter(), cpu_s(), worker_cpu_s()
        yield lambda n=1: None
        self._peak = max(self._peak, rss_mb())
        row = (name, total, time.perf_counter() - w0, cpu_s() - c0, worker_cpu_s() - k0, self._peak)
        self.rows.append(row)
        if self.echo:  # each stage as it ends, so a long run shows its figures as it goes
            print(f"  .. {name[:44]:44s} {'' if total is None else f'{total:,}':>9s} {row[2]:8.2f} {row[3]:8.2f} "
                  f"{row[4]:8.2f} {row[5]:12.0f}", flush=True)

    def close(self) -> None:
        self._stop.set()


def fingerprint(run) -> list[tuple]:
    """What must not depend on where the run executed: per supplier score, tier, evidence, matches, reasons."""
    return [(r.supplier_key, r.risk_score, r.tier, tuple(e.fingerprint for e in r.evidence),
             tuple((m.entity_name, m.score) for m in r.watchlist_matches), tuple(c.reason for c in r.contributions))
            for r in run.results]


def run_once(sheet: Path, reports: Path, out_dir: Path, cluster: str | None,
             suffixes: tuple[str, ...] = (".json", ".xlsx")) -> tuple[StageTimer, float, float, list[tuple]]:
    from screener.export import write_export
    from screener.pipeline import screen

    timer = StageTimer()
    executor = None
    w0, c0 = time.perf_counter(), cpu_s()
    if cluster:
        from screener.distributed import DaskExecutor

        with timer.stage(f"Starting the cluster ({cluster})"):
            executor = DaskExecutor.connect(cluster)
    try:
        run = screen(sheet, reports=reports, progress=timer, executor=executor)
    finally:
        if executor is not None:
            executor.close()
    from screener.export import prepare_view

    view = prepare_view(run, progress=timer)
    for suffix in suffixes:
        write_export(run, out_dir / f"register{suffix}", progress=timer, view=view)
    wall, cpu = time.perf_counter() - w0, cpu_s() - c0
    timer.close()
    return timer, wall, cpu, fingerprint(run)


def show(label: str, timer: StageTimer, wall: float, cpu: float) -> None:
    print(f"\n## {label}")
    print(f"{'stage':44s} {'items':>9s} {'wall s':>8s} {'CPU s':>8s} {'of it wk':>8s} {'peak RSS MB':>12s}")
    for name, total, w, c, k, peak in timer.rows:
        print(f"{name[:44]:44s} {'' if total is None else f'{total:,}':>9s} {w:8.2f} {c:8.2f} {k:8.2f} {peak:12.0f}")
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1e3
    sys.stdout.flush()
    print(f"{'TOTAL':44s} {'':>9s} {wall:8.2f} {cpu:8.2f} {'':>8s} {peak_self:12.0f}   (largest worker process "
          f"{peak_child:.0f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suppliers", type=int, default=100_000)
    ap.add_argument("--reports", type=int, default=1_000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--work", type=Path, default=Path("/tmp/screener-bench-full"))
    ap.add_argument("--cluster", help="also run on this Dask cluster (e.g. local:2) after the single process")
    ap.add_argument("--cluster-only", action="store_true", help="skip the single-process run")
    ap.add_argument("--formats", default=".json,.xlsx", help="outputs of the single-process run (default .json,.xlsx)")
    a = ap.parse_args()
    case = a.work / f"case_{a.suppliers}_{a.reports}_{a.seed}"
    t = time.perf_counter()
    sheet, reports = build_portfolio(case, a.suppliers, a.reports, a.seed)
    print(f"# Full screen bench: {a.suppliers:,} suppliers + {a.reports:,} reports (seed {a.seed}), "
          f"built in {time.perf_counter() - t:.1f} s")
    print(f"# machine: {os.cpu_count()} CPUs; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    local = None
    if not a.cluster_only:
        timer, wall, cpu, local = run_once(sheet, reports, case, None, suffixes=tuple(a.formats.split(",")))
        show("single process (forked workers where the stage uses them)", timer, wall, cpu)
        print(f"# load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    if a.cluster:
        timer, wall, cpu, remote = run_once(sheet, reports, case, a.cluster, suffixes=(".json",))
        show(f"Dask cluster {a.cluster}, JSON only (CPU and RSS of this process; workers not counted)",
             timer, wall, cpu)
        print(f"# load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if local is not None:
            print(f"# results identical to the single-process run: {remote == local}")


if __name__ == "__main__":
    main()
