"""What the review store keeps, as dataclasses, and the checks every write makes before it is stored.

Shared by the SQLite store (``store.py``) and the PostgreSQL store (``store_pg.py``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from screener.errors import SchemaTooNewError  # noqa: F401  (re-exported: its old home)

EVIDENCE_DECISIONS: tuple[str, ...] = ("confirmed", "dismissed", "remediated")
SUPPLIER_DECISIONS: tuple[str, ...] = ("escalate", "monitor", "clear")
PLAN_STATUSES: tuple[str, ...] = ("open", "in progress", "verified closed")


def utc_now() -> str:
    """Current time in UTC as ISO 8601 with a ``+00:00`` offset."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class ReviewDecision:
    """The current decision a reviewer took on one evidence item or one supplier."""

    supplier_key: str
    decision: str  # confirmed | dismissed | remediated (evidence); escalate | monitor | clear (supplier)
    note: str
    reviewer: str
    decided_at: str  # UTC ISO 8601
    fingerprint: str | None = None  # set for evidence decisions
    indicator: str | None = None
    sentence: str | None = None
    features: dict[str, float] | None = None  # supplier decisions: the feature vector when decided


@dataclass(frozen=True)
class AuditEntry:
    """One append-only audit record: who did what, when, and the state before and after."""

    id: int
    at: str  # UTC ISO 8601
    reviewer: str
    action: str  # e.g. "evidence_decision", "supplier_decision"
    supplier_key: str
    fingerprint: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class PlanItem:
    """The tracked state of one remediation step of a supplier's corrective-action plan."""

    supplier_key: str
    step_key: str
    owner: str
    due_date: str | None  # ISO date
    status: str  # one of PLAN_STATUSES
    closing_note: str
    closing_document: str  # file name of the closing evidence, if one was given
    updated_by: str
    updated_at: str  # UTC ISO 8601


@dataclass(frozen=True)
class Referral:
    """A referral of a severe case to victim assistance. It holds no worker's personal data."""

    id: int
    supplier_key: str
    organisation: str  # e.g. "IOM" or a local partner
    referred_on: str  # ISO date
    consent_obtained: bool
    case_reference: str
    recorded_by: str
    recorded_at: str  # UTC ISO 8601


def require(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValueError(f"A {what} is required: enter it before recording a decision.")
    return text


def check_choice(decision: str, allowed: tuple[str, ...], what: str) -> str:
    if decision not in allowed:
        raise ValueError(f"Unknown {what} decision '{decision}': use one of {', '.join(allowed)}.")
    return decision


def iso_date(value: str | dt.date | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as exc:
        raise ValueError(f"The {what} '{value}' is not a date: use YYYY-MM-DD.") from exc


def redacted(sentence: str | None) -> str | None:
    """The sentence with personal data masked: the store keeps no raw worker data."""
    if not sentence:
        return sentence
    from screener.redact import redact_text

    return redact_text(sentence)


def evidence_state(row: Any) -> dict[str, Any]:
    return {"decision": row["decision"], "note": row["note"], "reviewer": row["reviewer"],
            "decided_at": row["decided_at"], "indicator": row["indicator"]}


def plan_state(row: Any) -> dict[str, Any]:
    get = (lambda k: getattr(row, k)) if isinstance(row, PlanItem) else (lambda k: row[k])
    return {k: get(k) for k in ("owner", "due_date", "status", "closing_note", "closing_document")}


def supplier_state(row: Any) -> dict[str, Any]:
    return {"decision": row["decision"], "note": row["note"], "reviewer": row["reviewer"],
            "decided_at": row["decided_at"]}
