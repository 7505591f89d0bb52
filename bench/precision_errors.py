"""Dump the engine's findings on a split of the labelled corpus, to list and group its false alarms.

For every unambiguous sentence of the split, the engine's counted findings (asserted, confidence "finding", as
``../shared/eval/score.py`` counts the CLI output) are written with the sentence's labels, one JSON line each, and
the micro P/R/F1, negation accuracy (absent labels not asserted) and neutral false-alarm rate are printed.
Usage: python bench/precision_errors.py --split dev [--out FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screener.evidence import sentence_train as st  # noqa: E402
from screener.evidence.engine import EvidenceEngine  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    ap.add_argument("--out", type=Path, default=None, help="JSON lines of every sentence with its findings")
    args = ap.parse_args()
    engine = EvidenceEngine()
    tp = fp = fn = neg_ok = neg_n = alarm = neutral = 0
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for r in st.load_corpus([ROOT / "corpus" / "sentences"]):
        if r.ambiguous or st.split_of(r.source) != args.split:
            continue
        evs = [e for e in engine.scan_text(r.text, lang=r.lang)
               if e.polarity == "asserted" and e.confidence == "finding"]
        got = {e.indicator for e in evs}
        gold, absent = set(r.present), set(r.absent)
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        neg_n, neg_ok = neg_n + len(absent), neg_ok + len(absent - got)
        if not gold and not absent:
            neutral, alarm = neutral + 1, alarm + bool(got)
        if out is not None:
            out.write(json.dumps({"id": r.id, "lang": r.lang, "text": r.text, "present": sorted(gold),
                                  "absent": sorted(absent), "got": sorted(got),
                                  "hits": [[e.indicator, e.match, e.matched_text, e.lexicon_entry] for e in evs]},
                                 ensure_ascii=False) + "\n")
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    print(f"{args.split}: P {p:.3f} R {rc:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})  "
          f"negation {neg_ok}/{neg_n} = {neg_ok / max(neg_n, 1):.3f}  neutral alarms {alarm}/{neutral} = "
          f"{alarm / max(neutral, 1):.3f}")


if __name__ == "__main__":
    main()
