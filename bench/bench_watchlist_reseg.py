"""Word re-segmentation speed: the distinct supplier names of the speed bench through ``Resegmenter.parse``,
with the quick pre-tests (``pair_may_split``, ``_may_know``) on and switched off, alternating in one process.

    .venv/bin/python bench/bench_watchlist_reseg.py [--suppliers 100000] [--extra 10000] [--runs 5]

Reports the CPU seconds of each run (a fresh Resegmenter each time, its tables built inside the timing), their
medians and whether both give the same parses (they must).
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_watchlist_synth import speed_bench_names  # noqa: E402

from screener.normalize.names import parse_company_name  # noqa: E402
from screener.risk.watchlist_match import token_credit  # noqa: E402
from screener.risk.watchlist_segment import Resegmenter  # noqa: E402
from screener.risk.watchlists import WatchlistIndex  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suppliers", type=int, default=100_000)
    ap.add_argument("--extra", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    lists, suppliers = speed_bench_names(a.suppliers, a.extra, a.seed)
    ix = WatchlistIndex(lists)
    names = list(dict.fromkeys(n.strip() for n, _ in suppliers if n and n.strip()))
    parsed = [parse_company_name(n) for n in names]
    cores = [r.parts.core for r in ix.records]
    times: dict[str, list[float]] = {"with pre-tests": [], "without": []}
    outputs = {}
    for i in range(a.runs):
        kinds = ("with pre-tests", "without") if i % 2 == 0 else ("without", "with pre-tests")
        for kind in kinds:  # alternating, so a change of machine load hits both
            gc.collect()
            gc.disable()
            t0 = time.process_time()
            seg = Resegmenter(cores, lambda x, y: token_credit(x, y, ix.config), min_typo=4)
            if kind == "without":
                setattr(seg, "pair_may_split", lambda w, nxt: True)  # noqa: B010
                setattr(seg, "_may_know", lambda word: True)  # noqa: B010
            out = [seg.parse(n, p) for n, p in zip(names, parsed)]
            times[kind].append(time.process_time() - t0)
            gc.enable()
            outputs[kind] = out
            del seg, out
    print(f"{len(names)} distinct supplier names, {a.runs} runs each (CPU s of this process)")
    for kind, ts in times.items():
        print(f"{kind}: median {statistics.median(ts):.3f} s; runs {[round(x, 3) for x in ts]}")
    same = outputs["with pre-tests"] == outputs["without"]
    print("same parses:", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
