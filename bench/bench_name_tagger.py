"""CPU cost of the statistical name tagger (screener/redact/tagger.py) inside personal-data redaction.

Times ``find_personal_data`` over the corpus sentences (corpus/sentences/*.jsonl) and the annotated redaction sets
in tests/, with the tagger off (SCREENER_NAME_TAGGER=0: the name rules alone, as before) and on, alternating in the
same process, and prints the median CPU milliseconds per 1,000 sentences of each and their ratio. The first call
loads the model and the word lists; that load is timed apart.

Usage: python bench/bench_name_tagger.py [--passes N]
"""
from __future__ import annotations

import json
import os
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


def _cpu(texts: list[str], tagger: bool) -> float:
    os.environ["SCREENER_NAME_TAGGER"] = "1" if tagger else "0"
    t0 = time.process_time()
    for t in texts:
        find_personal_data(t)
    return time.process_time() - t0


def main(argv: list[str]) -> int:
    passes = int(argv[argv.index("--passes") + 1]) if "--passes" in argv else 5
    texts = _sentences()
    _cpu(texts[:50], False)  # rules and dictionaries loaded
    t0 = time.process_time()
    _cpu(texts[:1], True)
    load = time.process_time() - t0
    off, on = [], []
    for _ in range(passes):
        off.append(_cpu(texts, False))
        on.append(_cpu(texts, True))
    k = 1000 / len(texts)
    m_off, m_on = statistics.median(off) * k * 1000, statistics.median(on) * k * 1000
    print(f"{len(texts)} sentences, {passes} passes; model load {load * 1000:.0f} ms CPU (once per process)")
    print(f"rules only   {m_off:7.1f} ms CPU per 1,000 sentences (median)")
    print(f"with tagger  {m_on:7.1f} ms CPU per 1,000 sentences (median); ratio {m_on / m_off:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
