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
