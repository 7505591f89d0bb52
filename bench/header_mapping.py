"""Header-mapping benchmark: share of realistic header variants mapped to the right canonical field.

Usage: .venv/bin/python bench/header_mapping.py [--verbose]
Prints the accuracy overall and per field; the bar is 95 %.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

BAR = 0.95
CASES = Path(__file__).resolve().parent / "header_mapping_cases.yaml"


def load_cases(path: Path = CASES) -> list[tuple[str, str | None]]:
    """(header, expected field or None) pairs from the YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(str(c["header"]), c["field"]) for c in data["cases"]]


def evaluate(cases: list[tuple[str, str | None]]) -> tuple[float, list[tuple[str, str | None, str | None]]]:
    """Accuracy and the list of misses (header, expected, got)."""
    from screener.ingest.columns import match_header

    misses = []
    for header, expected in cases:
        got = match_header(header)[0]
        if got != expected:
            misses.append((header, expected, got))
    return 1 - len(misses) / len(cases), misses


def main(argv: list[str]) -> int:
    cases = load_cases()
    acc, misses = evaluate(cases)
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = {h for h, _, _ in misses}
    for header, expected in cases:
        per_field[str(expected)][1] += 1
        per_field[str(expected)][0] += header not in missed
    print(f"header mapping: {len(cases)} cases, accuracy {acc:.1%} (bar {BAR:.0%})")
    for fld, (ok, n) in sorted(per_field.items()):
        print(f"  {fld:18s} {ok}/{n}")
    for header, expected, got in misses:
        print(f"  MISS {header!r}: expected {expected}, got {got}")
    return 0 if acc >= BAR else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
