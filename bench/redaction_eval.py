"""Print the recall and precision of personal-data redaction on tests/redaction_set.jsonl.

Usage: python bench/redaction_eval.py [--verbose]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from screener.redact import evaluate_redaction, redaction_edition

SET = Path(__file__).resolve().parents[1] / "tests" / "redaction_set.jsonl"


def main(argv: list[str]) -> int:
    items = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    score = evaluate_redaction(items)
    langs = sorted({i["lang"] for i in items})
    print(f"redaction patterns {redaction_edition()} on {score.snippets} snippets ({', '.join(langs)})")
    print(f"gold spans {score.gold_spans}, predicted spans {score.predicted_spans}")
    print(f"recall    {score.recall:.3f}  ({score.found_spans}/{score.gold_spans} gold spans fully redacted)")
    print(f"precision {score.precision:.3f}  ({score.correct_predictions}/{score.predicted_spans} redactions on gold spans)")
    if "--verbose" in argv or "-v" in argv:
        for sid, text in score.missed:
            print(f"  missed    {sid}: {text!r}")
        for sid, text in score.spurious:
            print(f"  spurious  {sid}: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
