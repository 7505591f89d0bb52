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

from screener.scoring.assess import assess_supplier
from screener.scoring.cohort import generate_cohort
from screener.scoring.features import FEATURE_NAMES, RISK_SIGN
from screener.scoring.model import (LexiconMismatchWarning, ModelMismatchError, MonotoneLogisticRegression, load_model,
                            save_model)
from screener.contracts import INDICATOR_IDS

KINDS = ("goods_forced_labour", "goods_child_labour", "goods_forced_child_labour", "downstream_input", "tip_tier",
         "country_findings")


def assess(rec, evidence=(), matches=(), inherent=(), **kw):
    return assess_supplier(rec, list(evidence), list(matches), list(inherent), [], model=trained_model(),
                           as_of=AS_OF, lexicon=LEXICON, **kw)


def exact(result) -> float:
    return abs(result.baseline + sum(c.points for c in result.contributions) - result.risk_score)


# ------------------------------------------------------------------ generated suppliers
evidence_st = st.lists(st.tuples(st.sampled_from(INDICATOR_IDS), st.booleans(),
                                 st.sampled_from(["asserted", "asserted", "negated", "policy", "remediated", "compliant"]),
                                 st.sampled_from(["finding", "finding", "possible"])),
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
    evidence = [dataclasses.replace(ev(i, f"Sentence {n} about {i.replace('_', ' ')}.", hedged=h, polarity=p),
                                    confidence=c)
                for n, (i, h, p, c) in enumerate(s["evidence"])]
    inherent = [item(k, lvl) for k, lvl in s["inherent"]]
    matches = [match(s["match"])] if s["match"] is not None else []
    return rec, evidence, matches, inherent


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(supplier_st)
def test_baseline_plus_contributions_equals_score_exactly(s):
    result = assess(*build(s))
    assert exact(result) < 1e-9
    assert [c.feature for c in result.contributions] == list(FEATURE_NAMES)  # no cap, floor or rule adjustment


def test_exact_on_the_generated_cohort_and_never_capped():
    model = trained_model()
    cohort = generate_cohort(lexicon=LEXICON, n=400, seed=7)
    for row in cohort.X:
        features = dict(zip(FEATURE_NAMES, row))
        baseline, contributions, score = model.explain(features)
        assert abs(baseline + sum(c.points for c in contributions) - score) < 1e-9
    worst = dict.fromkeys(FEATURE_NAMES, 3.0) | {f: 0.0 for f in FEATURE_NAMES if RISK_SIGN[f] < 0}
    worse = dict(worst, evidence_child_labour=4.0)
    _, contributions, score = model.explain(worst)
    assert score > 100 and [c.feature for c in contributions] == list(FEATURE_NAMES)
    assert model.explain(worse)[2] > score  # different evidence never ties at a bound


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(supplier_st, st.sampled_from(INDICATOR_IDS), st.booleans(), st.sampled_from(["finding", "possible"]))
def test_more_asserted_evidence_never_lowers_the_score(s, indicator, hedged, confidence):
    rec, evidence, matches, inherent = build(s)
    before = assess(rec, evidence, matches, inherent)
    extra = dataclasses.replace(
        ev(indicator, f"New finding of {indicator.replace('_', ' ')} with a grievance hotline.", hedged=hedged),
        confidence=confidence)
    after = assess(rec, evidence + [extra], matches, inherent)
    assert after.risk_score >= before.risk_score - 1e-9
    assert after.ilo_rule.met >= before.ilo_rule.met
    assert after.escalation.escalate_now >= before.escalation.escalate_now
    if confidence == "possible":  # counts only once a reviewer confirms it
        assert {c.feature: c.value for c in after.contributions}[f"evidence_{indicator}"] == pytest.approx(
            {c.feature: c.value for c in before.contributions}[f"evidence_{indicator}"])


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


def test_expert_weights_respect_the_signs_and_the_estimator_clamps_wrong_signs():
    model = trained_model()
    assert all(RISK_SIGN[f] * c >= 0 for f, c in model.coefficients.items())
    assert all(model.coefficients[f] > 0 for f in FEATURE_NAMES if RISK_SIGN[f] > 0)
    # the estimator on its own: a protective-looking signal with the wrong sign is clamped at zero
    rng = np.random.default_rng(0)
    X = rng.normal(size=(500, 2))
    y = (X[:, 0] - X[:, 1] + rng.normal(size=500) > 0).astype(int)
    clf = MonotoneLogisticRegression(signs=[1, 1]).fit(X, y)
    assert clf.coef_[0][0] > 0 and clf.coef_[0][1] == 0


def test_the_synthetic_cohort_only_checks_behaviour():
    from screener.scoring.cohort import sanity_check
    check = sanity_check(trained_model(), lexicon=LEXICON, n=2000)
    assert check["auc"] > 0.75, check  # the expert weights rank the generator's escalations first


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
    assert data["feature_names"] == list(FEATURE_NAMES) and data["training"]["source"] == "expert weights"
    assert len(data["training"]["weights_sha256"]) == 64
    loaded = load_model(path, lexicon=LEXICON)
    features = dict.fromkeys(FEATURE_NAMES, 1.0)
    assert loaded.raw_score(features) == pytest.approx(model.raw_score(features), abs=1e-12)


def test_load_refuses_other_features_wrong_signs_and_garbage(tmp_path):
    data = trained_model().to_json()
    bad = dict(data, feature_names=data["feature_names"][:-1] + ["shoe_size"])
    (tmp_path / "names.json").write_text(json.dumps(bad))
    with pytest.raises(ModelMismatchError, match=f"missing: {FEATURE_NAMES[-1]}; unknown: shoe_size"):
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
    refined = dataclasses.replace(trained_model(), lexicon_version="test-1", training={"source": "reviewer decisions"})
    path = save_model(refined, tmp_path / "m.json")
    other = dataclasses.replace(LEXICON) if dataclasses.is_dataclass(LEXICON) else type(LEXICON)(**vars(LEXICON))
    other.version = "test-2"
    with pytest.warns(LexiconMismatchWarning, match="test-1.*test-2"):
        load_model(path, lexicon=other)
    with pytest.raises(ModelMismatchError, match="lexicon version"):
        load_model(path, lexicon=other, strict_lexicon=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_model(path, lexicon=LEXICON)


def test_shipped_default_model_is_generated_from_scoring_yaml_and_its_card(repo_root):
    from screener.scoring.expert import expert_model, same_weights, weights_sha256
    from screener.lexicon import load_lexicon
    from screener.scoring.model import DEFAULT_MODEL_PATH
    model = load_model(DEFAULT_MODEL_PATH, lexicon=load_lexicon(), strict_lexicon=True)
    assert same_weights(model, expert_model()), "regenerate with `screener train --reference`"
    assert model.training["source"] == "expert weights" and model.training["weights_sha256"] == weights_sha256()
    card = (repo_root / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "**The default weights are expert-anchored, not fitted.**" in card
    assert model.training["weights_sha256"][:12] in card
    for rationale in ("ILO C138", "UFLPA", "ICLS 2018", "P2"):
        assert rationale in card
