"""What goes into a screening: documents and their pages, evidence found in them, data-quality issues, the
supplier table read from a sheet, and the links between reports and suppliers."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any



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
