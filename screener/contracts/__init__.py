"""Data contracts shared by every stage (see DESIGN.md section 4).

Every structure that crosses a module boundary is defined here as a dataclass. Stages never pass loose
dicts to each other. ``to_dict`` helpers give the JSON form used by exports and the CLI. The contracts live in
three modules, all importable from ``screener.contracts``: ``base`` (indicator ids, polarities, tiers),
``inputs`` (documents, evidence, data quality, the supplier table) and ``results`` (what a screening gives).
"""
from screener.contracts.base import (
    CONFIDENCES, Confidence, INDICATOR_IDS, MatchKind, POLARITIES, Polarity, RESULT_SCHEMA_VERSION, Severity,
    TIER_ORDER, Tier, to_dict,
)
from screener.contracts.inputs import (
    Page, Document, Evidence, DataQualityIssue, DataQualityReport, ColumnMapping, SupplierRecord, SupplierTable,
    DocumentLink,
)
from screener.contracts.results import (
    MatchFeature, WatchlistMatch, InherentRiskItem, Contribution, IloRuleResult, Escalation, VulnerabilityFactor,
    RemediationStep, SupplierResult, Coverage, InputFile, ScreenRun,
)

__all__ = [
    "CONFIDENCES", "Confidence", "INDICATOR_IDS", "MatchKind", "POLARITIES", "Polarity", "RESULT_SCHEMA_VERSION",
    "Severity", "TIER_ORDER", "Tier", "to_dict", "Page", "Document", "Evidence", "DataQualityIssue",
    "DataQualityReport", "ColumnMapping", "SupplierRecord", "SupplierTable", "DocumentLink", "MatchFeature",
    "WatchlistMatch", "InherentRiskItem", "Contribution", "IloRuleResult", "Escalation", "VulnerabilityFactor",
    "RemediationStep", "SupplierResult", "Coverage", "InputFile", "ScreenRun",
]
