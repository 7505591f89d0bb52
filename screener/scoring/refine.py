"""Refine the expert weights on reviewers' decisions: a logistic model centred on the prior.

The prior (the expert weights of ``lexicons/scoring.yaml``) enters as a fixed offset, and only the change from it is
fitted, with an L2 (ridge) penalty on that change:

    minimise  sum_i logloss(y_i, prior_logit(x_i) + x_i . delta + delta_0)  +  penalty / 2 * sum_j delta_j^2

The change is in log-odds per unit of each feature (the features' own units: one asserted sentence, a 0 to 1 level,
a year). The penalty does not grow with the number of decisions, so a few decisions move the weights a little and
many decisions move them more; it is not standardised, so a rare feature seen in two decisions cannot swing. Signs stay as the features' risk directions (risk features never lower the
score, protective ones never raise it). The cross-validated AUC of the refined model is compared with the expert
weights' AUC on the same decisions, and a worse model is refused (``screener train --from-reviews``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np
from scipy.optimize import minimize
from sklearn.model_selection import StratifiedKFold

from screener.scoring.features import FEATURE_NAMES, RISK_SIGN
from screener.scoring.model import RiskModel, data_hash, metrics
from screener.scoring.rules import scoring_config


def refine_config() -> dict[str, Any]:
    """The ``refine`` settings of ``lexicons/scoring.yaml``."""
    return dict(scoring_config()["refine"])


def _fit_delta(X: np.ndarray, y: np.ndarray, prior: RiskModel, penalty: float) -> tuple[np.ndarray, float, bool]:
    names = prior.feature_names
    w0 = np.array([prior.coefficients[f] for f in names])
    offset = prior.intercept + X @ w0
    sd = np.ones(X.shape[1])  # penalty in the features' own units (see the module docstring)
    k = X.shape[1]
    # keep the sign of every weight: risk weights stay >= 0, protective ones <= 0
    bounds = [(-w0[j], None) if RISK_SIGN.get(f, 0) > 0 else (None, -w0[j]) if RISK_SIGN.get(f, 0) < 0
              else (None, None) for j, f in enumerate(names)] + [(None, None)]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        d, d0 = theta[:-1], theta[-1]
        z = offset + X @ d + d0
        value = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * penalty * (np.sum((sd * d) ** 2) + d0 ** 2)
        r = 1.0 / (1.0 + np.exp(-z)) - y
        return float(value), np.append(X.T @ r + penalty * sd ** 2 * d, r.sum() + penalty * d0)

    res = minimize(loss, np.zeros(k + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 2000, "gtol": 1e-8})
    return res.x[:-1], float(res.x[-1]), bool(res.success)


def fit_refined(X: np.ndarray, y: np.ndarray, prior: RiskModel, *, penalty: float | None = None) -> RiskModel:
    """The prior's weights plus the fitted change (see the module docstring)."""
    penalty = float(refine_config()["penalty"]) if penalty is None else penalty
    delta, d0, ok = _fit_delta(np.asarray(X, dtype=float), np.asarray(y, dtype=float), prior, penalty)
    coefs = {f: prior.coefficients[f] + float(d) for f, d in zip(prior.feature_names, delta)}
    coefs = {f: (0.0 if RISK_SIGN.get(f, 0) * c < 0 else c) for f, c in coefs.items()}  # rounding at the bound
    return RiskModel(feature_names=prior.feature_names, coefficients=coefs, intercept=prior.intercept + d0,
                     score_at_even_odds=prior.score_at_even_odds, points_per_logit=prior.points_per_logit,
                     lexicon_version=prior.lexicon_version, lexicon_checksum=prior.lexicon_checksum,
                     training={"penalty": penalty, "converged": ok})


def predict(model: RiskModel, X: np.ndarray) -> np.ndarray:
    """Probability of escalation for each row of X (features in the model's order)."""
    w = np.array([model.coefficients[f] for f in model.feature_names])
    return 1.0 / (1.0 + np.exp(-(model.intercept + np.asarray(X, dtype=float) @ w)))


@dataclass
class Comparison:
    """Cross-validated metrics of the refined model and the expert weights' metrics on the same decisions."""

    refined: dict[str, Any]
    prior: dict[str, Any]
    folds: int
    n: int
    positives: int
    extra: dict[str, Any] = field(default_factory=dict)

    def worse(self, tolerance: float = 0.0) -> bool:
        """True when the refined model's CV AUC is lower, or its Brier score higher, than the prior's."""
        return (self.refined["auc"] < self.prior["auc"] - tolerance
                or self.refined["brier"] > self.prior["brier"] + tolerance)


def compare(X: np.ndarray, y: np.ndarray, prior: RiskModel, *, penalty: float | None = None,
            folds: int | None = None, seed: int | None = None) -> Comparison:
    """Out-of-fold metrics of the refined model against the prior on the same decisions (stratified k-fold)."""
    cfg = refine_config()
    y = np.asarray(y, dtype=int)
    folds = max(2, min(int(folds or cfg["cv_folds"]), int(np.bincount(y, minlength=2).min())))
    oof = np.zeros(len(y))
    split = StratifiedKFold(folds, shuffle=True, random_state=int(cfg["seed"] if seed is None else seed))
    for train, test in split.split(X, y):
        oof[test] = predict(fit_refined(X[train], y[train], prior, penalty=penalty), X[test])
    bins = int(cfg["calibration_bins"])
    return Comparison(refined=metrics(y, oof, bins), prior=metrics(y, predict(prior, X), bins), folds=folds,
                      n=int(len(y)), positives=int(y.sum()))


def refined_model(X: np.ndarray, y: np.ndarray, prior: RiskModel, comparison: Comparison, *,
                  source: str, penalty: float | None = None) -> RiskModel:
    """Fit on all decisions and record the training data, its metrics and the prior's on the same data."""
    model = fit_refined(X, y, prior, penalty=penalty)
    model.training.update({
        "source": source, "synthetic": False, "refined_from": prior.training.get("source", "model"),
        "data_sha256": data_hash(X, y, prior.feature_names), "n": comparison.n, "positives": comparison.positives,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "metrics": {**comparison.refined, "folds": comparison.folds},
        "prior_on_same_data": {"auc": comparison.prior["auc"], "brier": comparison.prior["brier"]}})
    model.provenance = list(prior.provenance) + [{
        "at": model.training["created"], "source": source, "n": comparison.n,
        "data_sha256": model.training["data_sha256"], "auc": comparison.refined["auc"],
        "brier": comparison.refined["brier"], "prior_auc": comparison.prior["auc"]}]
    return model


def weight_changes(prior: RiskModel, model: RiskModel, top: int = 8) -> list[tuple[str, float, float]]:
    """(feature, prior points, refined points) of the weights that moved most."""
    rows = [(f, prior.coefficients[f] * prior.points_per_logit, model.coefficients[f] * model.points_per_logit)
            for f in prior.feature_names]
    rows.sort(key=lambda r: -abs(r[2] - r[1]))
    return rows[:top]


def matrix(examples: Sequence[tuple[dict[str, float], int]]) -> tuple[np.ndarray, np.ndarray, int]:
    """Feature matrix and labels; examples recorded with another feature set are left out (and counted)."""
    rows, labels, skipped = [], [], 0
    for features, label in examples:
        if any(name not in features for name in FEATURE_NAMES):
            skipped += 1
            continue
        rows.append([float(features[name]) for name in FEATURE_NAMES])
        labels.append(int(label))
    return np.array(rows, dtype=float).reshape(-1, len(FEATURE_NAMES)), np.array(labels, dtype=int), skipped
