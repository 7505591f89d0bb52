"""Write composed sample reports as PDF (fpdf2, core font), DOCX (python-docx) or TXT.

The PDF writer records the page of every paragraph, so the answer key can say on which page each
finding sits. Zip-based outputs are rewritten with fixed timestamps so re-runs are byte-identical.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from pathlib import Path

from sample_reports import Report

FIXED = dt.datetime(2026, 10, 14, 9, 0, 0, tzinfo=dt.timezone.utc)
PDF_MAP = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                         "\u0153": "oe", "\u2026": "..."})


def latin1(text: str) -> str:
    """Text safe for a PDF core font: typographic marks simplified, non-Latin-1 letters (Turkish,
    Romanian) reduced to their base letter, as old PDF tools do."""
    out = []
    for ch in text.translate(PDF_MAP):
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            base = "i" if ch == "\u0131" else unicodedata.normalize("NFKD", ch)[0]
            base.encode("latin-1")
            out.append(base)
    return "".join(out)


def normalize_zip(path: Path) -> None:
    """Rewrite a zip container (xlsx, docx) with fixed entry timestamps and sorted-stable order."""
    with zipfile.ZipFile(path) as zf:
        items = [(info.filename, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-10-14T09:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2026, 10, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)


def write_report(report: Report, path: Path) -> None:
    """Write ``report`` in its own format; for PDF also set ``report.pages`` and each paragraph's page."""
    {"pdf": _pdf, "docx": _docx, "txt": _txt}[report.fmt](report, path)


def _pdf(r: Report, path: Path) -> None:
    from fpdf import FPDF

    ref = r.header[6][1]

    class _Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, latin1(f"{r.title} - {ref} - page {self.page_no()}/{{nb}}"), align="C")

    pdf = _Pdf(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(latin1(r.title))
    pdf.set_author("Sample portfolio generator (invented data)")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, latin1(r.title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in r.header:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(45, 5.5, latin1(label + ":"))
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 5.5, latin1(value), new_x="LMARGIN", new_y="NEXT")
    findings_heading = r.sections[3 if r.long else 2][0] if len(r.sections) > 3 else ""
    for heading, paras in r.sections:
        if r.long and heading in (r.sections[2][0], findings_heading):
            pdf.add_page()
        if heading:
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6.5, latin1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for para in paras:
            text = latin1(para.text)
            lines = pdf.multi_cell(0, 5, text, dry_run=True, output="LINES")
            if pdf.get_y() + 5 * len(lines) > pdf.page_break_trigger:
                pdf.add_page()
            para.page = pdf.page_no()
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    r.pages = pdf.page_no()
    pdf.output(str(path))


def _docx(r: Report, path: Path) -> None:
    import docx

    doc = docx.Document()
    props = doc.core_properties
    props.created = props.modified = FIXED.replace(tzinfo=None)
    props.author, props.title, props.revision = "Sample portfolio generator (invented data)", r.title, 1
    props.last_modified_by = ""
    doc.add_heading(r.title, level=1)
    table = doc.add_table(rows=0, cols=2)
    for label, value in r.header:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for heading, paras in r.sections:
        if heading:
            doc.add_heading(heading, level=2 if re.match(r"^\d+\. ", heading) else 3)
        for para in paras:
            doc.add_paragraph(para.text)
    doc.save(str(path))
    normalize_zip(path)


def _txt(r: Report, path: Path) -> None:
    lines = [r.title, "=" * len(r.title), ""]
    width = max(len(lab) for lab, _ in r.header) + 2
    lines += [f"{(lab + ':').ljust(width)} {val}" for lab, val in r.header] + [""]
    for heading, paras in r.sections:
        if heading:
            lines += [heading, "-" * len(heading)]
        for para in paras:
            lines += [para.text, ""]
    path.write_text("\n".join(lines), encoding="utf-8", newline="\n")
