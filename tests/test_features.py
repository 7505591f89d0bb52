"""Features: fixed order, docstring descriptions, evidence weighting, ILO groups, inherent, workforce, audit, protective."""
from __future__ import annotations

import datetime as dt
import math

import pytest
from test_model_support import AS_OF, LEXICON, ev, item, match, record

from screener.scoring import features as F
from screener.contracts import INDICATOR_IDS


def feats(rec=None, evidence=(), matches=(), inherent=(), **kw):
    return F.compute_features(rec or record(), list(evidence), list(matches), list(inherent), as_of=AS_OF,
                              lexicon=LEXICON, **kw)


def test_feature_names_fixed_order_and_descriptions_from_docstrings():
    assert F.FEATURE_NAMES[:13] == tuple(f"evidence_{i}" for i in INDICATOR_IDS)
    assert len(set(F.FEATURE_NAMES)) == len(F.FEATURE_NAMES)
    desc = F.feature_descriptions()
    assert list(desc) == list(F.FEATURE_NAMES)
    for name, text in desc.items():
        assert len(text) > 30 and text == " ".join(F.FEATURES[name].__doc__.split()), name
    assert set(F.PROTECTIVE_FEATURES) == {"grievance_mechanism", "worker_committee",
                                          "ethical_recruitment_certification", "fees_reimbursed", "compliant_facts"}
    assert list(feats()) == list(F.FEATURE_NAMES)


def test_empty_supplier_with_audit_has_all_zero_features():
    values = feats(record(last_audit_date=AS_OF))
    assert all(v == 0 for v in values.values()), {k: v for k, v in values.items() if v}


def test_asserted_evidence_counts_hedged_half_and_other_polarities_not():
    values = feats(evidence=[ev("debt_bondage", "Workers repay debt bondage loans."),
                             ev("debt_bondage", "Workers allegedly face debt bondage.", hedged=True),
                             ev("debt_bondage", "There is no debt bondage.", polarity="negated"),
                             ev("debt_bondage", "Policy forbids debt bondage.", polarity="policy")])
    assert values["evidence_debt_bondage"] == pytest.approx(math.log2(2.5))
    assert feats(evidence=[ev("debt_bondage")])["evidence_debt_bondage"] == 1.0  # one sentence counts 1


def test_possible_evidence_counts_only_when_confirmed_and_compliant_never_counts():
    import dataclasses
    possible = dataclasses.replace(ev("debt_bondage", "Workers may owe debt bondage loans."), confidence="possible")
    assert feats(evidence=[possible])["evidence_debt_bondage"] == 0
    assert feats(evidence=[possible], decisions={possible.fingerprint: "confirmed"})["evidence_debt_bondage"] == 1
    compliant = ev("withholding_of_wages", "Wages are paid on time.", polarity="compliant")
    values = feats(evidence=[compliant])
    assert values["evidence_withholding_of_wages"] == 0 and values["compliant_facts"] == 1
    asserted = ev("withholding_of_wages", "Wages were withheld for three months.")
    assert feats(evidence=[compliant, asserted])["compliant_facts"] == 0  # contradicted: not a protective fact


def test_same_sentence_counts_once_and_dismissed_or_remediated_decisions_do_not_count():
    e1 = ev("retention_of_identity_documents", "HR keeps the passports of all workers.")
    dup = ev("retention_of_identity_documents", "HR keeps  the passports of all workers.", page=5)
    assert feats(evidence=[e1, dup])["evidence_retention_of_identity_documents"] == pytest.approx(1.0)
    assert feats(evidence=[e1], decisions={e1.fingerprint: "dismissed"})["evidence_retention_of_identity_documents"] == 0
    assert feats(evidence=[e1], decisions={e1.fingerprint: "remediated"})["evidence_retention_of_identity_documents"] == 0
    hedged = ev("isolation", "Workers may be isolated.", hedged=True)
    assert feats(evidence=[hedged], decisions={hedged.fingerprint: "confirmed"})["evidence_isolation"] == pytest.approx(1.0)


def test_ilo_dimensions_and_the_strict_rule_come_from_the_lexicon():
    values = feats(evidence=[ev("deception"), ev("retention_of_identity_documents"), ev("debt_bondage")])
    assert values["ilo_dimensions"] == 1  # unfree recruitment and impossibility of leaving: one beyond the first
    assert values["ilo_rule_met"] == 1  # deception (involuntariness) and documents (menace), different sentences
    one = feats(evidence=[ev("withholding_of_wages", "Wages were withheld for three months.")])
    assert one["ilo_rule_met"] == 0 and one["ilo_dimensions"] == 0
    assert feats()["ilo_rule_met"] == 0


