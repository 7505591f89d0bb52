"""`screener train`: refusal with too few labels, refusal of a worse model, retraining with provenance, the card."""
from __future__ import annotations

import argparse
import json

import numpy as np
import pytest
from test_model_support import LEXICON, trained_model

import screener.model as model_module
from screener.cohort import generate_cohort, train_reference
from screener.commands import train
from screener.errors import InputError
from screener.features import FEATURE_NAMES
from screener.model import RiskModel, load_model, save_model
from screener.store import ReviewStore


@pytest.fixture(autouse=True)
def test_lexicon(monkeypatch):
    monkeypatch.setattr(model_module, "current_lexicon", lambda: LEXICON)


def args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    train.add_arguments(parser)
    return parser.parse_args(list(argv))


def fill(db, X, y) -> None:
    store = ReviewStore(db)
    for i, (row, label) in enumerate(zip(X, y)):
        store.record_supplier_decision(f"S{i}", "escalate" if label else "clear", "test", "tester",
                                       features=dict(zip(FEATURE_NAMES, map(float, row))))
    store.record_supplier_decision("M", "monitor", "left out", "tester", features=dict.fromkeys(FEATURE_NAMES, 0.0))


def test_too_few_labels_is_refused_with_a_clear_message(tmp_path):
    db = tmp_path / "reviews.sqlite"
    cohort = generate_cohort(lexicon=LEXICON, n=200)
    fill(db, cohort.X[:12], cohort.y[:12])
    with pytest.raises(InputError, match=r"too few reviewer decisions.*12 usable.*at least 30"):
        train.run(args("--from-reviews", "--db", str(db), "--model", str(tmp_path / "m.json")))
    with pytest.raises(InputError, match="does not exist"):
        train.run(args("--from-reviews", "--db", str(tmp_path / "none.sqlite")))


def test_a_worse_model_is_refused_and_the_current_one_kept(tmp_path, capsys):
    current = save_model(trained_model(), tmp_path / "m.json")
    before = current.read_bytes()
    cohort = generate_cohort(lexicon=LEXICON, n=3000, seed=3)
    rng = np.random.default_rng(0)
    idx = np.concatenate([np.flatnonzero(cohort.y == 1)[:20], np.flatnonzero(cohort.y == 0)[:20]])
    X = cohort.X[idx]
    y = (cohort.y[idx] ^ (rng.random(len(idx)) < 0.1)).astype(int)  # a few noisy labels, few examples
    db = tmp_path / "reviews.sqlite"
    fill(db, X, y)
    code = train.run(args("--from-reviews", "--db", str(db), "--model", str(current)))
    out = capsys.readouterr().out
    assert code == 2 and "refused" in out and "current model on the same decisions" in out
    assert current.read_bytes() == before


def test_retraining_on_reviews_writes_model_card_and_provenance(tmp_path, capsys):
    weak = trained_model()
    bad = RiskModel(weak.feature_names, dict.fromkeys(FEATURE_NAMES, 0.0) | {"audit_age_years": 0.5}, -2.0,
                    lexicon_version=LEXICON.version, training={"source": "bad", "synthetic": True},
                    provenance=[{"at": "2026-01-01", "source": "bad", "n": 1, "data_sha256": "x", "auc": 0.5, "brier": 0.2}])
    path = save_model(bad, tmp_path / "m.json")
    cohort = generate_cohort(lexicon=LEXICON, n=600, seed=5)
    db = tmp_path / "reviews.sqlite"
    fill(db, cohort.X, cohort.y)
    card = tmp_path / "card.md"
    assert train.run(args("--from-reviews", "--db", str(db), "--model", str(path), "--card", str(card))) == 0
    out = capsys.readouterr().out
    assert "600 decisions" in out and "cross-validated" in out
    new = load_model(path, lexicon=LEXICON)
    assert new.training["source"] == "reviewer decisions" and new.training["synthetic"] is False
    assert len(new.provenance) == 2 and new.provenance[-1]["n"] == 600
    text = card.read_text()
    assert "600 reviewers' decisions" in text and "synthetic" not in text.split("## What the label means")[0].lower()
    assert "reviewer decisions (reviews.sqlite)" in text


def test_reference_training_writes_a_model_and_a_card_that_says_synthetic(tmp_path):
    model, cv = train_reference(lexicon=LEXICON, model_path=tmp_path / "m.json", card_path=tmp_path / "card.md", n=1500)
    data = json.loads((tmp_path / "m.json").read_text())
    assert data["training"]["synthetic"] is True and data["lexicon"]["version"] == LEXICON.version
    assert 0.5 < cv["auc"] <= 1 and 0 <= cv["brier"] < 0.25
    text = (tmp_path / "card.md").read_text()
    assert "**The training data is synthetic.**" in text and f"{cv['auc']:.4f}" in text
    assert "| predicted probability | n | mean predicted | observed rate |" in text
    assert "p_escalate_if_ilo_rule_met" in text and "evidence_debt_bondage" in text
