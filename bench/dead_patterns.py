"""Rule patterns that never match: every token-sequence and phrase entry of the lexicon run over a pool of text
(the labelled corpus, the test suite's sentences and the sample reports); entries that match nothing are listed.

A pattern that matches nothing in some twenty thousand sentences written from real reports, nor in the
sentences its own tests were written for, is most often broken rule data: for instance several words written as
one `|` alternative ("=at =work|=on =the =job" reads as five token slots, not three alternatives).
Usage: python bench/dead_patterns.py [--lang en|es|fr] [--show-seq]
"""
from __future__ import annotations

import argparse
import ast
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from screener.evidence.engine import EvidenceEngine
from screener.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]


def text_pool() -> list[tuple[str, str | None]]:
    """(text, lang or None) from the corpus, the tests' JSON-lines files and string literals, and sample reports."""
    pool: list[tuple[str, str | None]] = []
    for path in sorted((ROOT / "corpus" / "sentences").glob("*.jsonl")) + sorted((ROOT / "tests").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                pool.append((rec["text"], rec.get("lang")))
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 3:
                if node.value.isprintable() or "\n" in node.value:
                    pool.append((node.value, None))
    for path in sorted((ROOT / "sample_suppliers" / "reports").rglob("*.txt")):
        pool.append((path.read_text(encoding="utf-8", errors="replace"), None))
    return pool


def texts_in(pool: list[tuple[str, str | None]], langs: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(text, language) for each text of ``pool`` in each of ``langs`` it is read in: its own language, or every one
    of ``langs`` when it has none. A test's deliberately broken string (a lone surrogate) is left out."""
    for text, lang in pool:
        if any("\ud800" <= ch <= "\udfff" for ch in text):
            continue
        for lg in ((lang,) if lang in langs else langs if lang is None else ()):
            yield text, lg


def matched_entries(pool: list[tuple[str, str | None]], langs: tuple[str, ...]) -> Counter[str]:
    """How many texts each lexicon entry matched in (before traps cancel matches), over ``langs``."""
    seen: Counter[str] = Counter()
    engine = EvidenceEngine(sentence_model=None)
    for text, lg in texts_in(pool, langs):
        seen.update(engine.pipeline(lg).matching_entries(text))
    return seen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("en", "es", "fr"), action="append")
    ap.add_argument("--show-seq", action="store_true", help="print each dead entry's sequence or phrase")
    args = ap.parse_args()
    langs = tuple(args.lang or ("en", "es", "fr"))
    lexicon = load_lexicon()
    pool = text_pool()
    seen = matched_entries(pool, langs)
    dead = [e for lg in langs for e in lexicon.patterns.get(lg, ()) if not e.exclude and seen[e.id] == 0]
    total = sum(1 for lg in langs for e in lexicon.patterns.get(lg, ()) if not e.exclude)
    print(f"{len(pool)} texts; {total} entries; {len(dead)} never matched")
    for e in dead:
        print(f"{e.id}\t{e.kind}" + (f"\t{e.text}" if args.show_seq else ""))


if __name__ == "__main__":
    main()
