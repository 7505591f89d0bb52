"""Read a supplier sheet (csv, tsv, xlsx, xlsm, xls, ods, html table) into a SupplierTable.

The file is taken as it is: the real format is told from its content, the sheet that looks like a
supplier list is chosen, the header row is found below any title rows, columns are mapped to canonical
fields, and every data row becomes a SupplierRecord. Problems go into the DataQualityReport; only a file
that cannot be read at all raises InputError.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

import polars as pl

from screener.issues import (default_severity, COLUMN_CONTENT_CHECK, COLUMN_DUPLICATE_FIELD, COLUMN_HIDDEN,
                             COLUMN_MAPPING_UNCERTAIN, ENCODING_UNCERTAIN, EXTENSION_MISMATCH, FILE_DAMAGED,
                             MERGED_CELLS, MERGED_CELLS_CONFLICT, ROW_HIDDEN, TITLE_ROWS, TWO_ROW_HEADER)
from screener.errors import InputError, printable
from screener.ingest.guard import run_guarded
from screener.ingest.columns import map_columns, validate_overrides
from screener.ingest.content_checks import confirm_mappings
from screener.ingest.header import HeaderChoice, find_header
from screener.ingest.readers import RawSheet, col_letter, read_sheet, sheet_names
from screener.ingest.records import RowContext, build_records
from screener.ingest.sniff import check_file_size, check_zip, detect_format
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.contracts import DataQualityIssue, DataQualityReport, SupplierTable

TABLE_SUFFIXES: tuple[str, ...] = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods")
_READABLE = {"xlsx", "xlsm", "xlsb", "ods", "xls", "html", "text"}
_NOT_A_TABLE = {
    "docx": "this is a Word document, not a spreadsheet; upload it as an audit report",
    "odt": "this is a text document, not a spreadsheet; upload it as an audit report",
    "pdf": "this is a PDF, not a spreadsheet; upload it as an audit report or export the table to xlsx/csv",
    "pptx": "this is a PowerPoint file, not a spreadsheet",
    "doc": "this is an old Word document, not a spreadsheet",
    "zip": "this is a zip archive, not a spreadsheet; unzip it first",
    "corrupt_zip": "the file is damaged: it starts like an xlsx/zip file but cannot be opened",
    "encrypted_ooxml": "the workbook is password-protected (encrypted); save an unprotected copy and upload that",
    "ole": "this is an Office file of an unknown kind, not a readable spreadsheet",
    "rtf": "this is an RTF document, not a spreadsheet",
    "binary": "this is not a spreadsheet or a text table (binary content)",
    "spreadsheetml": "this is an Excel 2003 XML spreadsheet (SpreadsheetML); open it in Excel and save it as .xlsx",
    "xml": "this is an XML file, not a supported spreadsheet; save it as xlsx or csv",
}
_EXPECTED = {".csv": {"text"}, ".tsv": {"text"}, ".txt": {"text"}, ".xlsx": {"xlsx"}, ".xlsm": {"xlsm", "xlsx"},
             ".xls": {"xls"}, ".ods": {"ods"}}


def read_supplier_table(path: Path | str, *, sheet: str | None = None, overrides: dict[str, str] | None = None,
                        limits: Limits = DEFAULT_LIMITS, display_name: str | None = None) -> SupplierTable:
    """Read a supplier list; every data row becomes a SupplierRecord. Unreadable file -> InputError.

    Runs under the reader guard: library panics, MemoryError, RecursionError and OS errors become an
    InputError naming the file.
    """
    name = printable(display_name or Path(path).name)
    return run_guarded(name, _read_supplier_table, Path(path), sheet, overrides, limits, name, display_name)


def _read_supplier_table(p: Path, sheet: str | None, overrides: dict[str, str] | None, limits: Limits,
                         name: str, display_name: str | None) -> SupplierTable:
    check_file_size(p, limits, name)
    fmt = detect_format(p)
    if fmt in _NOT_A_TABLE:
        raise InputError(_NOT_A_TABLE[fmt], file=name)
    if fmt not in _READABLE:
        raise InputError(f"unsupported file format ({fmt})", file=name)
    if fmt in ("xlsx", "xlsm", "xlsb", "ods"):
        check_zip(p, limits, name)
    quality = DataQualityReport()
    suffix = p.suffix.lower() if not display_name else Path(display_name).suffix.lower()
    if suffix in _EXPECTED and fmt not in _EXPECTED[suffix]:
        quality.add(DataQualityIssue(EXTENSION_MISMATCH, f"The file is named '{suffix}' but its content is "
                                     f"{fmt}; it was read as {fmt}.", "info", name))
    sha = hashlib.sha256(p.read_bytes()).hexdigest()
    chosen = _choose_sheet(p, fmt, sheet, name, limits)
    raw = read_sheet(p, fmt, chosen, name, limits)
    return _table_from_raw(raw, name, chosen, overrides, quality, sha)


def _choose_sheet(p: Path, fmt: str, sheet: str | None, name: str, limits: Limits) -> str | None:
    """The user's sheet (case-insensitive), else the visible sheet whose header names most known fields."""
    sheets = sheet_names(p, fmt, name)
    if fmt in ("html", "text"):
        if sheet:
            raise InputError(f"a {('csv' if fmt == 'text' else fmt)} file has no sheets, so sheet '{sheet}' "
                             "cannot be chosen", file=name)
        return None
    all_names = [s for s, _ in sheets]
    if sheet is not None:
        for s in all_names:
            if s == sheet:
                return s
        for s in all_names:
            if s.strip().casefold() == sheet.strip().casefold():
                return s
        raise InputError(f"there is no sheet '{sheet}'; available sheets: {', '.join(repr(s) for s in all_names)}",
                         file=name)
    visible = [s for s, vis in sheets if vis] or all_names
    if not visible:
        raise InputError("the workbook has no sheets", file=name)
    if len(visible) == 1:
        return visible[0]
    best, best_score = visible[0], -1
    for s in visible[:20]:
        try:
            top = read_sheet(p, fmt, s, name, limits, n_rows=30)
        except InputError:
            continue
        if top.frame.height == 0:
            continue
        choice = find_header(_top_rows(top.frame), {})
        score = choice.matched * 10 + min(top.frame.height, 9)
        if score > best_score:
            best, best_score = s, score
    return best


