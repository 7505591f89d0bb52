"""A small, fast run of bench/bench_watchlist_quality.py that holds the quality bar (so it can fail)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_watchlist_quality import evaluate  # noqa: E402


def test_recall_and_false_alert_bar() -> None:
    r = evaluate(n_distractors=5_000, per_name=3, seed=11)
    assert r.n_positives > 500 and r.n_distractors == 5_000
    assert r.recall >= 0.95, (r.recall, r.missed_kinds)
    assert r.false_alerts_per_1000 <= 1.0, r.false_examples
    # the curve moves the right way: a higher threshold never raises recall or false alerts
    recalls = [c[1] for c in r.curve]
    alerts = [c[2] for c in r.curve]
    assert recalls == sorted(recalls, reverse=True) and alerts == sorted(alerts, reverse=True)
