"""Write the supplier tables of the sample portfolio the messy way real ERP exports look.

``suppliers.xlsx`` (English ERP export, title rows above the header, mixed formats) and
``suppliers_es.csv`` (Spanish headers, ``;`` delimiter, decimal comma). Returns the answer-key facts
about the rows (sheet row numbers, free-text findings that assert or deny indicators).
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from sample_content_places import COUNTRIES, SHEET_ES
from sample_suppliers_plan import Supplier

TITLE = "Vendor master export \u2014 Procurement \u2014 generated 2026-10-14"
HEADERS = ["Vendor No.", "Vendor Name", "Ctry", "City", "Main product(s)", "No. of workers", "% migrant workers",
           "Labour agency used?", "Recruitment fees charged?", "Worker housing", "Last audit", "Audit report",
           "Audit findings (summary)", "Tier", "Annual spend (EUR)", "Buyer contact", "Payment terms"]
HEADERS_ES = ["Código", "Proveedor", "País", "Ciudad", "Producto principal", "Nº de trabajadores",
              "% trabajadores migrantes", "¿Usa agencia de contratación?", "Última auditoría", "Informe de auditoría",
              "Observaciones", "Comprador"]
SUMMARY = {"clean": ["No NCs", "0 NC", "Clean audit"], "low": ["1 minor NC (H&S) - closed", "2 minor NCs, CAP agreed"],
           "medium": ["3 NCs incl. 1 major - follow-up due", "Major NC wages & hours; CAP open"],
           "severe": ["Zero-tolerance findings - see report", "ZT issue escalated to sourcing director", "Critical NCs, follow-up pending"]}
NO_REPORT = ["", "", "Not audited", "SAQ only", "Audit scheduled Q1 2027", "", "Awaiting report from auditor"]
# free-text cells that state an indicator (text, indicator, polarity)
CELL_FINDINGS = [
    ("Agent holds passports of migrant workers (SAQ 2025)", "retention_of_identity_documents", "asserted"),
    ("Children seen at subcontracted kiln during visit", "child_labour", "asserted"),
    ("No recruitment fees charged - confirmed by supplier", "recruitment_fees", "negated"),
    ("Wages 2 months in arrears per worker hotline", "withholding_of_wages", "asserted"),
    ("Passports returned to workers Feb 2025 (verified)", "retention_of_identity_documents", "remediated"),
    ("Overtime up to 90 h/week in peak season reported by NGO", "excessive_overtime", "asserted"),
]
BUYERS = ["J. Meyer", "a.kowalski@buyer.example", "S. Dubois", "M. Rossi", "", "P. Jansen"]
TERMS = ["60 days net", "30 days EOM", "LC at sight", "90 days net", "45 days net", ""]


def _yes_no(rng: random.Random, value: bool | None, es: bool = False) -> str:
    if value is None:
        return rng.choice(["", "", "unknown"] if not es else ["", "N/D"])
    opts = (["Yes", "Y", "yes", "Yes (via agent)"] if value else ["No", "N", "no"]) if not es else (
        ["Sí", "S", "si"] if value else ["No", "N"])
    return rng.choice(opts)


def _share(rng: random.Random, share: float, k: int) -> object:
    pct = round(share * 100)
    if k % 9 == 8:
        return ""
    return [f"{pct}%", share, str(pct), pct, f"{pct} %"][k % 5]


def _workers(rng: random.Random, n: int, k: int) -> object:
    if k % 17 == 5:
        return ""
    if n >= 1000 and k % 2:
        return f"{n:,}"
    return f"approx. {n}" if k % 13 == 3 else n


def _audit(rng: random.Random, d: dt.date | None, k: int) -> object:
    if d is None:
        return rng.choice(["", "n/a", "", "never"])
    style = k % 6
    if style in (0, 1):
        return dt.datetime(d.year, d.month, d.day)  # real date cell
    return [d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%b %Y"), str(d.year)][style - 2]


def _country(s: Supplier, seen: dict[str, int]) -> str:
    variants = SHEET_ES[s.iso2] if s.table == "csv" else COUNTRIES[s.iso2]["sheet"]
    i = seen.get(s.iso2, 0)
    seen[s.iso2] = i + 1
    return variants[i % len(variants)]


def write_xlsx(rng: random.Random, rows: list[Supplier | None], severity: dict[str, str], path: Path) -> dict:
    """Write suppliers.xlsx. ``None`` in ``rows`` is the row without a supplier name."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Vendors"
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 10, 14, 9, 0, 0)
    wb.properties.creator = "ERP export (sample portfolio, invented data)"
    ws.append([TITLE])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Company: Example Retail Group B.V. | Filter: active vendors | Currency: EUR"])
    ws.append([])
    ws.append(HEADERS)
    for cell in ws[4]:
        cell.font = Font(bold=True)
    key: dict = {"header_row": 4, "rows": {}, "not_screened": [], "cell_findings": []}
    seen: dict[str, int] = {}
    cell_pool = list(CELL_FINDINGS)
    for k, s in enumerate(r for r in rows):
        excel_row = ws.max_row + 1
        if s is None:
            ws.append(["V10490", "", "India", "Tiruppur", "Garments", 420, "10%", "No", "", "None", "", "", "", "Tier 2",
                       18250.0, "J. Meyer", "60 days net"])
            key["not_screened"].append({"row": excel_row, "vendor_no": "V10490", "reason": "no supplier name"})
            continue
        sev = severity.get(s.vendor_no)
        if sev:
            summary = rng.choice(SUMMARY[sev])
        elif cell_pool and k % 11 == 6:
            text, ind, pol = cell_pool.pop(0)
            summary = text
            key["cell_findings"].append({"vendor_no": s.vendor_no, "row": excel_row, "text": text,
                                         "indicator": ind, "polarity": pol})
        else:
            summary = rng.choice(NO_REPORT)
        ctry = "" if k in (23, 77, 131) else _country(s, seen)
        spend = round(rng.uniform(4_000, 2_400_000), 2)
        ws.append([s.vendor_no, s.name, ctry, s.city, s.product_raw, _workers(rng, s.workers, k), _share(rng, s.migrant_share, k),
                   _yes_no(rng, s.agency), _yes_no(rng, s.fees), s.housing, _audit(rng, s.audit_date, k), s.report or "",
                   summary, rng.choice(["Tier 1", "1", "T2", "Tier 2 (sub-supplier)", 3, "Tier 1"]),
                   spend if k % 10 else f"{spend:,.0f}", rng.choice(BUYERS), rng.choice(TERMS)])
        cell = ws.cell(row=excel_row, column=11)
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "DD.MM.YYYY" if k % 2 else "yyyy-mm-dd"
        key["rows"][s.vendor_no] = excel_row
    for col, width in zip("ABCDEFGHIJKLMNOPQ", [10, 44, 14, 16, 24, 12, 10, 12, 12, 20, 12, 36, 36, 10, 14, 20, 14]):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return key


