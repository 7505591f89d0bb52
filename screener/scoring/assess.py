"""Assess one supplier: features, model score with exact contributions, ILO rule, escalation, vulnerability, plan."""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping, Sequence

from screener.scoring.features import FEATURE_NAMES, counted_evidence, current_indicators, explain_features
from screener.scoring.model import RiskModel, load_default_model
from screener.contracts import (Coverage, DataQualityIssue, Escalation, Evidence, IloRuleResult, InherentRiskItem,
                             SupplierRecord, SupplierResult, WatchlistMatch)
from screener.scoring.protective import decision_of
from screener.remediation import plan, situations_for
from screener.scoring.rules import (escalation, ilo_rule, listed_entities, needs_assessment, scoring_config, tier_for,
                            tier_thresholds)
from screener.scoring.vulnerability import vulnerability_factors


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
    as_of = as_of or dt.date.today()
    values = explain_features(record, evidence, matches, inherent, as_of=as_of, documents=documents or [],
                              pages=pages, decisions=decisions, lexicon=lexicon)
    features = {k: v.value for k, v in values.items()}
    counted = counted_evidence(evidence, decisions)
    full = [ev for items in counted.values() for ev, w in items if w >= 1.0]
    rule = ilo_rule(full, indicators)
    esc = escalation([ev for items in counted.values() for ev, _ in items], indicators, inherent, matches)
    baseline, contributions, score = model.explain(features, {k: v.reason for k, v in values.items()})
    score_tier = tier_for(score)
    tier, why = decide_tier(score, rule, esc, matches, record=record, documents=documents or [], as_of=as_of,
                            inherent=inherent, counted=bool(counted))
    closing = closing_evidence(evidence, counted, decisions)
    situations = situations_for(features=features, list_ids=[m.list_id for m in matches], inherent=inherent,
                                tier=tier, listed=[m.list_id for m in listed_entities(matches)])
    return SupplierResult(
        supplier_key=record.supplier_key, name=record.name, country=record.country, products=list(record.products),
        risk_score=score, tier=tier, ilo_rule=rule, baseline=baseline, contributions=contributions,
        evidence=list(evidence), watchlist_matches=list(matches), inherent=list(inherent),
        remediation=plan(sorted(counted), indicators, situations, closing,
                         hedged=[i for i, items in counted.items() if all(w < 1.0 for _, w in items)]),
        data_quality=list(quality),
        escalation=esc, vulnerability=vulnerability_factors(values), documents=list(documents or []),
        row_number=record.row_number, screened=True, model_tier=score_tier, extra=dict(record.extra),
        tier_reason=why, assessment_basis=assessment_basis(record, documents or [], as_of, bool(counted) or bool(closing)))


def audit_current(record: SupplierRecord, documents: Sequence[str], as_of: dt.date) -> tuple[bool, bool]:
    """(audit on file, audit current): on file when a date, a report name or a linked report exists; current when
    on file and not older than ``needs_assessment.max_audit_age_years``."""
    on_file = bool(record.last_audit_date or record.audit_report or documents)
    limit = float(scoring_config()["needs_assessment"]["max_audit_age_years"])
    old = record.last_audit_date is not None and (as_of - record.last_audit_date).days / 365.25 > limit
    return on_file, on_file and not old


def assessment_basis(record: SupplierRecord, documents: Sequence[str], as_of: dt.date, has_evidence: bool) -> str:
    """"evidence" when a current audit is on file or any finding counts or closes a step, else "inherent risk alone"."""
    return "evidence" if has_evidence or audit_current(record, documents, as_of)[1] else "inherent risk alone"


def decide_tier(score: float, rule: IloRuleResult, esc: Escalation, matches: Sequence[WatchlistMatch], *,
                record: SupplierRecord, documents: Sequence[str], as_of: dt.date,
                inherent: Sequence[InherentRiskItem], counted: bool) -> tuple[str, str]:
    """(tier, reason). The score sets the tier; the ICLS rule, a severe case or a listed entity make it at least
    high (the score is unchanged); no current audit with high inherent risk and no counted evidence is "needs
    assessment" instead of low or medium."""
    t = tier_thresholds()
    tier = tier_for(score)
    if tier == "high":
        why = f"The risk score {score:.1f} is at or above the high threshold {t['high']:g}."
    elif tier == "medium":
        why = (f"The risk score {score:.1f} is at or above the medium threshold {t['medium']:g} and below "
               f"the high threshold {t['high']:g}.")
    elif tier == "low":
        why = f"The risk score {score:.1f} is below the medium threshold {t['medium']:g}."
    else:
        raise KeyError(tier)  # as the table of three reasons did
    raised = ([rule.explanation] if rule.met else []) + [f"Escalate now: {r}" for r in esc.reasons[:3]]
    if raised:
        if tier != "high":
            return "high", f"High whatever the score ({score:.1f}): " + " ".join(raised)
        return tier, why + " " + " ".join(raised)
    on_file, _ = audit_current(record, documents, as_of)
    need = None if counted else needs_assessment(audit_on_file=on_file, audit_date=record.last_audit_date,
                                                  as_of=as_of, inherent=inherent)
    if need:
        return "needs assessment", need
    return tier, why


def closing_evidence(evidence: Sequence[Evidence], counted: Mapping[str, Any],
                     decisions: Mapping[str, Any] | None = None) -> dict[str, Evidence]:
    """Indicator -> a sentence that shows the practice remedied or not happening, for indicators no counted finding
    asserts (these close remediation steps instead of opening them)."""
    out: dict[str, Evidence] = {}
    for ev in evidence:
        if ev.indicator in counted or ev.indicator in out:
            continue
        decision = decision_of(decisions, ev)
        if decision == "dismissed":
            continue
        if decision == "remediated" or ev.polarity == "remediated" or (
                ev.polarity == "compliant" and (getattr(ev, "confidence", "finding") == "finding" or decision == "confirmed")):
            out[ev.indicator] = ev
    return out


def not_screened_result(record: SupplierRecord, quality: list[DataQualityIssue]) -> SupplierResult:
    """The result for a row that could not be screened: tier "not screened", score 0, reason kept."""
    reason = record.not_screened_reason or "This row could not be screened."
    return SupplierResult(
        supplier_key=record.supplier_key, name=record.name, country=record.country, products=list(record.products),
        risk_score=0.0, tier="not screened", ilo_rule=IloRuleResult(False, explanation=f"Not screened: {reason}"),
        baseline=0.0, contributions=[], data_quality=list(quality), row_number=record.row_number, screened=False,
        not_screened_reason=reason, extra=dict(record.extra))


def features_of(result: SupplierResult) -> dict[str, float]:
    """The feature vector behind a result, saved with a supplier decision for retraining
    (``ReviewStore.record_supplier_decision(features=...)``). Score adjustments that are not model features (the
    ILO-rule minimum, older runs' 0..100 bounds) are left out."""
    values = {c.feature: c.value for c in result.contributions}
    return {name: float(values[name]) for name in FEATURE_NAMES if name in values}


def coverage(results: Sequence[SupplierResult]) -> Coverage:
    """How many suppliers were assessed on evidence, and how many on inherent risk alone."""
    screened = [r for r in results if r.screened]
    alone = [r for r in screened if r.assessment_basis == "inherent risk alone"]
    return Coverage(screened=len(screened), on_evidence=len(screened) - len(alone), on_inherent_risk_alone=len(alone),
                    needs_assessment=sum(r.tier == "needs assessment" for r in screened),
                    not_screened=len(results) - len(screened))
