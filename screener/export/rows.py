"""Flat rows shared by the Suppliers sheet and the CSV export: one row per supplier, in rank order."""
from __future__ import annotations

import re
from typing import Any, Iterator

from screener.export.view import ExportView, indicator_label
from screener.contracts import SupplierResult

TOP_REASONS = 3
BASE_COLUMNS: tuple[str, ...] = (
    "Rank", "Supplier key", "Supplier name", "Supplier ID", "Country", "Country name", "Products",
    "Risk score", "Tier", "Model tier", "ILO rule", "ILO indicators", "Escalate now",
    *(f"Top reason {i + 1}" for i in range(TOP_REASONS)),
    "Asserted evidence", "Evidence (all)", "Watchlist matches", "Best watchlist match", "Inherent risk (max)",
    "Remediation steps", "Data-quality issues", "Review decision", "Reviewer", "Decided at", "Review note",
    "Documents", "Input row", "Screened", "Not-screened reason",
)
# Internal column names of the CSV (snake_case), in the same order as BASE_COLUMNS.
CSV_NAMES: tuple[str, ...] = tuple(c.lower().replace(" (", "_").replace(")", "").replace("-", "_").replace(" ", "_")
                                   for c in BASE_COLUMNS)


def country_name(iso2: str | None) -> str:
    """The country's display name, the same as the app shows (``screener.normalize.countries.country_name``)."""
    from screener.normalize.countries import country_name as _name

    return _name(iso2)


def yes_no(flag: bool | None) -> str:
    """"yes", "no" or "" for unknown."""
    return "" if flag is None else ("yes" if flag else "no")


def reason_text(points: float, reason: str) -> str:
    """A contribution as one line: reason and its points."""
    return f"{reason} ({points:+.1f} points)"


def ilo_indicators(res: SupplierResult) -> str:
    """Indicators behind the ILO rule, grouped by element."""
    parts = []
    if res.ilo_rule.involuntariness:
        parts.append("involuntariness: " + ", ".join(indicator_label(i) for i in res.ilo_rule.involuntariness))
    if res.ilo_rule.menace_of_penalty:
        parts.append("menace of penalty: " + ", ".join(indicator_label(i) for i in res.ilo_rule.menace_of_penalty))
    return "; ".join(parts)


def best_match(res: SupplierResult) -> str:
    """The strongest watchlist match in one line, or ""."""
    if not res.watchlist_matches:
        return ""
    m = max(res.watchlist_matches, key=lambda w: w.score)
    return f"{m.list_name}: {m.entity_name} (score {m.score:.2f})"


def supplier_row(view: ExportView, res: SupplierResult) -> list[Any]:
    """The flat values of one supplier, in BASE_COLUMNS order (extras not included)."""
    rec = view.records.get(res.supplier_key)
    decision = view.supplier_decisions.get(res.supplier_key)
    reasons = [reason_text(c.points, c.reason) for c in res.top_reasons(TOP_REASONS)]
    reasons += [""] * (TOP_REASONS - len(reasons))
    asserted = sum(1 for e in res.evidence if e.polarity == "asserted")
    return [
        view.ranks[res.supplier_key], res.supplier_key, res.name, rec.supplier_id if rec else None,
        res.country or "", country_name(res.country), "; ".join(res.products),
        round(float(res.risk_score), 2), res.tier, res.model_tier or "",
        ("met" if res.ilo_rule.met else "not met") if res.screened else "", ilo_indicators(res),
        yes_no(res.escalation.escalate_now) if res.screened else "",
        *reasons,
        asserted, len(res.evidence), len(res.watchlist_matches), best_match(res),
        round(max((i.level for i in res.inherent), default=0.0), 3), len(res.remediation), len(res.data_quality),
        decision.decision if decision else "", decision.reviewer if decision else "",
        _excel_time(decision.decided_at) if decision else "", view.text(decision.note) if decision else "",
        "; ".join(res.documents), res.row_number if res.row_number is not None else (rec.row_number if rec else None),
        yes_no(res.screened), res.not_screened_reason or "",
    ]


def _excel_time(iso: str) -> Any:
    from screener.export.xlsx_sheets import excel_time

    return excel_time(iso)


_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def typed_value(value: Any) -> Any:
    """A pass-through cell as a number when it is one ("1,200" -> 1200, "45.5" -> 45.5, "45%" -> 0.45).

    Codes with a leading zero ("00123") and anything else stay text.
    """
    if not isinstance(value, str):
        return value
    s = value.strip()
    pct = s.endswith("%")
    core = s[:-1].strip() if pct else s
    if not _NUMBER.match(core) or (len(core) > 1 and core.lstrip("+-")[:1] == "0" and core.lstrip("+-")[1:2] != "."):
        return value
    number = float(core.replace(",", ""))
    if pct:
        return number / 100
    return int(number) if number.is_integer() and "." not in core else number


def supplier_headers(view: ExportView) -> tuple[list[str], list[str]]:
    """(headers, extra input columns): the base columns, then the unmapped input columns."""
    extras = view.extra_columns()
    taken = set(BASE_COLUMNS)
    extra_headers = [f"{c} (input)" if c in taken else c for c in extras]
    return [*BASE_COLUMNS, *extra_headers], extras


def supplier_rows(view: ExportView, extras: list[str], limit: int | None = None) -> Iterator[list[Any]]:
    """The rows of the supplier list in rank order (the first ``limit`` only when given), one at a time."""
    for res in view.results[:limit] if limit is not None else view.results:
        values = view.extra_values(res.supplier_key)
        yield supplier_row(view, res) + [typed_value(values.get(c)) for c in extras]


def supplier_table(view: ExportView, limit: int | None = None) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of the supplier list: base columns, then the unmapped input columns."""
    headers, extras = supplier_headers(view)
    return headers, list(supplier_rows(view, extras, limit))
