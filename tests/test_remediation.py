"""Remediation: shared step keys exist, plans are deduplicated and ordered, situations trigger their steps."""
from __future__ import annotations

import pytest
from test_model_support import LEXICON, item

from screener.contracts import INDICATOR_IDS
from screener.remediation import (Trigger, build_plan, plan, remediation_data, situations_for, step)

BRIEF_KEYS = {
    "retention_of_identity_documents": ["return_documents", "personal_lockers"],
    "recruitment_fees": ["reimburse_recruitment_fees", "employer_pays_policy"],
    "debt_bondage": ["cancel_worker_debts", "reimburse_recruitment_fees"],
    "withholding_of_wages": ["pay_withheld_wages", "timely_wage_payment"],
    "excessive_overtime": ["cap_working_hours"], "restriction_of_movement": ["freedom_of_movement"],
    "isolation": ["ensure_communication_access"],
    "physical_sexual_violence": ["stop_violence_and_protect", "refer_victim_assistance"],
    "intimidation_threats": ["stop_threats_and_retaliation", "independent_grievance_channel"],
    "deception": ["truthful_contracts"], "abuse_of_vulnerability": ["protect_vulnerable_workers"],
    "abusive_working_living_conditions": ["fix_working_living_conditions"],
    "child_labour": ["child_labour_remediation", "refer_victim_assistance"],
}
SITUATIONS = ["uflpa_supply_chain_tracing", "cbp_order_review", "inherent_risk_due_diligence", "audit_missing",
              "audit_outdated", "independent_grievance_channel", "migrant_worker_recruitment_review"]


def test_every_shared_step_key_is_defined_with_priority_owner_evidence_and_references():
    data = remediation_data()
    assert set(BRIEF_KEYS) == set(INDICATOR_IDS)
    keys = {k for ks in BRIEF_KEYS.values() for k in ks} | set(SITUATIONS)
    assert keys <= set(data["steps"])
    refs = " ".join(data["references"].values())
    for needed in ("No. 29", "Protocol of 2014", "Employer Pays", "IRIS", "Principle 22", "Principle 29"):
        assert needed in refs
    for key in keys:
        s = step(key)
        assert s.priority in data["priorities"] and s.owner in data["owners"], key
        assert s.closing_evidence and s.references and s.title, key


def test_project_lexicon_uses_only_defined_steps():
    from screener.lexicon import load_lexicon
    steps = remediation_data()["steps"]
    for ind in load_lexicon().indicators.values():
        assert set(ind.remediation) <= set(steps), ind.id


def test_plan_is_deduplicated_and_ordered_by_priority_then_severity():
    result = plan(["recruitment_fees", "debt_bondage", "excessive_overtime", "physical_sexual_violence"],
                  LEXICON.indicators, ["audit_missing", "uflpa_supply_chain_tracing"])
    keys = [s.key for s in result]
    assert len(keys) == len(set(keys))
    reimburse = next(s for s in result if s.key == "reimburse_recruitment_fees")
    assert set(reimburse.triggered_by) == {"recruitment_fees", "debt_bondage"}
    order = remediation_data()["priorities"]
    ranks = [order.index(s.priority) for s in result]
    assert ranks == sorted(ranks)
    immediate = [s.key for s in result if s.priority == "immediate"]
    # all immediate steps here come from critical triggers, so they fall back to key order
    assert immediate == sorted(immediate) == ["cancel_worker_debts", "refer_victim_assistance",
                                              "stop_violence_and_protect", "uflpa_supply_chain_tracing"]
    assert plan(["recruitment_fees", "debt_bondage"], LEXICON.indicators, []) == plan(
        ["debt_bondage", "recruitment_fees", "debt_bondage"], LEXICON.indicators, [])