def _top_rows(frame: pl.DataFrame, n: int = 30) -> list[list[str | None]]:
    return [list(r) for r in frame.head(n).iter_rows()]


def _fill_merges(raw: RawSheet, max_cells: int, conflicts: list | None = None) -> int:
    """Copy each merged range's value into every cell it covers; returns the number of ranges filled.

    A range whose other cells hold values of their own (a merge over the whole sheet, say) is left as it
    is and added to ``conflicts``: copying would overwrite real data."""
    conflicts = conflicts if conflicts is not None else []
    if not raw.merges or raw.frame.width == 0:
        return 0
    frame, off = raw.frame, raw.col_offset
    cols: dict[int, list] = {}
    budget, filled = max_cells, 0
    for r1, c1, r2, c2 in raw.merges:
        c1f, c2f = c1 - off, min(c2 - off, frame.width - 1)
        r2 = min(r2, frame.height - 1)
        if c1f < 0 or c1f >= frame.width or r1 >= frame.height or (r1 == r2 and c1f == c2f):
            continue
        budget -= (r2 - r1 + 1) * (c2f - c1f + 1)
        if budget < 0:
            break
        src = cols.setdefault(c1f, frame.get_column(f"c{c1f}").to_list())
        value = src[r1]
        if any(cols.setdefault(c, frame.get_column(f"c{c}").to_list())[r] is not None
               for c in range(c1f, c2f + 1) for r in range(r1, r2 + 1) if (r, c) != (r1, c1f)):
            conflicts.append((r1, c1, r2, c2))  # Excel keeps only the first cell's value: this file is odd
            continue
        for c in range(c1f, c2f + 1):
            target = cols.setdefault(c, frame.get_column(f"c{c}").to_list())
            for r in range(r1, r2 + 1):
                target[r] = value
        filled += 1
    if cols:
        raw.frame = frame.with_columns([pl.Series(f"c{c}", v, dtype=pl.Utf8) for c, v in cols.items()])
    return filled


_CONTROL_RE = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"


def _strip_controls(frame: pl.DataFrame) -> pl.DataFrame:
    """Terminal escape sequences and control characters removed from every cell (tab and line breaks kept),
    so a supplier name can never drive the terminal or a log viewer."""
    if frame.width == 0:
        return frame
    return frame.with_columns(pl.col(pl.Utf8).str.replace_all(_CONTROL_RE, ""))


def _header_spans(raw: RawSheet) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for r1, c1, r2, c2 in raw.merges:
        if c2 > c1 and r1 < 40:
            spans.setdefault(r1, []).append((c1 - raw.col_offset, c2 - raw.col_offset))
    return spans


