"""The Excel risk register: Summary with charts, ranked Suppliers, detail sheets and Methodology."""
from __future__ import annotations

import io
from collections import Counter
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from screener.export import xlsx_sheets as sheets
from screener.export.rows import country_name, supplier_table
from screener.export.safety import safe_cell
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
    rows = [[f"{country_name(c) if c != 'unknown' else 'unknown'} ({c})", n["high"], n["medium"], n["low"],
             sum(n.values())] for c, n in table.items()]
    rows.sort(key=lambda x: (-x[1], -x[2], -x[4], x[0]))
    return rows[:TOP_COUNTRIES]


def summary_sheet(ws: Worksheet, view: ExportView) -> None:
    ws["A1"] = "Forced-labour risk register"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = safe_cell(f"Run of {view.run.started_at:%Y-%m-%d %H:%M %Z}, exported {view.generated_at:%Y-%m-%d %H:%M} "
                         f"UTC. Suppliers file: {view.run.table.source_file}.")
    ws["A3"] = safe_cell(redaction_statement(view.redacted))
    ws["A3"].font = Font(italic=True, color="9C0006" if not view.redacted else "375623")
    for r in (2, 3):  # keep the long lines left of the charts
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30
    row = 5
    ws.cell(row=row, column=1, value="Key figures").font = Font(bold=True, size=12)
    for label, value in kpis(view):
        row += 1
        ws.cell(row=row, column=1, value=label)
        ws.cell(row=row, column=2, value=value)
    row += 2
    tier_top = row
    ws.cell(row=row, column=1, value="Tier").font = Font(bold=True)
    ws.cell(row=row, column=2, value="Suppliers").font = Font(bold=True)
    counts = Counter(r.tier for r in view.results)
    for t in TIERS:
        row += 1
        ws.cell(row=row, column=1, value=t).fill = PatternFill("solid", fgColor=tier_colour(t))
        ws.cell(row=row, column=2, value=counts.get(t, 0))
    row += 2
    country_top = row
    for j, h in enumerate(("Country", "High", "Medium", "Low", "All screened"), start=1):
        ws.cell(row=row, column=j, value=h).font = Font(bold=True)
    crow = country_counts(view)
    for values in crow:
        row += 1
        for j, v in enumerate(values, start=1):
            ws.cell(row=row, column=j, value=safe_cell(v))
    ws.column_dimensions["A"].width = 40
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    _charts(ws, tier_top, country_top, len(crow))
    row += 2
    ws.cell(row=row, column=1, value="About the scores").font = Font(bold=True)
    ws.cell(row=row + 1, column=1, value=safe_cell(model_statement())).alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=5)
    ws.row_dimensions[row + 1].height = 75


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


def suppliers_sheet(ws: Worksheet, view: ExportView) -> None:
    headers, rows = supplier_table(view)
    sheets.write_table(ws, headers, rows, tier_column="Tier")
    sheets.format_columns(ws, headers, {"Decided at": sheets.TIME_FORMAT})
    percent = {h for h in headers if any(isinstance(v, str) and v.strip().endswith("%")
                                          for v in (view.extra_values(r.supplier_key).get(h) for r in view.results))}
    sheets.format_columns(ws, headers, {h: "0%" for h in percent})  # "45%" in the input shows as 45%
    ws.freeze_panes = "D2"  # keep rank, key and name in view while scrolling right


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


def methodology_sheet(ws: Worksheet, view: ExportView) -> None:
    sheets.write_table(ws, ["Item", "Value"], methodology_rows(view), autofilter=False)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 45, 110
    for cell in ws["B"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def build_workbook(view: ExportView) -> Workbook:
    """The whole register as an openpyxl Workbook."""
    wb = Workbook()
    wb.active.title = SHEETS[0]
    for name in SHEETS[1:]:
        wb.create_sheet(name)
    summary_sheet(wb["Summary"], view)
    suppliers_sheet(wb["Suppliers"], view)
    sheets.evidence_sheet(wb["Evidence"], view)
    sheets.remediation_sheet(wb["Corrective-action plan"], view)
    sheets.referrals_sheet(wb["Referrals"], view)
    sheets.watchlist_sheet(wb["Watchlist matches"], view)
    sheets.inherent_sheet(wb["Inherent risk"], view)
    sheets.quality_sheet(wb["Data quality"], view)
    sheets.reviews_sheet(wb["Reviews & audit log"], view)
    methodology_sheet(wb["Methodology"], view)
    wb.properties.title = "Forced-labour risk register"
    wb.properties.creator = "screener"
    return wb


def workbook_bytes(view: ExportView) -> bytes:
    """The register as .xlsx file content."""
    buf = io.BytesIO()
    build_workbook(view).save(buf)
    return buf.getvalue()
