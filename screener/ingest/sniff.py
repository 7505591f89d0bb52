"""What kind of file is this? Magic bytes, zip contents, text encoding and csv delimiter.

Also the zip-bomb guard that runs before any parser sees an xlsx/xlsm/ods/docx file.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from screener.errors import InputError, LimitExceeded
from screener.ingest.limits import Limits

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
    if b"urn:schemas-microsoft-com:office:spreadsheet" in low or b"progid=\"excel.sheet\"" in low:
        return "spreadsheetml"
    if low.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")) or b"<html" in low[:512]:
        return "html" if (b"<html" in low or b"<table" in low or b"<!doctype html" in low) else "xml"
    if _looks_binary(head):
        return "binary"
    return "text"


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or _utf16_32_without_bom(head):
        return False  # UTF-16/32 text
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


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding used and whether the choice is sure (else a data-quality warning)."""

    text: str
    encoding: str
    confident: bool = True
    note: str = ""


_EAST_ASIAN = ["gb18030", "big5", "shift_jis", "euc_kr", "euc_jp"]
_SINGLE_BYTE = ["cp1252", "cp1250", "cp1251", "cp1254", "cp1257", "cp1253", "cp1255", "cp1256", "cp874", "cp1258"]
_OK_SYMBOLS = set("–—‘’‚“”„•…«»¡¿ºª\xa0")
_NAMES = {"cp1252": "Windows-1252 (Western European)", "cp1250": "Windows-1250 (Central European)",
          "cp1251": "Windows-1251 (Cyrillic)", "gb18030": "GB18030 (Chinese)", "big5": "Big5 (Chinese)",
          "shift_jis": "Shift-JIS (Japanese)", "euc_kr": "EUC-KR (Korean)", "latin-1": "Latin-1"}


def _utf16_32_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    n = len(sample) // 4 * 4
    zeros = [sum(1 for i in range(k, n, 4) if sample[i] == 0) / (n // 4) for k in range(4)]
    if zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] > 0.9:
        return "utf-32-le"
    if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[2] > 0.9:
        return "utf-32-be"
    odd = (zeros[1] + zeros[3]) / 2
    even = (zeros[0] + zeros[2]) / 2
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def _oddities(text: str) -> int:
    """Non-ASCII symbols touching a letter ("£ódŸ" for "Łódź", "¹" inside a word) and control characters:
    signs of a wrong code page. Typographic quotes and dashes do not count."""
    import unicodedata

    n = 0
    for i, c in enumerate(text):
        if ord(c) < 128 or c in _OK_SYMBOLS:
            continue
        cat = unicodedata.category(c)
        if cat.startswith(("L", "M")):
            continue
        if cat == "Cc" or (i > 0 and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha()):
            n += 1
    return n


def _decode_legacy(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    best = from_bytes(sample, cp_isolation=_EAST_ASIAN + _SINGLE_BYTE).best()
    enc = (best.encoding if best else "cp1252").replace("_", "-") if best else "cp1252"
    enc = {"utf-8": "cp1252", "ascii": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252"}.get(enc, enc)
    if enc.replace("-", "_") in _EAST_ASIAN:
        try:
            text = data.decode(enc)
            sure = best is not None and best.chaos < 0.2
            return Decoded(text, enc, sure, "" if sure else f"the text encoding was guessed as "
                           f"{_NAMES.get(enc, enc)}; check that names read correctly")
        except (UnicodeDecodeError, LookupError):
            pass
    # single-byte code pages: the one whose text has the fewest odd symbols; Windows-1252 on a tie
    cands: list[tuple[int, int, str, str]] = []
    for rank, cp in enumerate(dict.fromkeys(["cp1252", enc if enc.replace("-", "") in _SINGLE_BYTE else "cp1252",
                                             "cp1250"])):
        cp = cp.replace("-", "")
        try:
            text = data.decode(cp)
        except (UnicodeDecodeError, LookupError):
            continue
        cands.append((_oddities(text[:200_000]), rank, cp, text))
    if not cands:
        return Decoded(data.decode("latin-1"), "latin-1", False,
                       "the text encoding could not be told; it was read as Latin-1, check accented letters")
    cands.sort()
    odd, _, cp, text = cands[0]
    rivals = [c for c in cands[1:] if c[0] == odd and c[3] != text]
    if rivals or odd:
        return Decoded(text, cp, False, f"the text encoding was guessed as {_NAMES.get(cp, cp)}; other code pages "
                       "read some letters differently, so check accented names (or save the file as UTF-8)")
    return Decoded(text, cp)


def decode_bytes(data: bytes) -> Decoded:
    """Decode bytes: BOMs (UTF-8, UTF-16, UTF-32), UTF-16/32 without BOM, UTF-8, then the code pages of the
    main sourcing countries (GB18030, Big5, Shift-JIS, Windows-1250/1252, ...), with a confidence flag."""
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return Decoded(data.decode("utf-32", errors="replace"), "utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    wide = _utf16_32_without_bom(data)
    if wide:
        return Decoded(data.decode(wide, errors="replace"), wide)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and len(data) > 3:  # a multi-byte character cut off at the very end
            return Decoded(data[:exc.start].decode("utf-8"), "utf-8", False,
                           "the file ends in the middle of a character; it appears truncated")
    return _decode_legacy(data)


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of ``decode_bytes``."""
    d = decode_bytes(data)
    return d.text, d.encoding


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
