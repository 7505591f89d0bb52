"""The speed paths added for issue 11's speed bar give exactly what the plain computations give."""
from __future__ import annotations

import random
import string

import numpy as np
import pytest

from screener.evidence import get_engine
from screener.evidence.planning import member
from screener.evidence.scope import ScopeResolver
from screener.evidence.sentence_concepts import ConceptTable
from screener.evidence.sentence_features import CHAR_NGRAMS, char_grams, featurize, word_forms
from screener.evidence.sentence_model import default_model


def _words(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def _plain_mask(table: ConceptTable, form: str) -> int:
    """The concepts of ``form`` straight from the table's words and stems, no memo, no shortcut."""
    found = set(table.words.get(form, ()))
    for stem, cs in table.stems.items():
        if form.startswith(stem):
            found.update(cs)
    return sum(1 << c for c in found)


def test_concept_mask_shortcut_equals_the_full_look_up():
    table = ConceptTable(("A", "B", "C"), {"passport": (0,), "fee": (1,), "wages": (1, 2)},
                         {"recrut": (1,), "recruit": (0, 2), "pasap": (0,)})
    words = ["passport", "fee", "wages", "recruitment", "recrutement", "recrut", "recru", "rec", "pasaporte",
             "pasa", "", "x", "feet", "passports"] + _words(2000)
    for w in words:
        assert table.mask_of(w) == _plain_mask(table, w), w
    assert table.mask_of("recruitment") == 0b101 and table.mask_of("recrutement") == 0b010 and table.mask_of("recru") == 0


def test_concept_mask_of_a_table_without_stems():
    table = ConceptTable(("A",), {"debt": (0,)}, {})
    assert [table.mask_of(w) for w in ("debt", "debts", "", "d")] == [1, 0, 0, 0]


def test_shipped_model_concept_masks_equal_the_full_look_up():
    model = default_model()
    if model is None or model.concepts is None:
        pytest.skip("the shipped model has no concept table")  # the shipped model carries one today
    words = list(model.concepts.words)[:3000] + [s + "ment" for s in model.concepts.stems] + _words(3000)
    assert all(model.concepts.mask_of(w) == _plain_mask(model.concepts, w) for w in words)


def test_char_rows_are_the_model_features_among_the_char_grams_in_order():
    model = default_model()
    assert model is not None
    index = model.index
    for w in ["passport", "recruitment", "wages", "x", "ab", "overtime", "n13"] + _words(3000):
        want = [index[g] for g in char_grams(w) if g in index]
        assert model._char_rows(w) == want, w
    assert CHAR_NGRAMS == (3, 4, 5)


def test_word_gram_scores_equal_a_plain_count_of_every_n_gram():
    """Raw scores from the one-pass 2/3-gram look-up equal scores summed from every feature of the sentences."""
    model = default_model()
    assert model is not None
    texts = ["Workers were not paid overtime for three months.", "Passports are kept by the employer.",
             "The agent charged a recruitment fee of 2,000 USD.", "No forced labour was found.",
             "Wages wages wages were withheld withheld.", "a", ""]
    got = model._score_forms([word_forms(x) for x in texts])
    for row, text in zip(got, texts):
        feats = featurize(text)
        want = model.intercepts.copy()
        for name, value in feats.items():
            if name in model.index:
                want = want + value * model.weights[model.index[name]]
        if model.concepts is not None:
            for name in model.concepts.features(word_forms(text)):
                if name in model.index:
                    want = want + model.concepts.value * model.weights[model.index[name]]
        assert np.allclose(row, want, atol=1e-9), text


def test_gate_union_bits_equal_the_four_key_sets():
    pipe = get_engine().pipeline("en")
    doc = pipe.nlp.make_doc("Passports of 12 workers were kept; they worked 70 hours a week and twelve hours a day.")
    hashes, _ = pipe.normalizer.normalize(doc)
    gate = pipe.planner
    pos = np.minimum(np.searchsorted(gate.union, hashes), len(gate.union) - 1)
    bits = np.where(gate.union[pos] == hashes, gate.union_bits[pos], 0)
    for bit, keys in ((1, gate.gate_keys), (2, gate.trigger_arr), (4, gate.spelled_arr),
                      (8, pipe.requirements.sorted_hashes)):
        assert np.array_equal((bits & bit) != 0, member(keys, hashes))
    assert bits.any()


@pytest.mark.parametrize("text, question", [("Were wages paid?", True), ("  Were wages paid ?  ", True),
                                            ("¿Se pagan los salarios", True), ("Wages were paid.", False),
                                            ("   ", False), ("?", True)])
def test_is_question_reads_the_first_and_last_words(text, question):
    nlp = get_engine().pipeline("en").nlp
    doc = nlp.make_doc(text)
    words = [t for t in doc if not t.is_space]
    assert ScopeResolver.is_question(doc) is question
    assert question == (bool(words) and (words[-1].text.endswith("?") or words[0].text.startswith("¿")))
    if len(doc) > 2:
        span = doc[1:]
        words = [t for t in span if not t.is_space]
        assert ScopeResolver.is_question(span) == (bool(words) and (
            words[-1].text.endswith("?") or words[0].text.startswith("¿")))


def test_prepared_fuzzy_answers_equal_one_by_one_answers():
    """``FuzzyCorrector.prepare`` (one cdist per block of keys) answers as ``correct`` does word by word, on
    misspellings of every key (a letter changed, added, dropped or swapped), the keys and random words."""
    from screener.evidence.fuzzy import FuzzyCorrector

    keys = ["passport", "passports", "recruitment", "overtime", "withheld", "wages", "salary", "salaries",
            "deduction", "deductions", "threatened", "confiscated", "dormitory", "isolation", "pasaporte"]
    rng = random.Random(11)
    words = list(keys)
    for k in keys:
        for op in range(4):
            w, p = list(k), rng.randrange(1, len(k))
            if op == 0:
                w[p] = rng.choice(string.ascii_lowercase)
            elif op == 1:
                w.insert(p, rng.choice(string.ascii_lowercase))
            elif op == 2:
                del w[p]
            else:
                w[p], w[p - 1] = w[p - 1], w[p]
            words.append("".join(w))
    words += _words(3000) + ["pasport", "recrutment", "wokers", "abc", "", "ab1cd", "pa55port"]
    plain = FuzzyCorrector(keys)
    want = [plain.correct(w) for w in words]
    assert sum(x is not None for x in want) > 40  # the misspellings are repaired
    fast = FuzzyCorrector(keys)
    fast.prepare(words)
    assert [fast.correct(w) for w in words] == want
    assert fast._prepared  # the answers came from prepare


def test_prepared_fuzzy_answers_are_bounded(monkeypatch):
    from screener.evidence import fuzzy

    monkeypatch.setattr(fuzzy, "PREPARED_MAX", 50)
    f = fuzzy.FuzzyCorrector(["passport", "recruitment"])
    f.prepare(["p" + w for w in _words(40, seed=1)])
    f.prepare(["r" + w for w in _words(40, seed=2)])
    assert len(f._prepared) <= 50
    assert f.correct("pasport") == "passport" and f.correct("recrutment") == "recruitment"


def test_engine_with_prepared_pages_equals_page_by_page_scans():
    """A batch of pages (tokenised first, fuzzy repairs prepared together) gives each page what scanning it
    alone gives."""
    engine = get_engine()
    pages = ["Pasports of wokers were kept by the supervisr. Recrutment fees were paid to the agnet.",
             "Wages for May were not paid. Workers worked 80 hours a week in the sewng section.",
             "The canteen serves three meals a day. No issues found.", ""]
    batch = engine._scan_pages([(t, "en", "d", i + 1, "S") for i, t in enumerate(pages)])
    for i, t in enumerate(pages):
        assert batch[i] == engine.scan_text(t, lang="en", document="d", page=i + 1, supplier_key="S")
    assert any(ev.match == "fuzzy" for ev in batch[0])


def test_staging_pages_in_smaller_groups_changes_nothing(monkeypatch):
    from screener.evidence import engine as engine_module

    engine = get_engine()
    pages = [("Pasports of wokers were kept. Wages were not paid for May.", "en", "d", 1, "S"),
             ("Los trabajadores no recibieron su salario. Los pasaportes fueron retenidos.", "es", "d", 2, "S"),
             ("The recrutment agnet charged 900 USD. Workers worked 14 hours a day.", "en", "d", 3, "S")]
    whole = engine._scan_pages(pages)
    monkeypatch.setattr(engine_module, "STAGED_CHARS", 10)  # every piece run on its own
    assert engine._scan_pages(pages) == whole
    assert sum(map(len, whole)) >= 4
