"""What a screening gives: watchlist matches, inherent risk, score contributions, the ILO rule, escalation,
vulnerability, remediation, each supplier's result and the whole run."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from screener.contracts.base import RESULT_SCHEMA_VERSION
from screener.contracts.inputs import DataQualityIssue, DocumentLink, Evidence, SupplierTable


# ---------------------------------------------------------------- watchlists / inherent risk
@dataclass(frozen=True)
class MatchFeature:
    """One explained feature of a name match (nomenklatura style)."""

    name: str  # e.g. "token_overlap", "country_agreement", "legal_form_only_difference"
    value: float
    weight: float
    detail: str  # plain English, e.g. "distinctive tokens agreed: haolin, hair"


@dataclass(frozen=True)
class WatchlistMatch:
    """A supplier name that is, or resembles, a listed entity."""

    list_id: str  # "uflpa" | "cbp" | user list id
    list_name: str
    list_edition: str
    entity_name: str
    matched_name: str  # the alias or name that matched
    query_name: str
    score: float  # 0..1
    country: str | None
    features: tuple[MatchFeature, ...] = ()
    entity_details: tuple[tuple[str, str], ...] = ()  # e.g. (("section", "2(d)(2)(B)(i)"), ("status", "active"))
    source_url: str = ""


@dataclass(frozen=True)
class InherentRiskItem:
    """One reason for inherent risk from country and product, with its source."""

    kind: str  # goods_forced_labour | goods_child_labour | goods_forced_child_labour | downstream_input | tip_tier | country_findings
    country: str  # ISO alpha-2
    good: str | None
    level: float  # 0..1 strength of this item
    description: str  # plain English
    source: str
    edition: str


# ---------------------------------------------------------------- scoring
@dataclass(frozen=True)
class Contribution:
    """Points one feature added to (or removed from) the score."""

    feature: str
    value: float
    points: float
    reason: str  # plain English, names the sentence, row or list entry behind it


@dataclass(frozen=True)
class IloRuleResult:
    """ICLS 2018 rule: asserted involuntariness plus menace of penalty."""

    met: bool
    involuntariness: tuple[str, ...] = ()  # indicator ids with asserted evidence
    menace_of_penalty: tuple[str, ...] = ()
    explanation: str = ""


@dataclass(frozen=True)
class Escalation:
    """Severe-case escalation with do-no-harm guidance."""

    escalate_now: bool
    reasons: tuple[str, ...] = ()
    guidance: tuple[str, ...] = ()


@dataclass(frozen=True)
class VulnerabilityFactor:
    """One IOM determinants-of-migrant-vulnerability factor."""

    level: str  # individual | household | community | structural
    kind: str  # risk | protective
    factor: str
    detail: str


@dataclass(frozen=True)
class RemediationStep:
    """A corrective action with priority, owner and the evidence that closes it."""

    key: str
    title: str
    description: str
    priority: str  # immediate | 30 days | 90 days
    owner: str  # buyer | supplier | recruitment agency
    closing_evidence: str
    references: tuple[str, ...] = ()
    triggered_by: tuple[str, ...] = ()  # indicator ids or situations
    status: str = "open"


@dataclass
class SupplierResult:
    """Everything the screener concluded about one supplier (DESIGN.md section 4)."""

    supplier_key: str
    name: str
    country: str | None
    products: list[str]
    risk_score: float  # risk points: baseline + the points of the contributions, no cap and no floor
    tier: str  # high | medium | needs assessment | low | not screened
    ilo_rule: IloRuleResult
    baseline: float
    contributions: list[Contribution]
    evidence: list[Evidence] = field(default_factory=list)
    watchlist_matches: list[WatchlistMatch] = field(default_factory=list)
    inherent: list[InherentRiskItem] = field(default_factory=list)
    remediation: list[RemediationStep] = field(default_factory=list)
    data_quality: list[DataQualityIssue] = field(default_factory=list)
    escalation: Escalation = field(default_factory=lambda: Escalation(False))
    vulnerability: list[VulnerabilityFactor] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    row_number: int | None = None
    screened: bool = True
    not_screened_reason: str | None = None
    model_tier: str | None = None  # tier the score alone gave, before the ILO rule, severe cases and listed entities
    extra: dict[str, Any] = field(default_factory=dict)
    tier_reason: str = ""  # why the supplier has its tier, in plain English
    assessment_basis: str = ""  # "evidence" | "inherent risk alone" (see Coverage); "" when not screened

    def top_reasons(self, n: int = 3) -> list[Contribution]:
        """The contributions that raised the score most."""
        return sorted((c for c in self.contributions if c.points > 0), key=lambda c: -c.points)[:n]


@dataclass(frozen=True)
class Coverage:
    """How much of a portfolio was assessed on evidence and how much on inherent risk alone."""

    screened: int
    on_evidence: int  # a current audit on file, or evidence from the documents or the sheet
    on_inherent_risk_alone: int  # no audit (or only an old one) and no evidence: only country x product risk
    needs_assessment: int  # of those, the ones with high inherent risk (tier "needs assessment")
    not_screened: int = 0

    @property
    def share_on_evidence(self) -> float:
        return self.on_evidence / self.screened if self.screened else 0.0

    def sentence(self) -> str:
        """The coverage in one plain-English sentence."""
        return (f"{self.on_evidence} of {self.screened} screened suppliers were assessed on evidence (a current audit "
                f"or findings); {self.on_inherent_risk_alone} on inherent risk alone, of which "
                f"{self.needs_assessment} need an assessment (high inherent risk and no current audit).")


@dataclass(frozen=True)
class InputFile:
    """A file that went into a run, with its hash, for the methodology record."""

    name: str
    sha256: str
    kind: str  # suppliers | report


@dataclass
class ScreenRun:
    """One screening run: the results plus everything needed to document it."""

    results: list[SupplierResult]
    table: SupplierTable
    documents: list[str]
    links: list[DocumentLink]
    input_files: list[InputFile]
    editions: dict[str, str]  # e.g. {"lexicon": "2026.11.1 (sha256 abc...)", "model": ..., "uflpa": ...}
    started_at: dt.datetime
    duration_s: float
    document_issues: list[DataQualityIssue] = field(default_factory=list)
    redacted: bool = True
    thresholds: dict[str, float] = field(default_factory=dict)
    schema_version: str = RESULT_SCHEMA_VERSION
    coverage: Coverage | None = None
