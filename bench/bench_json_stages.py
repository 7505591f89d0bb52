"""The last three stages of a full screen (scoring, export preparation, writing JSON), timed in CPU seconds.

Screens a synthetic portfolio once (``portfolio_synth``), keeps the scoring jobs, then repeats scoring, export
preparation and the JSON writer ``--repeat`` times and prints the median wall and CPU seconds of each. CPU seconds
count this process and its finished forked workers, so they hold up on a busy machine where wall time does not.

    PYTHONPATH=. python bench/bench_json_stages.py --suppliers 20000 --reports 200
    PYTHONPATH=. python bench/bench_json_stages.py --suppliers 20000 --profile json   # cProfile of one stage
    PYTHONPATH=. python bench/bench_json_stages.py --suppliers 5000 --register /tmp/a.json   # keep the register

Compare two registers, timestamps aside, with ``bench/json_register_identity.py``.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from portfolio_synth import build_portfolio  # noqa: E402

from screener.executor import LocalExecutor  # noqa: E402


class _Capture(LocalExecutor):
    """Runs locally and keeps the scoring jobs, so scoring can be timed again on its own."""

    def __init__(self) -> None:
        self.jobs: list[Any] = []
        self.decisions: Any = None

    def assess(self, jobs: Any, decisions: Any, advance: Any) -> Any:  # type: ignore[override]
        self.jobs, self.decisions = list(jobs), decisions
        return super().assess(jobs, decisions, advance)


def cpu_s() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fn: Callable[[], Any], profile: bool) -> tuple[float, float, Any]:
    w0, c0 = time.perf_counter(), cpu_s()
    if profile:
        prof = cProfile.Profile()
        out = prof.runcall(fn)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(45)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    else:
        out = fn()
    return time.perf_counter() - w0, cpu_s() - c0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suppliers", type=int, default=20_000)
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/screener-bench-json"))
    ap.add_argument("--profile", nargs="*", choices=("scoring", "prep", "json"),
                    help="cProfile these stages (one repeat each)")
    ap.add_argument("--register", type=Path, help="write the JSON register here (default: in the work folder)")
    a = ap.parse_args()
    from screener.export import prepare_view, write_export
    from screener.memo import clear_caches
    from screener.pipeline import screen

    sheet, reports = build_portfolio(a.work / f"case_{a.suppliers}_{a.reports}_{a.seed}", a.suppliers, a.reports,
                                     a.seed)
    capture = _Capture()
    run = screen(sheet, reports=reports, executor=capture)
    out = a.register or sheet.parent / "register.json"
    print(f"# {a.suppliers:,} suppliers + {a.reports:,} reports (seed {a.seed}); load "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    def scoring() -> Any:
        clear_caches()  # as in a fresh run: memo tables start empty
        return LocalExecutor().assess(capture.jobs, capture.decisions, lambda n: None)

    stages: dict[str, Callable[[], Any]] = {
        "scoring": scoring,
        "prep": lambda: prepare_view(run),
        "json": lambda: write_export(run, out, view=view),
    }
    view = prepare_view(run)
    figures: dict[str, list[tuple[float, float]]] = {k: [] for k in stages}
    for _ in range(1 if a.profile else a.repeat):
        for name, fn in stages.items():
            if a.profile and name not in a.profile:
                continue
            wall, cpu, result = timed(fn, bool(a.profile))
            if name == "prep":
                view = result
            figures[name].append((wall, cpu))
    for name, rows in figures.items():
        if rows:
            print(f"{name:8s} wall {statistics.median(w for w, _ in rows):7.2f} s   CPU "
                  f"{statistics.median(c for _, c in rows):7.2f} s   (runs: "
                  f"{', '.join(f'{c:.2f}' for _, c in rows)} CPU s)")
    print(f"# register: {out}; load after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
