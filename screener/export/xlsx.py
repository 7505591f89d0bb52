"""The Excel risk register: Summary with charts, ranked Suppliers, detail sheets and Methodology."""
from __future__ import annotations

import io
from collections import Counter
from typing import Any, Callable

from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from screener.export import xlsx_sheets as sheets
from screener.export.rows import country_name, supplier_headers, supplier_rows
from screener.export.safety import safe_cell
from screener.export.xlsx_stream import StreamedWorkbook
from screener.export.view import (
    ExportView, model_card_summary, model_statement, redaction_statement, tier_colour,
)
from screener.redact import redaction_edition

SHEETS: tuple[str, ...] = ("Summary", "Suppliers", "Evidence", "Corrective-action plan", "Referrals",
                           "Watchlist matches", "Inherent risk", "Data quality", "Reviews & audit log", "Methodology")
TIERS: tuple[str, ...] = ("high", "needs assessment", "medium", "low", "not screened")
TOP_COUNTRIES = 10


def kpis(view: ExportView) -> list[tuple[str, Any]]:
    """The headline figures of the run, as (label, number)."""
    res = view.results
    tiers = Counter(r.tier for r in res)
    reviewed = sum(1 for rows in view.evidence.values() for row in rows if row.review is not None)
    return [
        ("Suppliers in the input", len(res)),
        ("Screened", sum(1 for r in res if r.screened)),
        ("Not screened (see Data quality)", sum(1 for r in res if not r.screened)),
        ("High risk", tiers.get("high", 0)),
        ("Medium risk", tiers.get("medium", 0)),
        ("Needs assessment (no current audit, high inherent risk)", tiers.get("needs assessment", 0)),
        ("Low risk", tiers.get("low", 0)),
        ("Assessed on evidence", sum(1 for r in res if r.assessment_basis == "evidence")),
        ("Assessed on inherent risk alone", sum(1 for r in res if r.assessment_basis == "inherent risk alone")),
        ("ILO forced-labour rule met", sum(1 for r in res if r.ilo_rule.met)),
        ("Escalate now (severe cases)", sum(1 for r in res if r.escalation.escalate_now)),
        ("Suppliers with watchlist matches", sum(1 for r in res if r.watchlist_matches)),
        ("Asserted evidence sentences", sum(1 for r in res for e in r.evidence if e.polarity == "asserted")),
        ("Evidence sentences (all polarities)", sum(len(r.evidence) for r in res)),
        ("Evidence sentences reviewed", reviewed),
        ("Remediation steps", sum(len(r.remediation) for r in res)),
        ("Data-quality issues", len(view.data_quality())),
        ("Documents screened", len(view.run.documents)),
    ]


def country_counts(view: ExportView) -> list[list[Any]]:
    """Top countries by high, then medium, then all suppliers: [country, high, medium, low, total]."""
    table: dict[str, Counter] = {}
    for r in view.results:
        if r.screened:
            table.setdefault(r.country or "unknown", Counter())[r.tier] += 1
    rows: list[list[Any]] = [[f"{country_name(c) if c != 'unknown' else 'unknown'} ({c})", n["high"], n["medium"], n["low"],
             sum(n.values())] for c, n in table.items()]
    rows.sort(key=lambda x: (-x[1], -x[2], -x[4], x[0]))
    return rows[:TOP_COUNTRIES]


