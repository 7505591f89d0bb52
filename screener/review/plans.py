"""Corrective-action plans as tracked: each remediation step joined with its stored owner, due date, status and
closing evidence, with overdue steps marked; and audit-log entries described in plain English.

Shared by the app and the exports, so the plan reads the same on screen, in the xlsx and in the case PDF.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from screener.contracts import RemediationStep

CLOSED = "verified closed"
STATUS_TEXT: dict[str, str] = {"open": "Open", "in progress": "In progress", CLOSED: "Verified closed"}
PRIORITY_ORDER: dict[str, int] = {"immediate": 0, "30 days": 1, "90 days": 2}


@dataclass(frozen=True)
class PlanRow:
    """One step of a supplier's corrective-action plan, as tracked."""

    step_key: str
    title: str
    description: str
    priority: str
    owner: str
    due_date: dt.date
    status: str  # open | in progress | verified closed
    closing_evidence: str  # what closes the step (from the remediation lexicon)
    closing_note: str
    closing_document: str
    updated_by: str
    updated_at: str
    tracked: bool  # False while nobody has recorded anything on this step
    overdue: bool


def default_due(run_date: dt.date, priority: str) -> dt.date:
    """When a step of this priority falls due, counted from the run date (``lexicons/export.yaml``)."""
    from screener.export.view import due_date

    return due_date(run_date, priority)


def plan_rows(steps: Sequence[RemediationStep], items: Mapping[tuple[str, str], Any], supplier_key: str,
              run_date: dt.date, today: dt.date | None = None) -> list[PlanRow]:
    """The supplier's steps in priority order, each with its tracked state (or the defaults) and overdue flag.

    ``items`` is ``ReviewStore.plan_items()``. A step is overdue when it is not verified closed and its due
    date is before ``today``.
    """
    today = today or dt.date.today()
    rows = []
    for step in sorted(steps, key=lambda s: PRIORITY_ORDER.get(s.priority, 9)):
        item = items.get((supplier_key, step.key))
        due = (dt.date.fromisoformat(item.due_date) if item is not None and item.due_date
               else default_due(run_date, step.priority))
        status = item.status if item is not None else step.status
        rows.append(PlanRow(
            step.key, step.title, step.description, step.priority,
            (item.owner if item is not None and item.owner else step.owner), due, status, step.closing_evidence,
            item.closing_note if item is not None else "", item.closing_document if item is not None else "",
            item.updated_by if item is not None else "", item.updated_at if item is not None else "",
            item is not None, status != CLOSED and due < today))
    return rows


def plan_summary(rows: Sequence[PlanRow]) -> str:
    """'3 steps: 1 verified closed, 1 in progress, 1 open (1 overdue).'"""
    if not rows:
        return "No corrective action is needed on current information."
    counts = {s: sum(1 for r in rows if r.status == s) for s in STATUS_TEXT}
    parts = [f"{n} {STATUS_TEXT[s].lower()}" for s, n in counts.items() if n]
    overdue = sum(1 for r in rows if r.overdue)
    return (f"{len(rows)} step{'s' if len(rows) != 1 else ''}: {', '.join(parts)}"
            + (f" ({overdue} overdue)." if overdue else "."))


def closing_text(row: PlanRow) -> str:
    """The closing evidence recorded for a step: the note and the document's file name."""
    parts = [row.closing_note] if row.closing_note else []
    if row.closing_document:
        parts.append(f"document: {row.closing_document}")
    return "; ".join(parts)


_ACTION_TEXT = {"evidence_decision": "Decision on a finding", "supplier_decision": "Decision on the supplier",
                "plan_item": "Corrective-action plan", "referral": "Referral to victim assistance",
                "raw_text_view": "Raw text viewed"}
_DECISION_TEXT = {"confirmed": "confirmed", "dismissed": "dismissed as a false positive",
                  "remediated": "marked remediated", "escalate": "escalate", "monitor": "monitor", "clear": "clear"}


def audit_action(action: str) -> str:
    """Plain name of an audit-log action."""
    return _ACTION_TEXT.get(action, action.replace("_", " ").capitalize())


def audit_summary(action: str, after: Mapping[str, Any] | None, step_titles: Mapping[str, str] | None = None,
                  step_key: str | None = None, indicator_label: Any = str) -> str:
    """What an audit entry recorded, in one sentence without internal keys."""
    a = dict(after or {})
    if action in ("evidence_decision", "supplier_decision"):
        what = _DECISION_TEXT.get(str(a.get("decision")), str(a.get("decision", "")))
        on = f" on {indicator_label(a['indicator'])}" if a.get("indicator") else ""
        note = f' — "{a["note"]}"' if a.get("note") else ""
        return f"{what.capitalize()}{on}{note}"
    if action == "plan_item":
        title = (step_titles or {}).get(step_key or "", "a step")
        bits = [f"{title}: {STATUS_TEXT.get(str(a.get('status')), a.get('status'))}"]
        if a.get("owner"):
            bits.append(f"owner {a['owner']}")
        if a.get("due_date"):
            bits.append(f"due {a['due_date']}")
        if a.get("closing_note"):
            bits.append(f'closing note "{a["closing_note"]}"')
        if a.get("closing_document"):
            bits.append(f"closing document {a['closing_document']}")
        return ", ".join(bits)
    if action == "referral":
        consent = "consent obtained" if a.get("consent_obtained") else "consent NOT obtained"
        ref = f", case reference {a['case_reference']}" if a.get("case_reference") else ""
        return f"Referred to {a.get('organisation', '')} on {a.get('referred_on', '')}, {consent}{ref}"
    if action == "raw_text_view":
        return f"Viewed raw text: {a.get('viewed', '')}"
    return ", ".join(f"{k}: {v}" for k, v in a.items())
