"""Assess one supplier: features, model score with exact contributions, ILO rule, escalation, vulnerability, plan."""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping, Sequence

from screener.features import FEATURE_NAMES, counted_evidence, current_indicators, explain_features
from screener.model import RiskModel, load_default_model
from screener.models import (DataQualityIssue, Evidence, IloRuleResult, InherentRiskItem, SupplierRecord,
                             SupplierResult, WatchlistMatch)
from screener.remediation import plan, situations_for
from screener.rules import escalation, ilo_rule, scoring_config, tier_for, tier_thresholds, watchlist_minimum
from screener.vulnerability import vulnerability_factors


def assess_supplier(record: SupplierRecord, evidence: list[Evidence], matches: list[WatchlistMatch],
                    inherent: list[InherentRiskItem], quality: list[DataQualityIssue], *,
                    model: RiskModel | None = None, documents: list[str] | None = None,
                    decisions: Mapping[str, Any] | None = None, pages: Sequence[tuple[str, int, str]] = (),
                    as_of: dt.date | None = None, lexicon: Any = None) -> SupplierResult:
    """The complete result for one screened supplier.

    ``decisions`` maps evidence fingerprints to reviewers' decisions (``ReviewStore.evidence_decisions()``):
    dismissed and remediated findings stop counting, confirmed ones count in full. ``pages`` are
    (document, page number, text) of the supplier's reports, searched for protective factors.
    """
    indicators = current_indicators(lexicon)
    model = model or load_default_model()
    values = explain_features(record, evidence, matches, inherent, as_of=as_of, documents=documents or [],
                              pages=pages, decisions=decisions, lexicon=lexicon)
    features = {k: v.value for k, v in values.items()}
    counted = counted_evidence(evidence, decisions)
    full = [ev for items in counted.values() for ev, w in items if w >= 1.0]
    rule = ilo_rule(full, indicators)
    esc = escalation([ev for items in counted.values() for ev, _ in items], indicators, inherent)

    cfg = scoring_config()["points"]
    model_score = min(max(model.raw_score(features), float(cfg["min_score"])), float(cfg["max_score"]))
    listed = watchlist_minimum(matches)
    why = ([rule.explanation] if rule.met else []) + [f"Severe case, escalate now: {r}" for r in esc.reasons[:2]]
    why += [listed] if listed else []
    floor = (tier_thresholds()["high"], " ".join(why) + " The score is raised to the high-tier threshold.") if why else None
    baseline, contributions, score = model.explain(features, {k: v.reason for k, v in values.items()}, floor=floor)
    tier = tier_for(score)
    situations = situations_for(features=features, list_ids=[m.list_id for m in matches],
                                inherent=inherent, tier=tier)
    return SupplierResult(
        supplier_key=record.supplier_key, name=record.name, country=record.country, products=list(record.products),
        risk_score=score, tier=tier, ilo_rule=rule, baseline=baseline, contributions=contributions,
        evidence=list(evidence), watchlist_matches=list(matches), inherent=list(inherent),
        remediation=plan(sorted(counted), indicators, situations), data_quality=list(quality), escalation=esc,
        vulnerability=vulnerability_factors(values), documents=list(documents or []), row_number=record.row_number,
        screened=True, model_tier=tier_for(model_score), extra=dict(record.extra))


def not_screened_result(record: SupplierRecord, quality: list[DataQualityIssue]) -> SupplierResult:
    """The result for a row that could not be screened: tier "not screened", score 0, reason kept."""
    reason = record.not_screened_reason or "This row could not be screened."
    return SupplierResult(
        supplier_key=record.supplier_key, name=record.name, country=record.country, products=list(record.products),
        risk_score=0.0, tier="not screened", ilo_rule=IloRuleResult(False, explanation=f"Not screened: {reason}"),
        baseline=0.0, contributions=[], data_quality=list(quality), row_number=record.row_number, screened=False,
        not_screened_reason=reason, extra=dict(record.extra))


def features_of(result: SupplierResult) -> dict[str, float]:
    """The feature vector behind a result (for ``ReviewStore.record_supplier_decision(features=...)``)."""
    values = {c.feature: c.value for c in result.contributions}
    return {name: float(values[name]) for name in FEATURE_NAMES if name in values}
