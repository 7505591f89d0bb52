"""Data contracts shared by every stage (see DESIGN.md section 4).

Every structure that crosses a module boundary is defined here as a dataclass. Stages never pass loose
dicts to each other. ``to_dict`` helpers give the JSON form used by exports and the CLI.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

INDICATOR_IDS: tuple[str, ...] = (
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_sexual_violence",
    "intimidation_threats",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "recruitment_fees",
    "abusive_working_living_conditions",
    "excessive_overtime",
    "child_labour",
)

Polarity = Literal["asserted", "negated", "hypothetical", "policy", "remediated", "compliant"]
# "compliant": the sentence states the practice does not happen ("wages are paid on time", "workers keep their
# own passports"). It may count as a protective fact, never as a finding.
POLARITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "policy", "remediated", "compliant")
MatchKind = Literal["exact", "lemma", "fuzzy", "numeric", "model"]
# "finding": counts in the score when asserted. "possible": a lower-confidence band shown to reviewers, which
# counts only once a reviewer confirms it.
Confidence = Literal["finding", "possible"]
CONFIDENCES: tuple[str, ...] = ("finding", "possible")
Tier = Literal["high", "medium", "needs assessment", "low", "not screened"]
Severity = Literal["error", "warning", "info"]

RESULT_SCHEMA_VERSION = "1.0"


def to_dict(obj: Any) -> Any:
    """Convert a dataclass tree (or list/dict of them) into JSON-ready plain data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    return obj


# ---------------------------------------------------------------- documents
@dataclass(frozen=True)
class Page:
    """One page of a document; ``number`` starts at 1."""

    number: int
    text: str


@dataclass
class Document:
    """An audit report or other text read from a file, page by page."""

    name: str  # file name as the user gave it, e.g. "audit_acme_2024.pdf"
    pages: list[Page]
    path: str = ""
    sha256: str = ""
    format: str = ""  # pdf | docx | txt | md | html | cell
    lang: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class Evidence:
    """One sentence x indicator finding, traceable to document, page and character offsets."""

    indicator: str
    supplier_key: str
    document: str
    page: int
    sentence: str
    start: int  # char offset of the match inside ``sentence``
    end: int
    matched_text: str
    lexicon_entry: str  # id of the lexicon phrase or pattern that fired
    match: str  # one of MatchKind: "exact" | "lemma" | "fuzzy" | "numeric" | "model"
    score: float  # 0..1 confidence of the match itself
    polarity: str  # one of POLARITIES; only "asserted" raises risk
    hedged: bool
    lang: str
    cue: str = ""  # the scope cue that set a non-asserted polarity or hedged, e.g. "no evidence of"
    confidence: str = "finding"  # one of CONFIDENCES; "possible" counts only after a reviewer confirms it
    # For match == "model": the n-grams of the sentence that carried the decision, with their weights
    # (largest first); each n-gram is found in ``sentence`` as written (case-insensitive).
    ngrams: tuple[tuple[str, float], ...] = ()

    @property
    def fingerprint(self) -> str:
        """Stable id of this finding: same supplier, document, sentence and indicator give the same value."""
        raw = "\x1f".join([self.supplier_key, self.indicator, " ".join(self.sentence.split()).lower()])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


# the risk tiers of the model, lowest first ("needs assessment" and "not screened" are outside this order)
TIER_ORDER: tuple[str, ...] = ("low", "medium", "high")


# ---------------------------------------------------------------- ingestion
@dataclass(frozen=True)
class DataQualityIssue:
    """A problem found while reading input: where it is and what it means for the user."""

    code: str  # machine code, one of the catalogue screener/issues.py (e.g. issues.COUNTRY_UNKNOWN)
    message: str  # clear English for the user
    severity: str = "warning"  # error | warning | info
    file: str = ""
    sheet: str | None = None
    row: int | None = None  # 1-based row number as the user sees it in the file
    column: str | None = None  # the header as it appears in the file
    supplier_key: str | None = None


@dataclass
class DataQualityReport:
    """All issues found while reading one upload."""

    issues: list[DataQualityIssue] = field(default_factory=list)

    def add(self, issue: DataQualityIssue) -> None:
        self.issues.append(issue)

    def by_supplier(self) -> dict[str, list[DataQualityIssue]]:
        """The issues grouped by supplier key, in one pass (issues about no supplier are left out)."""
        grouped: dict[str, list[DataQualityIssue]] = {}
        for i in self.issues:
            if i.supplier_key is not None:
                grouped.setdefault(i.supplier_key, []).append(i)
        return grouped

    def by_code(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for i in self.issues:
            counts[i.code] = counts.get(i.code, 0) + 1
        return counts


@dataclass(frozen=True)
class ColumnMapping:
    """How one input column was understood."""

    source_column: str
    field: str | None  # canonical field, None when the column is kept unmapped (passed through)
    confidence: float  # 0..1
    method: str  # "synonym" | "fuzzy" | "user" | "content" | "none"
    index: int = 0  # position of the column in the sheet (0-based)


@dataclass
class SupplierRecord:
    """One supplier row after normalisation. Raw values are kept beside normalised ones."""

    supplier_key: str  # stable key: from supplier_id when present, else normalised name + country
    row_number: int  # 1-based row in the input file
    name: str
    supplier_id: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    country_raw: str | None = None
    region: str | None = None  # region, city or address text
    products: list[str] = field(default_factory=list)  # canonical goods (DOL list names)
    products_raw: str | None = None
    sector: str | None = None
    workers: int | None = None
    migrant_share: float | None = None  # 0..1
    labour_agency: bool | None = None
    recruitment_fees: bool | None = None
    employer_housing: bool | None = None
    last_audit_date: dt.date | None = None
    audit_report: str | None = None  # file name(s) as written in the sheet
    findings: str | None = None  # free text from the sheet, scanned for evidence
    tier: str | None = None  # supply-chain tier as given
    spend: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unmapped columns, passed through to exports
    screenable: bool = True
    not_screened_reason: str | None = None
    group_key: str | None = None  # set when this supplier seems to duplicate another one
    address: str | None = None  # street address as given
    city: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    parent_company: str | None = None  # the supplier's group or parent company, as given
    site_group_key: str | None = None  # set when rows share a name at different sites (one company, several sites)


@dataclass
class SupplierTable:
    """A supplier sheet as read: records, how columns were mapped and what went wrong."""

    records: list[SupplierRecord]
    mappings: list[ColumnMapping]
    quality: DataQualityReport
    source_file: str
    sheet: str | None = None
    header_row: int = 1
    sha256: str = ""


@dataclass(frozen=True)
class DocumentLink:
    """Why a document was attached to a supplier."""

    document: str
    supplier_key: str | None  # None when it links to no supplier
    method: str  # "sheet_column" | "file_name" | "content" | "none"
    confidence: float
    detail: str = ""


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
