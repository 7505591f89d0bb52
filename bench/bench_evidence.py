"""Speed of the evidence engine against bare spaCy PhraseMatchers on the same audit-like text, same run.

Generates >= 1M words of audit-style text with a realistic vocabulary (>= 50,000 distinct tokens: audit
sentences, lexicon phrases, invented names, rare words and numbers), then measures words per second of
  1. bare:   spacy.blank("en") + PhraseMatcher(attr="LOWER") over the English lexicon phrases,
  2. lemma:  the same with spaCy's lookup lemmatizer and PhraseMatcher(attr="LEMMA"),
  3. engine sequential: EvidenceEngine.scan_documents(..., workers=1) (sentences, normalisation, fuzzy,
     matchers, numeric rules, scope),
  4. engine parallel: the same with forked workers (env SCREENER_WORKERS, default min(2, CPUs)), which is what
     the pipeline gets for large inputs,
  5. bare LOWER again with the tokenizer cache the engine uses (spaCy caches 10,000 chunks by default; the
     engine caches more), to show how much of the engine's rate comes from that setting.
Pages are grouped into 20-page documents. Each repeat scans a new corpus of the same make (``--same-corpus``
rescans one corpus, which flatters every contender, the engine most, as its tokenizer cache then holds every
word). Prints medians over the repeats (all contenders in the same process, interleaved), the ratios to
the bare matcher (bars: >= 0.30 sequential with the sentence model, >= 0.50 with workers), the same
ratios in CPU time (steadier than wall time on a shared machine) and the load average: ratios matter
more than absolute rates.

Usage: .venv/bin/python bench/bench_evidence.py [--words 1000000] [--repeats 3]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import time

import spacy
from spacy.matcher import PhraseMatcher

from screener.evidence import EvidenceEngine, get_engine
from screener.evidence.annotate import TOKENIZER_CACHE_CHUNKS
from screener.evidence.parallel import worker_count
from screener.lexicon import load_lexicon
from screener.contracts import Document, Page

SENTENCES = [
    "The audit was carried out over {n} days at a {n}-worker garment facility in {place}.",
    "Documents reviewed included payroll for {month} to {month}, time records and employment contracts.",
    "Worker interviews were held off-site with {n} workers selected at random by the auditor {name}.",
    "The site processes frozen shrimp and employs {n} workers, {n}% of them migrants from {place}.",
    "Management stated that all overtime is voluntary and paid at {n}% of the basic rate.",
    "The canteen serves three meals a day and the dormitory blocks were inspected on {month} {n}.",
    "Corrective action: the supplier will translate the grievance procedure into {lang} by {month} {n}.",
    "Passports of {n} workers were kept in the HR office by {name} for safekeeping.",
    "Workers paid {cur} {n},000 to a sub-agent in {place} for the job and visa.",
    "No child labour was observed; the youngest worker, {name}, was {n} years old.",
    "Wages for {month} had not been paid at the time of the audit, according to {name}.",
    "Time records show {n} hours per week during peak season on line {n}.",
    "The supervisor {name} threatened to report workers to immigration if they complained.",
    "Fire extinguishers were inspected and the certificate is valid until {month} {n}.",
    "The factory has {n} sewing lines, a cutting room and a finishing department with {n} staff.",
    "Union representatives confirmed that the collective agreement was renewed in {month}.",
    "Rest-day records for {month} show one day off in seven for all sampled workers.",
    "The grievance box is opened weekly by {name} in the presence of a worker representative.",
    "Recruitment through {name} Manpower Ltd in {place} is free of charge according to the contract.",
    "Pasports of wokers were found in the supervisors drawer during the tour of {place}.",
    "An opening meeting was held at 08:30 with the general manager {name} and a worker representative.",
    "The auditor walked through production, the warehouse, the canteen and the chemical store.",
    "Payslips itemise basic pay, overtime, social security contributions and the attendance bonus.",
    "The company {name} supplies mainly two European retailers and a domestic brand.",
    "Training records show that {n} supervisors attended the health and safety course in {month}.",
    "The boiler certificate and the electrical inspection report were available and valid.",
    "Drinking water is tested every {n} months by an external laboratory in {place}.",
    "Personal protective equipment was provided and worn in the dyeing section.",
    "The site has {n} permanent workers and {n} seasonal workers during the harvest.",
    "A follow-up audit is scheduled for {month} to verify the corrective actions.",
    "Minutes of the worker committee meetings for {month} and {month} were reviewed.",
    "The first aid room is staffed by a nurse, {name}, during all shifts.",
    "Contracts are issued in {lang} and signed before the start of employment.",
    "The factory {name} exports {n} containers of finished goods a month to {place}.",
    "Emergency drills were conducted twice a year, the last one in {month}.",
    "The chemical inventory lists {n} substances with safety data sheets in {lang}.",
    "The management system is certified and the last surveillance visit was in {month}.",
    "Water, electricity and waste records for the last {n} months were reviewed.",
    "The workforce is {n}% female and the average age is {n} years.",
    "Sub-contracting is not permitted without the written approval of the buyer {name}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
LANGS = ["Tamil", "Telugu", "Burmese", "Nepali", "Khmer", "Bahasa", "Bengali", "Amharic"]
CURRENCIES = ["NPR", "BDT", "MYR", "USD", "THB", "QAR", "INR"]


def _rare_words(rng: random.Random, n: int) -> list[str]:
    out = set()
    while len(out) < n:
        w = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 11)))
        out.add(w.capitalize() if rng.random() < 0.5 else w)
    return sorted(out)


def make_corpus(words: int, seed: int = 7) -> list[str]:
    """Page-sized texts (~400 words) totalling at least ``words`` words."""
    rng = random.Random(seed)
    rare = _rare_words(rng, 60_000)
    phrases = [p.text for p in load_lexicon().patterns["en"] if p.kind == "phrase"]
    pages: list[str] = []
    total = 0
    while total < words:
        sents = []
        n_words = 0
        while n_words < 400:
            if rng.random() < 0.75:
                s = rng.choice(SENTENCES).format(
                    n=rng.randint(1, 999), place=rng.choice(rare), name=rng.choice(rare), month=rng.choice(MONTHS),
                    lang=rng.choice(LANGS), cur=rng.choice(CURRENCIES))
            else:  # free text of rare words, numbers and, sometimes, a lexicon phrase
                toks = [rng.choice(rare) if rng.random() < 0.7 else str(rng.randint(1, 99999)) for _ in range(12)]
                if rng.random() < 0.3:
                    toks.insert(rng.randint(0, 12), rng.choice(phrases))
                s = " ".join(toks).capitalize() + "."
            sents.append(s)
            n_words += len(s.split())
        pages.append(" ".join(sents))
        total += n_words
    return pages


def make_bare(attr: str, cache: int | None = None) -> tuple[spacy.Language, PhraseMatcher]:
    """spacy.blank("en") (+ lookup lemmatizer for LEMMA) and a PhraseMatcher over the English phrases;
    ``cache``: the tokenizer's chunk cache size (spaCy's default, 10,000, when None)."""
    nlp = spacy.blank("en")
    if cache is not None:
        nlp.tokenizer.max_cache_size = cache
    if attr == "LEMMA":
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    phrases = [p.text for p in load_lexicon().patterns["en"] if p.kind == "phrase"]
    matcher.add("P", list(nlp.pipe(phrases)) if attr == "LEMMA" else [nlp.make_doc(p) for p in phrases])
    return nlp, matcher


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (forked workers) so far."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def bench_bare(pages: list[str], bare: tuple[spacy.Language, PhraseMatcher]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of matching ``pages``."""
    nlp, matcher = bare
    t, c = time.perf_counter(), _cpu()
    hits = 0
    for doc in nlp.pipe(pages, batch_size=64):
        hits += len(matcher(doc))
    return time.perf_counter() - t, _cpu() - c


