"""PDF case files and portfolio summary: read back with pypdf, rendered to PNG with pypdfium2 (not blank)."""
from __future__ import annotations

import io

import pypdfium2 as pdfium
from PIL import ImageStat
import pytest
from pypdf import PdfReader

from export_fixtures import FakeStore, make_run
from screener.export import pdf_case_bytes, pdf_summary_bytes, write_export
from screener.export.pdf import SUMMARY_FILE
from screener.export.pdf_base import pdf_text
from screener.issues import ROW_NO_NAME


@pytest.fixture(scope="module")
def run():
    return make_run()


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _flat(data: bytes) -> str:
    return " ".join(_text(data).split())


def _pixel_stddev(data: bytes, page: int = 0, save_to=None) -> float:
    doc = pdfium.PdfDocument(data)
    image = doc[page].render(scale=1.0).to_pil().convert("L")
    if save_to is not None:
        image.save(save_to)
    return float(ImageStat.Stat(image).stddev[0])


def test_case_file_holds_score_rule_evidence_remediation_and_reviews(run, tmp_path):
    data = pdf_case_bytes(run.results[0], run, store=FakeStore(run))
    assert data.startswith(b"%PDF")
    text = _flat(data)
    for needle in ("91.5", "HIGH", "rank 1 of 8", "ILO forced-labour rule", "Status: MET", "Escalate now",
                   "Why this score", "Asserted evidence", "+48.9", "audit_2026.pdf, p. 3", "asserted",
                   "negated", "Corrective-action plan", "Return documents", "2026-11-09", "Reviewers' decisions",
                   "escalate by iom.advisor", "confirmed", "synthetic reference cohort"):
        assert needle in text, needle
    assert "«passport is kept»" in text
    assert "Maria" not in text and "0013" not in text  # redacted by default
    assert _pixel_stddev(data, save_to=tmp_path / "case_p1.png") > 20


def test_case_file_without_redaction_shows_personal_data(run):
    text = _flat(pdf_case_bytes(run.results[0], run, redact=False))
    assert "Maria L." in text and "Redaction OFF" in text


def test_case_file_of_watchlist_match_explains_features(run):
    text = _flat(pdf_case_bytes(run.results[1], run))
    assert "UFLPA Entity List (2025-01-15)" in text and "distinctive tokens agreed" in text
    assert "No review store" in text


def test_non_latin_names_are_transliterated_not_lost(run):
    res = next(r for r in run.results if r.supplier_key == "S005")
    text = _flat(pdf_case_bytes(res, run))
    assert "Çukurova Tekstil Sanayi A.S." in text and "ShenZhen" in text
    assert pdf_text("Łódź 深圳 café\tx") == "Lódz ShenZhen café x"


def test_not_screened_supplier_gets_a_case_file_with_the_reason(run):
    res = next(r for r in run.results if not r.screened)
    text = _flat(pdf_case_bytes(res, run))
    assert "NOT SCREENED" in text and "The supplier name is empty" in text and ROW_NO_NAME in text


def test_summary_pdf_lists_kpis_top_suppliers_and_methodology(run, tmp_path):
    data = pdf_summary_bytes(run, store=FakeStore(run))
    text = _flat(data)
    for needle in ("Portfolio summary", "Suppliers in the input 8", "High risk 2", "Highest-risk suppliers",
                   "Escalate now (1)", "ILO rule met: involuntariness and menace of penalty",
                   "Xinjiang Haolin", "SHA-256 " + "ab" * 32, "Threshold: high", "synthetic reference cohort"):
        assert needle in text, needle
    assert text.index("Xinjiang Haolin") < text.index("@SUM(1)")  # rank order
    assert _pixel_stddev(data, save_to=tmp_path / "summary_p1.png") > 20


def test_unknown_supplier_is_refused(run):
    other = make_run(extra_suppliers=1).results[-1]
    with pytest.raises(ValueError, match="not part of this run"):
        pdf_case_bytes(other, run)


def test_case_files_by_default_only_for_high_needs_assessment_or_under_review(run, tmp_path):
    from screener.export.pdf import case_selection
    from screener.export.view import build_view

    view = build_view(run, FakeStore(run))
    reviewed = {r.supplier_key for r in view.results if r.supplier_key in view.supplier_decisions
                or any(row.review is not None for row in view.evidence[r.supplier_key])}
    expected = [r.supplier_key for r in view.results if r.tier in ("high", "needs assessment") or r.supplier_key in reviewed]
    assert [r.supplier_key for r in case_selection(view)] == expected
    assert 0 < len(expected) < len(run.results)  # the fixture has low-tier suppliers nobody reviewed
    paths = write_export(run, str(tmp_path / "cases") + "/", store=FakeStore(run))
    assert len(paths) == len(expected) + 1 and paths[0].name == SUMMARY_FILE
    assert [p.name.split("_")[-1][:-4] for p in paths[1:]] == expected
    paths = write_export(run, str(tmp_path / "none") + "/")  # without a store nothing is under review
    assert len(paths) == 1 + sum(1 for r in run.results if r.tier in ("high", "needs assessment"))


def test_write_export_to_a_directory_writes_one_case_per_supplier(run, tmp_path):
    paths = write_export(run, str(tmp_path / "cases") + "/", store=FakeStore(run), all_cases=True)
    assert paths[0].name == SUMMARY_FILE
    assert len(paths) == len(run.results) + 1 and len({p.name for p in paths}) == len(paths)
    for p in paths:
        assert p.parent == tmp_path / "cases" and p.name.endswith(".pdf")
        assert all(ch.isalnum() or ch in "-_." for ch in p.name), p.name
        assert len(PdfReader(p).pages) >= 1
    assert paths[1].name.startswith("0001_") and "S001" in paths[1].name
