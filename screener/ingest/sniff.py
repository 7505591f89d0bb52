"""What kind of file is this? Magic bytes, zip contents, text encoding and csv delimiter.

Also the zip-bomb guard that runs before any parser sees an xlsx/xlsm/ods/docx file.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from pathlib import Path

from screener.errors import InputError, LimitExceeded
from screener.limits import Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
PDF_MAGIC = b"%PDF"
_MAX_ZIP_MEMBERS = 10_000
ZIP_FORMATS = ("xlsx", "xlsm", "ods", "docx")


def check_file_size(path: Path, limits: Limits, name: str) -> int:
    """Size of the file in bytes; LimitExceeded when it is over the limit, InputError when missing or empty."""
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError("the file does not exist or cannot be read", file=name) from None
    if not path.is_file():
        raise InputError("this is not a file", file=name)
    if size > limits.max_file_bytes:
        raise LimitExceeded(f"the file is {size / 1e6:.1f} MB, over the limit of "
                            f"{limits.max_file_bytes / 1e6:.0f} MB", file=name)
    if size == 0:
        raise InputError("the file is empty", file=name)
    return size


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mime:
                    return "ods"
                if b"opendocument.text" in mime:
                    return "odt"
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names:
                    return "xlsb"
                return "xlsm" if "xl/vbaProject.bin" in names else "xlsx"
            if "word/document.xml" in names:
                return "docx"
            if "ppt/presentation.xml" in names:
                return "pptx"
    except zipfile.BadZipFile:
        return "corrupt_zip"
    return "zip"


def detect_format(path: Path) -> str:
    """The real format from the content: xlsx, xlsm, xlsb, ods, xls, ole, docx, pdf, html, text, zip, binary."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        utf16 = "EncryptionInfo".encode("utf-16-le")
        with path.open("rb") as fh:
            blob = fh.read(1 << 20)
        if utf16 in blob:
            return "encrypted_ooxml"  # a password-protected xlsx/docx is an OLE container
        if "Workbook".encode("utf-16-le") in blob or "Book".encode("utf-16-le") in blob:
            return "xls"
        if "WordDocument".encode("utf-16-le") in blob:
            return "doc"
        return "ole"
    if head.lstrip().startswith(PDF_MAGIC) or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    low = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")) or b"<html" in low[:512]:
        return "html" if (b"<html" in low or b"<table" in low or b"<!doctype html" in low) else "xml"
    if _looks_binary(head):
        return "binary"
    return "text"


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text with BOM
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)  # NUL included: a stray one is tolerated
    return ctrl / len(head) > 0.05


def check_zip(path: Path, limits: Limits, name: str) -> None:
    """Zip-bomb guard before any parser: member count and declared sizes first (cheap), then every member
    inflated as a stream under the byte budget, since declared sizes can be faked small."""
    from screener.ingest.bounds import measure_zip

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError("the file is damaged (not a valid zip container)", file=name) from None
    if len(infos) > _MAX_ZIP_MEMBERS:
        raise LimitExceeded(f"the file holds {len(infos)} parts, over the limit of {_MAX_ZIP_MEMBERS}", file=name)
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > limits.max_decompressed_bytes:
        raise LimitExceeded(f"the file expands to {total / 1e6:.0f} MB, over the limit of "
                            f"{limits.max_decompressed_bytes / 1e6:.0f} MB (possible zip bomb)", file=name)
    ratio = total / max(packed, 1)
    if total > 1_000_000 and ratio > limits.max_compression_ratio:
        raise LimitExceeded(f"the file expands {ratio:.0f} times, over the limit of "
                            f"{limits.max_compression_ratio:.0f} (possible zip bomb)", file=name)
    if any(i.flag_bits & 0x1 for i in infos):
        raise InputError("the file is encrypted: give the password or an unprotected copy", file=name)
    measure_zip(path, limits, name, max_members=_MAX_ZIP_MEMBERS)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes as utf-8 (with or without BOM), utf-16 with BOM, else the best of cp1252/latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "utf_8", "cp1250", "mac_roman"]).best()
    enc = best.encoding if best else "cp1252"
    if enc in ("utf_8", "utf-8"):
        enc = "cp1252"  # undecodable as utf-8 above: a single-byte Western code page is the usual culprit
    try:
        return data.decode(enc), enc
    except (UnicodeDecodeError, LookupError):
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The field delimiter of a csv/tsv text: tab, comma, semicolon or pipe (the most consistent one)."""
    lines = [ln for ln in text[:65536].splitlines() if ln.strip()][:40]
    if not lines:
        return ","
    sample = "\n".join(lines)
    best, best_score = ",", (False, 0.0, 0)
    for delim in (",", ";", "\t", "|"):
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delim) if any(c.strip() for c in r)]
        if not counts:
            continue
        mode = Counter(counts).most_common(1)[0][0]
        frac = counts.count(mode) / len(counts)
        score = (mode > 1, round(frac, 1) if mode > 1 else 0.0, mode)
        if score > best_score:
            best, best_score = delim, score
    return best
