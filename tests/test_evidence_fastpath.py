"""The sentence model's fast paths give what the plain computation gives, on varied sentences.

Fast paths: scores kept per distinct folded sentence, character n-grams looked up only where a feature can
start, word 2- and 3-grams looked up only after a word that starts one, explanations and scope kept per
sentence text, the page split reused. The plain path: the training-side features (``featurize`` and concept features) times
the weights, and the engine with every cache emptied before each page. Sentences: every 4th sentence of
the labelled corpus (en/es/fr, real register), audit boilerplate with numbers, table rows and repeats.
"""
from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import numpy as np
import pytest

from screener.evidence import model_findings, sentence_model
from screener.evidence.engine import EvidenceEngine
from screener.evidence.sentence_features import char_grams, tokenize, word_forms
from screener.evidence.sentence_model import DEFAULT_PATH, SentenceModel, load_model
from screener.evidence.sentence_train import features_of

REPO = Path(__file__).resolve().parents[1]
BOILERPLATE = [
    "Time records show {n} hours per week during peak season on line {n}.",
    "Passports of {n} workers were kept in the HR office for safekeeping.",
    "Workers paid NPR {n},000 to a sub-agent for the job and visa.",
    "Management stated that all overtime is voluntary and paid at {n}% of the basic rate.",
    "Wages for March had not been paid at the time of the audit.",
    "NC | OT fixed and compulsory | {n} hrs/week | CAP due in {n} days",
    "Observation: the the the workers workers said they could not leave the dormitory after {n} pm.",
    "Los trabajadores no recibieron su salario durante {n} semanas.",
    "Les passeports des ouvriers sont conservés par la direction depuis {n} mois.",
]


