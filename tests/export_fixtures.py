"""Hand-built ScreenRuns for export tests: hostile names, personal data, non-Latin text, a not-screened row.

Built from the dataclasses in screener/contracts/ only, so export tests do not depend on the pipeline.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from screener.contracts import (
    Contribution, DataQualityIssue, DataQualityReport, Escalation, Evidence, IloRuleResult, InherentRiskItem,
    InputFile, MatchFeature, RemediationStep, ScreenRun, SupplierRecord, SupplierResult, SupplierTable,
    VulnerabilityFactor, WatchlistMatch,
)
from screener.issues import COUNTRY_UNKNOWN, REPORT_UNLINKED, ROW_NO_NAME

HOSTILE_NAMES = (
    '=HYPERLINK("http://evil.example/x","click me")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
    "\tTabbed Textiles Ltd",
    "\rCarriage Return Co",
)
HOSTILE_SENTENCE = "=HYPERLINK(\"http://evil.example\") workers said the supervisor keeps their passports."
PERSONAL_SENTENCE = ("Worker Maria L. said her passport is kept by the supervisor; "
                     "her phone +86 138 0013 8000 was also taken.")
RUN_STARTED = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.timezone.utc)


def evidence(key: str, indicator: str, sentence: str, matched: str, *, polarity: str = "asserted",
             hedged: bool = False, document: str = "audit_2026.pdf", page: int = 3, lang: str = "en") -> Evidence:
    """An Evidence whose offsets point at ``matched`` inside ``sentence``."""
    start = sentence.index(matched)
    return Evidence(indicator, key, document, page, sentence, start, start + len(matched), matched,
                    f"{indicator}.{lang}.001", "exact", 0.95, polarity, hedged, lang,
                    cue="" if polarity == "asserted" else "no evidence of")


def step(key: str, priority: str, *triggers: str) -> RemediationStep:
    return RemediationStep(key, key.replace("_", " ").capitalize(), f"Do this: {key.replace('_', ' ')}.",
                           priority, "supplier", f"Evidence that {key.replace('_', ' ')} is done",
                           ("ILO C029",), tuple(triggers))


def result(key: str, name: str, score: float, tier: str, *, country: str | None = "CN",
           products: list[str] | None = None, ev: list[Evidence] | None = None,
           matches: list[WatchlistMatch] | None = None, ilo: bool = False, row: int = 2,
           remediation: list[RemediationStep] | None = None, screened: bool = True,
           quality: list[DataQualityIssue] | None = None) -> SupplierResult:
    """A SupplierResult whose contributions add up to ``score`` from a baseline of 10."""
    rest = score - 10.0
    contribs = [Contribution("asserted_evidence", 2.0, round(rest * 0.6, 4), "2 asserted sentences in audit_2026.pdf"),
                Contribution("inherent_goods", 1.0, round(rest * 0.5, 4), f"{country} x garments on the DOL list"),
                Contribution("grievance_mechanism", 1.0, round(rest - rest * 0.6 - rest * 0.5, 4),
                             "a grievance mechanism exists (protective)")] if screened else []
    return SupplierResult(
        supplier_key=key, name=name, country=country, products=products or ["Garments"], risk_score=score,
        tier=tier, ilo_rule=IloRuleResult(ilo, ("retention_of_identity_documents",) if ilo else (),
                                          ("intimidation_threats",) if ilo else (), "rule explanation"),
        baseline=10.0 if screened else 0.0, contributions=contribs, evidence=ev or [], watchlist_matches=matches or [],
        inherent=[InherentRiskItem("goods_forced_labour", country or "CN", "Garments", 0.8,
                                   "Garments from this country are on the DOL forced-labour list", "US DOL ILAB",
                                   "2022")] if screened and country else [],
        remediation=remediation or [], data_quality=quality or [],
        escalation=Escalation(ilo, ("ILO rule met: involuntariness and menace of penalty",) if ilo else (),
                              ("Do not confront the supplier before a safe plan exists",) if ilo else ()),
        vulnerability=[VulnerabilityFactor("individual", "risk", "migrant status", "60% migrant workers")],
        documents=["audit_2026.pdf"] if ev else [], row_number=row, screened=screened,
        not_screened_reason=None if screened else "The supplier name is empty", model_tier=tier if screened else None,
    )


def make_run(*, extra_suppliers: int = 0) -> ScreenRun:
    """Eight suppliers covering every export feature, plus ``extra_suppliers`` plain low-risk ones."""
    haolin_match = WatchlistMatch(
        "uflpa", "UFLPA Entity List", "2025-01-15", "Xinjiang Haolin Hair Accessories Co., Ltd.",
        "Haolin Hair Accessories", "Xinjiang Haolin Hair Accessories Co Ltd", 0.97, "CN",
        (MatchFeature("token_overlap", 1.0, 0.6, "distinctive tokens agreed: haolin, hair, accessories"),
         MatchFeature("country_agreement", 1.0, 0.2, "both in China")),
        (("section", "2(d)(2)(B)(i)"),), "https://www.dhs.gov/uflpa-entity-list")
    s1 = [evidence("S001", "retention_of_identity_documents", PERSONAL_SENTENCE, "passport is kept"),
          evidence("S001", "intimidation_threats", "Workers were threatened with dismissal if they complained.",
                   "threatened with dismissal", page=4),
          evidence("S001", "excessive_overtime", "There was no evidence of excessive overtime.", "excessive overtime",
                   polarity="negated", page=5)]
    s3 = [evidence("S003", "retention_of_identity_documents", HOSTILE_SENTENCE, "keeps their passports"),
          evidence("S003", "recruitment_fees", "-2+3 workers may have paid recruitment fees to agents.",
                   "paid recruitment fees", hedged=True)]
    results = [
        result("S001", HOSTILE_NAMES[0], 91.5, "high", ev=s1, ilo=True, row=2,
               remediation=[step("return_documents", "immediate", "retention_of_identity_documents"),
                            step("stop_threats_and_retaliation", "30 days", "intimidation_threats")]),
        result("S002", "Xinjiang Haolin Hair Accessories Co., Ltd.", 78.0, "high", products=["Hair products"],
               matches=[haolin_match], row=3, remediation=[step("uflpa_supply_chain_tracing", "immediate", "uflpa")]),
        result("S003", HOSTILE_NAMES[1], 55.25, "medium", country="BD", ev=s3, row=4,
               remediation=[step("reimburse_recruitment_fees", "90 days", "recruitment_fees")]),
        result("S004", HOSTILE_NAMES[2], 22.0, "low", country="MX", products=["Coffee"], row=5),
        result("S005", "Çukurova Tekstil Sanayi A.Ş. 深圳市华美服装有限公司", 48.0, "medium", country="TR", row=6),
        result("S006", HOSTILE_NAMES[3], 30.0, "low", country="IN", row=7),
        result("S007", HOSTILE_NAMES[4], 12.5, "low", country="VN", row=8),
        result("S008", "", 0.0, "not screened", country=None, row=9, screened=False,
               quality=[DataQualityIssue(ROW_NO_NAME, "Row 9 has no supplier name; it was not screened.",
                                         "error", "suppliers.xlsx", "Sheet1", 9, "Supplier", "S008")]),
    ]
    for i in range(extra_suppliers):
        results.append(result(f"X{i:04d}", f"Plain Supplier {i}", 5.0 + (i % 50), "low", country="PT", row=10 + i))
    extras = {
        "S001": {"Buyer contact": "=cmd|' /C calc'!A0", "Internal code": 1234, "Notes": "@risk see maria@example.com"},
        "S002": {"Buyer contact": HOSTILE_NAMES[5], "Internal code": 5678, "Notes": "-high priority"},
        "S003": {"Buyer contact": "+44 line", "Internal code": 91, "Notes": "\tTabbed note"},
    }
    records = [SupplierRecord(r.supplier_key, r.row_number or 0, r.name, supplier_id=f"ID-{r.supplier_key}",
                              country=r.country, extra=extras.get(r.supplier_key, {"Internal code": 0}))
               for r in results]
    quality = DataQualityReport([
        DataQualityIssue(COUNTRY_UNKNOWN, "Country 'Narnia' in row 7 is not a known country; call +1 555 123 4567.",
                         "warning", "suppliers.xlsx", "Sheet1", 7, "Country", "S006"),
        results[7].data_quality[0],
    ])
    table = SupplierTable(records, [], quality, "suppliers.xlsx", "Sheet1", 1, "ab" * 32)
    return ScreenRun(
        results=results, table=table, documents=["audit_2026.pdf"], links=[],
        input_files=[InputFile("suppliers.xlsx", "ab" * 32, "suppliers"),
                     InputFile("audit_2026.pdf", "cd" * 32, "report")],
        editions={"lexicon": "2026.11.1 (sha256 0123456789ab)", "model": "reference-cohort 2026.11.1",
                  "uflpa": "2025-01-15", "cbp": "2025-02-01"},
        started_at=RUN_STARTED, duration_s=3.2,
        document_issues=[DataQualityIssue(REPORT_UNLINKED, "audit_other.pdf matches no supplier.", "warning",
                                          "audit_other.pdf")],
        thresholds={"high": 70.0, "medium": 40.0},
    )


@dataclass
class FakeDecision:
    supplier_key: str
    decision: str
    note: str
    reviewer: str
    decided_at: str
    fingerprint: str | None = None
    indicator: str | None = None
    sentence: str | None = None
    features: dict[str, float] | None = None


@dataclass
class FakeAudit:
    id: int
    at: str
    reviewer: str
    action: str
    supplier_key: str
    fingerprint: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class FakeStore:
    """The three read methods of screener.review.store.ReviewStore that exports use."""

    run: ScreenRun
    sup: dict[str, FakeDecision] = field(default_factory=dict)
    ev: dict[str, FakeDecision] = field(default_factory=dict)
    log: list[FakeAudit] = field(default_factory=list)

    def __post_init__(self) -> None:
        first = self.run.results[0].evidence[0]
        self.ev[first.fingerprint] = FakeDecision("S001", "confirmed", "Seen in HR office; worker Maria L. agreed",
                                                  "iom.advisor", "2026-11-03T10:00:00+00:00", first.fingerprint,
                                                  first.indicator, first.sentence)
        self.sup["S001"] = FakeDecision("S001", "escalate", "=ESCALATE now", "iom.advisor", "2026-11-03T10:05:00+00:00")
        self.log += [FakeAudit(1, "2026-11-03T10:00:00+00:00", "iom.advisor", "evidence_decision", "S001",
                               first.fingerprint, None, {"decision": "confirmed"}),
                     FakeAudit(2, "2026-11-03T10:05:00+00:00", "iom.advisor", "supplier_decision", "S001", None,
                               None, {"decision": "escalate"})]

    def supplier_decisions(self) -> dict[str, FakeDecision]:
        return dict(self.sup)

    def evidence_decisions(self, supplier_key: str | None = None) -> dict[str, FakeDecision]:
        return {k: v for k, v in self.ev.items() if supplier_key in (None, v.supplier_key)}

    def audit_log(self, supplier_key: str | None = None) -> list[FakeAudit]:
        return [a for a in self.log if supplier_key in (None, a.supplier_key)]