def write_csv(rng: random.Random, rows: list[Supplier], severity: dict[str, str], path: Path) -> dict:
    """Write suppliers_es.csv (UTF-8, ``;``-separated, Spanish number and date formats)."""
    key: dict = {"header_row": 1, "rows": {}}
    seen: dict[str, int] = {}
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(HEADERS_ES)
        for k, s in enumerate(rows):
            d = s.audit_date
            audit = "" if d is None else (d.strftime("%d/%m/%Y") if k % 3 else d.strftime("%d-%m-%y"))
            workers = f"{s.workers:,}".replace(",", ".") if k % 4 else str(s.workers)
            share = f"{s.migrant_share:.2f}".replace(".", ",") if k % 2 else f"{round(s.migrant_share * 100)} %"
            sev = severity.get(s.vendor_no)
            obs = {"clean": "Sin no conformidades", "low": "1 NC menor cerrada", "medium": "NC mayor en jornada; plan de acción abierto",
                   "severe": "Hallazgos críticos - ver informe"}.get(sev or "", rng.choice(["", "Sin auditoría", "Pendiente de auditoría"]))
            w.writerow([s.vendor_no, s.name, _country(s, seen), s.city, s.product_raw, workers, share,
                        _yes_no(rng, s.agency, es=True), audit, s.report or "", obs, rng.choice(["L. García", "M. Pérez", ""])])
            key["rows"][s.vendor_no] = k + 2
    return key
