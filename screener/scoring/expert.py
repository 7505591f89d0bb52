"""The expert-anchored default model: points per feature from ``lexicons/scoring.yaml`` (``weights``).

``lexicons/scoring.yaml`` is the single source of truth of the default weights. ``models/default_model.json`` is
generated from it (:func:`write_default_model`, or ``screener train --reference``); a test checks they agree.
Each weight carries a one-line rationale citing its source (ILO 2012 operational indicators, ICLS 2018, ILO C138 and
C182, UFLPA). Points map to log-odds through the scale in ``points`` (``score_at_even_odds``, ``points_per_logit``),
so reviewers' decisions can refine them with a logistic model centred on these weights (:mod:`screener.scoring.refine`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screener.scoring.features import FEATURE_NAMES, RISK_SIGN, feature_descriptions
from screener.scoring.model import DEFAULT_MODEL_PATH, EXPERT_SOURCE, RiskModel, save_model
from screener.scoring.rules import scoring_config


@dataclass(frozen=True)
class ExpertWeight:
    """Points per unit of one feature (or the baseline), with the source that sets them."""

    name: str
    points: float
    rationale: str


def expert_weights() -> tuple[ExpertWeight, dict[str, ExpertWeight]]:
    """(baseline, {feature: weight}) from ``lexicons/scoring.yaml``; every feature must have a weight of its sign."""
    cfg = scoring_config()["weights"]
    base = ExpertWeight("baseline", float(cfg["baseline"]["points"]), str(cfg["baseline"]["rationale"]))
    raw = cfg["features"]
    missing = [f for f in FEATURE_NAMES if f not in raw]
    unknown = [f for f in raw if f not in FEATURE_NAMES]
    if missing or unknown:
        raise ValueError(f"lexicons/scoring.yaml weights do not match the features: missing {missing}, unknown {unknown}")
    out = {f: ExpertWeight(f, float(raw[f]["points"]), " ".join(str(raw[f]["rationale"]).split())) for f in FEATURE_NAMES}
    wrong = [f for f, w in out.items() if RISK_SIGN[f] * w.points < 0]
    if wrong:
        raise ValueError(f"lexicons/scoring.yaml weights of the wrong sign: {', '.join(wrong)} (risk features raise "
                         f"the score, protective ones lower it)")
    return base, out


def weights_sha256() -> str:
    """Fingerprint of the expert weights and the scale (what the default model is generated from)."""
    cfg = scoring_config()
    blob = json.dumps({"weights": cfg["weights"], "points": cfg["points"]}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def expert_model() -> RiskModel:
    """The default model built from the expert weights: coefficients = points / points_per_logit."""
    pts = scoring_config()["points"]
    even, per = float(pts["score_at_even_odds"]), float(pts["points_per_logit"])
    base, weights = expert_weights()
    version = str(scoring_config().get("version", "unknown"))
    return RiskModel(feature_names=FEATURE_NAMES,
                     coefficients={f: weights[f].points / per for f in FEATURE_NAMES},
                     intercept=(base.points - even) / per, score_at_even_odds=even, points_per_logit=per,
                     lexicon_version="any (expert weights do not depend on the lexicon)",
                     training={"source": EXPERT_SOURCE, "synthetic": False, "scoring_version": version,
                               "weights_sha256": weights_sha256()},
                     provenance=[{"source": EXPERT_SOURCE, "scoring_version": version,
                                  "weights_sha256": weights_sha256()}])


def weights_table() -> list[str]:
    """The weights as a Markdown table: feature, points per unit, what the feature measures, rationale."""
    base, weights = expert_weights()
    desc = feature_descriptions()
    lines = ["| feature | points per unit | what it measures | rationale |", "|---|---|---|---|",
             f"| baseline | {base.points:g} | every supplier | {base.rationale} |"]
    lines += [f"| `{f}` | {w.points:g} | {desc[f]} | {w.rationale} |" for f, w in weights.items()]
    return lines


def write_default_model(path: Path | str = DEFAULT_MODEL_PATH) -> RiskModel:
    """Regenerate ``models/default_model.json`` from ``lexicons/scoring.yaml``."""
    model = expert_model()
    save_model(model, path)
    return model


def same_weights(a: RiskModel, b: RiskModel, tol: float = 1e-12) -> bool:
    """True when two models give the same points (coefficients, intercept and scale)."""
    return (a.feature_names == b.feature_names and abs(a.intercept - b.intercept) <= tol
            and abs(a.points_per_logit - b.points_per_logit) <= tol
            and abs(a.score_at_even_odds - b.score_at_even_odds) <= tol
            and all(abs(a.coefficients[f] - b.coefficients[f]) <= tol for f in a.feature_names))


def describe(model: RiskModel) -> dict[str, Any]:
    """Points per unit of each feature and the baseline of a model (for reports and cards)."""
    return {"baseline": model.baseline, **{f: model.coefficients[f] * model.points_per_logit for f in model.feature_names}}
