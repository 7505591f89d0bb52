"""The vocabulary every contract uses: indicator ids, polarities, confidence bands, tiers, and ``to_dict``."""
from __future__ import annotations

import dataclasses
import datetime as dt
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


# the risk tiers of the model, lowest first ("needs assessment" and "not screened" are outside this order)
TIER_ORDER: tuple[str, ...] = ("low", "medium", "high")
