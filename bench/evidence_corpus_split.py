"""Per-indicator precision and recall of the evidence engine on a split of the labelled corpus, with the keyword
baseline beside it (asserted evidence against ``present`` labels, as ``../shared/eval/score.py`` counts).

The test split holds sentences from sources never used to write rules or train the sentence model; the dev
split is used to choose the model's thresholds. Usage: python bench/evidence_corpus_split.py [--split test|dev] [--lang en|es|fr]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from sentence_model_eval import keyword_mentions  # noqa: E402

from screener.contracts import INDICATOR_IDS  # noqa: E402
from screener.evidence import sentence_train as st  # noqa: E402
from screener.evidence.engine import EvidenceEngine  # noqa: E402


def _prf(t: int, p: int, n: int) -> str:
    prec = t / (t + p) if t + p else 1.0
    rec = t / (t + n) if t + n else 1.0
    f1 = 2 * t / (2 * t + p + n) if t + p + n else 1.0
    return f"{prec:.2f} / {rec:.2f} / {f1:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "dev", "train"), default="test")
    ap.add_argument("--lang", choices=("en", "es", "fr"), default=None, help="only sentences of this language")
    args = ap.parse_args()
    records = [r for r in st.load_corpus([ROOT / "corpus" / "sentences"])
               if not r.ambiguous and st.split_of(r.source) == args.split
               and (args.lang is None or r.lang == args.lang)]
    engine = EvidenceEngine()
    counts = {name: Counter() for name in ("engine", "keywords")}
    for r in records:
        got = {"engine": {ev.indicator for ev in engine.scan_text(r.text, lang=r.lang)
                          if ev.polarity == "asserted" and ev.confidence == "finding"},
               "keywords": keyword_mentions(r.text)}
        for name, pred in got.items():
            for ind in INDICATOR_IDS:
                gold, hit = ind in r.present, ind in pred
                counts[name][(ind, "tp" if gold and hit else "fp" if hit else "fn" if gold else "tn")] += 1
    print(f"{args.split} split{' (' + args.lang + ')' if args.lang else ''}: {len(records)} sentences; engine = rules + sentence model findings "
          "(possible findings left out: they count only once a reviewer confirms them)\n")
    print("| indicator | positives | engine P / R / F1 | keywords P / R / F1 |")
    print("|---|---:|---|---|")
    tot = {name: [0, 0, 0] for name in counts}
    for ind in INDICATOR_IDS:
        row = []
        for name, c in counts.items():
            t, p, n = c[(ind, "tp")], c[(ind, "fp")], c[(ind, "fn")]
            tot[name] = [a + b for a, b in zip(tot[name], (t, p, n))]
            row.append(_prf(t, p, n))
        print(f"| {ind} | {counts['engine'][(ind, 'tp')] + counts['engine'][(ind, 'fn')]} | {row[0]} | {row[1]} |")
    print(f"| **all (micro)** | {tot['engine'][0] + tot['engine'][2]} | {_prf(*tot['engine'])} | "
          f"{_prf(*tot['keywords'])} |")


if __name__ == "__main__":
    main()
