"""Audit reports and other documents -> Document(pages=[Page(number, text)]).

pdf: pypdf, text per page. docx: paragraphs and tables in body order, split on explicit page breaks.
txt/md: encoding sniffed, form feed = page break. html: visible text only. Every failure is an
InputError that says what to do (decrypt, OCR, re-export).
"""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

from screener.errors import InputError, printable, LimitExceeded
from screener.ingest.guard import run_guarded
from screener.ingest.sniff import check_file_size, check_zip, decode_text, detect_format
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.contracts import Document, Page

SUPPORTED_DOCUMENT_SUFFIXES: tuple[str, ...] = (".pdf", ".docx", ".txt", ".md", ".html", ".htm")
_TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".text": "txt"}
_HIDDEN_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")


def read_document(path: Path | str, *, limits: Limits = DEFAULT_LIMITS, display_name: str | None = None) -> Document:
    """Read one document. InputError on encrypted, corrupt, image-only or oversized files; any other failure
    of a parser (panic, MemoryError, RecursionError, OS error) also becomes an InputError naming the file."""
    name = printable(display_name or Path(path).name)
    return run_guarded(name, _read_document, Path(path), limits, name)


def _read_document(p: Path, limits: Limits, name: str) -> Document:
    check_file_size(p, limits, name)
    data = p.read_bytes()
    fmt = detect_format(p)
    suffix = Path(name).suffix.lower()
    if fmt == "pdf":
        pages = _read_pdf(data, name, limits)
        kind = "pdf"
    elif fmt == "docx":
        check_zip(p, limits, name)
        pages, kind = _read_docx(data, name), "docx"
    elif fmt == "html" or (fmt == "text" and suffix in (".html", ".htm")):
        pages, kind = _read_html(data), "html"
    elif fmt == "text":
        pages = _read_text(data)
        kind = _TEXT_SUFFIXES.get(suffix, "txt")
    elif fmt == "encrypted_ooxml":
        raise InputError("the document is password-protected (encrypted); save an unprotected copy", file=name)
    elif fmt == "doc":
        raise InputError("old Word (.doc) files are not supported; save it as .docx or .pdf", file=name)
    elif fmt == "corrupt_zip":
        raise InputError("the file is damaged: it starts like a .docx/zip file but cannot be opened", file=name)
    else:
        raise InputError(f"unsupported document format ({fmt}); supported: "
                         f"{', '.join(SUPPORTED_DOCUMENT_SUFFIXES)}", file=name)
    if len(pages) > limits.max_pages:
        raise LimitExceeded(f"the document has {len(pages):,} pages, over the limit of {limits.max_pages:,}",
                            file=name)
    total = 0
    kept: list[Page] = []
    for pg in pages:
        total += len(pg.text)
        if total > limits.max_text_chars:
            raise LimitExceeded(f"the document holds more than {limits.max_text_chars:,} characters of text",
                                file=name)
        kept.append(pg)
    if not any(pg.text.strip() for pg in kept):
        raise InputError("the document contains no text", file=name)
    return Document(name=name, pages=kept, path=str(p), sha256=hashlib.sha256(data).hexdigest(), format=kind)


_ENCRYPTED_PDF = "the PDF is encrypted: give the password or an unprotected copy"
PDF_SECONDS = 40.0  # text extraction budget of one PDF (hostile content streams), well under the 60 s bar


def _content_key(page) -> tuple | None:
    """Identity of a page's content streams and resources; pages sharing them share their text."""
    from pypdf.generic import ArrayObject, IndirectObject

    raw = page.get("/Contents")
    refs = raw if isinstance(raw, ArrayObject) else [raw]
    if not refs or not all(isinstance(r, IndirectObject) for r in refs):
        return None
    res = page.get("/Resources")
    res_key = (res.idnum, res.generation) if isinstance(res, IndirectObject) else id(res)
    return tuple((r.idnum, r.generation) for r in refs) + (res_key,)


