"""Concept features of the sentence model: the lexicon, the table, transfer across languages, explanations.

Uses the small labelled fixture in tests/sentence_model_fixture/ (a plain clone has no corpus or shared data).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from screener.contracts import INDICATOR_IDS
from screener.evidence import sentence_train as st
from screener.evidence.sentence_concepts import ConceptTable, build_table, entry_form
from screener.evidence.sentence_features import word_forms
from screener.evidence.sentence_model import SentenceModel, load_model

FIXTURE = Path(__file__).parent / "sentence_model_fixture"
RETENTION = INDICATOR_IDS.index("retention_of_identity_documents")

TINY = {"version": "t1", "concepts": {
    "ID_DOCUMENT": {"en": ["passport", "papers"], "es": ["pasaporte"], "fr": ["passeport", "papiers"]},
    "HELD_BY_OTHER": {"en": ["keep"], "es": ["retener"], "fr": ["confisquer", "garder"]},
    "WAGES": {"en": ["salary*"], "es": ["salario"], "fr": ["salaire"]}}}
LEMMAS = {"en": {"kept": "keep", "keeps": "keep", "passports": "passport"},
          "es": {"retienen": "retener", "retuvo": "retener", "pasaportes": "pasaporte"},
          "fr": {"confisque": "confisquer", "gardent": "garder", "passeports": "passeport"}}

SPANISH = "La empresa retiene los pasaportes de los trabajadores migrantes."
FRENCH = "L'employeur confisque les passeports des ouvriers."


@pytest.fixture(scope="module")
def table() -> ConceptTable:
    return build_table()  # the shipped lexicon, widened by the spacy-lookups-data lemma tables


@pytest.fixture(scope="module")
def english_only() -> list[st.LabelledSentence]:
    return [r for r in st.load_corpus([FIXTURE]) if r.lang == "en"]


@pytest.fixture(scope="module")
def model(english_only, table) -> SentenceModel:
    return st.build_model([r.text for r in english_only], st.label_matrix(english_only), C=8.0, min_df=1,
                          min_weight=0.0, concepts=table)


def test_table_widens_lemmas_and_matches_stems():
    t = build_table(TINY, value=0.5, lemma_tables=LEMMAS)
    assert t.names == ("HELD_BY_OTHER", "ID_DOCUMENT", "WAGES")
    for word in ("kept", "keeps", "retienen", "retuvo", "confisque", "gardent"):
        assert [t.names[c] for c in t.of(word)] == ["HELD_BY_OTHER"], word
    assert [t.names[c] for c in t.of("salaryman")] == ["WAGES"]  # "salary*" is a stem
    assert t.of("sal") == () and t.of("paper") == ()  # shorter than the stem; not a listed form
    forms = word_forms("Passports were KEPT by the agent.")
    assert t.features(forms) == ["k:HELD_BY_OTHER", "k:ID_DOCUMENT", "kk:HELD_BY_OTHER+ID_DOCUMENT"]
    assert t.triggers(forms)["kk:HELD_BY_OTHER+ID_DOCUMENT"] == [[2], [0]]
    again = ConceptTable.from_json(t.to_json())
    assert again.words == t.words and again.stems == t.stems and again.value == 0.5


def test_not_list_takes_out_forms_another_language_widened_into_the_concept():
    data = {"version": "t2", "concepts": {
        "WAGES": {"en": ["pay"], "es": ["salario"], "fr": ["salaire"], "not": ["Pays"]},
        "LEAVE_PREMISES": {"en": ["leave"], "es": ["salir"], "fr": ["sortir"], "not": ["left"]}}}
    lemmas = {"en": {"pays": "pay", "paid": "pay", "left": "leave", "leaves": "leave"}, "es": {}, "fr": {}}
    t = build_table(data, lemma_tables=lemmas)
    assert [t.names[c] for c in t.of("paid")] == ["WAGES"]
    assert t.of("pays") == () and t.of("left") == ()  # French "pays" (country), "turn left"
    assert [t.names[c] for c in t.of("leaves")] == ["LEAVE_PREMISES"]
    without = build_table({"version": "t2", "concepts": {k: {g: w for g, w in v.items() if g != "not"}
                                                         for k, v in data["concepts"].items()}}, lemma_tables=lemmas)
    assert [without.names[c] for c in without.of("pays")] == ["WAGES"]  # the list is what takes it out


@pytest.mark.parametrize("text,concept", [
    ("Le pays d'origine des travailleurs est le Népal.", "WAGES"),  # French "pays": country, not "pays"
    ("Minor non-conformity: the first-aid box was not refilled.", "CHILD"),  # audit grade, not a child
    ("The fire extinguishers were inspected in March.", "PENALTY"),  # fire safety, not "fired"
    ("The HR manager keeps the training records.", "HOURS"),  # human resources, not hours
    ("Clôture de la réunion à 17 h avec la direction.", "LOCKED_IN"),  # closing meeting, not a fence
    ("À partir de janvier, la paie est versée par virement.", "LEAVE_PREMISES"),  # "starting from"
    ("Uniforms are provided free of charge; the supervisor in charge signs.", "DEDUCTION"),
    ("Uniforms are provided free of charge; the supervisor in charge signs.", "FEE_COST"),
    ("Ella se dio cuenta del problema.", "MONEY"),
    ("The case study covers two schools.", "SCHOOL"),  # "schools" does fire; "study" must not add to it
])
def test_ambiguous_words_no_longer_fire_the_concept(table, text, concept):
    fired = {table.names[c] for w in word_forms(text) for c in table.of(w)}
    if concept == "SCHOOL":
        assert {w for w in word_forms(text) if concept in {table.names[c] for c in table.of(w)}} == {"schools"}
    else:
        assert concept not in fired


@pytest.mark.parametrize("text,concept", [
    ("Workers were charged for their uniforms.", "FEE_COST"),
    ("Los trabajadores no tienen WhatsApp ni internet.", "PHONE_CONTACT"),
    ("Les travailleurs sont payés en retard.", "WAGES"),
])
def test_added_words_fire_the_concept(table, text, concept):
    assert concept in {table.names[c] for w in word_forms(text) for c in table.of(w)}


def test_lexicon_entries_must_be_one_word_and_stems_long_enough():
    assert entry_form("Pasaporté", "x") == "pasaporte"
    assert entry_form("retien*", "x") == "retien*"
    with pytest.raises(ValueError, match="not one word"):
        entry_form("day off", "x")
    with pytest.raises(ValueError, match="shorter"):
        entry_form("pa*", "x")


@pytest.mark.parametrize("text,words", [
    ("The HR office kept the passports of 30 workers.", {"kept", "passports"}),
    (SPANISH, {"retiene", "pasaportes"}),
    (FRENCH, {"confisque", "passeports"}),
])
def test_shipped_lexicon_gives_the_same_concepts_in_three_languages(table, text, words):
    forms = word_forms(text)
    feats = table.features(forms)
    assert {"k:ID_DOCUMENT", "k:HELD_BY_OTHER", "kk:HELD_BY_OTHER+ID_DOCUMENT"} <= set(feats)
    got = {w for w in forms for c in table.of(w) if table.names[c] in ("ID_DOCUMENT", "HELD_BY_OTHER")}
    assert got == words


def test_run_time_scores_equal_scikit_learn_with_concepts(english_only, table, model):
    texts, Y = [r.text for r in english_only], st.label_matrix(english_only)
    vocab = st.build_vocab(texts, 1, table)
    assert any(f.startswith("kk:") for f in vocab)
    X = st.design_matrix(texts + [SPANISH], vocab, table)
    clf = LogisticRegression(C=8.0, solver="lbfgs", max_iter=3000).fit(X[:len(texts)], Y[:, RETENTION])
    full = st.build_model(texts, Y, C=8.0, min_df=1, min_weight=0.0, max_per_indicator=10**6, concepts=table)
    ours = np.array([full.probabilities(t)[RETENTION] for t in texts + [SPANISH]])
    assert np.allclose(ours, clf.predict_proba(X)[:, 1], atol=1e-9)


def _without_concepts(model: SentenceModel) -> SentenceModel:
    W = model.weights.copy()
    W[[i for i, f in enumerate(model.features) if f.startswith("k")]] = 0.0
    return SentenceModel(model.indicators, model.features, W, model.intercepts, model.calibration, model.finding,
                         model.possible, dict(model.meta))


@pytest.mark.parametrize("text", [SPANISH, FRENCH])
def test_concepts_learned_from_english_fire_on_spanish_and_french(model, text):
    assert model.weights[model.index["kk:HELD_BY_OTHER+ID_DOCUMENT"], RETENTION] > 0
    with_concepts = model.probabilities(text)[RETENTION]
    assert with_concepts > _without_concepts(model).probabilities(text)[RETENTION] + 0.05
    neutral = "La empresa pinta las paredes de la fábrica cada año." if "empresa" in text else \
        "L'employeur repeint les murs de l'usine chaque année."
    assert with_concepts > model.probabilities(neutral)[RETENTION] + 0.1


@pytest.mark.parametrize("text,word", [
    ("Security staff kept the passports of new workers.", "passports"),
    (SPANISH, "pasaportes"),
    (FRENCH, "passeports"),
])
def test_concept_weight_is_shown_on_the_words_that_gave_it(model, text, word):
    why = model.explain(text, "retention_of_identity_documents", top=20)
    assert why and [w.weight for w in why] == sorted((w.weight for w in why), reverse=True)
    for w in why:
        assert w.weight > 0 and text[w.start:w.end] == w.text
    shown = {w.text.lower(): w.weight for w in why}
    assert word in shown
    # the same sentence explained by the model without concept weights gives that word less
    plain = {w.text.lower(): w.weight for w in _without_concepts(model).explain(text, "retention_of_identity_documents", 20)}
    assert shown[word] > plain.get(word, 0.0)


def test_saved_model_with_concepts_loads_identical_and_retrains_with_them(model, english_only, tmp_path):
    path = tmp_path / "m.json"
    model.save(path)
    loaded = load_model(path)
    assert loaded.concepts is not None and loaded.concepts.words == model.concepts.words
    model.clear_caches()  # per-word sums are cached in first-seen order: start both from the same order
    for t in [r.text for r in english_only] + [SPANISH, FRENCH]:
        assert np.array_equal(loaded.probabilities(t), model.probabilities(t))
    # a retrain from the saved meta (as ``screener train --from-reviews`` does) keeps the concept features
    again = st.build_model([r.text for r in english_only], st.label_matrix(english_only), C=8.0, min_df=1,
                           min_weight=0.0, meta=dict(loaded.meta))
    assert again.concepts is not None and any(f.startswith("k:") for f in again.features)
