"""How many "possible" findings does the sentence model put before a reviewer, and how many are right?

Two measures of the engine as shipped (rules + sentence model; model findings only for indicators the rules
did not find in the sentence):
  * ``--split dev|test``: on a split of the labelled corpus, the precision of the model's possible findings
    (distinct sentence and indicator; right when the sentence states the indicator, label ``present``), all of
    them and the asserted ones, per indicator;
  * ``--samples``: on the sample reports (sample_suppliers/reports), how many possible findings the model
    proposes; ``--draw N`` writes N of them, drawn at random (``--seed``), to ``--out`` for judging by hand.

    python bench/model_possible_band.py --split dev --samples [--model FILE] [--draw 60 --out /tmp/draw.tsv]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def split_precision(split: str) -> None:
    """Precision of the model's possible findings on one corpus split, pooled and per indicator."""
    from screener.evidence import sentence_train as st
    from screener.evidence.engine import EvidenceEngine

    engine = EvidenceEngine()
    right: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    asserted = [0, 0]
    for r in st.load_corpus([ROOT / "corpus" / "sentences"]):
        if r.ambiguous or st.split_of(r.source) != split:
            continue
        got: dict[str, bool] = {}
        for e in engine.scan_text(r.text, lang=r.lang):
            if e.match == "model" and e.confidence == "possible":
                got[e.indicator] = got.get(e.indicator, False) or e.polarity == "asserted"
        for ind, is_asserted in got.items():
            ok = ind in r.present
            shown[ind] += 1
            right[ind] += ok
            if is_asserted:
                asserted[0] += 1
                asserted[1] += ok
    total, good = sum(shown.values()), sum(right.values())
    print(f"{split} split: {total} possible findings, precision {good / max(total, 1):.3f}; asserted ones "
          f"{asserted[0]}, precision {asserted[1] / max(asserted[0], 1):.3f}")
    for ind in sorted(shown):
        print(f"  {ind:34s} {shown[ind]:4d} possible, precision {right[ind] / shown[ind]:.2f}")


def sample_reports(draw: int, seed: int, out: Path | None, distinct_only: bool = False) -> None:
    """Possible findings of the model on the sample reports; a random draw of them written for judging."""
    from screener.evidence.engine import EvidenceEngine
    from screener.ingest.documents import read_document

    engine = EvidenceEngine()
    rows = []
    for path in sorted((ROOT / "sample_suppliers" / "reports").iterdir()):
        if not path.is_file():
            continue
        try:
            doc = read_document(path)
        except Exception as exc:  # noqa: BLE001 - a bench: report and go on
            print(f"  {path.name}: not read ({exc})")
            continue
        for e in engine.scan_document(doc, "S"):
            if e.match == "model" and e.confidence == "possible":
                rows.append((path.name, e.indicator, e.polarity, e.score, " ".join(e.sentence.split())))
    by_ind = Counter(r[1] for r in rows)
    by_pol = Counter(r[2] for r in rows)
    distinct = len({(r[1], r[4]) for r in rows})
    print(f"sample reports: {len(rows)} possible findings ({distinct} distinct sentence and indicator pairs); "
          f"by polarity {dict(by_pol)}")
    print("  by indicator: " + ", ".join(f"{k} {v}" for k, v in sorted(by_ind.items())))
    if draw and out:
        pool = list({(r[1], r[4]): r for r in rows}.values()) if distinct_only else rows
        picked = random.Random(seed).sample(pool, min(draw, len(pool)))
        out.write_text("file\tindicator\tpolarity\tp\tsentence\n" + "".join(
            f"{f}\t{i}\t{pol}\t{p:.3f}\t{s}\n" for f, i, pol, p, s in picked), encoding="utf-8")
        print(f"wrote {len(picked)} drawn possible findings to {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"))
    ap.add_argument("--samples", action="store_true", help="count possible findings on the sample reports")
    ap.add_argument("--model", help="sentence model file (default: the active one)")
    ap.add_argument("--draw", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--distinct", action="store_true", help="draw from distinct (indicator, sentence) pairs")
    args = ap.parse_args()
    if args.model:
        os.environ["SCREENER_SENTENCE_MODEL"] = args.model
    if args.split:
        split_precision(args.split)
    if args.samples:
        sample_reports(args.draw, args.seed, args.out, args.distinct)


if __name__ == "__main__":
    main()