def _open_pdf(data: bytes, name: str):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")  # many PDFs are encrypted with an empty user password: they open anywhere
            except DependencyError:
                raise InputError(_ENCRYPTED_PDF + " (its encryption needs the 'cryptography' package)",
                                 file=name) from None
            except Exception:
                ok = 0  # type: ignore[assignment]  # pypdf types decrypt() as an IntEnum
            if not ok:
                raise InputError(_ENCRYPTED_PDF, file=name)
        n = len(reader.pages)
    except InputError:
        raise
    except (FileNotDecryptedError, DependencyError):
        raise InputError(_ENCRYPTED_PDF, file=name) from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"the PDF is damaged and cannot be read ({str(exc)[:120]})", file=name) from None
    except Exception as exc:  # pypdf raises many kinds on hostile input
        raise InputError(f"the PDF cannot be read ({type(exc).__name__})", file=name) from None
    return reader, n


def _read_pdf(data: bytes, name: str, limits: Limits) -> list[Page]:
    import logging
    import time

    from pypdf.errors import DependencyError, FileNotDecryptedError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader, n = _open_pdf(data, name)
    if n > limits.max_pages:
        raise LimitExceeded(f"the PDF has {n:,} pages, over the limit of {limits.max_pages:,}", file=name)
    if n == 0:
        raise InputError("the PDF has no pages", file=name)
    pages = []
    seen: dict[tuple, str] = {}
    deadline = time.monotonic() + PDF_SECONDS
    for i in range(n):
        try:
            page = reader.pages[i]
            key = _content_key(page)
            if key is not None and key in seen:
                text = seen[key]  # the same content stream reused by many pages is read once
            else:
                text = page.extract_text() or ""
                if key is not None:
                    seen[key] = text
        except (FileNotDecryptedError, DependencyError):
            raise InputError(_ENCRYPTED_PDF, file=name) from None
        except (RecursionError, MemoryError):
            raise
        except Exception:
            text = ""
        pages.append(Page(i + 1, text.replace("\x00", "")))
        if time.monotonic() > deadline:
            raise LimitExceeded(f"reading the PDF's text took over {PDF_SECONDS:.0f} s (stopped at page {i + 1} "
                                f"of {n}); the content is too complex or hostile", file=name)
    if not any(p.text.strip() for p in pages):
        raise InputError("scanned image, no text layer: run OCR first", file=name)
    return pages


def _read_docx(data: bytes, name: str) -> list[Page]:
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise InputError(f"the Word document is damaged and cannot be read ({type(exc).__name__})", file=name) \
            from None
    pages: list[list[str]] = [[]]
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            if _page_break_before(child, qn):
                pages.append([])
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            if text.strip():
                pages[-1].append(text)
            if any(br.get(qn("w:type")) == "page" for br in child.iter(qn("w:br"))):
                pages.append([])
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = []
                for cell in row.iter(qn("w:tc")):
                    cells.append(" ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                          for p in cell.iter(qn("w:p"))).strip())
                line = " | ".join(c for c in cells if c)
                if line:
                    pages[-1].append(line)
    while len(pages) > 1 and not pages[-1]:
        pages.pop()
    return [Page(i + 1, "\n".join(lines)) for i, lines in enumerate(pages)]


def _page_break_before(p, qn) -> bool:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        return False
    pbb = ppr.find(qn("w:pageBreakBefore"))
    return pbb is not None and pbb.get(qn("w:val"), "true") not in ("0", "false")


def _read_text(data: bytes) -> list[Page]:
    text, _ = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    parts = text.split("\f")
    return [Page(i + 1, part) for i, part in enumerate(parts)] if parts else [Page(1, "")]


def _read_html(data: bytes) -> list[Page]:
    from bs4 import BeautifulSoup

    import warnings

    text, _ = decode_text(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "lxml")
    for tag in soup(list(_HIDDEN_TAGS)):
        tag.decompose()
    for tag in soup.select('[hidden], [style*="display:none"], [style*="display: none"], [aria-hidden="true"]'):
        tag.decompose()
    lines = [" ".join(line.split()) for line in soup.get_text("\n").splitlines()]
    return [Page(1, "\n".join(ln for ln in lines if ln))]
