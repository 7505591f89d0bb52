"""The parts of an xlsx read from its XML directly: sheet visibility, the sheet's part name, bounds checked before
the Rust reader runs, and the layout (merged ranges, hidden rows and columns, the first used column)."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from screener.ingest.limits import Limits

if TYPE_CHECKING:
    from screener.ingest.readers import RawSheet

MAX_MERGES = 100_000  # merged ranges read per sheet


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def xlsx_visibility(path: Path) -> dict[str, bool]:
    from defusedxml import ElementTree as ET

    try:
        with zipfile.ZipFile(path) as zf:
            root = ET.fromstring(zf.read("xl/workbook.xml"))
    except Exception:
        return {}
    out = {}
    for el in root.iter():
        if el.tag.endswith("}sheet") or el.tag == "sheet":
            out[el.get("name", "")] = el.get("state", "visible") == "visible"
    return out



def bound_xlsx_sheet(path: Path, sheet: str | None, name: str, limits: Limits) -> None:
    """Before calamine reads a sheet: valid cell references, a bounded cell rectangle, shared-string
    indexes that exist (a negative or too large index would take text from elsewhere or panic)."""
    from screener.ingest.bounds import scan_sheet_xml

    with zipfile.ZipFile(path) as zf:
        try:
            part = _sheet_part(zf, sheet)
        except KeyError:
            part = None
        if not part or part not in set(zf.namelist()):
            return  # calamine reports a missing sheet itself
        names = set(zf.namelist())
        sst = next((n for n in ("xl/sharedStrings.xml", "xl/sharedstrings.xml") if n in names), None)
        n_strings = None
        if sst:
            n_strings = 0
            with zf.open(sst) as fh:
                tail = b""
                while chunk := fh.read(1 << 20):
                    buf = tail + chunk  # a 4-byte tag cannot hide inside the 3 bytes carried over
                    n_strings += sum(buf.count(t) for t in (b"<si>", b"<si ", b":si>", b":si "))
                    tail = buf[-3:]
        with zf.open(part) as fh:
            scan_sheet_xml(fh, name, sheet, limits, n_strings)


_ROW_HIDDEN = re.compile(rb'<row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUM = re.compile(rb'\br="(\d+)"')
_COL_HIDDEN = re.compile(rb'<col\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_MIN_MAX = re.compile(rb'\bmin="(\d+)"[^>]*?\bmax="(\d+)"|\bmax="(\d+)"[^>]*?\bmin="(\d+)"')
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_CELL = re.compile(rb'<c\s+r="([A-Z]+)\d+"[^>]*?(?:/>|>(.{0,400}?)</c>)', re.S)


def _sheet_part(zf: zipfile.ZipFile, sheet: str | None) -> str | None:
    from defusedxml import ElementTree as ET

    wb = ET.fromstring(zf.read("xl/workbook.xml"))
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter() if r.get("Id")}
    sheets = [el for el in wb.iter() if el.tag.endswith("}sheet")]
    chosen = sheets[0] if sheets and sheet is None else next((s for s in sheets if s.get("name") == sheet), None)
    if chosen is None:
        return None
    rid = next((v for k, v in chosen.attrib.items() if k.endswith("}id")), None)
    target = targets.get(rid, "")
    if target.startswith("/"):
        return target.lstrip("/")
    return "xl/" + target if target else None


def xlsx_layout(path: Path, sheet: str | None, raw: RawSheet) -> None:
    """Merged ranges, hidden rows/columns and the first used column, read from the sheet XML."""
    try:
        with zipfile.ZipFile(path) as zf:
            part = _sheet_part(zf, sheet)
            if not part:
                return
            data = zf.read(part)
    except Exception:
        return  # layout is a nicety; the values were read already
    head = data[:262_144]
    cols = [col_index(m.group(1).decode()) for m in _CELL.finditer(head)
            if m.group(2) and (b"<v" in m.group(2) or b"<is" in m.group(2))]
    raw.col_offset = min(cols) if cols else 0
    if b'hidden="' in data:
        for m in _ROW_HIDDEN.finditer(data):
            num = _ROW_NUM.search(m.group(0))
            if num:
                raw.hidden_rows.add(int(num.group(1)) - 1)
        for m in _COL_HIDDEN.finditer(data):
            mm = _MIN_MAX.search(m.group(0))
            if mm:
                lo, hi = (mm.group(1), mm.group(2)) if mm.group(1) else (mm.group(4), mm.group(3))
                raw.hidden_cols.update(range(int(lo) - 1, min(int(hi), int(lo) + 1000)))
    if b"<mergeCell " in data:
        for i, m in enumerate(_MERGE.finditer(data)):
            if i >= MAX_MERGES:
                break
            c1, r1 = col_index(m.group(1).decode()), int(m.group(2)) - 1
            c2 = col_index(m.group(3).decode()) if m.group(3) else c1
            r2 = int(m.group(4)) - 1 if m.group(4) else r1
            raw.merges.append((r1, c1, r2, c2))
