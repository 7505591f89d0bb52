"""Detail sheets of the risk register: evidence, remediation, watchlist, inherent risk, data quality, reviews.

``write_table`` is the one way any sheet writes a table: escaped cells, bold header, frozen header row, auto
filter and column widths fitted to the content.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Sequence

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from screener.export.safety import clean_text, safe_cell
from screener.export.view import ExportView, indicator_label, tier_colour
from screener.models import Evidence
from screener.export.rows import country_name
from screener.labels import inherent_label, list_details, match_check_label

HEADER_FILL = PatternFill("solid", fgColor="1F3864")
HEADER_FONT = Font(bold=True, color="FFFFFF")
MIN_WIDTH, MAX_WIDTH, WRAP_OVER = 8, 70, 60
MARK_OPEN, MARK_CLOSE = "«", "»"
WRAP = Alignment(wrap_text=True, vertical="top")


def write_table(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]], *, start_row: int = 1,
                freeze: bool = True, autofilter: bool = True, tier_column: str | None = None) -> None:
    """Write a header and rows at ``start_row`` with escaping, widths, frozen header and filter."""
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=start_row, column=j, value=safe_cell(h))
        c.fill, c.font = HEADER_FILL, HEADER_FONT
        c.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [len(str(h)) + 2 for h in headers]
    tier_idx = headers.index(tier_column) if tier_column in headers else None
    fills: dict[str, PatternFill] = {}
    for i, row in enumerate(rows, start=start_row + 1):
        for j, value in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=value if isinstance(value, CellRichText) else safe_cell(value))
            text = str(value) if value is not None else ""
            widths[j - 1] = max(widths[j - 1], min(len(text), MAX_WIDTH) + 2)
            if len(text) > WRAP_OVER:
                c.alignment = WRAP
        if tier_idx is not None:  # colour the tier cell only: styling every cell is slow on large portfolios
            tier = str(row[tier_idx])
            fill = fills.setdefault(tier, PatternFill("solid", fgColor=tier_colour(tier)))
            ws.cell(row=i, column=tier_idx + 1).fill = fill
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = max(MIN_WIDTH, min(MAX_WIDTH, w))
    if freeze:
        ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    if autofilter and headers:
        last = start_row + max(len(rows), 1)
        ws.auto_filter.ref = f"A{start_row}:{get_column_letter(len(headers))}{last}"


def marked_sentence(ev: Evidence) -> CellRichText:
    """The sentence with the match in bold between « and », escaped against formula injection."""
    before, match, after = ev.sentence[:ev.start], ev.sentence[ev.start:ev.end], ev.sentence[ev.end:]
    plain = f"{before}{MARK_OPEN}{match}{MARK_CLOSE}{after}"
    if safe_cell(plain) != plain and before:
        before = "'" + before
    blocks: list[Any] = []
    if before:
        blocks.append(clean_text(before))
    blocks.append(TextBlock(InlineFont(b=True), clean_text(f"{MARK_OPEN}{match}{MARK_CLOSE}")))
    if after:
        blocks.append(clean_text(after))
    return CellRichText(blocks)


def _decision_cols(d: Any, view: ExportView) -> list[Any]:
    return ([d.decision, d.reviewer, view.text(d.note), excel_time(d.decided_at)] if d is not None
            else ["not reviewed", "", "", ""])


def evidence_sheet(ws: Worksheet, view: ExportView) -> None:
    headers = ["Rank", "Supplier key", "Supplier", "Indicator", f"Sentence (match marked {MARK_OPEN}…{MARK_CLOSE})",
               "Matched text", "Document", "Page", "Polarity", "Hedged", "Scope cue", "Match kind", "Match score",
               "Lexicon entry", "Language", "Fingerprint", "Review status", "Reviewer", "Review note", "Decided at"]
    rows = []
    for res in view.results:
        for row in view.evidence[res.supplier_key]:
            ev = row.evidence
            rows.append([view.ranks[res.supplier_key], res.supplier_key, res.name, indicator_label(ev.indicator),
                         marked_sentence(ev), ev.matched_text, ev.document, ev.page, ev.polarity,
                         "yes" if ev.hedged else "no", ev.cue, ev.match, round(ev.score, 3), ev.lexicon_entry, ev.lang,
                         row.fingerprint, *_decision_cols(row.review, view)])
    write_table(ws, headers, rows)
    format_columns(ws, headers, {"Decided at": TIME_FORMAT})
    ws.column_dimensions["E"].width = MAX_WIDTH


def _step_status(step_status: str, triggers: Sequence[str], reviews: list[Any]) -> str:
    """The step's own status, or a note when reviewers marked all evidence behind it remediated."""
    relevant = [r for r in reviews if r is not None and getattr(r, "indicator", None) in triggers]
    if relevant and all(r.decision == "remediated" for r in relevant):
        return f"{step_status}; evidence marked remediated by reviewer (verify closing evidence)"
    return step_status


