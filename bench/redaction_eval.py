"""Print the recall and precision of personal-data redaction on tests/redaction_set.jsonl.

Usage: python bench/redaction_eval.py [--verbose]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from screener.redact import evaluate_redaction, find_personal_data, redaction_edition

SET = Path(__file__).resolve().parents[1] / "tests" / "redaction_set.jsonl"


def main(argv: list[str]) -> int:
    items = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    score = evaluate_redaction(items)
    langs = sorted({i["lang"] for i in items})
    print(f"redaction patterns {redaction_edition()} on {score.snippets} snippets ({', '.join(langs)})")
    print(f"gold spans {score.gold_spans}, predicted spans {score.predicted_spans}")
    print(f"recall    {score.recall:.3f}  ({score.found_spans}/{score.gold_spans} gold spans fully redacted)")
    print(f"precision {score.precision:.3f}  ({score.correct_predictions}/{score.predicted_spans} redactions on gold spans)")
    shared = SET.parents[2] / "shared" / "eval"
    sentences = [json.loads(line)["text"] for f in sorted(shared.glob("dev_*.jsonl"))
                 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if sentences:  # audit and DOL sentences that hold (almost) no personal data: how often do we redact?
        hit = [t for t in sentences if find_personal_data(t)]
        print(f"shared eval sentences with any redaction: {len(hit)}/{len(sentences)} "
              f"(these hold almost no personal data; each hit is shown with -v)")
    if "--verbose" in argv or "-v" in argv:
        for t in hit if sentences else []:
            print(f"  redacted  {[t[s.start:s.end] for s in find_personal_data(t)]} in {t[:80]!r}")
        for sid, text in score.missed:
            print(f"  missed    {sid}: {text!r}")
        for sid, text in score.spurious:
            print(f"  spurious  {sid}: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
