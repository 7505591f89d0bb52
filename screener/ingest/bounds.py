"""Bounds checked before a parser does the work: real (not declared) decompressed sizes of zip members,
and the cell references of xlsx sheets.

A zip member's sizes in the archive directory can be faked small; the Rust and Python readers then inflate
far more than the guard allowed. Here every member is inflated as a stream, with a byte budget, straight
from its compressed data (ignoring the declared sizes). Sheet XML is then scanned as a stream for cell
references: an invalid one (past XFD1048576) makes calamine panic, and value cells far apart make it
allocate the whole rectangle between them (A1 + XFD1048576 = 17 billion cells, 549 GB).
"""
from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from screener.errors import InputError, LimitExceeded
from screener.ingest.limits import Limits

_CHUNK = 1 << 20
MAX_SHEET_COLUMNS = 16_384
MAX_SHEET_ROWS = 1_048_576


@dataclass(frozen=True)
class ZipMeasure:
    """Measured (inflated) size of every member, by name, and the sum."""

    sizes: dict[str, int]
    total: int


def _data_offset(fh, info: zipfile.ZipInfo) -> int:
    fh.seek(info.header_offset)
    head = fh.read(30)
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local header")
    n, m = struct.unpack("<HH", head[26:30])
    return info.header_offset + 30 + n + m


def _inflate_size(fh, info: zipfile.ZipInfo, budget: int, file_size: int) -> int:
    """Bytes the member really inflates to, stopping once ``budget`` is passed (returns budget + 1)."""
    start = _data_offset(fh, info)
    if info.compress_type == zipfile.ZIP_STORED:
        return min(info.compress_size, max(0, file_size - start))
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise InputError(f"a part of the file uses an unsupported compression method ({info.compress_type})")
    fh.seek(start)
    d = zlib.decompressobj(-15)
    total = 0
    while not d.eof:
        chunk = fh.read(_CHUNK)
        if not chunk:
            break  # truncated stream: the readers will complain; its size so far is what counts
        while chunk and not d.eof:
            out = d.decompress(chunk, _CHUNK)
            total += len(out)
            if total > budget:
                return budget + 1
            chunk = d.unconsumed_tail
    return total


