"""Fast rows for the Excel register: openpyxl lays the workbook out, the cells are streamed here.

openpyxl's write-only workbook still makes the parts a user sees around the data: sheets, column widths,
frozen panes, filters, merged cells, styles and charts. Its per-cell writer is slow: the register of 100,000
suppliers (8 million cells) took 112 s of CPU. The rows are written here as SpreadsheetML instead (17 s for the
same register, row making included) into a temporary file per sheet, with one shared-string table for the texts
that repeat (steps, labels, sources), and spliced into the package when it is saved. Styles are registered with
openpyxl (``style_id``), so a styled cell here is styled exactly as openpyxl would style it; numbers are written
as openpyxl writes them. Values are written as values only: a text is always text (never a formula), markup in
a text is escaped, and nothing is evaluated. ``StreamedWorkbook(stream=False)`` sends every row through
openpyxl instead: the reference that tests and ``bench/bench_xlsx_write.py`` compare the streamed file with.
"""
from __future__ import annotations

import decimal
import math
import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import IO, Any, NamedTuple, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import tostring

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # as screener.export.safety
_XML_SPECIAL = re.compile(r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
SST_PART = "xl/sharedStrings.xml"
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_BIG = 10 ** 16  # integers below this are written in full; larger ones as openpyxl does ("%.16g")
MAX_SHARED = 1 << 21  # distinct texts in the shared-string table (memory bound); further ones are written inline
FLUSH_PARTS = 1 << 15  # XML pieces held before they go to the sheet's temporary file
COMPRESS_LEVEL = 2  # zlib level of the package: 3x faster than the default 6 on sheet XML, file about 20% larger
# (still smaller than openpyxl's, thanks to the shared strings)


def xml_text(text: str) -> str:
    """``text`` escaped for an XML element, characters XML cannot hold replaced by U+FFFD."""
    if not _XML_SPECIAL.search(text):
        return text
    text = _ILLEGAL.sub("\ufffd", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


class Styled(NamedTuple):
    """A cell value with a style registered in the workbook (``SheetWriter.cell``)."""

    value: Any
    xf: int
    key: tuple[int, int, int, str | None]


class _Styles:
    """The workbook's cell styles by (font, fill, alignment, number format); each registered once with openpyxl."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.xf: dict[tuple[int, int, int, str | None], int] = {}
        self.kwargs: dict[tuple[int, int, int, str | None], dict[str, Any]] = {}
        self.by_type: dict[tuple[Any, type], int] = {}

    def register(self, font: Font | None, fill: PatternFill | None, alignment: Alignment | None,
                 number_format: str | None) -> tuple[tuple[int, int, int, str | None], int]:
        key = (id(font), id(fill), id(alignment), number_format)
        xf = self.xf.get(key)
        if xf is None:
            kwargs = {k: v for k, v in (("font", font), ("fill", fill), ("alignment", alignment),
                                        ("number_format", number_format)) if v is not None}
            xf = self.xf[key] = self._style_id(None, kwargs)
            self.kwargs[key] = kwargs  # holds the style objects: their ids stay unique while the workbook lives
        return key, xf

    def _style_id(self, value: Any, kwargs: dict[str, Any]) -> int:
        c = WriteOnlyCell(self.ws, value=value)  # a date's default number format is set here, as openpyxl does
        for name, style in kwargs.items():
            setattr(c, name, style)
        return c.style_id

    def for_value(self, value: Any, key: tuple[int, int, int, str | None] | None) -> int:
        """The style of a date or time in a cell of style ``key`` (None: unstyled), as openpyxl would give it."""
        k = (key, type(value))
        xf = self.by_type.get(k)
        if xf is None:
            xf = self.by_type[k] = self._style_id(value, self.kwargs.get(key, {}) if key else {})
        return xf


class SharedStrings:
    """The workbook's shared-string table: each distinct text once."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def write(self, fh: IO[bytes]) -> None:
        head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxml'
                f'formats.org/spreadsheetml/2006/main" uniqueCount="{len(self.index)}">')
        parts = [head]
        for text in self.index:
            parts.append(f'<si><t xml:space="preserve">{xml_text(text)}</t></si>')
            if len(parts) >= FLUSH_PARTS:
                fh.write("".join(parts).encode("utf-8", "replace"))
                parts.clear()
        parts.append("</sst>")
        fh.write("".join(parts).encode("utf-8", "replace"))


_COLUMNS: list[str] = []


def _column_letters(n: int) -> list[str]:
    while len(_COLUMNS) < n:
        _COLUMNS.append(get_column_letter(len(_COLUMNS) + 1))
    return _COLUMNS


class SheetWriter:
    """Appends rows to one sheet of a ``StreamedWorkbook`` and keeps count of the row reached (1-based)."""

    def __init__(self, ws: Worksheet, book: StreamedWorkbook) -> None:
        self.ws = ws
        self.row = 0  # rows written so far
        self._book = book
        assert book.styles is not None, "StreamedWorkbook.sheet makes the writers"
        self._styles: _Styles = book.styles
        self._sst = book.strings.index
        self.path = Path(book.tmp.name) / f"rows{len(book.sheets)}.xml"
        self._fh = self.path.open("wb") if book.stream else None
        self._parts: list[str] = []
        self._fonts: dict[int, str] = {}
        self._serials: dict[Any, str] = {}  # dates and times as Excel serial numbers

    def cell(self, value: Any, *, font: Font | None = None, fill: PatternFill | None = None,
             alignment: Alignment | None = None, number_format: str | None = None) -> Styled:
        """A styled cell for ``append``."""
        key, xf = self._styles.register(font, fill, alignment, number_format)
        return Styled(value, xf, key)

    def append(self, values: Sequence[Any]) -> int:
        """Write one row; returns its row number. Empty texts and None are empty cells."""
        if self._fh is None:
            return self._append_openpyxl(values)
        self.row += 1
        r = str(self.row)
        parts = self._parts
        dim = self.ws.row_dimensions.pop(self.row, None)  # a height is set before its row is appended
        if dim is not None and dim.height is not None:
            parts.append(f'<row r="{r}" ht="{dim.height}" customHeight="1">')
        else:
            parts.append(f'<row r="{r}">')
        cols = _COLUMNS if len(values) <= len(_COLUMNS) else _column_letters(len(values))
        sst = self._sst
        for j, v in enumerate(values):
            t = type(v)
            if t is str:
                if v:
                    i = sst.get(v)
                    if i is not None:
                        parts.append(f'<c r="{cols[j]}{r}" t="s"><v>{i}</v></c>')
                    else:
                        parts.append(self._text(cols[j] + r, v, ""))
            elif v is None:
                continue
            elif t is Styled and type(v.value) is str and v.value:
                i = sst.get(v.value)
                if i is not None:
                    parts.append(f'<c r="{cols[j]}{r}" s="{v.xf}" t="s"><v>{i}</v></c>')
                else:
                    parts.append(self._text(cols[j] + r, v.value, f' s="{v.xf}"'))
            elif t is int and -_BIG < v < _BIG:
                parts.append(f'<c r="{cols[j]}{r}"><v>{v}</v></c>')
            elif t is float and math.isfinite(v):
                parts.append(f'<c r="{cols[j]}{r}"><v>{"%.16g" % v}</v></c>')
            else:
                parts.append(self._other(cols[j] + r, v))
        parts.append("</row>")
        if len(parts) >= FLUSH_PARTS:
            self._flush()
        return self.row

    def _text(self, ref: str, text: str, style: str) -> str:
        """A text not yet in the shared strings: added to them, or inline once they hold ``MAX_SHARED``."""
        if len(self._sst) < MAX_SHARED:
            i = self._sst[text] = len(self._sst)
            return f'<c r="{ref}"{style} t="s"><v>{i}</v></c>'
        return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{xml_text(text)}</t></is></c>'

    def _append_openpyxl(self, values: Sequence[Any]) -> int:
        """The row through openpyxl's own (slow) writer: the reference the streamed rows are checked against."""
        cells = []
        for v in values:
            if type(v) is Styled:
                c = WriteOnlyCell(self.ws, value=v.value)
                for name, style in self._styles.kwargs[v.key].items():
                    setattr(c, name, style)
                cells.append(c)
            else:
                cells.append(None if v == "" else v)
        self.ws.append(cells)
        self.row += 1
        return self.row

    def _other(self, ref: str, v: Any, xf: int | None = None, key: Any = None) -> str:
        """A cell that is not a plain text or integer: a float, bool, date, rich text or styled cell."""
        t = type(v)
        s = "" if xf is None else f' s="{xf}"'
        if t is Styled:
            return self._other(ref, v.value, v.xf, v.key)
        if t is str:
            if not v:
                return f'<c r="{ref}"{s}/>' if xf is not None else ""
            i = self._sst.get(v)
            return self._text(ref, v, s) if i is None else f'<c r="{ref}"{s} t="s"><v>{i}</v></c>'
        if v is None:
            return f'<c r="{ref}"{s}/>' if xf is not None else ""
        if t is bool:
            return f'<c r="{ref}"{s} t="b"><v>{int(v)}</v></c>'
        if t is float or t is int or t is decimal.Decimal:
            if not math.isfinite(v):  # Excel holds no NaN or infinity: shown as text
                return self._other(ref, str(v), xf, key)
            return f'<c r="{ref}"{s}><v>{"%.16g" % v}</v></c>'  # as openpyxl writes numbers
        if isinstance(v, CellRichText):
            return f'<c r="{ref}"{s} t="inlineStr"><is>{self._rich(v)}</is></c>'
        number = self._serials.get(v)
        if number is None:
            try:
                number = "%.16g" % to_excel(v)
            except (AttributeError, TypeError, ValueError):
                return self._other(ref, str(v), xf, key)
            if len(self._serials) < MAX_SHARED:  # due dates and run dates repeat
                self._serials[v] = number
        return f'<c r="{ref}" s="{self._styles.for_value(v, key)}"><v>{number}</v></c>'

    def _rich(self, text: CellRichText) -> str:
        runs = []
        for block in text:
            if isinstance(block, TextBlock):
                rpr = self._fonts.get(id(block.font))
                if rpr is None:
                    rpr = self._fonts[id(block.font)] = tostring(block.font.to_tree(tagname="rPr")).decode()
                    self._book.keep.append(block.font)
                runs.append(f'<r>{rpr}<t xml:space="preserve">{xml_text(block.text)}</t></r>')
            else:
                runs.append(f'<r><t xml:space="preserve">{xml_text(str(block))}</t></r>')
        return "".join(runs)

    def _flush(self) -> None:
        assert self._fh is not None
        self._fh.write("".join(self._parts).encode("utf-8", "replace"))  # a lone surrogate becomes "?"
        self._parts.clear()

    def close(self) -> None:
        """Write what is held to the sheet's temporary file."""
        if self._fh is not None and not self._fh.closed:
            self._flush()
            self._fh.close()


class StreamedWorkbook:
    """A write-only openpyxl workbook whose rows are streamed by ``SheetWriter``s; ``save`` joins both."""

    def __init__(self, stream: bool = True) -> None:
        self.stream = stream  # False: every row through openpyxl (the slow reference writer)
        self.wb = Workbook(write_only=True)
        self.tmp = tempfile.TemporaryDirectory(prefix="screener-xlsx-")
        self.strings = SharedStrings()
        self.sheets: list[SheetWriter] = []
        self.keep: list[Any] = []
        self.styles: _Styles | None = None

    def sheet(self, title: str) -> SheetWriter:
        """A new sheet at the end of the workbook."""
        ws = self.wb.create_sheet(title)
        if self.styles is None:
            self.styles = _Styles(ws)
        out = SheetWriter(ws, self)
        self.sheets.append(out)
        return out

    def discard(self) -> None:
        """Close and remove the temporary files without writing anything (after an error)."""
        for out in self.sheets:
            out.close()
        self.tmp.cleanup()

    def save(self, target: str | Path | IO[bytes], compresslevel: int = COMPRESS_LEVEL) -> None:
        """Write the package to ``target`` (a path or binary file) and remove the temporary files."""
        if not self.stream:
            self.wb.save(target)
            self.tmp.cleanup()
            return
        try:
            for out in self.sheets:
                out.close()
                out.ws.row_dimensions.clear()  # heights went with their rows
            skeleton = Path(self.tmp.name) / "skeleton.xlsx"
            self.wb.save(skeleton)
            rows = {out.ws.path.lstrip("/"): out.path for out in self.sheets}
            with zipfile.ZipFile(skeleton) as src, \
                    zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as dst:
                names = src.namelist()
                for name in names:
                    data = src.read(name)
                    if name in rows:
                        _splice(dst, name, data, rows[name])
                    elif name == "[Content_Types].xml" and SST_PART not in names:
                        dst.writestr(name, data.replace(b"</Types>", f'<Override PartName="/{SST_PART}" '
                                                        f'ContentType="{SST_TYPE}"/></Types>'.encode()))
                    elif name == "xl/_rels/workbook.xml.rels" and SST_PART not in names:
                        dst.writestr(name, data.replace(b"</Relationships>", f'<Relationship Id="rIdSst" '
                                                        f'Type="{SST_REL}" Target="sharedStrings.xml"/>'
                                                        "</Relationships>".encode()))
                    else:
                        dst.writestr(name, data)
                if SST_PART in names:
                    raise RuntimeError("openpyxl wrote a shared-string table of its own; the register cannot add one")
                with dst.open(SST_PART, "w", force_zip64=True) as fh:
                    self.strings.write(fh)
        finally:
            self.tmp.cleanup()


def _splice(dst: zipfile.ZipFile, name: str, sheet_xml: bytes, rows: Path) -> None:
    """The sheet as openpyxl laid it out, with the streamed rows as its data."""
    m = _SHEET_DATA.search(sheet_xml)
    if m is None:
        raise RuntimeError(f"{name}: openpyxl wrote rows of its own; the streamed rows cannot be added")
    with dst.open(name, "w", force_zip64=True) as fh:
        fh.write(sheet_xml[:m.start()] + b"<sheetData>")
        with rows.open("rb") as src:
            shutil.copyfileobj(src, fh, 1 << 20)
        fh.write(b"</sheetData>" + sheet_xml[m.end():])
