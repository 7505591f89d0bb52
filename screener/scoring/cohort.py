"""A synthetic cohort that checks the model's behaviour (never its weights), and the model card.

The default weights are expert-anchored (``lexicons/scoring.yaml``, :mod:`screener.scoring.expert`). The cohort is only a
sanity check: it is generated reproducibly (fixed seed) from the assumptions in ``lexicons/scoring.yaml``
(``cohort``), where DOL-list priors, workforce and protective factors set a hidden forced-labour situation, audits
report indicators with some probability, and the label is "a reviewer escalates". Every synthetic supplier goes
through the production feature code, and :func:`sanity_check` reports how well a model ranks the cohort.

``python -m screener.scoring.cohort`` prints that check for the active model; ``python -m screener.scoring.cohort --write`` (or
``screener train --reference``) regenerates ``models/default_model.json`` from the expert weights and the card.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from screener.scoring.features import FEATURE_NAMES, compute_features, counted_evidence
from screener.scoring.model import RiskModel, current_lexicon, metrics
from screener.contracts import INDICATOR_IDS, Evidence, InherentRiskItem, SupplierRecord, WatchlistMatch
from screener.scoring.rules import ilo_rule, scoring_config

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


def sanity_check(model: RiskModel, *, lexicon: Any = None, n: int | None = None) -> dict[str, Any]:
    """AUC and Brier score of a model on the synthetic cohort: a check of behaviour, not a fit."""
    from screener.scoring.refine import predict
    cohort = generate_cohort(lexicon=lexicon, n=n or 5000)
    p = predict(model, cohort.X)
    m = metrics(cohort.y, p, int(scoring_config()["cohort"]["calibration_bins"]))
    return {"auc": m["auc"], "brier": m["brier"], "n": int(len(cohort.y)), "positives": int(cohort.y.sum())}


def _cohort_assumptions() -> list[str]:
    cfg = scoring_config()["cohort"]
    lines = ["| assumption | value |", "|---|---|"]
    for key, value in cfg.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        lines.append(f"| `{key}` | {value} |")
    return lines


def model_card(model: RiskModel) -> str:
    """The model card (Markdown): the scale, the weights with their sources, refinement and provenance."""
    from screener.scoring.expert import expert_model, weights_table
    from screener.scoring.model import EXPERT_SOURCE, model_edition
    from screener.scoring.rules import tier_thresholds
    t, tiers = model.training, tier_thresholds()
    expert = t.get("source") == EXPERT_SOURCE
    out = ["# Model card: supplier forced-labour risk model", "", f"Edition: {model_edition(model)}.", ""]
    if expert:
        out += ["**The default weights are expert-anchored, not fitted.** Each factor's points come from "
                "`lexicons/scoring.yaml` with a one-line rationale citing its source: the ILO 2012 operational "
                "indicators (strong and medium), the ICLS 2018 guidelines, ILO C138 and C182 for child labour, and "
                "UFLPA's rebuttable presumption. Severity follows the sources: a child below the minimum working age, "
                "violence, confinement, document retention and debt bondage weigh more than overtime alone. "
                "`models/default_model.json` is generated from that file (`screener train --reference`).", ""]
    else:
        pm = t.get("prior_on_same_data", {})
        out += [f"**These are the expert weights refined on {t.get('n')} reviewers' decisions** (label 1 = escalate, "
                "0 = clear; 'monitor' is left out), with a penalty that keeps them near the expert weights. "
                f"Cross-validated AUC {t.get('metrics', {}).get('auc', float('nan')):.4f} against "
                f"{pm.get('auc', float('nan')):.4f} for the expert weights on the same decisions.", ""]
    out += ["## Score and its exact breakdown",
            f"Risk score = baseline ({model.baseline:g}) + the points of every factor. There is no cap and no floor: "
            "the baseline plus the points of the contributions gives the score exactly, and suppliers with different "
            "evidence do not tie at a bound. An evidence feature counts log2(1 + n) of the distinct asserted sentences "
            "(a hedged sentence counts half), so the first sentence gives the indicator's full points. The same points "
            f"are log-odds of escalation: log-odds = (score - {model.score_at_even_odds:g}) / "
            f"{model.points_per_logit:g}, which is how reviewers' decisions refine them.", "",
            f"Tiers: high >= {tiers['high']:g}, medium >= {tiers['medium']:g}, low below (`lexicons/scoring.yaml`). "
            "The ICLS 2018 rule (involuntariness and menace of penalty shown by different facts), a severe case "
            "(violence, confinement, worst forms of child labour) and a listed entity (UFLPA Entity List or active "
            "CBP order, match 0.9 or more) make a supplier at least high whatever the points; the score itself is "
            "never changed. A supplier with no audit (or only an old one) and high inherent risk is 'needs "
            "assessment' rather than low or medium when no evidence counts against it.", "",
            "## Weights", ""]
    if expert:
        out += weights_table()
    else:
        prior = expert_model()
        out += ["| feature | expert points | refined points |", "|---|---|---|",
                f"| baseline | {prior.baseline:.2f} | {model.baseline:.2f} |"]
        out += [f"| `{f}` | {prior.coefficients[f] * prior.points_per_logit:.2f} | "
                f"{model.coefficients[f] * model.points_per_logit:.2f} |" for f in model.feature_names]
        m = t.get("metrics", {})
        out += ["", "Calibration of the refined model (out-of-fold predictions):", "",
                "| predicted probability | n | mean predicted | observed rate |", "|---|---|---|---|"]
        out += [f"| {r['bin']} | {r['n']} | {r['mean_predicted']:.3f} | {r['observed_rate']:.3f} |"
                for r in m.get("calibration", [])]
    out += ["", "## Behaviour check on a synthetic cohort",
            "`screener/scoring/cohort.py` generates a synthetic cohort (fixed seed; assumptions in `lexicons/scoring.yaml`, "
            "`cohort`). It never sets the weights: it only checks that the model ranks the synthetic suppliers the "
            "generator escalates above the others (`python -m screener.scoring.cohort`).", "",
            "## Provenance", "| when | source | n | data sha256 | CV AUC | expert AUC on same data |",
            "|---|---|---|---|---|---|"]
    for p in model.provenance:
        out.append(f"| {p.get('at', '')} | {p.get('source')} | {p.get('n', '')} | "
                   f"`{str(p.get('data_sha256', p.get('weights_sha256', '')))[:16]}` | "
                   f"{p['auc']:.4f} | {p['prior_auc']:.4f} |" if "auc" in p else
                   f"| {p.get('at', '')} | {p.get('source')} | {p.get('n', '')} | "
                   f"`{str(p.get('data_sha256', p.get('weights_sha256', '')))[:16]}` | | |")
    out += ["", "## Limitations",
            "- The expert weights are judgements anchored in the sources above; they are not estimated from cases.",
            "- Audit findings under-report forced labour; the absence of evidence is not evidence of absence.",
            "- The inherent-risk tables (DOL 2022 goods list, TIP 2025 tiers) are country-level and dated.",
            "- The score ranks suppliers for due diligence. It is not a legal determination.", "",
            "## Regenerate", "`screener train --reference` (or `python -m screener.scoring.cohort --write`) rewrites "
            "`models/default_model.json` from `lexicons/scoring.yaml` and this card; `screener train --from-reviews` "
            "refines the expert weights on reviewers' decisions and appends to the provenance; "
            "`docs/refine_from_reviews.md` shows an example run on a generated review set "
            "(`scripts/example_refine_from_reviews.py`).", ""]
    return "\n".join(out)


def write_model_card(model: RiskModel, path: Path | str) -> Path:
    """Write the model card to ``path``."""
    path = Path(path)
    path.write_text(model_card(model), encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m screener.scoring.cohort [--write]``: check the active model on the cohort; --write regenerates it first."""
    from screener.scoring.expert import write_default_model
    from screener.scoring.model import DEFAULT_MODEL_PATH, load_default_model
    parser = argparse.ArgumentParser(prog="python -m screener.scoring.cohort", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true",
                        help="regenerate models/default_model.json and MODEL_CARD.md from lexicons/scoring.yaml")
    args = parser.parse_args(argv)
    if args.write:
        model = write_default_model(DEFAULT_MODEL_PATH)
        write_model_card(model, DEFAULT_MODEL_PATH.resolve().parents[1] / "MODEL_CARD.md")
        load_default_model.cache_clear()
    check = sanity_check(load_default_model())
    print(f"synthetic cohort: n={check['n']} positives={check['positives']} auc={check['auc']:.4f} "
          f"brier={check['brier']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
