"""Words per second of the evidence scan on pathological text: long runs of punctuation, spaces and
repeated tokens, at several lengths. A linear path keeps words/s roughly flat as the length grows.

    PYTHONPATH=. .venv/bin/python bench/bench_text_linearity.py [--sizes 5000,20000,100000]
"""
from __future__ import annotations

import argparse
import statistics
import time

PATTERNS = {
    "bang_run": lambda n: "The workers said " + "!" * n + " then left.",
    "mixed_punct": lambda n: "Wages " + "?!." * (n // 3) + " were withheld.",
    "dots_spaces": lambda n: "Passports. " + ". " * (n // 2) + "were kept.",
    "spaces": lambda n: "Workers " + " " * n + "were not paid.",
    "newlines": lambda n: "Overtime\n" + "\n" * n + "was forced.",
    "abbrev_run": lambda n: "Mr. A " * (n // 6) + "Passports were retained.",
    "repeat_token": lambda n: "forced " * (n // 7) + "labour.",
    "repeat_phrase": lambda n: "Workers could not leave. " * (n // 25),
    "dashes": lambda n: "with- " * (n // 6) + "held wages.",
    "pipes": lambda n: "|" * n + " debt bondage",
    "long_word": lambda n: "a" * n + " passports confiscated.",
    "cjk": lambda n: "工人的护照被没收" * (n // 8),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="5000,20000,100000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    from screener.evidence import get_engine

    engine = get_engine()
    engine.scan_text("Warm up. Workers said their passports were kept.", lang="en")
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'pattern':15s} " + " ".join(f"{n:>12,d}" for n in sizes) + "   (words/s; seconds)")
    for name, make in PATTERNS.items():
        if args.only and name not in args.only.split(","):
            continue
        cells = []
        for n in sizes:
            text = make(n)
            words = max(1, len(text.split()))
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                engine.scan_text(text, lang="en")
                times.append(time.perf_counter() - t)
            med = statistics.median(times)
            cells.append(f"{words / med:>8,.0f};{med:.2f}")
        print(f"{name:15s} " + " ".join(f"{c:>12s}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
