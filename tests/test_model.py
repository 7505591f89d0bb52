"""The model: exact decomposition, monotonicity, sign constraints, safe save/load, reproducible cohort."""
from __future__ import annotations

import dataclasses
import json
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_model_support import AS_OF, LEXICON, ev, item, match, record, trained_model

from screener.assess import assess_supplier
from screener.cohort import generate_cohort
from screener.features import FEATURE_NAMES, RISK_SIGN
from screener.model import (LexiconMismatchWarning, ModelMismatchError, MonotoneLogisticRegression, load_model,
                            save_model)
from screener.models import INDICATOR_IDS

KINDS = ("goods_forced_labour", "goods_child_labour", "goods_forced_child_labour", "downstream_input", "tip_tier",
         "country_findings")


def assess(rec, evidence=(), matches=(), inherent=(), **kw):
    return assess_supplier(rec, list(evidence), list(matches), list(inherent), [], model=trained_model(),
                           as_of=AS_OF, lexicon=LEXICON, **kw)


def exact(result) -> float:
    return abs(result.baseline + sum(c.points for c in result.contributions) - result.risk_score)


# ------------------------------------------------------------------ generated suppliers
evidence_st = st.lists(st.tuples(st.sampled_from(INDICATOR_IDS), st.booleans(),
                                 st.sampled_from(["asserted", "asserted", "negated", "policy", "remediated"])),
                       max_size=8)
supplier_st = st.fixed_dictionaries({
    "evidence": evidence_st,
    "inherent": st.lists(st.tuples(st.sampled_from(KINDS), st.floats(0, 1)), max_size=4),
    "match": st.one_of(st.none(), st.floats(0.5, 1.0)),
    "migrant": st.one_of(st.none(), st.floats(0, 1)),
    "flags": st.tuples(st.booleans(), st.booleans(), st.booleans()),
    "audit_days": st.one_of(st.none(), st.integers(0, 4000)),
    "findings": st.sampled_from([None, "A grievance hotline is in place.", "The trade union is active. Fees were reimbursed."]),
})


def build(s):
    import datetime as dt
    rec = record(migrant_share=s["migrant"], labour_agency=s["flags"][0], recruitment_fees=s["flags"][1],
                 employer_housing=s["flags"][2], findings=s["findings"],
                 last_audit_date=None if s["audit_days"] is None else AS_OF - dt.timedelta(days=s["audit_days"]))
    evidence = [ev(i, f"Sentence {n} about {i.replace('_', ' ')}.", hedged=h, polarity=p)
                for n, (i, h, p) in enumerate(s["evidence"])]
    inherent = [item(k, lvl) for k, lvl in s["inherent"]]
    matches = [match(s["match"])] if s["match"] is not None else []
    return rec, evidence, matches, inherent


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(supplier_st)
def test_baseline_plus_contributions_equals_score_exactly(s):
    result = assess(*build(s))
    assert exact(result) < 1e-9
    assert 0 <= result.risk_score <= 100
    assert [c.feature for c in result.contributions][:len(FEATURE_NAMES)] == list(FEATURE_NAMES)


def test_exact_on_the_generated_cohort_and_at_the_caps():
    model = trained_model()
    cohort = generate_cohort(lexicon=LEXICON, n=400, seed=7)
    for row in cohort.X:
        features = dict(zip(FEATURE_NAMES, row))
        baseline, contributions, score = model.explain(features)
        assert abs(baseline + sum(c.points for c in contributions) - score) < 1e-9
    worst = dict.fromkeys(FEATURE_NAMES, 3.0) | {f: 0.0 for f in FEATURE_NAMES if RISK_SIGN[f] < 0}
    _, contributions, score = model.explain(worst)
    assert score == pytest.approx(100) and contributions[-1].feature == "capped_at_100"
    best = dict.fromkeys(FEATURE_NAMES, 0.0) | {f: 50.0 for f in FEATURE_NAMES if RISK_SIGN[f] < 0 and model.coefficients[f] < 0}
    _, contributions, score = model.explain(best)
    assert score == pytest.approx(0) and contributions[-1].feature == "floored_at_0"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(supplier_st, st.sampled_from(INDICATOR_IDS), st.booleans())
def test_more_asserted_evidence_never_lowers_the_score(s, indicator, hedged):
    rec, evidence, matches, inherent = build(s)
    before = assess(rec, evidence, matches, inherent)
    extra = ev(indicator, f"New finding of {indicator.replace('_', ' ')} with a grievance hotline.", hedged=hedged)
    after = assess(rec, evidence + [extra], matches, inherent)
    assert after.risk_score >= before.risk_score - 1e-9
    assert after.ilo_rule.met >= before.ilo_rule.met


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(supplier_st, st.sampled_from(KINDS), st.floats(0, 1), st.floats(0, 1))
def test_higher_inherent_risk_and_closer_match_never_lower_the_score(s, kind, a, b):
    rec, evidence, matches, inherent = build(s)
    lo, hi = sorted((a, b))
    low = assess(rec, evidence, matches, inherent + [item(kind, lo)])
    high = assess(rec, evidence, matches, inherent + [item(kind, hi)])
    assert high.risk_score >= low.risk_score - 1e-9
    far = assess(rec, evidence, [match(lo)], inherent)
    close = assess(rec, evidence, [match(hi)], inherent)
    assert close.risk_score >= far.risk_score - 1e-9


