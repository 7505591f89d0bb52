"""Speed of the evidence engine with two lexicon editions (a baseline directory and the current one), per language,
in the same process, interleaved, on pages built from the labelled corpus sentences of that language.

Rates use CPU time (steadier than wall time on a shared machine); read the ratio, not the absolute rate. The
corpus pages are dense in findings (every sentence is about labour abuse), so they load patterns and scope far
more than ordinary report text does. A baseline directory is made with, for example,
``git archive <commit> lexicons | tar -x -C /tmp/base``.

Usage: python bench/bench_evidence_lexicon_ab.py --base /tmp/base/lexicons [--langs es,fr] [--repeats 3]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from screener.evidence import sentence_train as st
from screener.evidence.engine import EvidenceEngine
from screener.lexicon import load_lexicon, load_lexicon_from

ROOT = Path(__file__).resolve().parents[1]


def corpus_pages(lang: str, copies: int = 4, per_page: int = 25) -> list[str]:
    """Pages of ``per_page`` corpus sentences of ``lang``, the whole corpus ``copies`` times (each page unique)."""
    sents = [r.text for r in st.load_corpus([ROOT / "corpus" / "sentences"]) if r.lang == lang]
    return [" ".join(sents[i:i + per_page]) + f" Page {rep}-{i}."
            for rep in range(copies) for i in range(0, len(sents), per_page)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, required=True, help="baseline lexicons directory")
    ap.add_argument("--langs", default="en,es,fr")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    engines = {"base": EvidenceEngine(load_lexicon_from(args.base)), "current": EvidenceEngine(load_lexicon())}
    for lang in args.langs.split(","):
        pages = corpus_pages(lang)
        words = sum(len(p.split()) for p in pages)
        for e in engines.values():
            e.scan_text(pages[0], lang=lang)  # build the pipeline outside the timing
        times: dict[str, list[float]] = {k: [] for k in engines}
        for r in range(args.repeats):
            for k, e in engines.items():
                t = time.process_time()
                for p in pages:
                    e.scan_text(p + f" r{r}", lang=lang)
                times[k].append(time.process_time() - t)
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"{lang}: {words} words; " + "; ".join(f"{k} {words / med[k]:,.0f} words/CPU-s" for k in med)
              + f"; current/base {med['base'] / med['current']:.2f}")


if __name__ == "__main__":
    main()
