"""How much of the evidence engine's CPU time the sentence model takes, measured inside one scan.

On a shared machine, wall time (and even CPU time) of separate runs swings by 20% or more, which hides
a change of a tenth of the engine's time. This measures the model's share within the same scan instead:
the engine scans ``bench_evidence``'s audit-like corpus sequentially and the CPU time spent in the model's
hook (``add_model_findings_many``: scores, explanations, scope of model findings) is summed apart from the rest
(the rules). ``model / rules`` times the rules-alone ratio to the bare PhraseMatcher gives the with-model
ratio: with-model ratio = rules-alone ratio / (1 + model / rules).

Usage: .venv/bin/python bench/bench_model_share.py [--words 300000] [--repeats 2]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_evidence import as_documents, make_corpus  # noqa: E402

import screener.evidence.engine as engine_module  # noqa: E402
from screener.evidence import get_engine  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--repeats", type=int, default=2)
    a = ap.parse_args()
    spent = [0.0]
    hook = engine_module.add_model_findings_many

    def timed(*args, **kwargs):
        t = time.process_time()
        try:
            return hook(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - t

    engine_module.add_model_findings_many = timed
    engine = get_engine()
    if engine.sentence_model is None:
        sys.exit("no sentence model: nothing to measure")
    engine.scan_documents(as_documents(make_corpus(100_000, seed=3)), workers=1)  # warm-up, not counted
    for r in range(a.repeats):
        items = as_documents(make_corpus(a.words, seed=11 + r))  # a fresh corpus each time
        spent[0] = 0.0
        t = time.process_time()
        engine.scan_documents(items, workers=1)
        total = time.process_time() - t
        print(f"corpus seed {11 + r}: engine CPU {total:.2f} s, sentence model {spent[0]:.2f} s "
              f"({100 * spent[0] / total:.0f}%), model / rules {spent[0] / (total - spent[0]):.2f}; "
              f"load average {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