def _sentences() -> list[str]:
    rows = [json.loads(line) for path in sorted((REPO / "corpus" / "sentences").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(3)
    out = [r["text"] for r in rows[::4]]
    out += [rng.choice(BOILERPLATE).format(n=rng.choice([3, 11, 12, 48, 84, 300, 1266])) for _ in range(300)]
    return out


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    texts = _sentences()
    assert len(texts) > 800 and len(set(texts)) < len(texts)  # varied, with repeats for the caches
    return texts


@pytest.fixture(scope="module")
def model() -> SentenceModel:
    m = load_model(DEFAULT_PATH)  # its own copy: the caches of the process-wide model stay untouched
    m.possible[:] = np.minimum(m.possible, 0.2)  # a wider band: more sentences take every path
    m.finding[:] = 0.5
    return m


def _plain_scores(m: SentenceModel, text: str) -> np.ndarray:
    z = m.intercepts.copy()
    for name, value in features_of(text, m.concepts).items():  # n-grams and, if the model has them, concepts
        i = m.index.get(name)
        if i is not None:
            z = z + value * m.weights[i]
    return z


def test_word_forms_are_the_forms_of_the_tokens(sentences):
    rng = random.Random(1)
    noise = ["".join(rng.choice("aB1_ -.Zzé9\t|%İ") for _ in range(50)) for _ in range(500)]
    for text in sentences + noise:
        assert word_forms(text) == [t.form for t in tokenize(text)], text


def test_character_rows_are_the_features_among_all_character_ngrams(model, sentences):
    rng = random.Random(5)
    forms = {f for t in sentences for f in word_forms(t)}
    forms |= {"".join(rng.choice("abcdeilmnoprstuáéç") for _ in range(rng.randint(1, 14))) for _ in range(2000)}
    for f in sorted(forms):
        assert model._char_rows(f) == [model.index[g] for g in char_grams(f) if g in model.index], f


@pytest.mark.parametrize("cache_max", [50_000, 30])
def test_cached_scores_equal_the_plain_features_times_weights(model, sentences, cache_max, monkeypatch):
    monkeypatch.setattr(sentence_model, "_SENTENCE_CACHE_MAX", cache_max)  # 30: the caches fill and restart
    monkeypatch.setattr(sentence_model, "_WORD_CACHE_MAX", 50 * cache_max)
    model.clear_caches()
    fast = np.concatenate([model.decisions_many(sentences[i:i + 37]) for i in range(0, len(sentences), 37)])
    again = model.decisions_many(sentences[::-1])[::-1]  # from the caches, or recomputed after a restart
    if cache_max > len(sentences):
        assert np.array_equal(fast, again)
    else:  # words re-enter the word cache in another order: the sums may differ in the last bit
        assert np.allclose(fast, again, rtol=0, atol=1e-12)
    plain = np.array([_plain_scores(model, t) for t in sentences])
    assert np.allclose(fast, plain, rtol=0, atol=1e-9)
    P, Q = model.calibrated(fast), model.calibrated(plain)
    clear = np.abs(Q - model.possible) > 1e-9
    assert np.array_equal((P >= model.possible)[clear], (Q >= model.possible)[clear])
    assert (Q >= model.possible).any(axis=1).sum() > 50  # the band is exercised


def _scan_pages(engine: EvidenceEngine, pages: list[str], *, cold: bool) -> list[dict]:
    out = []
    for page in pages:
        if cold:
            engine.sentence_model.clear_caches()
            model_findings.clear_cache()
        out += [dataclasses.asdict(e) for e in engine.scan_text(page, lang=None)]
    return out


def test_engine_with_warm_caches_equals_engine_with_none(model, sentences, monkeypatch):
    monkeypatch.setattr(model_findings, "_SENTENCE_CACHE_MAX", 100)  # the kept explanations fill and restart
    rng = random.Random(7)
    order = sentences + rng.sample(sentences, len(sentences))  # every sentence twice, beside other neighbours
    pages = [" ".join(order[i:i + 15]) for i in range(0, len(order), 15)]
    engine = EvidenceEngine(sentence_model=model)
    model.clear_caches()
    model_findings.clear_cache()
    warm = _scan_pages(engine, pages, cold=False)
    cold = _scan_pages(engine, pages, cold=True)
    assert warm == cold
    found = [e for e in warm if e["match"] == "model"]
    assert len(found) > 50 and {e["confidence"] for e in found} == {"finding", "possible"}
    for e in found:  # explanations point at real n-grams of the sentence
        assert e["ngrams"] and e["sentence"][e["start"]:e["end"]].lower() == e["ngrams"][0][0].lower()
        spans = {e["sentence"][t.start:t.end].lower() for t in tokenize(e["sentence"])}
        assert all(text.lower() in e["sentence"].lower() and text.split()[0].lower() in spans
                   for text, _ in e["ngrams"])


def test_model_findings_follow_threshold_changes_after_caching(model):
    engine = EvidenceEngine(sentence_model=model)
    text = "Workers said the agent kept their passports and they owed him money for the trip."
    first = [e for e in engine.scan_text(text, lang="en") if e.match == "model"]
    assert first
    saved = model.possible.copy()
    try:
        model.possible[:] = 1.01  # nothing reaches the band now: the kept explanations must not leak through
        assert [e for e in engine.scan_text(text, lang="en") if e.match == "model"] == []
    finally:
        model.possible[:] = saved
    assert [e for e in engine.scan_text(text, lang="en") if e.match == "model"] == first


def test_counts_matrix_is_the_coordinate_built_matrix_to_the_last_bit():
    from scipy import sparse

    rng = np.random.default_rng(4)
    i = np.sort(rng.integers(0, 40, size=900)).tolist()
    j = rng.integers(0, 300, size=900).tolist()  # many repeats within a row
    mat = rng.normal(size=(300, 13))
    fast = sentence_model._counts_matrix(41, i, j, 300)  # row 40 stays empty
    plain = sparse.csr_matrix((np.ones(len(i)), (i, j)), shape=(41, 300))
    assert np.array_equal(fast.toarray(), plain.toarray())
    assert np.array_equal(fast @ mat, plain @ mat)
