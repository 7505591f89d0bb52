"""assess_supplier fills every field; not_screened_result keeps the reason; IOM vulnerability view."""
from __future__ import annotations

import datetime as dt

from test_model_support import AS_OF, LEXICON, ev, item, match, record, trained_model

from screener.scoring.assess import assess_supplier, features_of, not_screened_result
from screener.scoring.features import FEATURE_NAMES
from screener.contracts import DataQualityIssue
from screener.scoring.vulnerability import vulnerability_data, vulnerability_factors
from screener.issues import COUNTRY_UNKNOWN, ROW_NO_NAME


def test_assess_supplier_fills_every_field():
    rec = record(country="CN", products=["Cotton"], migrant_share=0.6, labour_agency=True, recruitment_fees=True,
                 employer_housing=True, last_audit_date=dt.date(2022, 6, 1), audit_report="audit_acme.pdf",
                 findings="Workers can use an anonymous hotline.")
    evidence = [ev("retention_of_identity_documents", "HR keeps the retention of identity documents file: passports.", page=4),
                ev("recruitment_fees", "Workers paid recruitment fees of USD 1,200.", page=2),
                ev("excessive_overtime", "No excessive overtime was found.", polarity="negated")]
    quality = [DataQualityIssue(COUNTRY_UNKNOWN, "test", supplier_key="K1")]
    result = assess_supplier(rec, evidence, [match(0.93)], [item("goods_forced_labour", 0.9)], quality,
                             model=trained_model(), documents=["audit_acme.pdf"], as_of=AS_OF, lexicon=LEXICON)
    assert result.screened and result.tier in ("high", "medium", "low") and result.model_tier
    assert abs(result.baseline + sum(c.points for c in result.contributions) - result.risk_score) < 1e-9
    by = {c.feature: c for c in result.contributions}
    docs = by["evidence_retention_of_identity_documents"]
    assert docs.points > 0 and "audit_acme.pdf, page 4" in docs.reason
    assert by["watchlist_score"].points > 0 and "UFLPA" in by["watchlist_score"].reason
    assert by["inherent_forced_labour_goods"].points > 0 and "Cotton" in by["inherent_forced_labour_goods"].reason
    assert by["grievance_mechanism"].points <= 0 and by["grievance_mechanism"].value == 1
    assert by["evidence_excessive_overtime"].value == 0
    assert result.top_reasons(1)[0].points > 0
    assert result.ilo_rule.met  # recruitment fees (involuntariness) + documents (menace)
    assert result.tier == "high"
    keys = [s.key for s in result.remediation]
    assert {"return_documents", "reimburse_recruitment_fees", "uflpa_supply_chain_tracing",
            "inherent_risk_due_diligence", "audit_outdated", "migrant_worker_recruitment_review"} <= set(keys)
    assert "independent_grievance_channel" not in keys  # a grievance hotline is in place
    levels = {(v.level, v.kind) for v in result.vulnerability}
    assert {("individual", "risk"), ("household", "risk"), ("community", "risk"), ("structural", "risk"),
            ("community", "protective")} <= levels
    assert result.evidence == evidence and result.data_quality == quality and result.documents == ["audit_acme.pdf"]
    assert result.watchlist_matches and result.inherent and result.row_number == 2
    assert list(features_of(result)) == list(FEATURE_NAMES)


def test_low_risk_supplier_stays_low_and_plans_nothing_urgent():
    rec = record(last_audit_date=AS_OF - dt.timedelta(days=100), audit_report="a.pdf")
    result = assess_supplier(rec, [], [], [item("tip_tier", 0.1)], [], model=trained_model(), as_of=AS_OF,
                             lexicon=LEXICON)
    assert result.tier == "low" and not result.ilo_rule.met and not result.escalation.escalate_now
    assert [s.priority for s in result.remediation].count("immediate") == 0
    assert result.contributions, "every screened supplier shows its breakdown, zeros included"


def test_not_screened_result_keeps_the_reason():
    rec = record(screenable=False, not_screened_reason="Row 7 has no supplier name.", extra={"Buyer": "Ann"})
    quality = [DataQualityIssue(ROW_NO_NAME, "no name", row=7)]
    result = not_screened_result(rec, quality)
    assert result.tier == "not screened" and result.risk_score == 0 and not result.screened
    assert result.not_screened_reason == "Row 7 has no supplier name." and result.data_quality == quality
    assert result.contributions == [] and result.extra == {"Buyer": "Ann"}


def test_vulnerability_mapping_covers_features_and_orders_levels():
    data = vulnerability_data()
    assert set(data["factors"]) <= set(FEATURE_NAMES)
    assert {f["level"] for f in data["factors"].values()} == set(data["level_order"])
    from screener.scoring.features import FeatureValue
    out = vulnerability_factors({"watchlist_score": FeatureValue(0.9, "listed"), "migrant_share": FeatureValue(0.5, "half"),
                                 "fees_reimbursed": FeatureValue(1.0, "paid back"),
                                 "evidence_debt_bondage": FeatureValue(0.7, "debt"),
                                 "evidence_deception": FeatureValue(0.0, "none")})
    assert [(v.level, v.kind) for v in out] == [("individual", "risk"), ("household", "risk"),
                                                ("household", "protective"), ("structural", "risk")]
    assert out[0].detail == "half"
