#!/usr/bin/env python3
"""Train the sentence model on the labelled corpus and write models/sentence_model.json and its model card.

Deterministic: the corpus is split by source URL (hash) into train / dev / test (70/15/15), the split is
written to ``corpus/splits.tsv``; the model is fitted on train, calibrated and its thresholds chosen on dev,
and measured on test against a keyword baseline (a case-insensitive keyword search, as
``../shared/eval/score.py --keywords`` does), alone and inside the whole engine (rules + model).

Usage: python scripts/train_sentence_model.py [--data-dir corpus/sentences ...] [--out models/sentence_model.json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screener.evidence import sentence_concepts as sc  # noqa: E402
from screener.evidence import sentence_train as st  # noqa: E402
sys.path.insert(0, str(ROOT / "scripts"))
from sentence_model_eval import end_to_end, keyword_mentions, write_card  # noqa: E402
from screener.contracts import INDICATOR_IDS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", action="append", default=None,
                    help="folder of *.jsonl labelled sentences (repeatable; default corpus/sentences)")
    ap.add_argument("--out", default=str(ROOT / "models" / "sentence_model.json"))
    ap.add_argument("--card", default=str(ROOT / "models" / "SENTENCE_MODEL_CARD.md"))
    ap.add_argument("--splits", default=str(ROOT / "corpus" / "splits.tsv"), help="where to record the split")
    ap.add_argument("--agreement", default=str(ROOT / "corpus" / "double_label_200.jsonl"),
                    help="second annotator's labels, for the agreement section of the card (if present)")
    ap.add_argument("--C", type=float, nargs="+", default=[4.0, 8.0, 16.0],
                    help="inverse L2 strength of the logistic regressions; several: the best mean average precision "
                         "on dev is kept")
    ap.add_argument("--finding-precision", type=float, default=0.9,
                    help="dev precision the finding threshold must reach (default 0.9)")
    ap.add_argument("--finding-floor", type=float, default=0.5, help="lowest finding threshold (default 0.5)")
    ap.add_argument("--possible-precision", type=float, default=0.8,
                    help="dev precision (model alone) the possible threshold must reach, per indicator (default 0.8: "
                         "on dev about half of the possible findings a reviewer sees beside the rules are then real, "
                         "bench/model_possible_band.py; 0.5 gave 0.37)")
    ap.add_argument("--possible-floor", type=float, default=0.3, help="lowest possible threshold (default 0.3)")
    ap.add_argument("--findings", choices=("count", "possible-only"), default="possible-only",
                    help="without a finding-thresholds file: possible-only (default) keeps every model output a "
                         "possible finding, shown to reviewers and counted only once confirmed; count uses the "
                         "finding thresholds chosen by --finding-precision")
    ap.add_argument("--finding-thresholds", default=str(ROOT / "models" / "finding_thresholds.json"),
                    help="JSON of per-indicator finding thresholds chosen on dev by `bench/evidence_model_count.py "
                         "--split dev --choose` (its `per_indicator` map; an indicator left out never counts): "
                         "outputs at or above them count at once where no scope cue could turn them around; "
                         "'none' keeps every output possible (default: models/finding_thresholds.json)")
    ap.add_argument("--min-df", type=int, default=2, help="keep n-grams found in at least this many sentences")
    ap.add_argument("--min-weight", type=float, default=0.01, help="prune weights below this (absolute)")
    ap.add_argument("--max-per-indicator", type=int, default=5000, help="keep at most this many weights per indicator")
    ap.add_argument("--target", choices=st.TARGETS, default="present",
                    help="what the model predicts: 'mention' (present or absent; scope decides polarity) or "
                         "'present' (stated to occur; scope still decides polarity)")
    ap.add_argument("--numbers-decide", nargs="*", default=["excessive_overtime", "child_labour"],
                    help="indicators whose numbers (hours, ages) the numeric rules judge: in a sentence with digits "
                         "the model gives them at most a possible finding")
    ap.add_argument("--no-engine", action="store_true", help="skip the end-to-end test with the whole engine")
    ap.add_argument("--dev-engine", action="store_true",
                    help="also print the model alone and the whole engine on the dev split (for choosing settings)")
    ap.add_argument("--concepts", choices=("on", "off"), default="on",
                    help="concept features from lexicons/model_concepts.yaml (language-independent word classes)")
    ap.add_argument("--concept-value", type=float, default=sc.DEFAULT_VALUE,
                    help="value of a concept feature (n-gram features are scaled by 1/sqrt(n-grams of the sentence))")
    args = ap.parse_args(argv)

    dirs = args.data_dir or [str(ROOT / "corpus" / "sentences")]
    records = st.load_corpus(dirs)
    if not records:
        print(f"no labelled sentences in {', '.join(dirs)}", file=sys.stderr)
        return 2
    usable = [r for r in records if not r.ambiguous]
    split = {r.id: st.split_of(r.source) for r in usable}
    parts = {name: [r for r in usable if split[r.id] == name] for name in ("train", "dev", "test")}
    Path(args.splits).parent.mkdir(parents=True, exist_ok=True)
    by_source = Counter((st.normalise_source(r.source), split[r.id]) for r in usable)
    Path(args.splits).write_text("source\tsplit\tsentences\n" + "".join(
        f"{src}\t{sp}\t{n}\n" for (src, sp), n in sorted(by_source.items())), encoding="utf-8")
    print(f"{len(records)} sentences ({len(records) - len(usable)} ambiguous left out); "
          + ", ".join(f"{k} {len(v)}" for k, v in parts.items()))

    train, dev, test = parts["train"], parts["dev"], parts["test"]
    meta = {"version": "sm-" + st.data_sha256(usable)[:12], "data_sha256": st.data_sha256(usable),
            "target": args.target, "numbers_decide": sorted(args.numbers_decide),
            "settings": {"C": None, "min_df": args.min_df, "min_weight": args.min_weight,
                         "max_per_indicator": args.max_per_indicator, "word_ngrams": [1, 3], "char_wb_ngrams": [3, 5]},
            "training": {"sentences": len(train), "dev": len(dev), "test": len(test),
                         "split": "by source URL hash, 70/15/15 (corpus/splits.tsv)"}}
    concepts = sc.build_table(value=args.concept_value) if args.concepts == "on" else None
    if concepts is not None:
        meta["settings"]["concepts"] = {"lexicon": sc.LEXICON, "version": concepts.version, "value": concepts.value}
    Ytr, Ydev = st.label_matrix(train, target=args.target), st.label_matrix(dev, target=args.target)
    best = None
    for C in args.C:
        cand = st.build_model([r.text for r in train], Ytr, C=C, min_df=args.min_df, min_weight=args.min_weight,
                              max_per_indicator=args.max_per_indicator, meta=meta, concepts=concepts)
        ap_dev = st.average_precision(st.decisions(cand, [r.text for r in dev]), Ydev)
        print(f"C={C}: mean average precision on dev {ap_dev:.4f}")
        if best is None or ap_dev > best[0] + 1e-9:
            best = (ap_dev, C, cand)
    _, C, model = best
    model.meta["settings"]["C"] = C
    model.meta["dev_mean_average_precision"] = round(best[0], 4)
    chosen = st.calibrate(model, [r.text for r in dev], Ydev, finding_precision=args.finding_precision,
                          finding_floor=args.finding_floor, possible_precision=args.possible_precision,
                          possible_floor=args.possible_floor)
    model.meta["settings"].update({"finding_precision": args.finding_precision, "finding_floor": args.finding_floor,
                                   "possible_precision": args.possible_precision, "possible_floor": args.possible_floor,
                                   "findings": args.findings})
    counted = None if args.finding_thresholds == "none" else Path(args.finding_thresholds)
    if counted is not None and counted.exists():
        per = json.loads(counted.read_text(encoding="utf-8"))["per_indicator"]
        model.finding[:] = [float(per.get(ind, 1.01)) for ind in model.indicators]
        model.meta["settings"].update({"findings": "count", "finding_thresholds": counted.name,
                                       "finding_thresholds_sha256": hashlib.sha256(counted.read_bytes()).hexdigest()[:12]})
    elif args.findings == "possible-only":
        model.finding[:] = 1.01  # a calibrated probability never reaches it: every output is "possible"
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {len(model.features)} n-grams)")

    if args.dev_engine:
        Pd = st.probabilities(model, [r.text for r in dev])
        for name, pred in (("finding", Pd >= model.finding), ("finding+possible", Pd >= model.possible)):
            p, r, f, *_ = st.prf(Ydev.ravel(), pred.astype(int).ravel())
            print(f"  dev model alone ({name}): P {p:.3f} R {r:.3f} F1 {f:.3f}")
        for name, m in end_to_end(model, dev).items():
            print(f"  dev end-to-end {name}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} "
                  f"neg {m['negation']:.3f} neutral alarms {m['neutral_alarms']} "
                  + " ".join(f"{k} {v:.3f}" for k, v in sorted(m.get('by_lang', {}).items())))
    P = st.probabilities(model, [r.text for r in test])
    Y = st.label_matrix(test, target=args.target)
    K = np.array([[i in keyword_mentions(r.text) for i in INDICATOR_IDS] for r in test], dtype=int)
    e2e = None if args.no_engine else end_to_end(model, test)
    card = write_card(Path(args.card), model=model, records=usable, parts=parts, chosen=chosen, P=P, Y=Y, K=K,
                      e2e=e2e, agreement_file=Path(args.agreement), splits_file=Path(args.splits))
    print(f"wrote {card}")
    for k, ind in enumerate(INDICATOR_IDS):
        p, r, f, *_ = st.prf(Y[:, k], (P[:, k] >= model.finding[k]).astype(int))
        kp, kr, kf, *_ = st.prf(Y[:, k], K[:, k])
        print(f"  {ind:34s} model P {p:.2f} R {r:.2f} F1 {f:.2f} | keywords P {kp:.2f} R {kr:.2f} F1 {kf:.2f}")
    if e2e:
        for name, m in e2e.items():
            print(f"  test end-to-end {name}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} "
                  f"neg {m['negation']:.3f} neutral alarms {m['neutral_alarms']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
