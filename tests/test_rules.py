"""Tiers, the ICLS 2018 rule forcing high, severe-case escalation with do-no-harm guidance."""
from __future__ import annotations

import pytest
from test_model_support import AS_OF, LEXICON, ev, item, record, trained_model

from screener.scoring.assess import assess_supplier
from screener.scoring.rules import at_least, escalation, ilo_rule, tier_for, tier_thresholds


def assess(evidence=(), inherent=(), **kw):
    return assess_supplier(record(last_audit_date=AS_OF), list(evidence), [], list(inherent), [],
                           model=trained_model(), as_of=AS_OF, lexicon=LEXICON, **kw)


def test_tiers_follow_the_thresholds_in_scoring_yaml():
    t = tier_thresholds()
    assert set(t) == {"high", "medium"} and 0 < t["medium"] < t["high"] <= 100
    assert tier_for(t["high"]) == "high" and tier_for(t["high"] - 1e-6) == "medium"
    assert tier_for(t["medium"]) == "medium" and tier_for(t["medium"] - 1e-6) == "low"
    assert at_least("low", "high") == "high" and at_least("high", "medium") == "high"


def test_ilo_rule_needs_both_elements():
    inv, men = ev("deception"), ev("retention_of_identity_documents")
    assert not ilo_rule([inv], LEXICON.indicators).met
    assert not ilo_rule([men], LEXICON.indicators).met
    r = ilo_rule([inv, men], LEXICON.indicators)
    assert r.met and r.involuntariness == ("deception",) and r.menace_of_penalty == ("retention_of_identity_documents",)
    assert "at least high" in r.explanation
    # one sentence cannot meet both elements, even when its indicator carries both
    both = ilo_rule([ev("debt_bondage")], LEXICON.indicators)
    assert not both.met and "same sentence" in both.explanation
    wages = "Wages were withheld for three months and workers were told they would be reported to immigration."
    same = ilo_rule([ev("withholding_of_wages", wages), ev("intimidation_threats", wages)], LEXICON.indicators)
    assert not same.met
    # different facts (different sentences) meet it, even for one indicator that carries both elements
    two = ilo_rule([ev("withholding_of_wages", "Wages were withheld for three months."),
                    ev("withholding_of_wages", "Workers wait for back pay before they may resign.")], LEXICON.indicators)
    assert two.met


def test_ilo_rule_forces_high_whatever_the_model_says():
    evidence = [ev("excessive_overtime"), ev("abuse_of_vulnerability")]
    result = assess(evidence)
    assert result.ilo_rule.met and result.tier == "high"
    assert result.risk_score >= tier_thresholds()["high"]
    assert not any(c.feature.startswith(("rule_minimum", "capped", "floored")) for c in result.contributions)
    assert "ICLS 2018" in result.tier_reason
    assert abs(result.baseline + sum(c.points for c in result.contributions) - result.risk_score) < 1e-9


def test_hedged_or_dismissed_evidence_does_not_meet_the_rule():
    inv = ev("excessive_overtime")
    men = ev("abuse_of_vulnerability", "Workers may be under abuse of vulnerability.", hedged=True)
    assert not assess([inv, men]).ilo_rule.met
    assert assess([inv, men], decisions={men.fingerprint: "confirmed"}).ilo_rule.met
    strong = ev("abuse_of_vulnerability")
    assert not assess([inv, strong], decisions={strong.fingerprint: "dismissed"}).ilo_rule.met


def test_violence_escalates_now_with_do_no_harm_guidance():
    result = assess([ev("physical_sexual_violence", "A supervisor beat a worker, physical sexual violence.", page=9)])
    esc = result.escalation
    assert esc.escalate_now and "page 9" in esc.reasons[0]
    text = " ".join(esc.guidance).lower()
    assert "cut and run" in text and "who spoke" in text and "iom" in text
    assert result.tier == "high"


@pytest.mark.parametrize("sentence,escalates", [
    ("Children aged 13 operate machinery on the night shift (child labour).", True),
    ("Two child labour cases: young workers carry heavy loads.", True),
    ("Children seen at subcontracted kiln during visit (child labour).", True),
    ("One worker was 17, a child labour case under local law, doing light packing.", False),
])
def test_child_labour_escalates_for_worst_forms_only(sentence, escalates):
    assert escalation([ev("child_labour", sentence)], LEXICON.indicators).escalate_now is escalates


def test_child_labour_with_coercion_or_forced_child_labour_goods_escalates():
    plain = ev("child_labour", "A 16-year-old packs boxes.")
    assert not escalation([plain], LEXICON.indicators).escalate_now
    assert escalation([plain, ev("intimidation_threats")], LEXICON.indicators).escalate_now
    assert escalation([plain], LEXICON.indicators, [item("goods_forced_child_labour", 1.0)]).escalate_now


def test_confinement_escalates_but_other_restrictions_do_not():
    locked = ev("restriction_of_movement", "The dormitory is locked at night, restriction of movement.")
    assert escalation([locked], LEXICON.indicators).escalate_now
    permit = ev("restriction_of_movement", "Workers need a pass to go to town, restriction of movement.")
    assert not escalation([permit], LEXICON.indicators).escalate_now
    assert escalation([], LEXICON.indicators).escalate_now is False


def test_close_uflpa_match_is_high_escalated_with_the_legal_consequence_but_a_far_or_user_list_match_is_not():
    import dataclasses

    from test_model_support import match
    rec = record(last_audit_date=AS_OF)

    def run(m):
        return assess_supplier(rec, [], [m], [], [], model=trained_model(), as_of=AS_OF, lexicon=LEXICON)

    close = run(match(0.95))
    assert close.tier == "high" and close.escalation.escalate_now
    assert close.risk_score >= tier_thresholds()["high"]  # on its own points, not a floor
    reason = " ".join(close.escalation.reasons)
    assert "presumed to be made with forced labour" in reason and "clear and convincing" in reason
    assert {c.feature: c.points for c in close.contributions}["listed_entity"] > 0
    assert abs(close.baseline + sum(c.points for c in close.contributions) - close.risk_score) < 1e-9
    assert {s.key: s.priority for s in close.remediation}["uflpa_supply_chain_tracing"] == "immediate"
    far = run(match(0.8))
    assert far.tier != "high" and not far.escalation.escalate_now
    assert "watchlist_identity_check" in [s.key for s in far.remediation]
    assert all(s.priority != "immediate" for s in far.remediation)
    own = run(dataclasses.replace(match(0.99), list_id="my_list"))
    assert not own.escalation.escalate_now and own.tier != "high"
    inactive = run(dataclasses.replace(match(0.99), list_id="cbp", entity_details=(("active", "no"),)))
    assert not inactive.escalation.escalate_now
    active = run(dataclasses.replace(match(0.99), list_id="cbp", entity_details=(("active", "yes"),)))
    assert active.tier == "high" and "19 U.S.C. 1307" in " ".join(active.escalation.reasons)