def summary_sheet(out: sheets.SheetWriter, view: ExportView) -> None:
    ws = out.ws
    bold = Font(bold=True)
    ws.column_dimensions["A"].width = 40
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    out.append([out.cell("Forced-labour risk register", font=Font(bold=True, size=16))])
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, (text, font) in enumerate((
            (f"Run of {view.run.started_at:%Y-%m-%d %H:%M %Z}, exported {view.generated_at:%Y-%m-%d %H:%M} "
             f"UTC. Suppliers file: {view.run.table.source_file}.", None),
            (redaction_statement(view.redacted), Font(italic=True, color="9C0006" if not view.redacted else "375623")),
    ), start=2):  # keep the long lines left of the charts
        ws.merged_cells.add(f"A{r}:E{r}")
        ws.row_dimensions[r].height = 30
        out.append([out.cell(safe_cell(text), font=font, alignment=wrap)])
    out.append([])
    out.append([out.cell("Key figures", font=Font(bold=True, size=12))])
    for label, value in kpis(view):
        out.append([label, value])
    out.append([])
    tier_top = out.append([out.cell("Tier", font=bold), out.cell("Suppliers", font=bold)])
    counts = Counter(r.tier for r in view.results)
    for t in TIERS:
        out.append([out.cell(t, fill=PatternFill("solid", fgColor=tier_colour(t))), counts.get(t, 0)])
    out.append([])
    country_top = out.append([out.cell(h, font=bold) for h in ("Country", "High", "Medium", "Low", "All screened")])
    crow = country_counts(view)
    for values in crow:
        out.append([safe_cell(v) for v in values])
    _charts(ws, tier_top, country_top, len(crow))
    out.append([])
    out.append([out.cell("About the scores", font=bold)])
    row = out.row + 1
    ws.merged_cells.add(f"A{row}:E{row}")
    ws.row_dimensions[row].height = 75
    out.append([out.cell(safe_cell(model_statement()), alignment=Alignment(wrap_text=True))])


def _charts(ws: Worksheet, tier_top: int, country_top: int, n_countries: int) -> None:
    data = Reference(ws, min_col=2, min_row=tier_top, max_row=tier_top + len(TIERS))
    cats = Reference(ws, min_col=1, min_row=tier_top + 1, max_row=tier_top + len(TIERS))
    bar = BarChart()
    bar.title, bar.y_axis.title, bar.legend = "Suppliers by risk tier", "Suppliers", None
    bar.add_data(data, titles_from_data=True)
    bar.set_categories(cats)
    bar.dataLabels = DataLabelList(showVal=True)
    bar.height, bar.width = 7.5, 13
    ws.add_chart(bar, "G2")
    pie = PieChart()
    pie.title = "Share of suppliers by tier"
    pie.add_data(data, titles_from_data=True)
    pie.set_categories(cats)
    pie.dataLabels = DataLabelList(showPercent=True)
    pie.height, pie.width = 7.5, 13
    ws.add_chart(pie, "G18")
    if n_countries:
        cbar = BarChart()
        cbar.type, cbar.grouping, cbar.overlap = "bar", "stacked", 100
        cbar.title, cbar.x_axis.title = f"Top {n_countries} countries by risk", "Country"
        cbar.add_data(Reference(ws, min_col=2, max_col=4, min_row=country_top, max_row=country_top + n_countries),
                      titles_from_data=True)
        cbar.set_categories(Reference(ws, min_col=1, min_row=country_top + 1, max_row=country_top + n_countries))
        cbar.height, cbar.width = 9, 13
        ws.add_chart(cbar, "G34")


def suppliers_sheet(out: sheets.SheetWriter, view: ExportView, advance: Callable[[int], None] | None = None) -> None:
    out.ws.freeze_panes = "D2"  # keep rank, key and name in view while scrolling right
    headers, extras = supplier_headers(view)
    percent = {h for h, c in zip(headers[len(headers) - len(extras):], extras)
               if any(isinstance(v, str) and v.strip().endswith("%")
                      for v in (view.extra_values(r.supplier_key).get(c) for r in view.results[:sheets.WIDTH_SAMPLE]))}
    formats = sheets.col_formats(headers, {"Decided at": sheets.TIME_FORMAT, **{h: "0%" for h in percent}})
    sheets.write_table(out, headers, supplier_rows(view, extras), tier_column="Tier", freeze=False, advance=advance,
                       formats=formats)  # "45%" in the input shows as 45%


