"""Speed of personal-data redaction on report sentences, and a check that it stays linear on hostile input.

Redaction runs on every exported sentence. This times ``find_personal_data`` over the corpus sentences in
corpus/sentences/*.jsonl (several thousand report and news sentences in English, Spanish and French) plus the
annotated redaction sets in tests/, and prints the median of several passes in sentences per second. It then times
hostile inputs (long runs of capitalised words, initials, digit groups) at two sizes: a linear redactor takes about
twice as long for twice the text.

To compare two versions, run it with each on PYTHONPATH, alternating, and compare the medians.

Usage: python bench/bench_redaction_speed.py [--passes N]
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from screener.redact import find_personal_data

ROOT = Path(__file__).resolve().parents[1]


def _sentences() -> list[str]:
    files = sorted((ROOT / "corpus" / "sentences").glob("*.jsonl")) + sorted((ROOT / "tests").glob("redaction_*.jsonl"))
    return [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _time(texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        find_personal_data(t)
    return time.perf_counter() - t0


def _hostile(n: int) -> dict[str, str]:
    return {
        "capitalised words": "Nguyen Thi Lan Maria Rahim " * n,
        "initials": "A. B. C. D. " * n,
        "digit groups": "12 34 56 78 " * n,
        "possessives and cells": "| Maria's | Rahim Uddin | " * n,
        "particles": "Jean de la Fontaine de la " * n,
        "unknown words in one line": "Xqzt Wvbr; Kqlp Zmtr | Jwq Vrk (Plx) " * n,
    }


def main(argv: list[str]) -> int:
    passes = int(argv[argv.index("--passes") + 1]) if "--passes" in argv else 7
    texts = _sentences()
    find_personal_data("Warm up: Mukendi Kalala dig the compiled patterns and load the dictionaries.")
    times = [_time(texts) for _ in range(passes)]
    med = statistics.median(times)
    print(f"{len(texts)} sentences, {sum(map(len, texts)) / len(texts):.0f} characters on average, {passes} passes")
    print(f"median {med * 1000:.0f} ms per pass: {len(texts) / med:,.0f} sentences per second "
          f"(min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms)")
    small, large = _hostile(500), _hostile(1000)
    for name in small:
        t1 = statistics.median(_time([small[name]]) for _ in range(3))
        t2 = statistics.median(_time([large[name]]) for _ in range(3))
        print(f"hostile {name:<22} {len(small[name]):>6} chars {t1 * 1000:7.1f} ms; {len(large[name]):>6} chars "
              f"{t2 * 1000:7.1f} ms; ratio {t2 / t1:.2f} (2.0 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
