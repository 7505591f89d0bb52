"""The explainable risk model: a monotone logistic regression whose score breaks down exactly.

Risk score = ``score_at_even_odds + points_per_logit * logit``, with the logit linear in the features, so
baseline + the points of the contributions == the score. The model is stored as plain JSON coefficients with
its feature names, lexicon version and training-data hash; loading refuses other feature names.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import warnings
from math import copysign
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
from scipy.optimize import minimize
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from screener.scoring.features import FEATURE_NAMES, RISK_SIGN
from screener.contracts import Contribution
from screener.memo import Memo
from screener.memo import enabled as memo_enabled
from screener.scoring.rules import scoring_config
from screener.resources import models_dir
from screener.errors import ModelMismatchError

MODELS_DIR = models_dir()
DEFAULT_MODEL_PATH = MODELS_DIR / "default_model.json"
MODEL_FORMAT = "screener-linear-risk-model"
MODEL_FORMAT_VERSION = 1
EXPERT_SOURCE = "expert weights"
_CONTRIBUTIONS = Memo("contributions")


class LexiconMismatchWarning(UserWarning):
    """The model was trained with another lexicon version than the one loaded."""


# ------------------------------------------------------------------ estimator
class MonotoneLogisticRegression(ClassifierMixin, BaseEstimator):
    """L2-penalised logistic regression whose coefficient signs are constrained (+1 >= 0, -1 <= 0, 0 free)."""

    def __init__(self, signs: Sequence[int] | None = None, C: float = 1.0) -> None:
        self.signs = signs
        self.C = C

    def fit(self, X: Any, y: Any) -> "MonotoneLogisticRegression":
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, k = X.shape
        signs = list(self.signs) if self.signs is not None else [0] * k
        bounds = [(0.0, None) if s > 0 else (None, 0.0) if s < 0 else (None, None) for s in signs] + [(None, None)]
        lam = 1.0 / (self.C * n)

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            w, b = theta[:-1], theta[-1]
            z = X @ w + b
            value = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * lam * w @ w
            r = (1.0 / (1.0 + np.exp(-z)) - y) / n
            return float(value), np.append(X.T @ r + lam * w, r.sum())

        res = minimize(loss, np.zeros(k + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                       options={"maxiter": 2000, "gtol": 1e-9})
        self.coef_ = res.x[:-1].reshape(1, -1)
        self.intercept_ = np.array([res.x[-1]])
        self.classes_ = np.array([0, 1])
        self.converged_ = bool(res.success)
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        return np.asarray(X, dtype=float) @ self.coef_[0] + self.intercept_[0]

    def predict_proba(self, X: Any) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1.0 - p, p])

    def predict(self, X: Any) -> np.ndarray:
        return (self.decision_function(X) > 0).astype(int)


def make_pipeline(feature_names: Sequence[str] = FEATURE_NAMES, C: float = 1.0) -> Pipeline:
    """StandardScaler + monotone logistic regression, signs from the features' risk directions."""
    return Pipeline([("scale", StandardScaler()),
                     ("clf", MonotoneLogisticRegression(signs=[RISK_SIGN.get(f, 0) for f in feature_names], C=C))])


# ------------------------------------------------------------------ the saved model
@dataclass
class RiskModel:
    """Linear model on raw feature values (scaling folded into the coefficients) and the points scale."""

    feature_names: tuple[str, ...]
    coefficients: dict[str, float]  # log-odds per unit of each raw feature
    intercept: float
    score_at_even_odds: float = 50.0
    points_per_logit: float = 12.5
    lexicon_version: str = "unknown"
    lexicon_checksum: str = ""
    training: dict[str, Any] = field(default_factory=dict)  # source, data_sha256, n, positives, metrics, created
    provenance: list[dict[str, Any]] = field(default_factory=list)
    path: str = ""

    @property
    def baseline(self) -> float:
        """Score of a supplier whose features are all zero."""
        return self.score_at_even_odds + self.points_per_logit * self.intercept

    def vector(self, features: Mapping[str, float]) -> np.ndarray:
        """Features as an array in the model's order (a missing feature is an error)."""
        missing = [f for f in self.feature_names if f not in features]
        if missing:
            raise ModelMismatchError(f"features missing for the model: {', '.join(missing)}")
        return np.array([float(features[f]) for f in self.feature_names])

    def points(self, features: Mapping[str, float]) -> dict[str, float]:
        """Points each feature adds to the baseline."""
        return {f: self.points_per_logit * self.coefficients[f] * float(features[f]) for f in self.feature_names}

    def logit(self, features: Mapping[str, float]) -> float:
        """Log-odds of escalation."""
        return self.intercept + float(self.vector(features) @ np.array([self.coefficients[f] for f in self.feature_names]))

    def probability(self, features: Mapping[str, float]) -> float:
        """Probability of escalation under the model (for calibration; the score is linear in the logit)."""
        return 1.0 / (1.0 + np.exp(-self.logit(features)))

    def raw_score(self, features: Mapping[str, float]) -> float:
        """Baseline plus all points, before the score is brought into 0..100."""
        pts = self.points(features)
        return self.baseline + sum(pts[f] for f in self.feature_names)

    def explain(self, features: Mapping[str, float], reasons: Mapping[str, str] | None = None
                ) -> tuple[float, list[Contribution], float]:
        """(baseline, contributions, score) with baseline + the sum of the points == score exactly.

        There is no cap and no floor: the score is the sum of risk points, so suppliers with different evidence
        never tie at a bound, and no adjustment is ever shown as raising or lowering risk.
        """
        reasons = reasons or {}
        pts = self.points(features)
        contributions = []
        known = _CONTRIBUTIONS.table if memo_enabled() else {}
        for f in self.feature_names:  # equal contributions are one object (many suppliers share them)
            v, p, r = float(features[f]), pts[f], reasons.get(f, "")
            key = (f, v, p, r) if v and p else (f, v, p, r, copysign(1.0, v), copysign(1.0, p))  # -0.0 apart from 0.0
            c = known.get(key)
            contributions.append(c if c is not None else _CONTRIBUTIONS.get(key, partial(Contribution, f, v, p, r)))
        return self.baseline, contributions, self.baseline + sum(c.points for c in contributions)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON form (no pickle)."""
        return {"format": MODEL_FORMAT, "format_version": MODEL_FORMAT_VERSION,
                "feature_names": list(self.feature_names),
                "coefficients": {f: self.coefficients[f] for f in self.feature_names},
                "intercept": self.intercept,
                "points": {"score_at_even_odds": self.score_at_even_odds, "points_per_logit": self.points_per_logit},
                "lexicon": {"version": self.lexicon_version, "checksum": self.lexicon_checksum},
                "training": self.training, "provenance": self.provenance}


def save_model(model: RiskModel, path: Path | str) -> Path:
    """Write the model as JSON."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return path


