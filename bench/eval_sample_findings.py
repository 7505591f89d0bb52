"""Score the evidence engine on the sample portfolio's finding sentences (an independent, held-out set).

The sample reports were written by a different author from the lexicons, without seeing ../shared/eval, and
their answer key (sample_suppliers/expected.yaml) labels every finding sentence with its indicator and
polarity. This script turns those labels into the JSON-lines format of ../shared/eval/score.py
(asserted -> present, negated/remediated/policy -> absent, hypothetical -> neither) and runs it.

    .venv/bin/python bench/eval_sample_findings.py
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
ABSENT = {"negated", "remediated", "policy"}


def sentences(expected: dict) -> list[dict]:
    """One record per distinct finding sentence, with present/absent sets."""
    by_text: dict[str, dict] = {}
    for report in expected["reports"]:
        for f in report.get("findings", []):
            rec = by_text.setdefault(f["text"], {"id": f"sample-{len(by_text):04d}", "text": f["text"],
                                                 "lang": report["lang"], "present": set(), "absent": set()})
            if f["polarity"] == "asserted":
                rec["present"].add(f["indicator"])
            elif f["polarity"] in ABSENT:
                rec["absent"].add(f["indicator"])
    for cell in expected["suppliers_xlsx"].get("cell_findings", []):
        rec = by_text.setdefault(cell["text"], {"id": f"sample-{len(by_text):04d}", "text": cell["text"],
                                                "lang": "en", "present": set(), "absent": set()})
        (rec["present"] if cell["polarity"] == "asserted" else rec["absent"]).add(cell["indicator"])
    out = []
    for rec in by_text.values():
        rec["absent"] -= rec["present"]
        out.append({**rec, "present": sorted(rec["present"]), "absent": sorted(rec["absent"]), "ambiguous": False})
    return out


def main() -> int:
    expected = yaml.safe_load((REPO / "sample_suppliers" / "expected.yaml").read_text(encoding="utf-8"))
    rows = sentences(expected)
    counts = defaultdict(int)
    for r in rows:
        counts[r["lang"]] += 1
    print(f"{len(rows)} finding sentences from the sample answer key: {dict(counts)}")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    score = REPO.parent / "shared" / "eval" / "score.py"
    return subprocess.call([sys.executable, str(score), f.name, "--screener", str(REPO / ".venv" / "bin" / "screener")])


if __name__ == "__main__":
    sys.exit(main())