def as_documents(pages: list[str], per_doc: int = 20) -> list[tuple[Document, str]]:
    """The pages as English documents of ``per_doc`` pages, each with its own supplier key."""
    return [(Document(name=f"audit_{i // per_doc:04d}.txt", lang="en", format="txt",
                      pages=[Page(n + 1, t) for n, t in enumerate(pages[i:i + per_doc])]), f"S{i // per_doc:04d}")
            for i in range(0, len(pages), per_doc)]


def bench_engine(items: list[tuple[Document, str]], workers: int, engine=None) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds with the workers', evidence records) of scanning ``items``."""
    engine = engine or get_engine()
    t, c = time.perf_counter(), _cpu()
    n = len(engine.scan_documents(items, workers=workers))
    return time.perf_counter() - t, _cpu() - c, n


def _load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--same-corpus", action="store_true",
                    help="rescan one corpus in every repeat (caches then hold every word: optimistic)")
    a = ap.parse_args()
    pages = make_corpus(a.words)
    items = as_documents(pages)
    words = sum(len(p.split()) for p in pages)
    distinct = len({w for p in pages for w in p.split()})
    # by default every repeat scans text no contender has seen (new names, numbers and rare words, as new
    # documents would bring); the engine's parallel run gets a second fresh corpus, since its workers inherit
    # the caches the sequential run just filled
    corpora = [(pages, items, pages, items)]
    for r in range(1, a.repeats):
        if a.same_corpus:
            corpora.append(corpora[0])
        else:
            p1, p2 = make_corpus(a.words, seed=7 + 2 * r), make_corpus(a.words, seed=8 + 2 * r)
            corpora.append((p1, as_documents(p1), p2, as_documents(p2)))
    if not a.same_corpus and a.repeats > 0:
        p2 = make_corpus(a.words, seed=8)
        corpora[0] = (pages, items, p2, as_documents(p2))
    workers = worker_count()
    print(f"corpus: {len(pages)} pages in {len(items)} documents, {words:,} words, {distinct:,} distinct tokens; "
          f"CPUs {os.cpu_count()}, workers {workers}; load average (1/5/15 min) at start {_load()}")
    get_engine().pipeline("en")  # build outside the timing; every contender keeps its vocab across repeats
    model = get_engine().sentence_model
    print("sentence model: " + (f"{model.version} ({len(model.features):,} n-grams)" if model else "off"))
    rules_only = EvidenceEngine(get_engine().lexicon, sentence_model=None)
    rules_only.pipeline("en")
    lower, lemma = make_bare("LOWER"), make_bare("LEMMA")
    lower_cached = make_bare("LOWER", TOKENIZER_CACHE_CHUNKS)
    names = ("bare PhraseMatcher(LOWER)", "PhraseMatcher(LEMMA) + lookup lemmatizer", "engine, sequential",
             f"engine, {workers} workers", "bare LOWER, engine's tokenizer cache", "engine without sentence model, sequential")
    res: dict[str, list[float]] = {k: [] for k in names}
    cpu: dict[str, list[float]] = {k: [] for k in names}
    found: dict[str, int] = {}
    for r in range(a.repeats):
        pages_r, items_r, pages_p, items_p = corpora[r]
        for k, run in ((names[0], lambda: bench_bare(pages_r, lower)), (names[1], lambda: bench_bare(pages_r, lemma)),
                       (names[2], lambda: bench_engine(items_r, 1)), (names[3], lambda: bench_engine(items_p, workers)),
                       (names[4], lambda: bench_bare(pages_r, lower_cached)),
                       (names[5], lambda: bench_engine(items_r, 1, rules_only))):
            wall, secs, *n = run()
            res[k].append(wall)
            cpu[k].append(secs)
            if n:
                found[k] = n[0]
    # the first run of each contender is cold (the vocab, the fuzzy and normaliser caches start empty)
    rates = {k: words / statistics.median(v) for k, v in res.items()}
    cold = {k: words / v[0] for k, v in res.items()}
    for k, v in res.items():
        print(f"{k:45s} median {statistics.median(v):6.2f} s  {rates[k]:>10,.0f} words/s  (runs: "
              + ", ".join(f"{x:.2f}" for x in v) + ")")
    bare, lem = rates[names[0]], rates[names[1]]
    for k, bar in ((names[2], 0.30), (names[3], 0.50), (names[5], 0.30)):
        print(f"{k}: / bare LOWER {rates[k] / bare:.2f} (bar >= {bar:.2f}), / LEMMA {rates[k] / lem:.2f}, "
              f"first (cold) run / bare LOWER {cold[k] / cold[names[0]]:.2f}; evidence records {found[k]:,}")
    print(f"(the engine enlarges spaCy's tokenizer cache; a bare matcher given the same cache: "
          f"{rates[names[4]]:,.0f} words/s, engine sequential / that {rates[names[2]] / rates[names[4]]:.2f})")
    if found[names[2]] != found[names[3]] and a.same_corpus:
        print("WARNING: sequential and parallel scans found different numbers of records")
    # on a shared machine wall time swings with the load; CPU time much less (workers' CPU is summed, so no
    # CPU ratio is printed for the parallel run: its gain is wall time only)
    crate = {k: words / statistics.median(v) for k, v in cpu.items()}
    for k in (names[2], names[5]):
        print(f"CPU time: {k}: median {statistics.median(cpu[k]):.2f} s, / bare LOWER CPU "
              f"{crate[k] / crate[names[0]]:.2f} (bare LOWER CPU median {statistics.median(cpu[names[0]]):.2f} s)")
    print(f"load average (1/5/15 min) at end {_load()}")


if __name__ == "__main__":
    main()