def measure_zip(path: Path, limits: Limits, name: str, *, max_members: int = 10_000) -> ZipMeasure:
    """Inflate every member as a stream under ``limits.max_decompressed_bytes`` in all and the compression
    ratio limit; LimitExceeded on a bomb, InputError on a damaged or encrypted archive."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError("the file is damaged (not a valid zip container)", file=name) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > max_members:
            raise LimitExceeded(f"the file holds {len(infos):,} parts, over the limit of {max_members:,}", file=name)
        if any(i.flag_bits & 0x1 for i in infos):
            raise InputError("the file is encrypted (password-protected): give an unprotected copy", file=name)
        file_size = path.stat().st_size
        by_ratio = max(1_000_000, int(limits.max_compression_ratio * file_size))
        budget = min(limits.max_decompressed_bytes, by_ratio)  # stop as soon as either bound is passed
        sizes: dict[str, int] = {}
        with path.open("rb") as fh:
            for info in infos:
                if info.is_dir():
                    continue
                try:
                    got = _inflate_size(fh, info, budget, file_size)
                except InputError as exc:
                    raise InputError(exc.message, file=name) from None
                except (zlib.error, zipfile.BadZipFile, struct.error, OSError):
                    raise InputError(f"the file is damaged: part '{info.filename[:80]}' cannot be decompressed",
                                     file=name) from None
                if got > budget and by_ratio < limits.max_decompressed_bytes:
                    raise LimitExceeded(f"the file expands more than {limits.max_compression_ratio:.0f} times when "
                                        "decompressed, over the limit (possible zip bomb; sizes measured while "
                                        "reading)", file=name)
                if got > budget:
                    raise LimitExceeded(f"the file expands to more than {limits.max_decompressed_bytes / 1e6:.0f} MB "
                                        "when decompressed (possible zip bomb; sizes measured while reading)",
                                        file=name)
                budget -= got
                sizes[info.filename] = got
        total = sum(sizes.values())
        ratio = total / max(file_size, 1)
        if total > 1_000_000 and ratio > limits.max_compression_ratio:
            raise LimitExceeded(f"the file expands {ratio:.0f} times when decompressed, over the limit of "
                                f"{limits.max_compression_ratio:.0f} (possible zip bomb)", file=name)
        return ZipMeasure(sizes, total)


# A cell start tag and its reference; a value cell is one whose next element is <v>, <is> or <f>.
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([^"]*)"([^>]*?)(/?)>(\s*<(?:\w+:)?(?:v|is|f)\b)?')
_SST_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\st="s"[^>]*>\s*<(?:\w+:)?v>\s*(-?\d+)')
_REF = re.compile(rb"([A-Za-z]{1,3})([0-9]{1,7})$")


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ch - 64)
    return n - 1


@dataclass
class SheetExtent:
    """Bounding box (0-based, inclusive) of the value cells of a sheet and the number of cell tags."""

    min_row: int = MAX_SHEET_ROWS
    min_col: int = MAX_SHEET_COLUMNS
    max_row: int = -1
    max_col: int = -1
    cells: int = 0

    @property
    def area(self) -> int:
        if self.max_row < 0:
            return 0
        return (self.max_row + 1) * (self.max_col - self.min_col + 1)


def scan_sheet_xml(stream, name: str, sheet: str | None, limits: Limits, n_strings: int | None = None) -> SheetExtent:
    """Stream the sheet XML once: every cell reference valid, the value cells' rectangle within the cell limit,
    and (when ``n_strings`` is known) every shared-string index between 0 and ``n_strings`` - 1."""
    ext = SheetExtent()
    tail = b""
    while True:
        chunk = stream.read(_CHUNK)
        buf = tail + chunk
        if not chunk:
            cut = len(buf)
        else:
            cut = buf.rfind(b"<c")  # a cell's start tag and first child stay together
            if cut <= 0 or len(buf) - cut > 65_536:
                cut = buf.rfind(b"<")
            cut = cut if cut > 0 else len(buf)
            if len(buf) - cut > 65_536:  # a single tag longer than 64 KB: not a cell
                cut = len(buf)
        for m in _CELL_REF.finditer(buf, 0, cut):
            ref = m.group(1)
            rm = _REF.match(ref)
            col = _col_index(rm.group(1)) if rm else -1
            row = int(rm.group(2)) - 1 if rm else -1
            if not rm or not (0 <= col < MAX_SHEET_COLUMNS) or not (0 <= row < MAX_SHEET_ROWS):
                shown = ref[:24].decode("latin-1")
                raise InputError(f"the sheet has an invalid cell reference '{shown}' (past XFD1048576); "
                                 "the file is damaged", file=name, sheet=sheet)
            ext.cells += 1
            if m.group(4) is not None and not m.group(3):
                ext.min_row, ext.max_row = min(ext.min_row, row), max(ext.max_row, row)
                ext.min_col, ext.max_col = min(ext.min_col, col), max(ext.max_col, col)
        if b't="s"' in buf:
            for m in _SST_CELL.finditer(buf, 0, cut):
                idx = int(m.group(1))
                if idx < 0 or (n_strings is not None and idx >= n_strings):
                    raise InputError(f"a cell refers to shared text number {idx}, which does not exist "
                                     "(the file is damaged)", file=name, sheet=sheet)
        tail = buf[cut:]
        if not chunk:
            break
    if ext.area > limits.max_cells:
        raise LimitExceeded(f"the sheet's cells span {ext.max_row + 1:,} rows by {ext.max_col - ext.min_col + 1:,} "
                            f"columns ({ext.area:,} cells), over the limit of {limits.max_cells:,}",
                            file=name, sheet=sheet)
    if ext.max_row + 1 > limits.max_rows + 50:
        raise LimitExceeded(f"the sheet has {ext.max_row + 1:,} rows, over the limit of {limits.max_rows:,}",
                            file=name, sheet=sheet)
    return ext