def excel_time(iso: str | None) -> dt.datetime | str:
    """An ISO 8601 UTC timestamp as a naive UTC datetime Excel can sort and filter ("" when missing)."""
    if not iso:
        return ""
    try:
        when = dt.datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when.replace(microsecond=0)


def format_columns(ws: Worksheet, headers: Sequence[str], formats: dict[str, str], start_row: int = 1) -> None:
    """Give the named columns a number format (dates, times, percentages) below the header row."""
    for name, fmt in formats.items():
        if name in headers:
            col = get_column_letter(list(headers).index(name) + 1)
            for cell in ws[col][start_row:]:
                if cell.value not in (None, ""):
                    cell.number_format = fmt


DATE_FORMAT, TIME_FORMAT = "yyyy-mm-dd", "yyyy-mm-dd hh:mm"


def remediation_sheet(ws: Worksheet, view: ExportView) -> None:
    """The corrective-action plan: every step with its tracked owner, due date, status and closing evidence."""
    from screener.plans import STATUS_TEXT, plan_rows

    headers = ["Rank", "Supplier key", "Supplier", "Tier", "Step", "What to do", "Owner", "Priority", "Due date",
               "Status", "Overdue", "Closed when", "Closing note", "Closing document", "Last change by",
               "Last change at (UTC)", "Triggered by", "References"]
    rows = []
    for res in view.results:
        reviews = [row.review for row in view.evidence[res.supplier_key]]
        steps = {s.key: s for s in res.remediation}
        for pr in plan_rows(res.remediation, view.plan_items, res.supplier_key, view.run_date,
                            today=view.generated_at.date()):
            st = steps[pr.step_key]
            status = (STATUS_TEXT.get(pr.status, pr.status) if pr.tracked
                      else _step_status(st.status, st.triggered_by, reviews))
            rows.append([view.ranks[res.supplier_key], res.supplier_key, res.name, res.tier, st.title, st.description,
                         pr.owner, st.priority, pr.due_date, status, "yes" if pr.overdue else "no",
                         st.closing_evidence, view.text(pr.closing_note), pr.closing_document, pr.updated_by,
                         excel_time(pr.updated_at), ", ".join(indicator_label(t) for t in st.triggered_by),
                         "; ".join(st.references)])
    write_table(ws, headers, rows, tier_column="Tier")
    format_columns(ws, headers, {"Due date": DATE_FORMAT, "Last change at (UTC)": TIME_FORMAT})
    overdue = PatternFill("solid", fgColor="FDECEA")
    col = headers.index("Overdue") + 1
    for i, row in enumerate(rows, start=2):
        if row[col - 1] == "yes":
            for j in (col, headers.index("Due date") + 1):
                ws.cell(row=i, column=j).fill = overdue


def referrals_sheet(ws: Worksheet, view: ExportView) -> None:
    """Referrals of severe cases to victim assistance (no worker's personal data)."""
    names = {r.supplier_key: r.name for r in view.results}
    headers = ["Supplier key", "Supplier", "Referred to", "Date of referral", "Consent obtained", "Case reference",
               "Recorded by", "Recorded at (UTC)"]
    rows = [[f.supplier_key, names.get(f.supplier_key, ""), f.organisation, _date(f.referred_on),
             "yes" if f.consent_obtained else "no", view.text(f.case_reference), f.recorded_by,
             excel_time(f.recorded_at)] for f in view.referrals]
    if not view.has_store:
        ws.cell(row=1, column=1, value="No review store was given for this export: no referrals are shown.")
        return
    write_table(ws, headers, rows)
    format_columns(ws, headers, {"Date of referral": DATE_FORMAT, "Recorded at (UTC)": TIME_FORMAT})