def test_reasons_name_sentence_document_page_row_and_list_entry():
    rec = record(migrant_share=0.4, labour_agency=True)
    reasons = F.feature_reasons(rec, [ev("debt_bondage", "Workers owe debt bondage loans.", document="audit_x.pdf", page=7)],
                                [match(0.91)], [item("goods_forced_labour", 0.9), item("goods_forced_labour", 0.6)],
                                as_of=AS_OF, lexicon=LEXICON)
    assert "audit_x.pdf, page 7" in reasons["evidence_debt_bondage"] and "Workers owe debt bondage" in reasons["evidence_debt_bondage"]
    assert "UFLPA Entity List" in reasons["watchlist_score"] and "0.91" in reasons["watchlist_score"]
    assert "Cotton from China" in reasons["inherent_forced_labour_goods"] and "1 more" in reasons["inherent_forced_labour_goods"]
    assert "row 2" in reasons["migrant_share"] and "40%" in reasons["migrant_share"]
    assert "evidence_deception" not in reasons  # only nonzero features get a reason


def test_inherent_levels_take_the_strongest_item_per_kind():
    values = feats(inherent=[item("goods_forced_labour", 0.6), item("goods_forced_child_labour", 0.8),
                             item("goods_child_labour", 0.5), item("tip_tier", 1.0), item("downstream_input", 0.4),
                             item("country_findings", 0.3)])
    assert values["inherent_forced_labour_goods"] == 0.8
    assert values["inherent_child_labour_goods"] == 0.8
    assert (values["inherent_tip_tier"], values["inherent_downstream_inputs"], values["inherent_country_findings"]) == (1.0, 0.4, 0.3)


def test_workforce_and_audit_features():
    rec = record(migrant_share=0.55, labour_agency=True, recruitment_fees=True, employer_housing=False,
                 last_audit_date=dt.date(2023, 1, 1))
    values = feats(rec)
    assert values["migrant_share"] == 0.55 and values["labour_agency"] == 1 and values["recruitment_fees_reported"] == 1
    assert values["employer_housing"] == 0 and values["no_audit_on_file"] == 0
    assert values["audit_age_years"] == pytest.approx((AS_OF - dt.date(2023, 1, 1)).days / 365.25)
    assert feats(record(last_audit_date=dt.date(2001, 1, 1)))["audit_age_years"] == 5.0  # capped
    assert feats(record())["no_audit_on_file"] == 1
    assert feats(record(), documents=["audit.pdf"])["no_audit_on_file"] == 0


def test_protective_factors_from_findings_pages_and_remediated_evidence():
    rec = record(findings="An anonymous hotline is available to all workers. The trade union meets monthly.")
    values = feats(rec, pages=[("audit.pdf", 3, "The agency is IRIS certified since 2023.")])
    assert values["grievance_mechanism"] == values["worker_committee"] == values["ethical_recruitment_certification"] == 1
    assert values["fees_reimbursed"] == 0
    remediated = ev("recruitment_fees", "Recruitment fees were paid back to all workers.", polarity="remediated")
    assert feats(evidence=[remediated])["fees_reimbursed"] == 1
    reasons = F.feature_reasons(rec, [], [], [], as_of=AS_OF, lexicon=LEXICON,
                                pages=[("audit.pdf", 3, "The agency is IRIS certified since 2023.")])
    assert "audit.pdf, page 3" in reasons["ethical_recruitment_certification"]


def test_negated_safeguards_and_risk_sentences_are_not_protective():
    assert feats(record(findings="There is no grievance mechanism. Workers lack a worker committee."))["grievance_mechanism"] == 0
    assert feats(record(findings="There is no grievance mechanism."))["grievance_mechanism"] == 0
    sentence = "Workers who used the grievance hotline were threatened with dismissal by the intimidation threats team."
    rec = record(findings=sentence)
    assert feats(rec)["grievance_mechanism"] == 1
    assert feats(rec, evidence=[ev("intimidation_threats", sentence, document="(row 2) findings")])["grievance_mechanism"] == 0
