#!/usr/bin/env python3
"""Set the sentence model's finding thresholds from a thresholds file, without retraining.

The thresholds file is what ``bench/evidence_model_count.py --choose --out FILE`` writes (its ``per_indicator``
map; an indicator left out never counts). A possible threshold above the new finding threshold is lowered to it,
so that no output between the two is lost. The model's settings record the file's name and hash.

Usage: python scripts/apply_finding_thresholds.py [--thresholds models/finding_thresholds.json]
                                                  [--model models/sentence_model.json] [--chosen-on TEXT]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screener.evidence.sentence_model import load_model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--thresholds", type=Path, default=ROOT / "models" / "finding_thresholds.json")
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "sentence_model.json")
    ap.add_argument("--chosen-on", default="", help="where the thresholds were chosen, recorded in the model")
    args = ap.parse_args(argv)
    raw = args.thresholds.read_bytes()
    per = json.loads(raw)["per_indicator"]
    model = load_model(args.model)
    for k, ind in enumerate(model.indicators):
        model.finding[k] = float(per.get(ind, 1.01))
        model.possible[k] = min(float(model.possible[k]), float(model.finding[k]))
    model.meta.setdefault("settings", {}).update({
        "findings": "count", "finding_thresholds": args.thresholds.name,
        "finding_thresholds_sha256": hashlib.sha256(raw).hexdigest()[:12]})
    if args.chosen_on:
        model.meta["settings"]["finding_thresholds_chosen_on"] = args.chosen_on
    model.save(args.model)
    print(f"wrote {args.model}: finding thresholds of {len(model.indicators)} indicators from {args.thresholds.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
