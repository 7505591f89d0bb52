"""The learned sentence model: explanations, saved form, confidence bands, scope, determinism, retraining.

Uses the small labelled fixture in tests/sentence_model_fixture/: runs in a plain clone, without the shared eval data or the corpus.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from screener.evidence import sentence_train as st
from screener.evidence.engine import EvidenceEngine
from screener.evidence.model_findings import sentence_model_findings
from screener.evidence.sentence_features import featurize, tokenize
from screener.evidence.sentence_model import SentenceModel, load_model
from screener.contracts import INDICATOR_IDS

FIXTURE = Path(__file__).parent / "sentence_model_fixture"
RETENTION = INDICATOR_IDS.index("retention_of_identity_documents")
FEES = INDICATOR_IDS.index("recruitment_fees")


@pytest.fixture(scope="module")
def records() -> list[st.LabelledSentence]:
    return st.load_corpus([FIXTURE])


@pytest.fixture(scope="module")
def model(records) -> SentenceModel:
    texts = [r.text for r in records]
    m = st.build_model(texts, st.label_matrix(records), C=8.0, min_df=1, min_weight=0.0)
    m.possible[:] = 0.3
    m.finding[:] = 0.6
    return m


def test_run_time_scores_equal_the_fitted_scikit_learn_model(records):
    texts = [r.text for r in records]
    Y = st.label_matrix(records)
    m = st.build_model(texts, Y, C=8.0, min_df=1, min_weight=0.0, max_per_indicator=10**6)
    vocab = st.build_vocab(texts, 1)
    X = st.design_matrix(texts, vocab)
    clf = LogisticRegression(C=8.0, solver="lbfgs", max_iter=3000).fit(X, Y[:, FEES])
    ours = np.array([m.probabilities(t)[FEES] for t in texts])
    assert np.allclose(ours, clf.predict_proba(X)[:, 1], atol=1e-9)
    probe = "A broker charged every worker a fee of 900 dollars."  # unseen sentence: unknown n-grams are ignored
    assert m.probabilities(probe)[FEES] == pytest.approx(clf.predict_proba(st.design_matrix([probe], vocab))[0, 1])


def test_saved_model_loads_and_gives_identical_output(model, records, tmp_path):
    path = tmp_path / "m.json"
    model.save(path)
    loaded = load_model(path)
    for r in records:
        assert np.array_equal(loaded.probabilities(r.text), model.probabilities(r.text))
    assert loaded.finding.tolist() == model.finding.tolist() and loaded.possible.tolist() == model.possible.tolist()
    data = json.loads(path.read_text())
    assert data["format"] == "screener-sentence-model"
    assert all(w != 0 for ind in data["per_indicator"].values() for w in ind["weights"].values())


def test_training_is_deterministic(records, tmp_path):
    texts, Y = [r.text for r in records], st.label_matrix(records)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    st.build_model(texts, Y, min_df=1).save(a)
    st.build_model(texts, Y, min_df=1).save(b)
    assert a.read_bytes() == b.read_bytes()


def test_pruning_keeps_only_large_weights(records):
    texts, Y = [r.text for r in records], st.label_matrix(records)
    full = st.build_model(texts, Y, min_df=1, min_weight=0.0)
    pruned = st.build_model(texts, Y, min_df=1, min_weight=0.05, max_per_indicator=50)
    assert len(pruned.features) < len(full.features)
    assert np.all((pruned.weights == 0) | (np.abs(pruned.weights) >= 0.05))
    assert np.all(np.count_nonzero(pruned.weights, axis=0) <= 50)


def test_features_fold_case_accents_and_digits():
    f = featurize("Él trabajó 14 HORAS")
    assert "w:el trabajo n13 horas" not in f  # only up to 3 words
    assert {"w:el trabajo n13", "w:trabajo n13 horas", "c: el ", "w:horas"} <= set(f)
    assert featurize("12 hours") == featurize("11 Hours")
    assert featurize("48 hours") != featurize("84 hours")


def test_explanations_point_at_real_ngrams_of_the_sentence(model):
    text = "Inspectors found that the HR office kept PASSPORTS of 30 workers."
    why = model.explain(text, "retention_of_identity_documents")
    assert why, "the model should be pushed up by some n-gram"
    assert [w.weight for w in why] == sorted((w.weight for w in why), reverse=True)
    for w in why:
        assert w.weight > 0
        assert text[w.start:w.end] == w.text
        assert w.text.lower() in text.lower()
    assert any("passports" in w.text.lower() for w in why)


def test_possible_band_and_finding_band(model):
    engine = EvidenceEngine(sentence_model=model)
    text = "Staff mentioned that management looks after their passports and charged them a broker fee."
    by_rules = {e.indicator for e in EvidenceEngine(sentence_model=None).scan_text(text, lang="en")}
    probs = model.probabilities(text)
    # the indicator the model is surest of among those the rules left out (the model only speaks for those)
    k = max((k for k, ind in enumerate(INDICATOR_IDS) if ind not in by_rules), key=lambda k: probs[k])
    ind, p = INDICATOR_IDS[k], probs[k]

    def model_evidence():
        return [e for e in engine.scan_text(text, lang="en") if e.match == "model" and e.indicator == ind]

    try:
        model.possible[k], model.finding[k] = p - 0.01, p + 0.01
        assert [e.confidence for e in model_evidence()] == ["possible"]
        model.finding[k] = p - 0.005
        got = model_evidence()
        assert [e.confidence for e in got] == ["finding"]
        ev = got[0]
        assert ev.lexicon_entry == f"model:{ind}" and ev.score == pytest.approx(p, abs=1e-4)
        assert ev.ngrams and all(g.lower() in text.lower() for g, _ in ev.ngrams)
        assert ev.matched_text == ev.sentence[ev.start:ev.end] == ev.ngrams[0][0]
        model.possible[k], model.finding[k] = p + 0.005, p + 0.01
        assert model_evidence() == []
    finally:
        model.possible[k], model.finding[k] = 0.3, 0.6


def test_model_adds_only_indicators_the_rules_did_not_find(model):
    engine = EvidenceEngine(sentence_model=model)
    rules = EvidenceEngine(sentence_model=None)
    text = "Passports of the migrant workers were kept in the HR office."
    by_rules = {e.indicator for e in rules.scan_text(text, lang="en")}
    assert "retention_of_identity_documents" in by_rules
    both = engine.scan_text(text, lang="en")
    assert [e for e in both if e.match != "model"] == rules.scan_text(text, lang="en")
    assert not {e.indicator for e in both if e.match == "model"} & by_rules


@pytest.mark.parametrize("text,lang", [
    ("No worker reported paying recruitment costs to any broker.", "en"),
    ("Suppliers shall not charge workers any recruitment fees.", "en"),
    ("Ningún trabajador pagó comisión al reclutador.", "es"),
    ("Aucun travailleur n'a payé de frais à l'agence.", "fr"),
])
def test_denials_and_policies_found_by_the_model_are_not_asserted(model, text, lang):
    engine = EvidenceEngine(sentence_model=model)
    pipe = engine.pipeline(lang)
    p = model.probabilities(text)[FEES]
    model.possible[FEES] = min(p, 0.3) - 0.001  # make sure the model path speaks for this sentence
    try:
        got = [f for f in sentence_model_findings(pipe, model, text, 0, len(text), set()) if f.indicator == "recruitment_fees"]
    finally:
        model.possible[FEES] = 0.3
    assert got, "the model should mention recruitment fees here"
    assert all(f.polarity != "asserted" for f in got), [(f.polarity, f.start, f.end) for f in got]


def test_tokens_keep_offsets_of_the_text_as_written():
    text = "Les salaires NON payés (3 mois)"
    assert [(t.form, text[t.start:t.end]) for t in tokenize(text)] == [
        ("les", "Les"), ("salaires", "salaires"), ("non", "NON"), ("payes", "payés"), ("n0", "3"), ("mois", "mois")]


def test_split_is_by_source():
    assert st.split_of("https://example.org/report-29") == "dev"
    assert st.split_of("HTTPS://example.org/report-29/") == "dev"
    assert st.split_of("https://example.org/report-5") == "test"
    assert st.split_of("https://example.org/report-0") == "train"


def _reviews_db(tmp_path, records, flip: bool) -> Path:
    from screener.review.store import ReviewStore
    db = tmp_path / "reviews.sqlite"
    store = ReviewStore(db)
    n = 0
    for r in records:
        for ind in ("retention_of_identity_documents", "recruitment_fees", "excessive_overtime"):
            label = ind in r.mentioned
            if not label and n % 3:
                continue
            n += 1
            decision = ("dismissed" if label else "confirmed") if flip else ("confirmed" if label else "dismissed")
            store.record_evidence_decision(f"S{n}", f"fp{n}", decision, "", "tester", indicator=ind, sentence=r.text)
    return db


def test_train_from_reviews_retrains_the_sentence_model_with_the_guard(records, model, tmp_path, capsys):
    from screener.commands.train_sentences import run_sentences
    current = tmp_path / "sentence_model.json"
    model.meta["settings"] = {"C": 8.0, "min_df": 1, "min_weight": 0.0}
    model.save(current)
    before = current.read_bytes()
    args = argparse.Namespace(db=str(_reviews_db(tmp_path, records, flip=False)), sentence_data=[str(FIXTURE)],
                              sentence_model=str(current), tolerance=0.0)
    code = run_sentences(args, required=True)
    out = capsys.readouterr().out
    assert "cross-validated" in out and "current, on the same decisions" in out
    if code == 0:
        assert json.loads(current.read_text())["reviews"]["decisions"] > 10
    else:
        assert "refused" in out and current.read_bytes() == before


def test_train_from_reviews_keeps_which_outputs_count(records, model, tmp_path):
    """A retrained model (here accepted whatever its guard figures) keeps the shipped finding thresholds."""
    from screener.commands.train_sentences import run_sentences
    current = tmp_path / "sentence_model.json"
    model.meta["settings"] = {"C": 8.0, "min_df": 1, "min_weight": 0.0}
    model.finding[:] = np.linspace(0.7, 1.01, len(model.finding))
    model.save(current)
    args = argparse.Namespace(db=str(_reviews_db(tmp_path, records, flip=False)), sentence_data=[str(FIXTURE)],
                              sentence_model=str(current), tolerance=1.0)
    assert run_sentences(args, required=True) == 0
    saved = json.loads(current.read_text())
    assert saved["reviews"]["decisions"] > 10
    kept = [saved["per_indicator"][ind]["thresholds"]["finding"] for ind in model.indicators]
    assert kept == pytest.approx(list(model.finding))


def test_train_from_reviews_refuses_too_few_evidence_decisions(tmp_path):
    from screener.commands.train_sentences import run_sentences
    from screener.errors import InputError
    from screener.review.store import ReviewStore
    db = tmp_path / "reviews.sqlite"
    ReviewStore(db).record_evidence_decision("S1", "fp1", "confirmed", "", "tester",
                                             indicator="recruitment_fees", sentence="Workers paid fees.")
    args = argparse.Namespace(db=str(db), sentence_data=[str(FIXTURE)], sentence_model=None, tolerance=0.0)
    with pytest.raises(InputError, match="too few evidence decisions"):
        run_sentences(args, required=True)
    assert run_sentences(args, required=False) == 2


def test_numbers_decide_keeps_model_findings_with_digits_possible(model, records):
    engine = EvidenceEngine(sentence_model=model)
    text = "Staff said the office looks after their passports and charged them a broker fee of 900."
    by_rules = {e.indicator for e in EvidenceEngine(sentence_model=None).scan_text(text, lang="en")}
    probs = model.probabilities(text)
    k = max((k for k, ind in enumerate(INDICATOR_IDS) if ind not in by_rules), key=lambda k: probs[k])
    ind = INDICATOR_IDS[k]
    model.possible[k], model.finding[k] = probs[k] - 0.02, probs[k] - 0.01
    try:
        def confidences():
            return [e.confidence for e in engine.scan_text(text, lang="en") if e.match == "model" and e.indicator == ind]
        assert confidences() == ["finding"]
        model.numbers_decide = frozenset({ind})  # the numeric rules judge this indicator's numbers
        assert confidences() == ["possible"]
    finally:
        model.numbers_decide = frozenset()
        model.possible[k], model.finding[k] = 0.3, 0.6


def test_a_list_of_short_lines_is_not_counted():
    """A block of headings ("NC-4: Major - 3.2 Wages and hours" ...) is no statement: the model never counts there."""
    from screener.evidence.model_findings import is_line_list

    headings = "NC-4: Major - 3.2 Wages and hours\nNC-5: Major - 3.2 Wages and hours\nNC-6: Major - 3.3 Health and safety"
    assert is_line_list(headings)
    wrapped = ("Payslips of 37 migrant workers show a recurring deduction\nlabelled 'agent loan' that the HR manager\n"
               "said repays the fees the workers owed to the recruitment agency in Kathmandu before departure.")
    assert not is_line_list(wrapped)  # a wrapped statement keeps its long lines
    assert not is_line_list("Passports are kept by HR.")
