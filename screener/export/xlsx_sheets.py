"""Detail sheets of the risk register: evidence, remediation, watchlist, inherent risk, data quality, reviews.

``write_table`` is the one way any sheet writes a table: escaped cells, bold header, frozen header row, auto
filter and column widths fitted to the content.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import math
from typing import Any, Callable, Iterable, Iterator, Sequence

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from screener.export.safety import clean_text, escape_text, safe_cell
from screener.export.xlsx_stream import SheetWriter, Styled
from screener.export.view import ExportView, indicator_label, tier_colour
from screener.contracts import Evidence
from screener.export.rows import country_name
from screener.labels import inherent_label, list_details, match_check_label

HEADER_FILL = PatternFill("solid", fgColor="1F3864")
HEADER_FONT = Font(bold=True, color="FFFFFF")
MIN_WIDTH, MAX_WIDTH, WRAP_OVER = 8, 70, 60
MARK_OPEN, MARK_CLOSE = "«", "»"
WRAP = Alignment(wrap_text=True, vertical="top")
HEADER_ALIGN = Alignment(vertical="top", wrap_text=True)
MATCH_FONT = InlineFont(b=True)  # the matched words of an evidence sentence (one object: fonts are slow to make)


WIDTH_SAMPLE = 2_000  # column widths are fitted to the header and the first rows (the highest ranked)
SAFE_TEXT_MEMO = 1 << 19  # distinct cell texts whose finished cell a table remembers


EXCEL_MAX_ROWS = 1_048_576  # rows in one Excel sheet


def write_table(out: SheetWriter, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                freeze: bool = True, autofilter: bool = True, tier_column: str | None = None,
                formats: dict[int, str] | None = None, widths: bool = True,
                fixed_widths: dict[str, float] | None = None, advance: Callable[[int], None] | None = None) -> int:
    """Append a header and rows with escaping, widths, frozen header and filter; returns the rows written.

    Rows may be a generator: only the first ``WIDTH_SAMPLE`` are held, to fit the column widths.
    """
    ws = out.ws
    it = iter(rows)
    head = list(itertools.islice(it, WIDTH_SAMPLE))
    if widths and out.row == 0:  # a write-only sheet takes widths before its first row only (later: ignored)
        fitted: list[float] = [len(str(h)) + 2 for h in headers]
        for row in head:
            for j, value in enumerate(row):
                if j < len(fitted):
                    shown = value.value if type(value) is Styled else value
                    fitted[j] = max(fitted[j], min(len(str(shown)) if shown is not None else 0, MAX_WIDTH) + 2)
        for j, w in enumerate(fitted, start=1):
            ws.column_dimensions[get_column_letter(j)].width = max(MIN_WIDTH, min(MAX_WIDTH, w))
        for letter, w in (fixed_widths or {}).items():
            ws.column_dimensions[letter].width = w
    if freeze and out.row == 0:  # like the widths, written with the sheet's top: before the first row
        ws.freeze_panes = f"A{out.row + 2}"
    header_row = out.append([out.cell(safe_cell(h), fill=HEADER_FILL, font=HEADER_FONT, alignment=HEADER_ALIGN)
                             for h in headers])
    tier_idx = headers.index(tier_column) if tier_column in headers else None
    tier_styles: dict[str, Styled] = {}
    fmt_cells = {j: out.cell(None, number_format=fmt) for j, fmt in (formats or {}).items() if j != tier_idx}
    wrap = out.cell(None, alignment=WRAP)
    memo: dict[str, Any] = {}  # each distinct text escaped (and set to wrap when long) once: labels, steps repeat
    n = 0
    rows_left = itertools.chain(head, it)
    for row in rows_left:
        if out.row >= EXCEL_MAX_ROWS - 1:  # one row kept for the note: say what was left out, never drop silently
            left_out = 1 + sum(1 for _ in rows_left)
            out.append([safe_cell(f"{left_out:,} more rows are not in this sheet: an Excel sheet holds at most "
                                  f"{EXCEL_MAX_ROWS:,} rows. Export to .json or .csv for the whole table.")])
            break
        values: list[Any] = []
        add = values.append
        for value in row:
            kind = type(value)
            if kind is str:
                if not value:  # an empty text cell reads back as an empty cell: leave it out of the file
                    add(None)
                    continue
                v: Any = memo.get(value)
                if v is None:
                    v = escape_text(clean_text(value))  # safe_cell of a text
                    if len(v) > WRAP_OVER:
                        v = Styled(v, wrap.xf, wrap.key)
                    if len(memo) < SAFE_TEXT_MEMO:
                        memo[value] = v
                add(v)
            elif kind is int or value is None or (kind is float and math.isfinite(value)):
                add(value)
            elif kind is Styled:  # a styled cell: escape its value, keep its style
                add(value if isinstance(value.value, CellRichText) else Styled(safe_cell(value.value), value.xf, value.key))
            else:
                v = value if isinstance(value, CellRichText) else safe_cell(value)
                add(Styled(v, wrap.xf, wrap.key) if v is not None and len(str(v)) > WRAP_OVER else v)
        for j, fmt_cell in fmt_cells.items():  # dates and percentages: a number format, no wrapping
            if j < len(row) and type(row[j]) is not Styled and values[j] is not None:
                v = values[j]
                values[j] = Styled(v.value if type(v) is Styled else v, fmt_cell.xf, fmt_cell.key)
        if tier_idx is not None and tier_idx < len(row) and type(row[tier_idx]) is not Styled:
            tier = str(row[tier_idx])  # colour the tier cell only: styling every cell is slow on large portfolios
            style = tier_styles.get(tier)
            if style is None:
                fill = PatternFill("solid", fgColor=tier_colour(tier))
                style = tier_styles[tier] = out.cell(None, fill=fill, number_format=(formats or {}).get(tier_idx))
            v = values[tier_idx]
            values[tier_idx] = Styled(v.value if type(v) is Styled else v, style.xf, style.key)
        out.append(values)
        n += 1
        if advance is not None and n % 1000 == 0:
            advance(1000)
    if advance is not None and n % 1000:
        advance(n % 1000)
    if autofilter and headers:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(headers))}{header_row + max(n, 1)}"
    return n


def marked_sentence(ev: Evidence) -> CellRichText:
    """The sentence with the match in bold between « and », escaped against formula injection."""
    before, match, after = ev.sentence[:ev.start], ev.sentence[ev.start:ev.end], ev.sentence[ev.end:]
    plain = f"{before}{MARK_OPEN}{match}{MARK_CLOSE}{after}"
    if safe_cell(plain) != plain and before:
        before = "'" + before
    blocks: list[Any] = []
    if before:
        blocks.append(clean_text(before))
    blocks.append(TextBlock(MATCH_FONT, clean_text(f"{MARK_OPEN}{match}{MARK_CLOSE}")))
    if after:
        blocks.append(clean_text(after))
    return CellRichText(blocks)


def _decision_cols(d: Any, view: ExportView) -> list[Any]:
    return ([d.decision, d.reviewer, view.text(d.note), excel_time(d.decided_at)] if d is not None
            else ["not reviewed", "", "", ""])


CONFIDENCE_TEXT = {"finding": "finding", "possible": "possible (counts once a reviewer confirms it)"}
EVIDENCE_HEADERS = ["Rank", "Supplier key", "Supplier", "Indicator", f"Sentence (match marked {MARK_OPEN}…{MARK_CLOSE})",
                    "Matched text", "Document", "Page", "Polarity", "Confidence", "Hedged", "Scope cue", "Match kind", "Match score",
                    "Lexicon entry", "Language", "Fingerprint", "Review status", "Reviewer", "Review note",
                    "Decided at"]


def _evidence_rows(view: ExportView) -> Iterator[list[Any]]:
    for res in view.results:
        for row in view.evidence[res.supplier_key]:
            ev = row.evidence
            yield [view.ranks[res.supplier_key], res.supplier_key, res.name, indicator_label(ev.indicator),
                   marked_sentence(ev), ev.matched_text, ev.document, ev.page, ev.polarity, CONFIDENCE_TEXT[ev.confidence],
                   "yes" if ev.hedged else "no", ev.cue, ev.match, round(ev.score, 3), ev.lexicon_entry, ev.lang,
                   row.fingerprint, *_decision_cols(row.review, view)]


def evidence_sheet(out: SheetWriter, view: ExportView) -> None:
    write_table(out, EVIDENCE_HEADERS, _evidence_rows(view), fixed_widths={"E": MAX_WIDTH},
                formats=col_formats(EVIDENCE_HEADERS, {"Decided at": TIME_FORMAT}))


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


DATE_FORMAT, TIME_FORMAT = "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
OVERDUE_FILL = PatternFill("solid", fgColor="FDECEA")


def col_formats(headers: Sequence[str], formats: dict[str, str]) -> dict[int, str]:
    """Number formats (dates, times, percentages) by column index, for ``write_table``."""
    return {list(headers).index(name): fmt for name, fmt in formats.items() if name in headers}


PLAN_HEADERS = ["Rank", "Supplier key", "Supplier", "Tier", "Step", "What to do", "Owner", "Priority", "Due date",
                "Status", "Overdue", "Closed when", "Closing note", "Closing document", "Last change by",
                "Last change at (UTC)", "Triggered by", "References"]


def _plan_rows(out: SheetWriter, view: ExportView) -> Iterator[list[Any]]:
    from screener.review.plans import STATUS_TEXT, plan_rows

    for res in view.results:
        reviews = [row.review for row in view.evidence[res.supplier_key]]
        steps = {s.key: s for s in res.remediation}
        for pr in plan_rows(res.remediation, view.plan_items, res.supplier_key, view.run_date,
                            today=view.generated_at.date()):
            st = steps[pr.step_key]
            status = (STATUS_TEXT.get(pr.status, pr.status) if pr.tracked
                      else _step_status(st.status, st.triggered_by, reviews))
            due: Any = pr.due_date
            overdue: Any = "yes" if pr.overdue else "no"
            if pr.overdue:  # overdue steps stand out: the due date and the flag on a red ground
                due = out.cell(safe_cell(pr.due_date), fill=OVERDUE_FILL, number_format=DATE_FORMAT)
                overdue = out.cell("yes", fill=OVERDUE_FILL)
            yield [view.ranks[res.supplier_key], res.supplier_key, res.name, res.tier, st.title, st.description,
                   pr.owner, st.priority, due, status, overdue, st.closing_evidence, view.text(pr.closing_note),
                   pr.closing_document, pr.updated_by, excel_time(pr.updated_at),
                   ", ".join(indicator_label(t) for t in st.triggered_by), "; ".join(st.references)]


def remediation_sheet(out: SheetWriter, view: ExportView) -> None:
    """The corrective-action plan: every step with its tracked owner, due date, status and closing evidence."""
    write_table(out, PLAN_HEADERS, _plan_rows(out, view), tier_column="Tier",
                formats=col_formats(PLAN_HEADERS, {"Due date": DATE_FORMAT, "Last change at (UTC)": TIME_FORMAT}))


def _date(value: str | None) -> dt.date | str:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value or "")


def referrals_sheet(out: SheetWriter, view: ExportView) -> None:
    """Referrals of severe cases to victim assistance (no worker's personal data)."""
    if not view.has_store:
        out.append(["No review store was given for this export: no referrals are shown."])
        return
    names = {r.supplier_key: r.name for r in view.results}
    headers = ["Supplier key", "Supplier", "Referred to", "Date of referral", "Consent obtained", "Case reference",
               "Recorded by", "Recorded at (UTC)"]
    rows = [[f.supplier_key, names.get(f.supplier_key, ""), f.organisation, _date(f.referred_on),
             "yes" if f.consent_obtained else "no", view.text(f.case_reference), f.recorded_by,
             excel_time(f.recorded_at)] for f in view.referrals]
    write_table(out, headers, rows,
                formats=col_formats(headers, {"Date of referral": DATE_FORMAT, "Recorded at (UTC)": TIME_FORMAT}))


def explain_features(features: Sequence[Any]) -> str:
    """Each match feature on its own line: name, value x weight, and what it means."""
    return "\n".join(f"{match_check_label(f.name)} = {f.value:.2f} x {f.weight:.2f}: {f.detail}" for f in features)


def _watchlist_rows(view: ExportView) -> Iterator[list[Any]]:
    for res in view.results:
        for m in sorted(res.watchlist_matches, key=lambda w: -w.score):
            yield [view.ranks[res.supplier_key], res.supplier_key, m.query_name, m.list_name, m.list_edition,
                   m.entity_name, m.matched_name, round(m.score, 3), m.country or "",
                   explain_features(m.features), "; ".join(f"{k}: {v}" for k, v in list_details(m.entity_details)),
                   m.source_url]


def watchlist_sheet(out: SheetWriter, view: ExportView) -> None:
    headers = ["Rank", "Supplier key", "Supplier name (as queried)", "List", "List edition", "Listed entity",
               "Name or alias matched", "Match score", "Entity country", "Why it matched", "Entity details", "Source"]
    write_table(out, headers, _watchlist_rows(view))


def inherent_sheet(out: SheetWriter, view: ExportView) -> None:
    headers = ["Rank", "Supplier key", "Supplier", "Country", "Good", "Kind", "Level (0-1)", "Why", "Source", "Edition"]
    tails: dict[int, tuple[Any, list[Any]]] = {}  # the items a run shares between suppliers, made into cells once

    def tail(i: Any) -> list[Any]:
        hit = tails.get(id(i))
        if hit is None or hit[0] is not i:
            hit = tails[id(i)] = (i, [country_name(i.country), i.good or "", inherent_label(i.kind), round(i.level, 3),
                                      i.description, i.source, i.edition])
        return hit[1]

    rows = ([view.ranks[r.supplier_key], r.supplier_key, r.name, *tail(i)] for r in view.results for i in r.inherent)
    write_table(out, headers, rows)


def quality_sheet(out: SheetWriter, view: ExportView) -> None:
    headers = ["Severity", "Issue", "Message", "File", "Sheet", "Row", "Column", "Supplier key"]
    rows = ([i.severity, i.code, i.message, i.file, i.sheet or "", i.row, i.column or "", i.supplier_key or ""]
            for i in view.data_quality())
    write_table(out, headers, rows)


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def reviews_sheet(out: SheetWriter, view: ExportView) -> None:
    """Supplier decisions, evidence decisions and the audit log, one table below the other."""
    if not view.has_store:
        out.append(["No review store was given for this export: no reviewer decisions are shown."])
        return
    title = Font(bold=True, size=12)
    names = {r.supplier_key: r.name for r in view.results}
    out.append([out.cell("Supplier decisions", font=title)])
    sup_headers = ["Supplier key", "Supplier", "Decision", "Note", "Reviewer", "Decided at"]
    sup = [[k, names.get(k, ""), d.decision, view.text(d.note), d.reviewer, excel_time(d.decided_at)]
           for k, d in sorted(view.supplier_decisions.items())]
    write_table(out, sup_headers, sup, freeze=False, autofilter=False,
                formats=col_formats(sup_headers, {"Decided at": TIME_FORMAT}))
    for _ in range(2):
        out.append([])
    out.append([out.cell("Evidence decisions", font=title)])
    ev_headers = ["Supplier key", "Supplier", "Fingerprint", "Indicator", "Decision", "Note", "Reviewer", "Decided at"]
    evd = ([d.supplier_key, names.get(d.supplier_key, ""), fp, indicator_label(d.indicator or ""), d.decision,
            view.text(d.note), d.reviewer, excel_time(d.decided_at)] for fp, d in view.evidence_decisions.items())
    write_table(out, ev_headers, evd, freeze=False, autofilter=False, widths=False,
                formats=col_formats(ev_headers, {"Decided at": TIME_FORMAT}))
    for _ in range(2):
        out.append([])
    out.append([out.cell("Audit log (append-only, oldest first)", font=title)])
    from screener.review.plans import audit_action, audit_summary

    titles = {s.key: s.title for r in view.results for s in r.remediation}
    log_headers = ["Entry", "At (UTC)", "Reviewer", "Action", "Supplier key", "What was recorded",
                   "Fingerprint or step", "Before", "After"]
    log = ([a.id, excel_time(a.at), a.reviewer, audit_action(a.action), a.supplier_key,
            view.text(audit_summary(a.action, a.after, titles, a.fingerprint, indicator_label)),
            a.fingerprint or "", view.text(_json(a.before)), view.text(_json(a.after))] for a in view.audit_log)
    write_table(out, log_headers, log, freeze=False, autofilter=True, widths=False,
                formats=col_formats(log_headers, {"At (UTC)": TIME_FORMAT}))