def test_build_plan_orders_severity_within_a_priority():
    out = build_plan([Trigger("cap_working_hours", "excessive_overtime", "medium"),
                      Trigger("reimburse_recruitment_fees", "recruitment_fees", "high"),
                      Trigger("timely_wage_payment", "withholding_of_wages", "critical")])
    assert [s.key for s in out] == ["timely_wage_payment", "reimburse_recruitment_fees", "cap_working_hours"]


def test_situations_from_watchlists_inherent_audit_and_workforce():
    s = situations_for(features={"no_audit_on_file": 1.0, "migrant_share": 0.5, "grievance_mechanism": 0.0},
                       list_ids=["uflpa", "cbp"], inherent=[item("goods_forced_labour", 0.9)], tier="high")
    assert set(s) == {"uflpa_supply_chain_tracing", "cbp_order_review", "inherent_risk_due_diligence", "audit_missing",
                      "migrant_worker_recruitment_review", "independent_grievance_channel"}
    quiet = situations_for(features={"audit_age_years": 0.5, "grievance_mechanism": 1.0}, list_ids=[],
                           inherent=[item("tip_tier", 0.1)], tier="high")
    assert quiet == []
    old = situations_for(features={"audit_age_years": 3.0}, list_ids=[], inherent=[], tier="low")
    assert old == ["audit_outdated"]
    region = situations_for(features={}, list_ids=[], inherent=[item("cbp_region_order", 0.7)], tier="low")
    assert "cbp_region_order_verify" in region and "cbp_order_review" not in region
    partial = situations_for(features={}, list_ids=["uflpa"], listed=[], inherent=[], tier="low")
    assert partial == ["watchlist_identity_check"]


def test_inherent_risk_alone_opens_only_verify_steps_of_normal_priority():
    situations = situations_for(features={}, list_ids=[], inherent=[item("cbp_region_order", 0.7),
                                                                    item("goods_forced_labour", 1.0)], tier="low")
    steps = plan([], LEXICON.indicators, situations)
    assert steps and all(s.priority != "immediate" for s in steps)
    assert all(s.title.startswith("Verify") for s in steps)


def test_remediated_and_compliant_facts_close_steps_instead_of_opening_them():
    from test_model_support import ev
    repaid = ev("recruitment_fees", "Recruitment fees of USD 84,000 were repaid to all workers.", polarity="remediated")
    passports = ev("retention_of_identity_documents", "Workers keep their own passports.", polarity="compliant")
    steps = {s.key: s for s in plan(["debt_bondage"], LEXICON.indicators, ["migrant_worker_recruitment_review"],
                                     {"recruitment_fees": repaid, "retention_of_identity_documents": passports})}
    assert steps["reimburse_recruitment_fees"].status == "closed" and "USD 84,000" in steps["reimburse_recruitment_fees"].description
    assert steps["return_documents"].status == "closed"
    assert steps["cancel_worker_debts"].status == "open"  # debt bondage is still asserted
    ordered = plan(["debt_bondage"], LEXICON.indicators, [], {"recruitment_fees": repaid})
    assert ordered[-1].status == "closed"  # closed steps come last


def test_unknown_step_key_is_a_clear_error():
    with pytest.raises(KeyError, match="not defined"):
        step("make_it_go_away")


def test_steps_asked_only_by_hedged_findings_are_verified_first():
    steps = {s.key: s for s in plan(["withholding_of_wages"], LEXICON.indicators, [], hedged=["withholding_of_wages"])}
    assert steps["pay_withheld_wages"].priority == "30 days" and "verify it first" in steps["pay_withheld_wages"].description
    firm = {s.key: s for s in plan(["withholding_of_wages"], LEXICON.indicators, [])}
    assert firm["pay_withheld_wages"].priority == "immediate"
    both = {s.key: s for s in plan(["debt_bondage", "recruitment_fees"], LEXICON.indicators, [], hedged=["recruitment_fees"])}
    assert both["cancel_worker_debts"].priority == "immediate"  # asked for by a firm finding too
