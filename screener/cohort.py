"""The synthetic reference cohort the default model is trained on, and the model card.

The cohort is generated reproducibly (fixed seed) from the assumptions in ``lexicons/scoring.yaml``
(``cohort``): DOL-list priors, workforce risk factors and protective factors set a hidden forced-labour
situation; audits report indicators with some probability; the label is "a reviewer escalates", which is 1
for a hidden situation and, with high probability, whenever the observed evidence meets the ICLS 2018 rule.
Every synthetic supplier goes through the production feature code (:mod:`screener.features`).

Run ``python -m screener.cohort --write`` (or ``screener train --reference``) to regenerate
``models/default_model.json`` and ``MODEL_CARD.md``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from screener.features import FEATURE_NAMES, compute_features, counted_evidence
from screener.model import (DEFAULT_MODEL_PATH, RiskModel, cross_validated_metrics, current_lexicon, fit_model,
                            save_model)
from screener.models import INDICATOR_IDS, Evidence, InherentRiskItem, SupplierRecord, WatchlistMatch
from screener.rules import ilo_rule, scoring_config

AS_OF = dt.date(2026, 1, 1)  # fixed reference date, so audit ages are reproducible
SYNTHETIC = "synthetic"


@dataclass
class Cohort:
    """Feature matrix, labels and the hidden state of the synthetic suppliers."""

    X: np.ndarray
    y: np.ndarray
    hidden: np.ndarray  # 1 where the generator placed a forced-labour situation
    ilo_met: np.ndarray  # 1 where the observed evidence meets the ICLS rule
    feature_names: tuple[str, ...] = FEATURE_NAMES


def _item(kind: str, level: float, what: str) -> InherentRiskItem:
    return InherentRiskItem(kind=kind, country="ZZ", good=None, level=round(level, 3),
                            description=f"synthetic {what}", source="synthetic cohort", edition=SYNTHETIC)


def _supplier(i: int, rng: np.random.Generator, cfg: dict[str, Any], indicators: Any
              ) -> tuple[SupplierRecord, list[Evidence], list[WatchlistMatch], list[InherentRiskItem], tuple[int, int, int]]:
    cues = scoring_config()["protective_cues"]
    u = rng.random
    inherent: list[InherentRiskItem] = []
    lv = cfg["levels"]
    for kind, p in (("goods_forced_labour", "p_forced_labour_goods"), ("goods_child_labour", "p_child_labour_goods"),
                    ("downstream_input", "p_downstream_inputs"), ("country_findings", "p_country_findings")):
        if u() < cfg[p]:
            inherent.append(_item(kind, float(rng.choice(lv[kind])), kind.replace("_", " ")))
    tip = float(rng.choice(lv["tip_tier_listed"])) if u() < cfg["p_tip_watch_or_tier3"] else float(lv["tip_tier_unknown"])
    inherent.append(_item("tip_tier", tip, "TIP tier"))
    listed = u() < cfg["p_watchlist_match"]
    migrant = float(rng.uniform(0.05, 0.9)) if u() < cfg["p_migrant_workforce"] else 0.0
    agency, fees, housing = (bool(u() < cfg[k]) for k in ("p_labour_agency", "p_recruitment_fees", "p_employer_housing"))
    no_audit = u() < cfg["p_no_audit"]
    age = 0.0 if no_audit else float(rng.uniform(0.0, cfg["audit_age_years_max"]))
    protective = {k: bool(u() < cfg[f"p_{k}"]) for k in ("grievance_mechanism", "worker_committee",
                                                          "ethical_recruitment_certification")}
    protective["fees_reimbursed"] = fees and bool(u() < cfg["p_fees_reimbursed_if_fees"])

    w = cfg["prior_logit"]
    level = {k: max((x.level for x in inherent if x.kind == k), default=0.0)
             for k in ("goods_forced_labour", "goods_child_labour", "downstream_input", "tip_tier", "country_findings")}
    z = (w["intercept"] + w["forced_labour_goods"] * level["goods_forced_labour"]
         + w["child_labour_goods"] * level["goods_child_labour"] + w["downstream_inputs"] * level["downstream_input"]
         + w["tip_tier"] * level["tip_tier"] + w["country_findings"] * level["country_findings"]
         + w["watchlist"] * listed + w["migrant_share"] * migrant + w["labour_agency"] * agency
         + w["recruitment_fees"] * fees + w["employer_housing"] * housing
         + sum(w[k] * v for k, v in protective.items()))
    hidden = int(u() < 1.0 / (1.0 + np.exp(-z)))

    row = i + 2
    document = f"(row {row}) findings" if no_audit else f"synthetic_audit_{i}.pdf"
    reach = cfg["no_audit_detection"] if no_audit else cfg["detection_decay_per_year"] ** age
    evidence: list[Evidence] = []
    for ind in INDICATOR_IDS:
        severity = indicators[ind].severity
        p = (cfg["detection_if_forced_labour"] if hidden else cfg["background_rate"])[severity] * reach
        if u() >= p:
            continue
        for k in range(1 + int(rng.binomial(cfg["max_sentences_per_indicator"] - 1, 0.3))):
            sentence = f"Synthetic finding {k + 1} of {ind.replace('_', ' ')} at supplier {i}."
            start = sentence.index(ind.replace("_", " "))
            evidence.append(Evidence(ind, f"S{i}", document, 1, sentence, start, start + len(ind), sentence[start:start + len(ind)],
                                     "synthetic", "exact", 1.0, "asserted", bool(u() < cfg["p_hedged"]), "en"))
    findings = " ".join(f"{cues[k][0][0].upper()}{cues[k][0][1:]} in place." for k, v in protective.items() if v)
    record = SupplierRecord(
        supplier_key=f"S{i}", row_number=row, name=f"Synthetic supplier {i}", migrant_share=migrant or None,
        labour_agency=agency, recruitment_fees=fees, employer_housing=housing,
        last_audit_date=None if no_audit else AS_OF - dt.timedelta(days=int(age * 365.25)),
        audit_report=None if no_audit else document, findings=findings or None)
    matches = [WatchlistMatch("synthetic", "synthetic watchlist", SYNTHETIC, record.name, record.name, record.name,
                              round(float(rng.uniform(0.85, 1.0)), 3), None)] if listed else []
    strong = [ev for items in counted_evidence(evidence).values() for ev, wt in items if wt >= 1.0]
    met = int(ilo_rule(strong, indicators).met)
    label = int(hidden or (met and u() < cfg["p_escalate_if_ilo_rule_met"]) or u() < cfg["p_escalate_background"])
    return record, evidence, matches, inherent, (label, met, hidden)


def generate_cohort(*, lexicon: Any = None, n: int | None = None, seed: int | None = None) -> Cohort:
    """The reference cohort (same seed and assumptions give the same cohort)."""
    cfg = scoring_config()["cohort"]
    lexicon = lexicon if lexicon is not None else current_lexicon()
    rng = np.random.default_rng(cfg["seed"] if seed is None else seed)
    rows, labels, hidden, met = [], [], [], []
    for i in range(n or int(cfg["n_suppliers"])):
        record, ev, matches, inherent, (label, rule, truth) = _supplier(i, rng, cfg, lexicon.indicators)
        f = compute_features(record, ev, matches, inherent, as_of=AS_OF, lexicon=lexicon)
        rows.append([f[k] for k in FEATURE_NAMES])
        labels.append(label)
        hidden.append(truth)
        met.append(rule)
    return Cohort(np.array(rows, dtype=float), np.array(labels, dtype=int), np.array(hidden), np.array(met))


def train_reference(*, lexicon: Any = None, model_path: Path | str = DEFAULT_MODEL_PATH,
                    card_path: Path | str | None = None, write: bool = True, n: int | None = None
                    ) -> tuple[RiskModel, dict[str, Any]]:
    """Generate the cohort, cross-validate, fit and (when ``write``) save the model and its card."""
    cfg = scoring_config()["cohort"]
    lexicon = lexicon if lexicon is not None else current_lexicon()
    cohort = generate_cohort(lexicon=lexicon, n=n)
    cv = cross_validated_metrics(cohort.X, cohort.y, C=cfg["l2_c"], folds=cfg["cv_folds"], seed=cfg["seed"],
                                 bins=cfg["calibration_bins"])
    model = fit_model(cohort.X, cohort.y, C=cfg["l2_c"], lexicon=lexicon, training={
        "source": "reference cohort", "synthetic": True, "seed": cfg["seed"],
        "assumptions": f"lexicons/scoring.yaml cohort, version {scoring_config()['version']}",
        "ilo_rule_met_share": float(cohort.ilo_met.mean()), "metrics": cv})
    model.provenance = [{"at": model.training["created"], "source": "reference cohort", "n": model.training["n"],
                         "data_sha256": model.training["data_sha256"], "auc": cv["auc"], "brier": cv["brier"]}]
    if write:
        save_model(model, model_path)
        write_model_card(model, card_path or Path(model_path).resolve().parents[1] / "MODEL_CARD.md")
    return model, cv


def _cohort_assumptions() -> list[str]:
    cfg = scoring_config()["cohort"]
    lines = ["| assumption | value |", "|---|---|"]
    for key, value in cfg.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        lines.append(f"| `{key}` | {value} |")
    return lines


def model_card(model: RiskModel) -> str:
    """The model card (Markdown): data, label, assumptions, metrics, coefficients and provenance."""
    from screener.features import RISK_SIGN, feature_descriptions
    from screener.model import model_edition
    from screener.rules import tier_thresholds
    t, m = model.training, model.training.get("metrics", {})
    synthetic = bool(t.get("synthetic", True))
    tiers = tier_thresholds()
    out = ["# Model card: supplier forced-labour risk model", "",
           f"Edition: {model_edition(model)}.", ""]
    if synthetic:
        out += ["**The training data is synthetic.** No real supplier, worker or audit is in it. The default model "
                "is trained on a reference cohort that `screener/cohort.py` generates from the stated assumptions "
                "below (fixed seed). Its metrics say how well the model recovers those assumptions, not how well it "
                "predicts forced labour in the real world. Every export names this model edition. Retrain on "
                "reviewers' decisions with `screener train --from-reviews` once they exist.", ""]
    else:
        out += [f"Trained on {t.get('n')} reviewers' decisions from the review store (label 1 = escalate, "
                "0 = clear; 'monitor' is left out).", ""]
    out += ["## What the label means",
            "1 = a reviewer should escalate this supplier for forced-labour due diligence (investigate, engage, "
            "remediate). It is not a finding that forced labour exists. In the synthetic cohort the label is 1 when "
            "the generator placed a hidden forced-labour situation at the supplier, and also, with probability "
            f"{scoring_config()['cohort']['p_escalate_if_ilo_rule_met']}, when the observed evidence meets the ICLS "
            "2018 rule (asserted involuntariness and asserted menace of penalty); a few suppliers are escalated for "
            "other reasons.", "",
            "## Score and its exact breakdown",
            f"The model is a logistic regression, linear in its features, fitted on standardised features with "
            f"an L2 penalty (C = {t.get('C')}) and sign constraints (scipy L-BFGS-B): risk features have "
            "coefficients >= 0 and protective features <= 0, so more asserted evidence, higher inherent risk or a "
            "closer watchlist match never lowers a score. The scaling is folded into the saved coefficients.", "",
            f"Risk score = {model.score_at_even_odds:g} + {model.points_per_logit:g} x log-odds of escalation. The "
            "score is therefore linear in the features: the baseline (the score of a supplier whose features are "
            f"all zero: {model.baseline:.2f}) plus the points of the contributions gives the score exactly. A sum "
            "above 100 or below 0 is brought back by an explicit 'capped at 100' or 'floored at 0' contribution, and "
            "when the ICLS rule is met or a severe case is escalated a 'rule_minimum' contribution raises the score to "
            "the high threshold, so the "
            "breakdown stays exact. The probability is not the score: probability = 1 / (1 + exp(-(score - "
            f"{model.score_at_even_odds:g}) / {model.points_per_logit:g})) before capping.", "",
            f"Tiers: high >= {tiers['high']:g}, medium >= {tiers['medium']:g}, low below "
            "(`lexicons/scoring.yaml`). The ICLS rule, and a severe-case escalation (worst forms of child labour, "
            "physical or sexual violence, confinement) and a close match on the UFLPA or CBP lists "
            "(`watchlist_minimum`), make a supplier at least high whatever the model says. "
            "`model_tier` keeps the tier of the model alone.", ""]
    if synthetic:
        out += ["## Cohort assumptions (`lexicons/scoring.yaml`, `cohort`)",
                "Each synthetic supplier gets a country x product inherent-risk profile at rates taken from the "
                "US DOL 2022 goods list, a workforce profile, an audit (or none) and protective factors. A hidden "
                "forced-labour situation is drawn from the prior log-odds (`prior_logit`). An audit on file reports "
                "each indicator with the detection rate of its lexicon severity when the situation exists, and at "
                "the background rate otherwise; detection fades with audit age and is lower without an audit. The "
                "indicator dimensions and elements come from the lexicon. All features are then computed by the "
                "production feature code.", ""] + _cohort_assumptions() + [""]
    out += ["## Cross-validated metrics",
            f"{m.get('folds', '?')}-fold stratified cross-validation on {t.get('n')} examples "
            f"({t.get('positives')} positive), training data sha256 `{t.get('data_sha256')}`.", "",
            f"- AUC: **{m.get('auc', float('nan')):.4f}**",
            f"- Brier score: **{m.get('brier', float('nan')):.4f}**", "",
            "Calibration (out-of-fold predictions):", "",
            "| predicted probability | n | mean predicted | observed rate |", "|---|---|---|---|"]
    out += [f"| {r['bin']} | {r['n']} | {r['mean_predicted']:.3f} | {r['observed_rate']:.3f} |"
            for r in m.get("calibration", [])]
    out += ["", "## Features and coefficients",
            "| feature | direction | log-odds per unit | points per unit | description |", "|---|---|---|---|---|"]
    for name, desc in feature_descriptions().items():
        c = model.coefficients[name]
        out.append(f"| `{name}` | {'protective (<= 0)' if RISK_SIGN[name] < 0 else 'risk (>= 0)'} | {c:.4f} | "
                   f"{c * model.points_per_logit:.2f} | {desc} |")
    out += ["", f"Intercept (log-odds): {model.intercept:.4f}. Lexicon version {model.lexicon_version} "
            f"(sha256 {model.lexicon_checksum[:12]}).", "", "## Provenance",
            "| when | source | n | training data sha256 | CV AUC | CV Brier |", "|---|---|---|---|---|---|"]
    out += [f"| {p.get('at')} | {p.get('source')} | {p.get('n')} | `{str(p.get('data_sha256'))[:16]}` | "
            f"{p.get('auc', float('nan')):.4f} | {p.get('brier', float('nan')):.4f} |" for p in model.provenance]
    out += ["", "## Limitations",
            "- Synthetic training data encodes our assumptions; real prevalence and detection rates are unknown.",
            "- Audit findings under-report forced labour; the absence of evidence is not evidence of absence.",
            "- The inherent-risk tables (DOL 2022 goods list, TIP 2025 tiers) are country-level and dated.",
            "- The score ranks suppliers for due diligence. It is not a legal determination.", "",
            "## Regenerate", "`python -m screener.cohort --write` or `screener train --reference` rewrites "
            "`models/default_model.json` and this card; `screener train --from-reviews` retrains on reviewers' "
            "decisions and appends to the provenance.", ""]
    return "\n".join(out)


def write_model_card(model: RiskModel, path: Path | str) -> Path:
    """Write the model card to ``path``."""
    path = Path(path)
    path.write_text(model_card(model), encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m screener.cohort [--write]``: print the cohort metrics, and with --write save model and card."""
    parser = argparse.ArgumentParser(prog="python -m screener.cohort", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write models/default_model.json and MODEL_CARD.md")
    args = parser.parse_args(argv)
    model, cv = train_reference(write=args.write)
    print(f"reference cohort: n={model.training['n']} positives={model.training['positives']} "
          f"cv_auc={cv['auc']:.4f} brier={cv['brier']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
