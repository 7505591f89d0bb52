"""Dump or compare the watchlist matches of the speed bench's names (to check a speed change alters nothing).

    .venv/bin/python bench/bench_watchlist_identity.py dump OUT.pkl [--suppliers 100000]
    .venv/bin/python bench/bench_watchlist_identity.py compare OUT.pkl

Uses the same names, extra list and seed as bench_watchlist_speed.py; results are compared exactly
(every match, score and explanation) at the alert threshold.
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_watchlist_synth import speed_bench_names  # noqa: E402

from screener.risk.watchlists import WatchlistIndex  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["dump", "compare"])
    ap.add_argument("file")
    ap.add_argument("--suppliers", type=int, default=100_000)
    ap.add_argument("--extra", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    lists, names = speed_bench_names(a.suppliers, a.extra, a.seed)
    res = WatchlistIndex(lists).match_many(names)
    if a.mode == "dump":
        Path(a.file).write_bytes(pickle.dumps((names, res)))
        print(f"{len(names)} names, {sum(1 for r in res if r)} with an alert -> {a.file}")
        return 0
    old_names, old = pickle.loads(Path(a.file).read_bytes())
    assert old_names == names, "the names differ from the snapshot"
    diff = [i for i, (x, y) in enumerate(zip(old, res)) if x != y]
    print(f"{len(names)} names, {sum(1 for r in res if r)} with an alert; {len(diff)} differ from the snapshot")
    for i in diff[:10]:
        print(names[i], "\n  old:", [(m.entity_name, m.score) for m in old[i]],
              "\n  new:", [(m.entity_name, m.score) for m in res[i]])
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
