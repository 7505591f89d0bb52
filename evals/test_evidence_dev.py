"""Regression guard: the engine meets the quality bars on the shared dev set (../shared/eval)."""
from __future__ import annotations

import json
from collections import defaultdict

from screener.evidence import get_engine

from shared_location import SHARED

EVAL = SHARED / "eval"


def _rows() -> list[dict]:
    rows = []
    for name in ("dev_real.jsonl", "dev_authored.jsonl"):
        path = EVAL / name
        assert path.is_file(), f"shared eval data missing: {path}"
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if not r.get("ambiguous")]


def _f1(t: int, p: int, n: int) -> float:
    return 2 * t / (2 * t + p + n) if t + p + n else 1.0


def test_dev_set_meets_the_bars() -> None:
    engine = get_engine()
    tp = fp = fn = neg_ok = neg_n = alarms = neutral = 0
    lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in _rows():
        got = {e.indicator for e in engine.scan_text(r["text"], lang=r["lang"]) if e.polarity == "asserted" and e.confidence == "finding"}
        gold, absent = set(r["present"]), set(r["absent"])
        t, p, n = len(gold & got), len(got - gold), len(gold - got)
        tp, fp, fn = tp + t, fp + p, fn + n
        lang[r["lang"]][0] += t
        lang[r["lang"]][1] += p
        lang[r["lang"]][2] += n
        neg_n += len(absent)
        neg_ok += len(absent - got)
        if not gold and not absent:
            neutral += 1
            alarms += bool(got)
    assert _f1(tp, fp, fn) >= 0.90, (tp, fp, fn)
    assert neg_ok / neg_n >= 0.95, (neg_ok, neg_n)
    assert _f1(*lang["es"]) >= 0.85 and _f1(*lang["fr"]) >= 0.85, dict(lang)
    assert alarms / neutral <= 0.03, (alarms, neutral)
