"""Scope cues that never fire: every cue of ``lexicons/scope.yaml`` run over the pool of text that
``bench/dead_patterns.py`` reads (the labelled corpus, the tests' sentences and the sample reports).

A cue that finds nothing in twenty thousand sentences written from real reports, nor in the sentences its own tests
were written for, is most often broken rule data: several words written as one `|` alternative
("=sobre|=acerca|=en =materia" reads as four token slots, not three alternatives), or a form the tokenizer never
produces. Most of the rest are merely rare. Usage: python bench/dead_cues.py [--lang en|es|fr] [--show-seq]
"""
from __future__ import annotations

import argparse
from collections import Counter

from dead_patterns import text_pool, texts_in

from screener.evidence.engine import EvidenceEngine
from screener.evidence.sentences import split_sentences


def fired_cues(pool: list[tuple[str, str | None]], langs: tuple[str, ...]) -> Counter[str]:
    """How many sentences each scope cue fired in, over ``langs`` (a text without a language is read in each)."""
    seen: Counter[str] = Counter()
    engine = EvidenceEngine(sentence_model=None)
    for text, lg in texts_in(pool, langs):
        pipeline = engine.pipeline(lg)
        for s, e in split_sentences(text):
            doc = pipeline.nlp.make_doc(text[s:e])
            pipeline.normalizer(doc)
            hits, _ = pipeline.scope.analyse(doc)
            seen.update({h.cue.id for h in hits})
    return seen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("en", "es", "fr"), action="append")
    ap.add_argument("--show-seq", action="store_true", help="print each dead cue's type, direction and sequence")
    args = ap.parse_args()
    langs = tuple(args.lang or ("en", "es", "fr"))
    engine = EvidenceEngine(sentence_model=None)
    cues = [c for lg in langs for c in engine.pipeline(lg).scope.cues.values()]
    pool = text_pool()
    seen = fired_cues(pool, langs)
    dead = [c for c in cues if seen[c.id] == 0]
    print(f"{len(pool)} texts; {len(cues)} cues; {len(dead)} never fired")
    for c in dead:
        print(f"{c.lang}\t{c.type}\t{c.direction}\t{c.window}" + (f"\t{c.text}" if args.show_seq else ""))


if __name__ == "__main__":
    main()