def _date(value: str | None) -> dt.date | str:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value or "")


def explain_features(features: Sequence[Any]) -> str:
    """Each match feature on its own line: name, value x weight, and what it means."""
    return "\n".join(f"{match_check_label(f.name)} = {f.value:.2f} x {f.weight:.2f}: {f.detail}" for f in features)


def watchlist_sheet(ws: Worksheet, view: ExportView) -> None:
    headers = ["Rank", "Supplier key", "Supplier name (as queried)", "List", "List edition", "Listed entity",
               "Name or alias matched", "Match score", "Entity country", "Why it matched", "Entity details", "Source"]
    rows = []
    for res in view.results:
        for m in sorted(res.watchlist_matches, key=lambda w: -w.score):
            rows.append([view.ranks[res.supplier_key], res.supplier_key, m.query_name, m.list_name, m.list_edition,
                         m.entity_name, m.matched_name, round(m.score, 3), m.country or "",
                         explain_features(m.features), "; ".join(f"{k}: {v}" for k, v in list_details(m.entity_details)),
                         m.source_url])
    write_table(ws, headers, rows)


def inherent_sheet(ws: Worksheet, view: ExportView) -> None:
    headers = ["Rank", "Supplier key", "Supplier", "Country", "Good", "Kind", "Level (0-1)", "Why", "Source", "Edition"]
    rows = [[view.ranks[r.supplier_key], r.supplier_key, r.name, country_name(i.country), i.good or "", inherent_label(i.kind),
             round(i.level, 3), i.description, i.source, i.edition] for r in view.results for i in r.inherent]
    write_table(ws, headers, rows)


def quality_sheet(ws: Worksheet, view: ExportView) -> None:
    headers = ["Severity", "Issue", "Message", "File", "Sheet", "Row", "Column", "Supplier key"]
    rows = [[i.severity, i.code, i.message, i.file, i.sheet or "", i.row, i.column or "", i.supplier_key or ""]
            for i in view.data_quality()]
    write_table(ws, headers, rows)


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def reviews_sheet(ws: Worksheet, view: ExportView) -> None:
    """Supplier decisions, evidence decisions and the audit log, one table below the other."""
    if not view.has_store:
        ws.cell(row=1, column=1, value="No review store was given for this export: no reviewer decisions are shown.")
        return
    names = {r.supplier_key: r.name for r in view.results}
    row = 1
    ws.cell(row=row, column=1, value="Supplier decisions").font = Font(bold=True, size=12)
    sup = [[k, names.get(k, ""), d.decision, view.text(d.note), d.reviewer, excel_time(d.decided_at)]
           for k, d in sorted(view.supplier_decisions.items())]
    write_table(ws, ["Supplier key", "Supplier", "Decision", "Note", "Reviewer", "Decided at"], sup,
                start_row=row + 1, freeze=False, autofilter=False)
    row += len(sup) + 4
    ws.cell(row=row, column=1, value="Evidence decisions").font = Font(bold=True, size=12)
    evd = [[d.supplier_key, names.get(d.supplier_key, ""), fp, indicator_label(d.indicator or ""), d.decision,
            view.text(d.note), d.reviewer, excel_time(d.decided_at)] for fp, d in view.evidence_decisions.items()]
    write_table(ws, ["Supplier key", "Supplier", "Fingerprint", "Indicator", "Decision", "Note", "Reviewer",
                     "Decided at"], evd, start_row=row + 1, freeze=False, autofilter=False)
    row += len(evd) + 4
    ws.cell(row=row, column=1, value="Audit log (append-only, oldest first)").font = Font(bold=True, size=12)
    from screener.plans import audit_action, audit_summary

    titles = {s.key: s.title for r in view.results for s in r.remediation}
    log = [[a.id, excel_time(a.at), a.reviewer, audit_action(a.action), a.supplier_key,
            view.text(audit_summary(a.action, a.after, titles, a.fingerprint, indicator_label)),
            a.fingerprint or "", view.text(_json(a.before)), view.text(_json(a.after))] for a in view.audit_log]
    write_table(ws, ["Entry", "At (UTC)", "Reviewer", "Action", "Supplier key", "What was recorded",
                     "Fingerprint or step", "Before", "After"],
                log, start_row=row + 1, freeze=False, autofilter=True)