def _table_from_raw(raw: RawSheet, name: str, sheet: str | None, overrides: dict[str, str] | None,
                    quality: DataQualityReport, sha: str) -> SupplierTable:
    def note(code: str, msg: str, severity: str | None = None, row: int | None = None,
             column: str | None = None) -> None:
        quality.add(DataQualityIssue(code, msg, severity or default_severity(code), name, sheet, row, column))

    if raw.frame.height == 0 or raw.frame.width == 0:
        raise InputError("the sheet is empty: no header and no supplier rows", file=name, sheet=sheet)
    raw.frame = _strip_controls(raw.frame)
    for msg in raw.notes:
        note(FILE_DAMAGED if "truncated" in msg else ENCODING_UNCERTAIN, msg, "warning")
    conflicts: list = []
    merged = _fill_merges(raw, 50_000_000, conflicts)
    for r1, c1, r2, c2 in conflicts[:100]:
        note(MERGED_CELLS_CONFLICT, f"Merged range {col_letter(c1)}{r1 + 1}:{col_letter(c2)}{r2 + 1} covers cells "
             "that hold their own values; the merge was ignored and every cell kept its value.", "warning")
    if merged:
        note(MERGED_CELLS, f"{merged} merged cell range(s) were found; each value was copied to every cell of "
             "its range.")
    choice: HeaderChoice = find_header(_top_rows(raw.frame), _header_spans(raw), raw.col_offset)
    headers = list(choice.names)
    data_start = choice.row + choice.rows
    data = raw.frame.slice(data_start)
    row_numbers = list(range(data_start + 1, data_start + 1 + data.height))
    if choice.row > 0:
        titles = list(dict.fromkeys(str(v) for r in _top_rows(raw.frame, choice.row) for v in r
                                    if v is not None and str(v).strip()))
        if titles:
            note(TITLE_ROWS, f"The header is on row {choice.row + 1}; the text above it was treated as a title: "
                 f"{' | '.join(titles)[:200]!r}.")
    if choice.rows == 2:
        note(TWO_ROW_HEADER, f"The header spans rows {choice.row + 1} and {choice.row + 2}; their labels were "
             "combined.")
    idx_over = validate_overrides(overrides, headers, name, sheet)
    samples = [data.get_column(f"c{j}").head(200).to_list() for j in range(len(headers))]
    mappings, notes = map_columns(headers, samples, idx_over)
    for msg in notes:
        note(COLUMN_DUPLICATE_FIELD, msg)
    mappings, checked = confirm_mappings(mappings, data)
    for msg in checked:
        note(COLUMN_CONTENT_CHECK, msg, "warning")
    for m in mappings:
        if m.field and m.method in ("fuzzy", "content"):
            note(COLUMN_MAPPING_UNCERTAIN, f"Column '{m.source_column}' was read as {m.field} "
                 f"({m.method} match, confidence {m.confidence:.0%}); check it or override the mapping.",
                 column=m.source_column)
    if not any(m.field == "supplier_name" for m in mappings):
        raise InputError("no column looks like the supplier name; columns found: "
                         f"{', '.join(repr(h) for h in headers)}. Map one explicitly, e.g. "
                         f"--map \"{headers[0]}=supplier_name\"", file=name, sheet=sheet, row=choice.row + 1)
    for j in sorted(raw.hidden_cols):
        fj = j - raw.col_offset
        if 0 <= fj < len(headers):
            note(COLUMN_HIDDEN, f"Column {col_letter(j)} ('{headers[fj]}') is hidden in the file; its data was "
                 "read like any other column.", column=headers[fj])
    hidden_data_rows = sorted(r for r in raw.hidden_rows if r >= data_start)
    for r in hidden_data_rows[:10_000]:
        note(ROW_HIDDEN, f"Row {r + 1} is hidden in the file; it was read like any other row.", row=r + 1)
    records = build_records(data, row_numbers, mappings, RowContext(name, sheet, quality, dt.date.today()))
    if not records:
        raise InputError("the sheet has a header but no supplier rows", file=name, sheet=sheet)
    _backfill_keys(quality, records)
    return SupplierTable(records, mappings, quality, name, sheet, choice.row + 1, sha)


def _backfill_keys(quality: DataQualityReport, records: list) -> None:
    """Attach each row-level issue to the supplier of that row."""
    by_row = {r.row_number: r.supplier_key for r in records}
    quality.issues = [dataclasses.replace(i, supplier_key=by_row[i.row])
                      if i.supplier_key is None and i.row in by_row else i for i in quality.issues]
