"""`screener train`: refusal with too few labels, refusal of a worse model, refinement around the expert weights."""
from __future__ import annotations

import argparse
import json

import numpy as np
import pytest
from test_model_support import LEXICON, trained_model

import screener.scoring.model as model_module
from screener.scoring.cohort import generate_cohort
from screener.commands import train
from screener.errors import InputError
from screener.scoring.expert import expert_model, same_weights
from screener.scoring.features import FEATURE_NAMES
from screener.scoring.model import RiskModel, load_model, save_model
from screener.scoring.refine import compare, fit_refined, predict
from screener.review.store import ReviewStore


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


def moved(a: RiskModel, b: RiskModel) -> float:
    return float(np.sqrt(sum((a.coefficients[f] - b.coefficients[f]) ** 2 for f in FEATURE_NAMES)))


def test_too_few_labels_is_refused_with_a_clear_message(tmp_path):
    db = tmp_path / "reviews.sqlite"
    cohort = generate_cohort(lexicon=LEXICON, n=200)
    fill(db, cohort.X[:12], cohort.y[:12])
    with pytest.raises(InputError, match=r"too few reviewer decisions.*12 usable.*at least 30"):
        train.run(args("--from-reviews", "--db", str(db), "--model", str(tmp_path / "m.json")))
    with pytest.raises(InputError, match="does not exist"):
        train.run(args("--from-reviews", "--db", str(tmp_path / "none.sqlite")))


def test_few_decisions_move_the_weights_a_little_and_many_move_them_more():
    prior = expert_model()
    cohort = generate_cohort(lexicon=LEXICON, n=4000, seed=11)
    few = fit_refined(cohort.X[:40], cohort.y[:40], prior)
    many = fit_refined(cohort.X, cohort.y, prior)
    assert 0 < moved(prior, few) < moved(prior, many)
    assert all(few.coefficients[f] * many.coefficients[f] >= 0 for f in FEATURE_NAMES)  # signs kept


def test_a_worse_model_is_refused_and_the_current_one_kept(tmp_path, capsys):
    # labels that follow the expert weights exactly: any refinement can only match or lose
    current = save_model(trained_model(), tmp_path / "m.json")
    before = current.read_bytes()
    cohort = generate_cohort(lexicon=LEXICON, n=3000, seed=3)
    p = predict(expert_model(), cohort.X)
    idx = np.argsort(-p)
    pick = np.concatenate([idx[:20], idx[-40:]])
    X, y = cohort.X[pick], np.array([1] * 20 + [0] * 40)
    db = tmp_path / "reviews.sqlite"
    fill(db, X, y)
    code = train.run(args("--from-reviews", "--db", str(db), "--model", str(current), "--tolerance", "-0.001"))
    out = capsys.readouterr().out
    assert code == 2 and "refused" in out and "expert weights on the same decisions" in out
    assert current.read_bytes() == before


def test_refining_on_reviews_writes_model_card_and_provenance(tmp_path, capsys):
    path = save_model(trained_model(), tmp_path / "m.json")
    cohort = generate_cohort(lexicon=LEXICON, n=800, seed=5)
    db = tmp_path / "reviews.sqlite"
    fill(db, cohort.X, cohort.y)
    cmp = compare(cohort.X, cohort.y, expert_model())
    card = tmp_path / "card.md"
    code = train.run(args("--from-reviews", "--db", str(db), "--model", str(path), "--card", str(card)))
    out = capsys.readouterr().out
    assert "800 decisions" in out and "cross-validated" in out and "expert weights on the same decisions" in out
    if cmp.worse():
        assert code == 2
        return
    assert code == 0
    new = load_model(path, lexicon=LEXICON)
    assert new.training["source"] == "reviewer decisions (reviews.sqlite)" and new.training["synthetic"] is False
    assert not same_weights(new, expert_model())
    assert new.training["prior_on_same_data"]["auc"] == pytest.approx(cmp.prior["auc"])
    assert len(new.provenance) == 2 and new.provenance[-1]["n"] == 800
    text = card.read_text()
    assert "refined on 800 reviewers' decisions" in text and "| feature | expert points | refined points |" in text


def test_reference_regenerates_the_default_model_from_the_expert_weights(tmp_path, capsys):
    target = tmp_path / "m.json"
    assert train.run(args("--reference", "--model", str(target), "--card", str(tmp_path / "card.md"))) == 0
    data = json.loads(target.read_text())
    assert data["training"]["source"] == "expert weights"
    assert same_weights(load_model(target, lexicon=LEXICON), expert_model())
    assert "| `evidence_child_labour` | 26 |" in (tmp_path / "card.md").read_text()