def current_lexicon() -> Any:
    """The loaded lexicon (``screener.lexicon.load_lexicon()``)."""
    from screener.lexicon import load_lexicon
    return load_lexicon()


def load_model(path: Path | str, *, lexicon: Any = None, strict_lexicon: bool = False) -> RiskModel:
    """Read a saved model; refuse other feature names, warn (or refuse when strict) on another lexicon version."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelMismatchError(f"model file '{path}' cannot be read as JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise ModelMismatchError(f"model file '{path}' is not a {MODEL_FORMAT} file")
    if data.get("format_version") != MODEL_FORMAT_VERSION:
        raise ModelMismatchError(f"model file '{path}' has format version {data.get('format_version')}; "
                                 f"this screener reads version {MODEL_FORMAT_VERSION}")
    names = tuple(data.get("feature_names") or ())
    if names != FEATURE_NAMES:
        missing = [f for f in FEATURE_NAMES if f not in names]
        extra = [f for f in names if f not in FEATURE_NAMES]
        detail = "; ".join(x for x in (f"missing: {', '.join(missing)}" if missing else "",
                                       f"unknown: {', '.join(extra)}" if extra else "",
                                       "same names in another order" if not missing and not extra else "") if x)
        raise ModelMismatchError(f"model file '{path}' was trained on other features than this screener computes "
                                 f"({detail}). Retrain it with `screener train --reference`.")
    lex = data.get("lexicon") or {}
    model = RiskModel(
        feature_names=names, coefficients={f: float(data["coefficients"][f]) for f in names},
        intercept=float(data["intercept"]), score_at_even_odds=float(data["points"]["score_at_even_odds"]),
        points_per_logit=float(data["points"]["points_per_logit"]), lexicon_version=str(lex.get("version", "unknown")),
        lexicon_checksum=str(lex.get("checksum", "")), training=dict(data.get("training") or {}),
        provenance=list(data.get("provenance") or []), path=str(path))
    bad = [f for f in names if RISK_SIGN[f] * model.coefficients[f] < 0]
    if bad:
        raise ModelMismatchError(f"model file '{path}' has coefficients of the wrong sign for {', '.join(bad)}: "
                                 f"risk features must not lower the score and protective ones must not raise it")
    if lexicon is None:
        try:
            lexicon = current_lexicon()
        except ModuleNotFoundError:  # the lexicon module is not installed: cannot compare versions
            lexicon = None
    check_lexicon(model, lexicon, strict=strict_lexicon)
    return model


def check_lexicon(model: RiskModel, lexicon: Any, *, strict: bool = False) -> None:
    """Warn, or raise when ``strict``, if the model was trained with another lexicon version."""
    version = str(getattr(lexicon, "version", "unknown"))
    if version == model.lexicon_version or model.training.get("source") == EXPERT_SOURCE:
        # expert weights are points per feature and do not depend on the lexicon's phrases
        return
    message = (f"the risk model '{model.path or 'in memory'}' was trained with lexicon version "
               f"{model.lexicon_version}, but lexicon version {version} is loaded; retrain it with "
               f"`screener train --reference` (or --from-reviews)")
    if strict:
        raise ModelMismatchError(message)
    warnings.warn(message, LexiconMismatchWarning, stacklevel=3)


def model_path() -> Path:
    """The active model file: env ``SCREENER_MODEL`` or ``models/default_model.json``."""
    return Path(os.environ.get("SCREENER_MODEL") or DEFAULT_MODEL_PATH)


@lru_cache(maxsize=1)
def load_default_model() -> RiskModel:
    """The active model (cached); strict lexicon checking when env ``SCREENER_STRICT_MODEL`` is 1."""
    return load_model(model_path(), strict_lexicon=os.environ.get("SCREENER_STRICT_MODEL") == "1")


def model_edition(model: RiskModel | None = None) -> str:
    """One line naming the model: expert weights (with their version) or the reviewer decisions it was refined on."""
    m = model or load_default_model()
    t = m.training
    if t.get("source") == EXPERT_SOURCE:
        return (f"expert-anchored weights, lexicons/scoring.yaml version {t.get('scoring_version', '?')} "
                f"(weights sha256 {str(t.get('weights_sha256', ''))[:12]}); not fitted to data")
    if t.get("synthetic", True):
        return (f"{t.get('source', 'model')} {str(t.get('created', ''))[:10]} (training data sha256 "
                f"{str(t.get('data_sha256', ''))[:12]}; trained on a SYNTHETIC cohort, not on real cases)")
    auc = t.get("metrics", {}).get("auc", float("nan"))
    return (f"expert weights refined on {t.get('n', '?')} reviewer decisions {str(t.get('created', ''))[:10]} "
            f"(training data sha256 {str(t.get('data_sha256', ''))[:12]}; CV AUC {auc:.3f}, expert weights "
            f"{t.get('prior_on_same_data', {}).get('auc', float('nan')):.3f} on the same decisions)")


# ------------------------------------------------------------------ training and metrics
def data_hash(X: np.ndarray, y: np.ndarray, feature_names: Sequence[str]) -> str:
    """SHA-256 of the training data (feature names, values rounded to 1e-9, labels)."""
    h = hashlib.sha256(json.dumps(list(feature_names)).encode())
    h.update(np.round(np.asarray(X, dtype=float), 9).tobytes())
    h.update(np.asarray(y, dtype=np.int64).tobytes())
    return h.hexdigest()


def fit_model(X: np.ndarray, y: np.ndarray, *, feature_names: Sequence[str] = FEATURE_NAMES, C: float = 1.0,
              lexicon: Any = None, training: Mapping[str, Any] | None = None) -> RiskModel:
    """Fit the pipeline and fold the scaler into raw-feature coefficients."""
    pipe = make_pipeline(feature_names, C).fit(X, y)
    scaler, clf = pipe.named_steps["scale"], pipe.named_steps["clf"]
    w = clf.coef_[0] / scaler.scale_
    b = float(clf.intercept_[0] - np.sum(w * scaler.mean_))
    pts = scoring_config()["points"]
    info = {"data_sha256": data_hash(X, y, feature_names), "n": int(len(y)), "positives": int(np.sum(y)),
            "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "C": C,
            "converged": clf.converged_, **(training or {})}
    return RiskModel(feature_names=tuple(feature_names),
                     coefficients={f: float(c) if RISK_SIGN.get(f, 0) * c >= 0 else 0.0 for f, c in zip(feature_names, w)},
                     intercept=b, score_at_even_odds=float(pts["score_at_even_odds"]),
                     points_per_logit=float(pts["points_per_logit"]),
                     lexicon_version=str(getattr(lexicon, "version", "unknown")),
                     lexicon_checksum=str(getattr(lexicon, "checksum", "")), training=info)


def calibration_table(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[dict[str, object]]:
    """Predicted versus observed rate in equal-width probability bins (empty bins left out)."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    rows = []
    for b in range(bins):
        sel = idx == b
        if sel.any():
            rows.append({"bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}", "n": int(sel.sum()),
                         "mean_predicted": float(p[sel].mean()), "observed_rate": float(y[sel].mean())})
    return rows


def metrics(y: np.ndarray, p: np.ndarray, bins: int = 10) -> dict[str, Any]:
    """AUC, Brier score and calibration of probabilities ``p`` against labels ``y``."""
    return {"auc": float(roc_auc_score(y, p)), "brier": float(brier_score_loss(y, p)),
            "calibration": calibration_table(np.asarray(y, dtype=float), np.asarray(p, dtype=float), bins)}


def cross_validated_metrics(X: np.ndarray, y: np.ndarray, *, feature_names: Sequence[str] = FEATURE_NAMES,
                            C: float = 1.0, folds: int = 5, seed: int = 0, bins: int = 10) -> dict[str, Any]:
    """Out-of-fold AUC, Brier score and calibration table of the pipeline (stratified k-fold)."""
    y = np.asarray(y, dtype=int)
    folds = max(2, min(folds, int(np.bincount(y, minlength=2).min())))
    oof = np.zeros(len(y))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(X, y):
        oof[test] = make_pipeline(feature_names, C).fit(X[train], y[train]).predict_proba(X[test])[:, 1]
    return {**metrics(y, oof, bins), "folds": folds}
