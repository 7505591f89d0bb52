"""Rules-only and whole-engine precision / recall / F1 of chosen indicators on a split of the labelled corpus.

"Rules" counts asserted findings whose match is not the sentence model's; "engine" counts every asserted finding
(rules plus the model's counted findings), as ``bench/evidence_corpus_split.py`` and ``../shared/eval/score.py``
do. A pair is a true positive when the indicator is in ``present``; a false positive otherwise. ``--dump FILE``
writes the misses and false alarms of the chosen indicators (text, labels, lexicon entries that fired) for
reading while writing rules; use it on the train split only. Usage:
  python bench/evidence_indicator_split.py --split dev --indicators abuse_of_vulnerability isolation
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screener.contracts import INDICATOR_IDS  # noqa: E402
from screener.evidence import sentence_train as st  # noqa: E402
from screener.evidence.engine import EvidenceEngine  # noqa: E402


def prf(t: int, p: int, n: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of counts (1.0 where undefined)."""
    return (t / (t + p) if t + p else 1.0, t / (t + n) if t + n else 1.0,
            2 * t / (2 * t + p + n) if t + p + n else 1.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    ap.add_argument("--indicators", nargs="+", default=["abuse_of_vulnerability", "isolation"],
                    help="indicator ids, or 'all'")
    ap.add_argument("--lang", choices=("en", "es", "fr"), default=None)
    ap.add_argument("--dump", type=Path, help="JSON lines of misses and false alarms (train split only)")
    args = ap.parse_args()
    inds = list(INDICATOR_IDS) if args.indicators == ["all"] else list(args.indicators)
    records = [r for r in st.load_corpus([ROOT / "corpus" / "sentences"])
               if not r.ambiguous and st.split_of(r.source) == args.split
               and (args.lang is None or r.lang == args.lang)]
    engine = EvidenceEngine()
    c: Counter[tuple[str, str, str]] = Counter()
    dump = []
    for r in records:
        evs = [e for e in engine.scan_text(r.text, lang=r.lang)
               if e.polarity == "asserted" and e.confidence == "finding"]
        got = {"rules": {e.indicator for e in evs if e.match != "model"}, "engine": {e.indicator for e in evs}}
        for ind in inds:
            gold = ind in r.present
            for name, pred in got.items():
                hit = ind in pred
                c[(name, ind, "tp" if gold and hit else "fp" if hit else "fn" if gold else "tn")] += 1
            if args.dump and (gold != (ind in got["engine"])):
                dump.append({"ind": ind, "kind": "fn" if gold else "fp", "lang": r.lang, "text": r.text,
                             "present": r.present, "absent": r.absent,
                             "fired": sorted({f"{e.indicator}:{e.lexicon_entry}" for e in evs})})
    print(f"{args.split} split{' (' + args.lang + ')' if args.lang else ''}: {len(records)} sentences")
    print("| indicator | positives | rules P / R / F1 (tp fp) | engine P / R / F1 (tp fp) |")
    print("|---|---:|---|---|")
    for ind in inds:
        cells = []
        for name in ("rules", "engine"):
            t, p, n = c[(name, ind, "tp")], c[(name, ind, "fp")], c[(name, ind, "fn")]
            cells.append("{:.3f} / {:.3f} / {:.3f} ({} {})".format(*prf(t, p, n), t, p))
        print(f"| {ind} | {c[('rules', ind, 'tp')] + c[('rules', ind, 'fn')]} | {cells[0]} | {cells[1]} |")
    if len(inds) > 1:
        cells = []
        for name in ("rules", "engine"):
            t, p, n = (sum(c[(name, ind, k)] for ind in inds) for k in ("tp", "fp", "fn"))
            cells.append("{:.3f} / {:.3f} / {:.3f} ({} {})".format(*prf(t, p, n), t, p))
        pos = sum(c[("rules", ind, "tp")] + c[("rules", ind, "fn")] for ind in inds)
        print(f"| **micro** | {pos} | {cells[0]} | {cells[1]} |")
    if args.dump:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump), encoding="utf-8")


if __name__ == "__main__":
    main()
