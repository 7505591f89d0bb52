"""The name tagger's training data (scripts/train_name_tagger.py) and its document-level feature."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from screener.redact.tagger import best_elsewhere, context_features, tokenize
from screener.redact.tagger_spans import tagged_spans

ROOT = Path(__file__).resolve().parents[1]


def _training_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_name_tagger", ROOT / "scripts" / "train_name_tagger.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_annotated_training_sets_are_in_the_repository_and_leave_out_the_development_set():
    script = _training_script()
    assert all((ROOT / rel).is_file() for rel in script.REALISH)
    assert not any("blind11" in rel for rel in script.REALISH)
    texts = script._realish()
    assert len(texts) > 2000
    assert all(0 <= s < e <= len(t) for t, spans in texts for s, e in spans)


def test_a_word_seen_elsewhere_in_the_text_carries_its_best_probability_there():
    tokens = tokenize("Mr. Kofi came late. Later Kofi left with Ama.")
    idx = [i for i, t in enumerate(tokens) if t.text == "Kofi"]
    later = next(i for i, t in enumerate(tokens) if t.text == "Later")
    first = {idx[0]: 0.97, idx[1]: 0.3, later: 0.1}
    doc = best_elsewhere(tokens, first)
    assert doc == {idx[0]: 0.3, idx[1]: 0.97}
    assert "D=hi" in context_features(tokens, idx[1], first, doc)
    assert not any(f.startswith("D=") for f in context_features(tokens, later, first, doc))


def _tagged(text: str) -> list[str]:
    return [text[s.start:s.end] for s in tagged_spans(text)]


@pytest.mark.parametrize("text, name", [
    ("The night guard pushed Obinna against the wall.", "Obinna"),
    ("Le chef a insulté Fatoumata devant la ligne.", "Fatoumata"),
    ("Dormimos en el mismo cuarto con Yadira.", "Yadira"),
    ("Il est arrivé avec Souleymane un lundi.", "Souleymane"),
    ("La encargada regañó a Maricela delante de todos.", "Maricela"),
])
def test_a_lone_name_after_a_verb_or_a_preposition_is_tagged(text, name):
    assert name in _tagged(text)


@pytest.mark.parametrize("text", [
    "The money was sent to Kathmandu through an agent.",
    "In March the workers were not paid.",
    "Shrimp are peeled at night in Samut Sakhon.",
])
def test_places_months_and_products_in_the_same_roles_stay(text):
    assert _tagged(text) == []


def test_a_name_with_a_possessive_ending_is_labelled_a_name_in_training():
    script = _training_script()
    _, rows = script._sentence("Bikash's phone was taken by Bikash.", [(0, 6), (28, 34)], _Lists())
    assert [label for _, _, label, _ in rows] == [1, 1]
    assert script._possessive_end("Rahim’s", 5) and not script._possessive_end("Rahimpur", 5)
    assert not script._possessive_end("Rahim", 5)


class _Lists:
    """Empty word lists: the labels do not depend on them."""

    def kinds(self, word: str) -> tuple[str, ...]:
        return ()

    def name_likeness(self, word: str) -> str:
        return ""

    def place_run(self, words: list[str]) -> bool:
        return False


@pytest.mark.parametrize("text, name", [
    ("Rahim's passport was found in the manager's drawer.", "Rahim"),
    ("The agent kept Wanjiku's phone for a month.", "Wanjiku"),
    ("Otieno's contract was never translated.", "Otieno"),
])
def test_a_tagged_name_leaves_its_possessive_ending_out(text, name):
    assert _tagged(text) == [name]


def test_names_left_out_of_the_negatives_do_not_depend_on_the_installed_model(monkeypatch):
    """Training reads the same data whatever model is in models/: the names in the negatives come from the rules."""
    import screener.redact.names as names

    def no_model(*args, **kwargs):
        raise AssertionError("the tagger was used")
    monkeypatch.setattr(names, "tagged_spans", no_model)
    monkeypatch.setenv("SCREENER_NAME_TAGGER", "1")
    script = _training_script()
    text = "Mr. Kofi Mensah said the supervisor kept his passport."
    assert [text[s:e] for s, e in script._rule_names(text)] == ["Kofi Mensah"]
    import os
    assert os.environ["SCREENER_NAME_TAGGER"] == "1"


@pytest.mark.parametrize("text", [
    "Wallis and Futuna's report was not assessed.",
    "Workers came from Trinidad and Tobago and from Antigua y Barbuda.",
    "We visited Saint Kitts and Nevis in May.",
])
def test_a_country_named_as_a_pair_is_not_two_names(text):
    from screener.redact import find_personal_data
    assert [text[s.start:s.end] for s in find_personal_data(text)] == []


def test_the_possessive_ending_is_cut_with_either_apostrophe():
    from screener.redact.tagger_spans import _before_possessive
    for text in ("Wanjiku’s phone", "Wanjiku's phone"):
        assert text[:_before_possessive(text, 0, 9)] == "Wanjiku"
    assert _before_possessive("Lo's", 0, 4) == 2
    assert _before_possessive("Thomas phone", 0, 6) == 6


@pytest.mark.parametrize("text", [
    "It’s unclear how many people are held on the boats.",
    "That's what the agent told them.",
    "There’s no water in the dormitory.",
])
def test_a_contraction_is_not_a_name(text):
    from screener.redact import find_personal_data
    assert [text[s.start:s.end] for s in find_personal_data(text)] == []
