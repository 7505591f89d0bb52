"""Building blocks of the PDF exports: the page template, safe text, headings, tables and bar charts.

PDFs use the PDF core font Helvetica, which covers Latin-1 only; any other character is transliterated with
anyascii (e.g. "Ş" -> "S", "深圳" -> "ShenZhen"), so text never goes missing and no font file has to ship.
"""
from __future__ import annotations

from typing import Any, Sequence

from anyascii import anyascii
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from screener.export.view import tier_colour

FONT = "Helvetica"
GREY = (90, 90, 90)
NAVY = (31, 56, 100)
RED = (192, 57, 43)
GREEN = (39, 140, 80)


def pdf_text(value: Any) -> str:
    """Text the core font can print: Latin-1 kept, other characters transliterated, controls as spaces."""
    text = "" if value is None else str(value)
    out = []
    for ch in text:
        if ch in "\t\r\n\x0b\x0c":
            out.append(" " if ch != "\n" else "\n")
        elif ord(ch) < 32:
            continue
        elif ord(ch) < 256:
            out.append(ch)
        else:
            out.append(anyascii(ch) or "?")
    return "".join(out)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """(r, g, b) of an RRGGBB hex string."""
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


class ReportPDF(FPDF):
    """A4 portrait with a running title and a footer carrying page numbers and the redaction note."""

    def __init__(self, title: str, footer_note: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.report_title = pdf_text(title)
        self.footer_note = pdf_text(footer_note)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(15, 15, 15)
        self.set_title(self.report_title)
        self.set_creator("screener")
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.report_title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*NAVY)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, "", 7)
        self.set_text_color(*GREY)
        self.multi_cell(self.epw - 25, 3.2, self.footer_note, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(25, 3.2, f"page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------ text blocks
    def heading(self, text: str, size: float = 12) -> None:
        """A section heading in navy, with a page break first when the page is nearly full."""
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(2)
        self.set_font(FONT, "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, size * 0.5, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, text: str, size: float = 9, style: str = "", colour: tuple[int, int, int] = (0, 0, 0)) -> None:
        """A wrapped paragraph."""
        self.set_font(FONT, style, size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.48, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)

    def key_values(self, pairs: Sequence[tuple[str, Any]], key_width: float = 45, size: float = 9) -> None:
        """Label: value lines, the label in bold."""
        for key, value in pairs:
            self.set_font(FONT, "B", size)
            self.cell(key_width, size * 0.5, pdf_text(key))
            self.set_font(FONT, "", size)
            self.multi_cell(0, size * 0.5, pdf_text(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def tier_badge(self, tier: str, w: float = 38, h: float = 9) -> None:
        """A filled box with the tier name."""
        self.set_fill_color(*rgb(tier_colour(tier)))
        self.set_font(FONT, "B", 12)
        self.cell(w, h, pdf_text(tier.upper()), border=0, align="C", fill=True)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],  # type: ignore[override]  # own table helper, not fpdf's context manager
              size: float = 8, fills: Sequence[str | None] | None = None) -> None:
        """A table with a shaded header repeated over page breaks; ``fills`` gives a row background."""
        if not rows:
            self.para("None.", size=size, style="I", colour=GREY)
            return
        self.set_font(FONT, "", size)
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(*GREY)
        head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
        with super().table(col_widths=tuple(widths), headings_style=head, line_height=size * 0.5,
                           text_align="LEFT", width=self.epw, padding=1) as tbl:
            hrow = tbl.row()
            for h in headers:
                hrow.cell(pdf_text(h))
            for i, values in enumerate(rows):
                fill = fills[i] if fills else None
                style = FontFace(fill_color=rgb(fill)) if fill else None
                row = tbl.row()
                for v in values:
                    row.cell(pdf_text(v), style=style)
        self.ln(2)

    def hbar_chart(self, items: Sequence[tuple[str, float]], *, label_width: float = 62, bar_height: float = 5,
                   unit: str = "points") -> None:
        """Horizontal bars from a zero line: positive to the right in red, negative to the left in green."""
        if not items:
            self.para("No contributions to chart.", style="I", colour=GREY)
            return
        if self.get_y() + len(items) * (bar_height + 1.5) + 6 > self.h - 20:
            self.add_page()
        lo = min(0.0, *(v for _, v in items))
        hi = max(0.0, *(v for _, v in items))
        span = (hi - lo) or 1.0
        x0 = self.l_margin + label_width
        area = self.epw - label_width - 22
        zero = x0 + area * (-lo / span)
        top = self.get_y()
        self.set_font(FONT, "", 7.5)
        for i, (label, value) in enumerate(items):
            y = top + i * (bar_height + 1.5)
            self.set_xy(self.l_margin, y)
            self.cell(label_width - 2, bar_height, pdf_text(label)[:48], align="R")
            width = area * abs(value) / span
            self.set_fill_color(*(RED if value >= 0 else GREEN))
            self.rect(zero if value >= 0 else zero - width, y + 0.5, max(width, 0.4), bar_height - 1, style="F")
            self.set_xy(zero + width + 1 if value >= 0 else zero + 1, y)
            self.cell(18, bar_height, f"{value:+.1f}")
        bottom = top + len(items) * (bar_height + 1.5)
        self.set_draw_color(*GREY)
        self.line(zero, top - 1, zero, bottom)
        self.set_xy(self.l_margin, bottom + 1)
        self.set_font(FONT, "I", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"Bars show {unit} added (red) or removed (green) from the baseline.",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
