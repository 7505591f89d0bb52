"""Raw grids from spreadsheet files: every cell as text, rows at their absolute position in the sheet.

xlsx/xlsm/xlsb/ods go through fastexcel (calamine, formulas read as their cached values, never
evaluated); merged ranges, hidden rows and hidden columns of xlsx come from the sheet XML itself.
xls goes through xlrd with formatting info (merges, hidden rows/columns), calamine as a fallback.
csv/tsv/text and html tables are parsed in Python after the encoding and delimiter are sniffed.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from screener.errors import InputError, LimitExceeded
from screener.ingest.sniff import decode_text, sniff_delimiter
from screener.ingest.limits import Limits
from screener.ingest.xlsx_parts import MAX_MERGES, bound_xlsx_sheet, xlsx_layout, xlsx_visibility

CALAMINE_FORMATS = ("xlsx", "xlsm", "xlsb", "ods")


@dataclass
class RawSheet:
    """A sheet as a grid of strings; frame row i is sheet row i (0-based), frame column j is column j + col_offset."""

    name: str | None
    frame: pl.DataFrame
    fmt: str
    col_offset: int = 0
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 inclusive, absolute
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)  # data-quality warnings found while reading


def col_letter(idx: int) -> str:
    """0 -> A, 27 -> AB."""
    out = ""
    idx += 1
    while idx:
        idx, rem = divmod(idx - 1, 26)
        out = chr(65 + rem) + out
    return out


def _frame_from_rows(rows: list[list[str | None]]) -> pl.DataFrame:
    width = max((len(r) for r in rows), default=0)
    cols = {f"c{j}": [r[j] if j < len(r) else None for r in rows] for j in range(width)}
    return pl.DataFrame(cols, schema={k: pl.Utf8 for k in cols}) if cols else pl.DataFrame()


def _clean_frame(df: pl.DataFrame) -> pl.DataFrame:
    return df.rename({c: f"c{j}" for j, c in enumerate(df.columns)})


# ------------------------------------------------------------------ sheet names
def sheet_names(path: Path, fmt: str, name: str) -> list[tuple[str, bool]]:
    """(sheet name, visible) in workbook order; csv/html have one unnamed sheet."""
    if fmt in CALAMINE_FORMATS or fmt == "xls":
        try:
            import fastexcel

            reader = fastexcel.read_excel(path)
            names = reader.sheet_names
            vis = xlsx_visibility(path) if fmt in ("xlsx", "xlsm") else {}
            return [(n, vis.get(n, True)) for n in names]
        except Exception as exc:  # calamine raises many kinds
            if fmt == "xls":
                return _xlrd_sheet_names(path, name)
            raise InputError(f"the workbook cannot be read ({_short(exc)})", file=name) from None
    return [("", True)]


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def _xlrd_sheet_names(path: Path, name: str) -> list[tuple[str, bool]]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
        return [(s, True) for s in book.sheet_names()]
    except Exception as exc:
        raise InputError(f"the .xls workbook cannot be read ({_short(exc)})", file=name) from None


# ------------------------------------------------------------------ reading one sheet
def read_sheet(path: Path, fmt: str, sheet: str | None, name: str, limits: Limits,
               n_rows: int | None = None) -> RawSheet:
    """Read one sheet (or the text table) as strings. ``n_rows`` reads only the top of it (sheet choice)."""
    if fmt in CALAMINE_FORMATS:
        raw = _read_calamine(path, fmt, sheet, name, limits, n_rows)
        if fmt in ("xlsx", "xlsm") and n_rows is None:
            xlsx_layout(path, sheet, raw)
        elif fmt == "ods" and n_rows is None:
            try:
                from screener.ingest.layout_ods import ods_layout

                raw.hidden_rows, raw.hidden_cols, raw.merges, raw.col_offset = ods_layout(path, sheet)
            except Exception:  # layout is a nicety; the values were read already
                pass
        return raw
    if fmt == "xls":
        try:
            return _read_xlrd(path, sheet, name, limits, n_rows)
        except InputError:
            raise
        except Exception:
            return _read_calamine(path, fmt, sheet, name, limits, n_rows)
    if fmt == "html":
        return _read_html_table(path, name, limits)
    return _read_text(path, name, limits, n_rows)


def _check_size(height: int, width: int, name: str, sheet: str | None, limits: Limits) -> None:
    if width > limits.max_columns:
        raise LimitExceeded(f"the sheet has {width:,} columns, over the limit of {limits.max_columns:,}",
                            file=name, sheet=sheet or None)
    if height > limits.max_rows + 50:
        raise LimitExceeded(f"the sheet has {height:,} rows, over the limit of {limits.max_rows:,}",
                            file=name, sheet=sheet or None)
    if height * width > limits.max_cells:
        raise LimitExceeded(f"the sheet has {height * width:,} cells, over the limit of {limits.max_cells:,}",
                            file=name, sheet=sheet or None)


def _read_calamine(path: Path, fmt: str, sheet: str | None, name: str, limits: Limits,
                   n_rows: int | None) -> RawSheet:
    import fastexcel

    if fmt in ("xlsx", "xlsm"):
        bound_xlsx_sheet(path, sheet, name, limits)
    try:
        reader = fastexcel.read_excel(path)
        target = sheet if sheet is not None else 0
        cap = n_rows if n_rows is not None else limits.max_rows + 100
        xs = reader.load_sheet(target, header_row=None, skip_rows=0, dtypes="string", n_rows=cap)
        df = xs.to_polars()
    except Exception as exc:
        if "empty" in str(exc).lower() or "no data" in str(exc).lower():
            df = pl.DataFrame()
        else:
            raise InputError(f"the sheet cannot be read ({_short(exc)})", file=name, sheet=sheet or None) from None
    df = _clean_frame(df)
    _check_size(df.height, df.width, name, sheet, limits)
    return RawSheet(sheet, df, fmt)


def _xlrd_value(cell, datemode: int) -> str | None:
    import xlrd

    t = cell.ctype
    if t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if t == xlrd.XL_CELL_NUMBER:
        v = cell.value
        return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(v)
    if t == xlrd.XL_CELL_DATE:
        try:
            d = xlrd.xldate_as_datetime(cell.value, datemode)
            return d.date().isoformat() if d.time() == dt.time(0) else d.isoformat(sep=" ")
        except Exception:
            return str(cell.value)
    if t == xlrd.XL_CELL_BOOLEAN:
        return "true" if cell.value else "false"
    return str(cell.value)


def _read_xlrd(path: Path, sheet: str | None, name: str, limits: Limits, n_rows: int | None) -> RawSheet:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    names = book.sheet_names()
    idx = 0 if sheet is None else names.index(sheet)
    sh = book.sheet_by_index(idx)
    _check_size(sh.nrows, sh.ncols, name, sheet, limits)
    last = sh.nrows if n_rows is None else min(sh.nrows, n_rows)
    rows = [[_xlrd_value(c, book.datemode) for c in sh.row(r)] for r in range(last)]
    raw = RawSheet(names[idx], _frame_from_rows(rows), "xls")
    raw.merges = [(r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in sh.merged_cells[:MAX_MERGES]]
    raw.hidden_rows = {r for r, info in sh.rowinfo_map.items() if getattr(info, "hidden", 0)}
    raw.hidden_cols = {c for c, info in sh.colinfo_map.items() if getattr(info, "hidden", 0)}
    return raw


def _read_text(path: Path, name: str, limits: Limits, n_rows: int | None) -> RawSheet:
    from screener.ingest.sniff import decode_bytes

    data = path.read_bytes()
    decoded = decode_bytes(data)
    text = decoded.text.replace("\x00", "")
    delim = sniff_delimiter(text)
    rows: list[list[str | None]] = []
    starts: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            if len(row) > limits.max_columns:
                raise LimitExceeded(f"line {reader.line_num} has {len(row):,} columns, over the limit of "
                                    f"{limits.max_columns:,}", file=name)
            rows.append([c if c.strip() else None for c in row])
            starts.append(line)
            if len(rows) > limits.max_rows + 50:
                raise LimitExceeded(f"the file has more than {limits.max_rows:,} rows", file=name)
            if n_rows is not None and len(rows) >= n_rows:
                break
    except csv.Error as exc:
        raise InputError(f"the text table cannot be parsed near line {reader.line_num} ({exc})", file=name) from None
    raw = RawSheet(None, _frame_from_rows(rows), "csv", encoding=decoded.encoding, delimiter=delim)
    if not decoded.confident and decoded.note:
        raw.notes.append(decoded.note[0].upper() + decoded.note[1:] + ".")
    if n_rows is None and rows:
        _check_text_damage(text, rows, starts, name, raw)
    _check_size(raw.frame.height, raw.frame.width, name, None, limits)
    return raw


def _check_text_damage(text: str, rows: list[list[str | None]], starts: list[int], name: str,
                       raw: RawSheet) -> None:
    """An unterminated quote (the rest of the file swallowed into one cell) is an error; a last row cut
    short without a final line break is flagged as a truncated file."""
    last = rows[-1]
    if text.count('"') % 2 == 1 and any(c is not None and ("\n" in c or "\r" in c) for c in last):
        raise InputError(f"a quote opened on line {starts[-1]} is never closed, so every line after it would be "
                         "read into one cell; close the quote (or the file may be truncated)", file=name)
    widths = [sum(1 for _ in r) for r in rows[-50:]]
    usual = max(set(widths), key=widths.count)
    tail = text.rstrip(" ")
    if len(rows) > 2 and not tail.endswith(("\n", "\r")) and len(last) < usual:
        raw.notes.append(f"The file appears truncated: read {len(rows):,} rows, and the last one (line "
                         f"{starts[-1]}) has {len(last)} of {usual} fields and no line break at the end.")


def _own_table(tag):
    """The nearest <table> above a <tr> or cell (a few steps: tr -> tbody -> table)."""
    node = tag.parent
    while node is not None and node.name != "table":
        node = node.parent
    return node


def _read_html_table(path: Path, name: str, limits: Limits) -> RawSheet:
    """The <table> with the most rows of its own in an html file (legacy "Excel export" files are often
    html). Linear in the page: nested tables are not re-walked, spans and widths are bounded."""
    import warnings
    from collections import Counter

    from bs4 import BeautifulSoup

    text, _ = decode_text(path.read_bytes())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "lxml")
    all_rows = soup.find_all("tr")
    if not all_rows:
        raise InputError("the file is a web page without a table, not a spreadsheet", file=name)
    owners = [_own_table(tr) for tr in all_rows]
    counts = Counter(id(t) for t in owners if t is not None)
    if not counts:
        raise InputError("the file is a web page without a table, not a spreadsheet", file=name)
    best = counts.most_common(1)[0][0]
    rows: list[list[str | None]] = []
    cells_left = limits.max_cells
    for tr, owner in zip(all_rows, owners):
        if id(owner) != best:
            continue
        row: list[str | None] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            val = cell.get_text(" ", strip=True) or None
            span = min(int(cell.get("colspan", 1) or 1) if str(cell.get("colspan", 1)).isdigit() else 1, 100)  # type: ignore[arg-type]  # digits checked; bs4 types attribute values narrowly
            row.extend([val] * span)
            if len(row) > limits.max_columns:
                raise LimitExceeded(f"a table row has more than {limits.max_columns:,} columns", file=name)
        cells_left -= len(row)
        if cells_left < 0:
            raise LimitExceeded(f"the table has more than {limits.max_cells:,} cells", file=name)
        rows.append(row)
        if len(rows) > limits.max_rows + 50:
            raise LimitExceeded(f"the table has more than {limits.max_rows:,} rows", file=name)
    return RawSheet(None, _frame_from_rows(rows), "html")
