"""The ranked worklist behind the Portfolio page, built from a ScreenRun and the review store (no Streamlit here).

Order: the escalation queue, then high risk, then "needs assessment", then medium, low and not screened; within
each group the highest score first. A finding counts toward the risk only as ``features.evidence_weight`` says,
so a dismissal shows in the counts, the score and the rank as soon as the run is screened again.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from screener.contracts import Evidence, ScreenRun, SupplierResult

QUEUE_ORDER: tuple[str, ...] = ("Escalate now", "High risk", "Needs assessment", "Medium risk", "Low risk",
                                "Not screened")
REVIEW_STATES: tuple[str, ...] = ("Not reviewed", "To decide", "Escalate", "Monitor", "Clear")
COVERAGE_STATES: tuple[str, ...] = ("Audit report scanned", "Sheet only, no report")
SUPPLIER_DECISION_TEXT: dict[str, str] = {"escalate": "Escalate", "monitor": "Monitor", "clear": "Clear"}
COLUMNS: tuple[str, ...] = ("key", "Rank", "Queue", "Supplier", "Country", "Products", "Score", "Findings",
                            "To decide", "Watchlist", "Coverage", "Review", "Main reason")


def needs_decision(ev: Evidence) -> bool:
    """Only asserted findings (of confidence "finding" or "possible") ask the reviewer for a decision."""
    return ev.polarity == "asserted"


def counts(ev: Evidence, decision: Any | None) -> bool:
    """True when the finding raises the risk after the reviewer's decision (dismissed or remediated: no)."""
    from screener.scoring.features import evidence_weight

    value = None if decision is None else str(getattr(decision, "decision", decision))
    return evidence_weight(ev, value) > 0


def queue_of(r: SupplierResult) -> str:
    """The worklist group of a supplier."""
    if r.tier == "not screened":
        return "Not screened"
    if r.escalation.escalate_now:
        return "Escalate now"
    return {"high": "High risk", "needs assessment": "Needs assessment", "medium": "Medium risk"}.get(
        r.tier, "Low risk")


def ranked(results: Sequence[SupplierResult]) -> list[SupplierResult]:
    """The worklist order: queue group first, then the score from the highest down, then the name."""
    return sorted(results, key=lambda r: (QUEUE_ORDER.index(queue_of(r)), -r.risk_score, r.name.lower()))


@dataclass(frozen=True)
class FindingCounts:
    """One supplier's findings: how many raise the risk now, and how many still wait for a decision."""

    counted: int
    to_decide: int
    asserted: int


def finding_counts(r: SupplierResult, decisions: Mapping[str, Any]) -> FindingCounts:
    """Distinct sentences that count toward the risk, and asserted ones without a decision."""
    counted = {e.fingerprint for e in r.evidence if counts(e, decisions.get(e.fingerprint))}
    asserted = {e.fingerprint for e in r.evidence if needs_decision(e)}
    return FindingCounts(len(counted), len({f for f in asserted if f not in decisions}), len(asserted))


def _review_state(r: SupplierResult, supplier_decisions: Mapping[str, Any], fc: FindingCounts) -> str:
    d = supplier_decisions.get(r.supplier_key)
    if d is not None:
        return SUPPLIER_DECISION_TEXT.get(d.decision, str(d.decision))
    return "To decide" if fc.to_decide else "Not reviewed"


def worklist_frame(run: ScreenRun, supplier_decisions: Mapping[str, Any], evidence_decisions: Mapping[str, Any],
                   country: Any = str, reason: Any = str) -> pd.DataFrame:
    """One row per supplier in worklist order; ``country`` and ``reason`` format the country and the reason."""
    rows = []
    for rank, r in enumerate(ranked(run.results), start=1):
        fc = finding_counts(r, evidence_decisions)
        top = r.top_reasons(1)
        rows.append({
            "key": r.supplier_key, "Rank": rank, "Queue": queue_of(r), "Supplier": r.name,
            "Country": country(r.country), "Products": ", ".join(r.products),
            "Score": round(r.risk_score, 1), "Findings": fc.counted, "To decide": fc.to_decide,
            "Watchlist": _list_short(r.watchlist_matches[0]) if r.watchlist_matches else "",
            "Coverage": COVERAGE_STATES[0] if r.documents else COVERAGE_STATES[1],
            "Review": _review_state(r, supplier_decisions, fc),
            "Main reason": reason(top[0].reason) if top else (r.not_screened_reason or ""),
        })
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _list_short(match: Any) -> str:
    """'UFLPA' or 'CBP' for the government lists, the list's name otherwise."""
    return match.list_id.upper() if match.list_id in ("uflpa", "cbp") else match.list_name


@dataclass(frozen=True)
class WorklistFilter:
    """The filters of the worklist; an empty selection means "all"."""

    queues: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    reviews: tuple[str, ...] = ()
    coverage: tuple[str, ...] = ()
    watchlist_only: bool = False
    query: str = ""


def apply_filter(df: pd.DataFrame, f: WorklistFilter) -> pd.DataFrame:
    """The rows that pass every filter, in worklist order."""
    out = df
    if f.queues:
        out = out[out["Queue"].isin(f.queues)]
    if f.countries:
        out = out[out["Country"].isin(f.countries)]
    if f.products:
        wanted = set(f.products)
        out = out[out["Products"].apply(lambda s: bool(wanted & {p.strip() for p in str(s).split(",")}))]
    if f.reviews:
        out = out[out["Review"].isin(f.reviews)]
    if f.coverage:
        out = out[out["Coverage"].isin(f.coverage)]
    if f.watchlist_only:
        out = out[out["Watchlist"] != ""]
    q = f.query.strip().lower()
    if q:
        out = out[out[["Supplier", "Products", "Main reason"]].apply(
            lambda col: col.astype(str).str.lower().str.contains(q, regex=False)).any(axis=1)]
    return out


def product_options(df: pd.DataFrame) -> list[str]:
    """Every product named in the worklist, sorted."""
    return sorted({p.strip() for s in df["Products"] for p in str(s).split(",") if p.strip()})