def methodology_rows(view: ExportView) -> list[tuple[str, Any]]:
    """What was screened, with which editions, thresholds and settings: (item, value)."""
    run = view.run
    rows: list[tuple[str, Any]] = [
        ("Run started (UTC)", run.started_at.isoformat()),
        ("Run duration (s)", round(run.duration_s, 2)),
        ("Exported at (UTC)", view.generated_at.isoformat(timespec="seconds")),
        ("Result schema version", run.schema_version),
        ("Suppliers sheet", f"{run.table.source_file}" + (f", sheet {run.table.sheet}" if run.table.sheet else "")
         + f", header row {run.table.header_row}"),
        ("Redaction", "on" if view.redacted else "OFF (authorised use)"),
        ("Redaction statement", redaction_statement(view.redacted)),
        ("Redaction patterns edition", redaction_edition()),
        ("Model statement", model_statement()),
    ]
    rows += [(f"Input file ({f.kind}): {f.name}", f"SHA-256 {f.sha256}") for f in run.input_files]
    rows += [(f"Edition: {k}", v) for k, v in sorted(run.editions.items())]
    rows += [(f"Threshold: {k}", v) for k, v in sorted(run.thresholds.items())]
    rows += [("Column mapping: " + m.source_column, f"{m.field or '(kept as is)'} via {m.method} "
              f"(confidence {m.confidence:.2f})") for m in run.table.mappings]
    rows += [("Ranking", "Screened suppliers by risk score (highest first), then tier, escalation, ILO rule and "
              "name; not screened last."),
             ("Evidence polarity", "Only 'asserted' evidence raises risk; negated, hypothetical, policy and "
              "remediated sentences are kept and shown."),
             ("Due dates", "Remediation due dates are counted from the run date by priority "
              "(lexicons/export.yaml: due_days).")]
    card = model_card_summary()
    rows += [("Model card", line) for line in card] or [("Model card", "MODEL_CARD.md was not found.")]
    return rows


def methodology_sheet(out: sheets.SheetWriter, view: ExportView) -> None:
    wrap = Alignment(wrap_text=True, vertical="top")
    rows = ([item, out.cell(safe_cell(value), alignment=wrap)] for item, value in methodology_rows(view))
    sheets.write_table(out, ["Item", "Value"], rows, autofilter=False, widths=False,
                       fixed_widths={"A": 45, "B": 110})


def write_workbook(view: ExportView, target: Any, advance: Callable[[int], None] | None = None,
                   stream: bool = True) -> None:
    """Write the whole register to ``target`` (a path or binary file).

    openpyxl lays the workbook out; rows are streamed to temporary files as they are made
    (``screener.export.xlsx_stream``), so memory grows only with the distinct texts; ``advance(n)`` counts
    the supplier rows written. ``stream=False`` writes every cell through openpyxl instead (slow; the
    reference the tests compare the streamed file with).
    """
    book = StreamedWorkbook(stream)
    try:
        writers = {name: book.sheet(name) for name in SHEETS}
        summary_sheet(writers["Summary"], view)
        suppliers_sheet(writers["Suppliers"], view, advance)
        sheets.evidence_sheet(writers["Evidence"], view)
        sheets.remediation_sheet(writers["Corrective-action plan"], view)
        sheets.referrals_sheet(writers["Referrals"], view)
        sheets.watchlist_sheet(writers["Watchlist matches"], view)
        sheets.inherent_sheet(writers["Inherent risk"], view)
        sheets.quality_sheet(writers["Data quality"], view)
        sheets.reviews_sheet(writers["Reviews & audit log"], view)
        methodology_sheet(writers["Methodology"], view)
        book.wb.properties.title = "Forced-labour risk register"
        book.wb.properties.creator = "screener"
    except BaseException:
        book.discard()
        raise
    book.save(target)


def workbook_bytes(view: ExportView) -> bytes:
    """The register as .xlsx file content."""
    buf = io.BytesIO()
    write_workbook(view, buf)
    return buf.getvalue()
