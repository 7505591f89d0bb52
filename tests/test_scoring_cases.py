"""Single-supplier cases an advisor would order the same way, built from Evidence objects (no engine involved)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from test_model_support import AS_OF, LEXICON, ev, item, match, record, trained_model

from screener.scoring.assess import assess_supplier
from screener.scoring.rules import tier_thresholds

RECENT = AS_OF - dt.timedelta(days=200)
LOW_RISK = [item("tip_tier", 0.1)]  # a country only on "TIP tier unknown"
HIGH_RISK = [item("goods_forced_labour", 0.9), item("tip_tier", 0.8)]


def assess(evidence=(), inherent=LOW_RISK, matches=(), **rec):
    rec = {"last_audit_date": RECENT, "audit_report": "audit.pdf"} | rec
    result = assess_supplier(record(**rec), list(evidence), list(matches), list(inherent), [],
                             model=trained_model(), documents=["audit.pdf"] if rec.get("audit_report") else [],
                             as_of=AS_OF, lexicon=LEXICON)
    assert abs(result.baseline + sum(c.points for c in result.contributions) - result.risk_score) < 1e-9
    return result


OVERTIME_72H = [ev("excessive_overtime", "Workers regularly work 72 hours a week in peak season."),
                ev("withholding_of_wages", "Wages are paid on time.", polarity="compliant"),
                ev("retention_of_identity_documents", "Workers keep their own documents.", polarity="compliant")]
LOCKED = [ev("restriction_of_movement", "Workers are locked in their dormitory at night.")]
CHILD_13 = [ev("child_labour", "A 13-year-old girl was found sewing garments on the line.")]
FORCED = [ev("deception", "Workers were promised jobs as cooks but were put to work on fishing boats."),
          ev("retention_of_identity_documents", "The agent keeps the workers' passports.")]


def test_72h_weeks_with_on_time_wages_rank_below_a_locked_dormitory_below_a_13_year_old_sewing():
    overtime, locked, child = assess(OVERTIME_72H), assess(LOCKED), assess(CHILD_13)
    assert overtime.risk_score < locked.risk_score < child.risk_score
    assert overtime.tier in ("low", "medium") and not overtime.ilo_rule.met
    assert locked.tier == child.tier == "high" and locked.escalation.escalate_now and child.escalation.escalate_now
    by = {c.feature: c.points for c in overtime.contributions}
    assert by["compliant_facts"] < 0 and by["evidence_withholding_of_wages"] == 0


@pytest.mark.parametrize("lower,higher", [
    ([], [ev("excessive_overtime")]),
    ([ev("excessive_overtime")], [ev("physical_sexual_violence", "A supervisor beat a worker.")]),
    ([ev("excessive_overtime")], [ev("retention_of_identity_documents", "HR keeps all passports.")]),
    ([ev("recruitment_fees", "Workers paid fees of USD 1,500 to the agent.")], [ev("debt_bondage", "Workers repay a debt to the agent that keeps growing.")]),
    ([ev("physical_sexual_violence", "Workers allegedly were slapped.", hedged=True)],
     [ev("physical_sexual_violence", "A supervisor slapped two workers.")]),
    ([ev("withholding_of_wages", "Wages were withheld for three months.")], FORCED),
    (LOCKED, LOCKED + FORCED),
    ([ev("child_labour", "A 17-year-old packs boxes under local law.")], CHILD_13),
])
def test_orderings_an_advisor_would_not_dispute(lower, higher):
    assert assess(lower).risk_score < assess(higher).risk_score


def test_forced_labour_indicators_met_is_high_on_its_own_points():
    result = assess(FORCED)
    assert result.ilo_rule.met and result.tier == "high"
    assert result.risk_score >= tier_thresholds()["high"] and result.model_tier == "high"


def test_one_sentence_or_hedged_evidence_does_not_meet_the_rule():
    wages = "Wages were withheld for three months and workers were told they would be reported to immigration."
    assert not assess([ev("withholding_of_wages", wages), ev("intimidation_threats", wages)]).ilo_rule.met
    hedged = [dataclasses.replace(e, hedged=True) for e in FORCED]
    assert not assess(hedged).ilo_rule.met
    possible = [dataclasses.replace(e, confidence="possible") for e in FORCED]
    assert not assess(possible).ilo_rule.met and assess(possible).risk_score < assess(FORCED).risk_score


def test_clean_and_remediated_suppliers_are_low():
    clean = assess([ev("excessive_overtime", "No excessive overtime was found.", polarity="negated")],
                   findings="Workers can use an anonymous hotline.")
    assert clean.tier == "low" and not clean.escalation.escalate_now
    remediated = assess([ev("recruitment_fees", "Recruitment fees of USD 84,000 were reimbursed to workers.",
                            polarity="remediated"),
                         ev("retention_of_identity_documents", "Passports are now kept by the workers.",
                            polarity="compliant")])
    assert remediated.tier == "low"
    steps = {s.key: s.status for s in remediated.remediation}
    assert steps.get("reimburse_recruitment_fees") == "closed" and steps.get("return_documents") == "closed"
    assert all(s.priority != "immediate" for s in remediated.remediation if s.status == "open")


def test_no_audit_with_high_inherent_risk_is_never_low():
    none = assess(inherent=HIGH_RISK, last_audit_date=None, audit_report=None)
    assert none.tier == "needs assessment" and "no audit on file" in none.tier_reason
    assert none.assessment_basis == "inherent risk alone"
    old = assess(inherent=HIGH_RISK, last_audit_date=AS_OF - dt.timedelta(days=5 * 365))
    assert old.tier == "needs assessment" and "older than" in old.tier_reason
    assert all(s.priority != "immediate" for s in none.remediation)  # inherent risk alone: verify steps
    recent = assess(inherent=HIGH_RISK)
    assert recent.tier != "needs assessment" and recent.assessment_basis == "evidence"
    unknown_country = assess(inherent=LOW_RISK, last_audit_date=None, audit_report=None)
    assert unknown_country.tier == "low"  # no audit, but no high inherent risk
    region = assess(inherent=[item("cbp_region_order", 0.7)], last_audit_date=None, audit_report=None)
    assert region.tier == "needs assessment"
    assert {s.key: s.priority for s in region.remediation}["cbp_region_order_verify"] != "immediate"


def test_evidence_outranks_needs_assessment_and_listed_entities_are_high_and_escalated():
    listed = assess(matches=[match(0.97)], inherent=HIGH_RISK, last_audit_date=None, audit_report=None)
    assert listed.tier == "high" and listed.escalation.escalate_now
    assert "presumed to be made with forced labour" in listed.tier_reason
    assert assess(matches=[match(0.97)]).risk_score > assess(matches=[match(0.85)]).risk_score