def test_fitted_coefficients_respect_the_signs():
    model = trained_model()
    assert all(RISK_SIGN[f] * c >= 0 for f, c in model.coefficients.items())
    assert sum(model.coefficients[f] > 0 for f in FEATURE_NAMES if RISK_SIGN[f] > 0) >= 20
    # the estimator on its own: a protective-looking signal with the wrong sign is clamped at zero
    rng = np.random.default_rng(0)
    X = rng.normal(size=(500, 2))
    y = (X[:, 0] - X[:, 1] + rng.normal(size=500) > 0).astype(int)
    clf = MonotoneLogisticRegression(signs=[1, 1]).fit(X, y)
    assert clf.coef_[0][0] > 0 and clf.coef_[0][1] == 0


def test_cohort_is_reproducible():
    a = generate_cohort(lexicon=LEXICON, n=200)
    b = generate_cohort(lexicon=LEXICON, n=200)
    c = generate_cohort(lexicon=LEXICON, n=200, seed=1)
    assert np.array_equal(a.X, b.X) and np.array_equal(a.y, b.y)
    assert not np.array_equal(a.X, c.X)
    assert 0.03 < a.y.mean() < 0.4 and a.y[a.ilo_met == 1].mean() > 0.8


def test_save_and_load_round_trip(tmp_path):
    model = trained_model()
    path = save_model(model, tmp_path / "m.json")
    data = json.loads(path.read_text())
    assert data["feature_names"] == list(FEATURE_NAMES) and data["lexicon"]["version"] == "test-1"
    assert len(data["training"]["data_sha256"]) == 64
    loaded = load_model(path, lexicon=LEXICON)
    features = dict.fromkeys(FEATURE_NAMES, 1.0)
    assert loaded.raw_score(features) == pytest.approx(model.raw_score(features), abs=1e-12)


def test_load_refuses_other_features_wrong_signs_and_garbage(tmp_path):
    data = trained_model().to_json()
    bad = dict(data, feature_names=data["feature_names"][:-1] + ["shoe_size"])
    (tmp_path / "names.json").write_text(json.dumps(bad))
    with pytest.raises(ModelMismatchError, match="missing: fees_reimbursed; unknown: shoe_size"):
        load_model(tmp_path / "names.json", lexicon=LEXICON)
    swapped = dict(data, feature_names=list(reversed(data["feature_names"])))
    (tmp_path / "order.json").write_text(json.dumps(swapped))
    with pytest.raises(ModelMismatchError, match="another order"):
        load_model(tmp_path / "order.json", lexicon=LEXICON)
    wrong = dict(data, coefficients=dict(data["coefficients"], evidence_debt_bondage=-1.0))
    (tmp_path / "sign.json").write_text(json.dumps(wrong))
    with pytest.raises(ModelMismatchError, match="wrong sign.*evidence_debt_bondage"):
        load_model(tmp_path / "sign.json", lexicon=LEXICON)
    (tmp_path / "pickle.json").write_bytes(b"\x80\x04\x95")
    with pytest.raises(ModelMismatchError, match="cannot be read"):
        load_model(tmp_path / "pickle.json", lexicon=LEXICON)


def test_lexicon_version_mismatch_warns_or_refuses_when_strict(tmp_path):
    path = save_model(trained_model(), tmp_path / "m.json")
    other = dataclasses.replace(LEXICON) if dataclasses.is_dataclass(LEXICON) else type(LEXICON)(**vars(LEXICON))
    other.version = "test-2"
    with pytest.warns(LexiconMismatchWarning, match="test-1.*test-2"):
        load_model(path, lexicon=other)
    with pytest.raises(ModelMismatchError, match="lexicon version"):
        load_model(path, lexicon=other, strict_lexicon=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_model(path, lexicon=LEXICON)


def test_shipped_default_model_matches_this_screener_and_its_card(repo_root):
    from screener.lexicon import load_lexicon
    from screener.model import DEFAULT_MODEL_PATH
    model = load_model(DEFAULT_MODEL_PATH, lexicon=load_lexicon(), strict_lexicon=True)
    assert model.training["synthetic"] is True and model.training["source"] == "reference cohort"
    card = (repo_root / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "**The training data is synthetic.**" in card
    assert model.training["data_sha256"] in card
    assert f"AUC: **{model.training['metrics']['auc']:.4f}**" in card
