"""Print the recall and precision of personal-data redaction on the annotated sets in tests/.

tests/redaction_set.jsonl was written alongside the patterns; tests/redaction_fresh.jsonl (blind, before tuning)
and tests/redaction_fresh2.jsonl (blind, after tuning),
tests/redaction_blind3.jsonl (blind, 326 spans, scored once before the name-part/phone/ID classes were added) and
tests/redaction_blind4.jsonl (blind, written after those changes; its misses then shaped more changes) and
tests/redaction_blind5.jsonl (blind when written; its misses then shaped the name lists) and
tests/redaction_blind6.jsonl (blind when written; the dictionary rule came after seeing its misses) and
tests/redaction_blind7.jsonl (blind when written; its misses guided the classes of the 2026.12 patterns) and
tests/redaction_dev8.jsonl (139 development sentences written for those classes, not blind),
tests/redaction_blind8.jsonl (360 snippets, scored once blind: recall 0.868, precision 0.967; then used for development
of the 2026.12.2 classes) and tests/redaction_dev9.jsonl (41 development sentences for those classes) and
tests/redaction_blind9.jsonl (378 snippets, scored once blind: recall 0.891 before round 2 and 0.903 after; then used
for development of the 2026.12.3 classes) and
tests/redaction_blind10.jsonl (287 snippets, written blind; scored once on 2026.12.2: recall 0.842, precision 0.965,
and once on 2026.12.3: recall 0.889, precision 0.966; the blind figure of record, untouched by any rule so far)
tests/blind/redaction_blind11.jsonl (371 snippets, scored blind with the name tagger: recall 0.863, precision 0.948; then used
for development of the 2026.12.4 classes)
tests/probes/redact3_*.jsonl (hand-written probes of the 2026.12.5 classes: dev, then two fresh sets written after) and
tests/probes/tagger3_fresh*.jsonl (single uncued names, written before the 2026.12.6 tagger retrain; not trained on)
tests/redaction_blind14.jsonl and tests/redaction_blind15.jsonl (blind when written; 14 shaped the 2026.12.7 classes,
15 the 2026.12.8 ones; both are training text of the 2026.12.7 name tagger, so in-sample) and
tests/redaction_blind16.jsonl (blind when written; shaped the 2026.12.9 classes, training text of the 2026.12.8 tagger)
tests/redaction_blind17.jsonl (blind when written; shaped the 2026.12.10 classes, training text of the 2026.12.9 tagger)
tests/redaction_tagdata7a/7b.jsonl (written for training by others; scored before they shaped the second half of the
2026.12.10 classes and before they became training text of the 2026.12.10 tagger; in-sample since)
tests/redaction_tagdata7c.jsonl (written for training by others; scored at 2026.12.10 as the dev set of the 2026.12.11
classes, then training text of the 2026.12.11 tagger; in-sample since)
measure how well the patterns generalise.
Also counts how many shared eval sentences (which hold almost no personal data) get any redaction.

Usage: python bench/redaction_eval.py [--verbose]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from screener.redact import find_personal_data, redaction_edition
from screener.redact.evaluate import evaluate_redaction

TESTS = Path(__file__).resolve().parents[1] / "tests"
SETS = ("redaction_set.jsonl", "redaction_fresh.jsonl", "redaction_fresh2.jsonl", "redaction_blind3.jsonl",
        "redaction_blind4.jsonl", "redaction_blind5.jsonl", "redaction_blind6.jsonl",
        "redaction_blind7.jsonl", "redaction_dev8.jsonl", "redaction_blind8.jsonl",
        "redaction_dev9.jsonl", "redaction_blind9.jsonl", "redaction_blind10.jsonl", "blind/redaction_blind11.jsonl",
        "probes/redact3_dev.jsonl", "probes/redact3_fresh.jsonl", "probes/redact3_fresh2.jsonl",
        "probes/redact3_fresh3.jsonl", "probes/redact3_fresh4.jsonl", "probes/tagger3_fresh.jsonl",
        "probes/tagger3_fresh2.jsonl", "redaction_blind14.jsonl", "redaction_blind15.jsonl",
        "redaction_blind16.jsonl", "redaction_blind17.jsonl", "redaction_tagdata7a.jsonl", "redaction_tagdata7b.jsonl",
        "redaction_tagdata7c.jsonl", "redaction_blind18.jsonl",
        "redaction_blind19.jsonl", "redaction_blind20.jsonl")


def _report(name: str, verbose: bool) -> None:
    if not (TESTS / name).exists():
        return
    items = [json.loads(line) for line in (TESTS / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    score = evaluate_redaction(items)
    langs = sorted({i["lang"] for i in items})
    print(f"{name}: {score.snippets} snippets ({', '.join(langs)}), gold spans {score.gold_spans}, "
          f"predicted spans {score.predicted_spans}")
    print(f"  recall    {score.recall:.3f}  ({score.found_spans}/{score.gold_spans} gold spans fully redacted)")
    print(f"  precision {score.precision:.3f}  ({score.correct_predictions}/{score.predicted_spans} redactions on gold spans)")
    kinds = ", ".join(f"{k} {score.kind_recall(k):.3f} ({f}/{g})" for k, (f, g) in score.by_kind.items())
    print(f"  by kind   {kinds}")
    if score.kept_total:
        print(f"  kept      {score.kept_rate:.3f}  ({score.kept_total - len(score.kept_broken)}/{score.kept_total} "
              f"must-stay strings untouched: company, place, title, date, amount, reference)")
    if verbose:
        for sid, text in score.kept_broken:
            print(f"  broken    {sid}: {text!r}")
        for sid, text in score.missed:
            print(f"  missed    {sid}: {text!r}")
        for sid, text in score.spurious:
            print(f"  spurious  {sid}: {text!r}")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    print(f"redaction patterns {redaction_edition()}")
    for name in SETS:
        _report(name, verbose)
    shared = next((p for p in (TESTS.parents[1] / "shared" / "eval", TESTS.parents[2] / "shared" / "eval") if p.is_dir()),
                  TESTS.parents[1] / "shared" / "eval")  # a checkout beside shared/, or a worktree one level deeper
    sentences = [json.loads(line)["text"] for f in sorted(shared.glob("dev_*.jsonl"))
                 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    hit = [t for t in sentences if find_personal_data(t)]
    print(f"shared eval sentences with any redaction: {len(hit)}/{len(sentences)} "
          f"(these hold almost no personal data; each hit is shown with -v)")
    if verbose:
        for t in hit:
            print(f"  redacted  {[t[s.start:s.end] for s in find_personal_data(t)]} in {t[:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
