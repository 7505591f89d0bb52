"""A/B of the sentence model's scoring cost: two model files on the same sentences, in one process.

Scores every sentence of the corpus (or ``--texts`` JSON lines) from cold caches with each model, several
rounds alternating A and B, and prints the median milliseconds per 1,000 sentences and the ratio B / A.

    python bench/bench_model_concepts_ab.py A.json B.json [--rounds 7]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screener.evidence import sentence_train as st  # noqa: E402
from screener.evidence.sentence_model import load_model  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    texts = [r.text for r in st.load_corpus([ROOT / "corpus" / "sentences"])]
    models = {"A": load_model(args.a), "B": load_model(args.b)}
    times: dict[str, list[float]] = {"A": [], "B": []}
    for _ in range(args.rounds):
        for name, m in models.items():
            m.clear_caches()
            t0 = time.perf_counter()
            for i in range(0, len(texts), 200):  # pages of 200 sentences, as the engine batches them
                m.probabilities_many(texts[i:i + 200])
            times[name].append((time.perf_counter() - t0) / len(texts) * 1e6)
    a, b = statistics.median(times["A"]), statistics.median(times["B"])
    print(f"{len(texts)} sentences, {args.rounds} rounds, cold caches: A {a:.1f} ms / 1,000 sentences, "
          f"B {b:.1f} ms / 1,000 sentences, B / A {b / a:.3f}")


if __name__ == "__main__":
    main()
