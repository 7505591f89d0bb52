"""List the corpus findings that the scope rules turn around: gold-present (sentence, indicator) pairs where the
engine matched the indicator but did not count it (every match negated, policy, remediated, hypothetical or
compliant), grouped by polarity and the cue that decided it.

Usage: python bench/polarity_losses.py --split dev|train [--out FILE]   (never on test or dev_realdocs)
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screener.evidence import sentence_train as st  # noqa: E402
from screener.evidence.engine import EvidenceEngine  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--out", type=Path, default=None, help="JSON lines of every turned pair")
    args = ap.parse_args()
    engine = EvidenceEngine()
    by_cue: Counter[tuple[str, str]] = Counter()
    by_pol: Counter[str] = Counter()
    rows = []
    for r in st.load_corpus([ROOT / "corpus" / "sentences"]):
        if r.ambiguous or st.split_of(r.source) != args.split:
            continue
        evs = engine.scan_text(r.text, lang=r.lang)
        counted = {e.indicator for e in evs if e.polarity == "asserted" and e.confidence == "finding"}
        for ind in sorted(set(r.present) - counted):
            turned = [e for e in evs if e.indicator == ind and e.polarity != "asserted"]
            if not turned:
                continue
            e = turned[0]
            by_pol[e.polarity] += 1
            by_cue[(e.polarity, e.cue.lower())] += 1
            rows.append({"id": r.id, "lang": r.lang, "ind": ind, "polarity": e.polarity, "cue": e.cue,
                         "match": e.matched_text, "kind": e.match, "entry": e.lexicon_entry, "text": r.text})
    print(f"{args.split}: {len(rows)} gold-present pairs matched but turned; by polarity {dict(by_pol)}")
    for (pol, cue), n in by_cue.most_common(40):
        print(f"{n:4d}  {pol:12s} {cue}")
    if args.out:
        args.out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
