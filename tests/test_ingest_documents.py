"""Audit reports: pdf, docx, txt, md and html to pages, with clear errors; linking documents to suppliers."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from screener.errors import InputError, LimitExceeded
from screener.ingest.documents import SUPPORTED_DOCUMENT_SUFFIXES, read_document
from screener.ingest.linking import link_documents
from screener.ingest.limits import Limits
from screener.contracts import Document, Page, SupplierRecord


def make_pdf(path: Path, pages: list[str], *, password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 6, text)
        else:
            pdf.rect(20, 20, 100, 60, style="F")  # a drawing, no text: what a scan looks like to pypdf
    data = bytes(pdf.output())
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
        writer.encrypt(user_password=password, owner_password=password + "x")
        buf = io.BytesIO()
        writer.write(buf)
        data = buf.getvalue()
    path.write_bytes(data)
    return path


def make_docx(path: Path) -> Path:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_paragraph("Audit of Acme Textiles Ltd")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Finding"
    table.cell(0, 1).text = "Status"
    table.cell(1, 0).text = "Passports held by HR"
    table.cell(1, 1).text = "Open"
    p = d.add_paragraph("Worker interviews follow.")
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Page two: overtime records reviewed.")
    d.save(path)
    return path


def test_supported_suffixes() -> None:
    assert {".pdf", ".docx", ".txt", ".md", ".html"} <= set(SUPPORTED_DOCUMENT_SUFFIXES)


def test_pdf_text_per_page(tmp_path: Path) -> None:
    doc = read_document(make_pdf(tmp_path / "audit.pdf", ["First page: scope.", "Second page: findings."]))
    assert doc.format == "pdf" and doc.name == "audit.pdf" and len(doc.sha256) == 64
    assert [p.number for p in doc.pages] == [1, 2]
    assert "scope" in doc.pages[0].text and "findings" in doc.pages[1].text


def test_pdf_display_name(tmp_path: Path) -> None:
    doc = read_document(make_pdf(tmp_path / "upload123.pdf", ["text"]), display_name="Acme audit.pdf")
    assert doc.name == "Acme audit.pdf"


def test_pdf_encrypted(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="encrypted"):
        read_document(make_pdf(tmp_path / "e.pdf", ["secret"], password="pw"))


def test_pdf_encrypted_with_empty_user_password_is_read(tmp_path: Path) -> None:
    doc = read_document(make_pdf(tmp_path / "e.pdf", ["open to all"], password=""))
    assert "open to all" in doc.pages[0].text


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="scanned image, no text layer: run OCR first"):
        read_document(make_pdf(tmp_path / "scan.pdf", ["", ""]))


def test_pdf_corrupt(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "g.pdf", ["hello"]).read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(good[:200])
    with pytest.raises(InputError) as exc:
        read_document(bad)
    assert "bad.pdf" in str(exc.value)


def test_pdf_page_limit(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "long.pdf", ["p"] * 5)
    with pytest.raises(LimitExceeded, match="5 pages"):
        read_document(path, limits=Limits(max_pages=3))


def test_docx_paragraphs_tables_and_page_break(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "r.docx"))
    assert doc.format == "docx" and len(doc.pages) == 2
    first = doc.pages[0].text
    assert first.index("Audit of Acme") < first.index("Passports held by HR | Open") < first.index("Worker interviews")
    assert "overtime" in doc.pages[1].text


def test_docx_zip_bomb_guard(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "r.docx")
    out = tmp_path / "bomb.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("word/media/pad.bin", b"\x00" * 20_000_000)
    with pytest.raises(LimitExceeded, match="zip bomb"):
        read_document(out)


def test_docx_corrupt(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "r.docx").read_bytes()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="damaged"):
        read_document(bad)


def test_txt_cp1252_with_form_feed_pages(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("Página uno: inspección.\fPage deux: ouvriers étrangers.".encode("cp1252"))
    doc = read_document(path)
    assert doc.format == "txt" and [p.number for p in doc.pages] == [1, 2]
    assert "inspección" in doc.pages[0].text and "étrangers" in doc.pages[1].text


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text("# Audit\n\n- wages withheld for 2 months\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "md" and "wages withheld" in doc.text


def test_html_visible_text_only(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    path.write_text("<html><head><title>T</title><style>p{color:red}</style></head><body><p>Visible finding."
                    "</p><script>var secret = 'hidden';</script><div style=\"display:none\">Invisible</div>"
                    "</body></html>", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html" and "Visible finding." in doc.text
    assert "secret" not in doc.text and "color" not in doc.text and "Invisible" not in doc.text


@pytest.mark.parametrize("name,data,fragment", [
    ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\x00" * 600, ".doc"),
    ("a.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "unsupported"),
    ("a.txt", b"", "empty"),
    ("a.txt", b"   \n\n  ", "no text"),
    ("a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 600,
     "password-protected"),
])
def test_document_errors(tmp_path: Path, name: str, data: bytes, fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert fragment in str(exc.value) and name in str(exc.value)


def test_document_size_and_text_limits(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(LimitExceeded, match="MB"):
        read_document(path, limits=Limits(max_file_bytes=100))
    with pytest.raises(LimitExceeded, match="characters"):
        read_document(path, limits=Limits(max_text_chars=100))


# ------------------------------------------------------------------ linking
def _rec(key: str, name: str, report: str | None = None) -> SupplierRecord:
    return SupplierRecord(supplier_key=key, row_number=1, name=name, audit_report=report)


def _doc(name: str, text: str = "Audit report.") -> Document:
    return Document(name=name, pages=[Page(1, text)])


RECORDS = [
    _rec("k1", "Acme Textiles Co., Ltd.", "ACME_2024.PDF; acme_followup"),
    _rec("k2", "Golden Harvest Seafood Processing"),
    _rec("k3", "Sunrise Electronics Manufacturing"),
    _rec("k4", "Green Valley Tea Estate"),
]


def test_link_by_sheet_column_case_and_extension_insensitive() -> None:
    links = link_documents([_doc("acme_2024.pdf"), _doc("ACME_followup.docx")], RECORDS)
    assert [(l.supplier_key, l.method) for l in links] == [("k1", "sheet_column"), ("k1", "sheet_column")]


def test_link_by_file_name() -> None:
    links = link_documents([_doc("SMETA audit - Golden Harvest Seafood Processing 2023.pdf")], RECORDS)
    assert links[0].supplier_key == "k2" and links[0].method == "file_name" and links[0].confidence >= 0.88


def test_link_by_content_of_first_pages() -> None:
    doc = _doc("report_0042.pdf", "Social compliance audit.\nSite: Sunrise Electronics Manufacturing, Penang.")
    links = link_documents([doc], RECORDS)
    assert links[0].supplier_key == "k3" and links[0].method == "content"
    assert "sunrise electronics" in links[0].detail


def test_unlinked_document_is_reported() -> None:
    links = link_documents([_doc("misc_notes.txt", "Minutes of the meeting.")], RECORDS)
    assert links[0].supplier_key is None and links[0].method == "none" and links[0].confidence == 0.0


def test_one_link_per_document_in_order() -> None:
    docs = [_doc("x.txt", "nothing"), _doc("acme_2024.pdf"), _doc("Green Valley Tea Estate.pdf")]
    links = link_documents(docs, RECORDS)
    assert [l.document for l in links] == [d.name for d in docs]
    assert [l.supplier_key for l in links] == [None, "k1", "k4"]
