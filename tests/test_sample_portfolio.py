"""The committed sample portfolio meets the foundation issue's counts and matches its answer key."""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_suppliers"
sys.path.insert(0, str(ROOT / "scripts"))
INDICATORS = {
    "abuse_of_vulnerability", "deception", "restriction_of_movement", "isolation", "physical_sexual_violence",
    "intimidation_threats", "retention_of_identity_documents", "withholding_of_wages", "debt_bondage",
    "recruitment_fees", "abusive_working_living_conditions", "excessive_overtime", "child_labour",
}


@pytest.fixture(scope="module")
def key() -> dict:
    return yaml.safe_load((SAMPLE / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sheet() -> list[dict]:
    return _sheet_rows(SAMPLE / "suppliers.xlsx")


def _sheet_rows(path: Path) -> list[dict]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    rows = list(wb["Vendors"].iter_rows(values_only=True))
    wb.close()
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "Vendor No.")
    header = rows[header_at]
    return [dict(zip(header, r)) for r in rows[header_at + 1:]]


def _csv_rows() -> list[dict]:
    with open(SAMPLE / "suppliers_es.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def _doc_pages(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return [p.extract_text() or "" for p in PdfReader(path).pages]
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
        return ["\n".join([p.text for p in d.paragraphs] + cells)]
    return [path.read_text(encoding="utf-8")]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_sheet_counts(sheet: list[dict]) -> None:
    from sample_content_places import COUNTRIES

    variants = {v.lower(): iso for iso, spec in COUNTRIES.items() for v in spec["sheet"]}
    named = [r for r in sheet if r["Vendor Name"]]
    assert len(named) >= 150
    countries = {variants[str(r["Ctry"]).lower()] for r in named if r["Ctry"]}
    assert len(countries) >= 25
    assert len({r["Main product(s)"] for r in named}) >= 20
    raw = {str(r["Ctry"]) for r in sheet}
    for messy in ("Malasia", "Bangaldesh", "Viet Nam", "Türkiye", "Burma", "DRC", "Cote d'Ivoire", "VNM", "CN"):
        assert messy in raw, messy
    assert {"Buyer contact", "Payment terms"} <= set(sheet[0])
    shares = [r["% migrant workers"] for r in sheet]
    assert any(isinstance(v, float) for v in shares) and any(isinstance(v, str) and v.endswith("%") for v in shares)


def test_csv_is_spanish(key: dict) -> None:
    rows = _csv_rows()
    assert 20 <= len(rows) <= 30 and len(rows) == key["suppliers_es_csv"]["data_rows"]
    for col in ("Proveedor", "País", "Producto principal", "Nº de trabajadores", "% trabajadores migrantes",
                "¿Usa agencia de contratación?", "Última auditoría", "Informe de auditoría"):
        assert col in rows[0], col


def test_reports_mix(key: dict) -> None:
    files = {p.name for p in (SAMPLE / "reports").iterdir()}
    listed = {Path(r["file"]).name for r in key["reports"]}
    assert files == listed
    assert len(files) >= 40
    fmt = Counter(Path(f).suffix for f in files)
    assert fmt[".pdf"] >= 10 and fmt[".docx"] >= 10 and fmt[".txt"] >= 10
    lang = Counter(r["lang"] for r in key["reports"])
    assert lang["en"] > len(files) / 2 and lang["es"] >= 5 and lang["fr"] >= 5
    assert {r["severity"] for r in key["reports"]} == {"clean", "low", "medium", "severe"}
    with_passport = [r for r in key["reports"] if any(re.fullmatch(r"[A-Z]\d{7}", p) for p in r["pii"])]
    assert len(with_passport) >= 5, "redaction needs passport numbers in several reports"
    assert sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file()) < 3_000_000


def test_answer_key_covers_all_indicators(key: dict) -> None:
    for field in ("asserts", "denies", "remediates", "policy"):
        seen = {i for r in key["reports"] for i in r[field]}
        assert seen == INDICATORS, (field, INDICATORS - seen)
    for r in key["reports"]:
        assert not set(r["asserts"]) & (set(r["denies"]) | set(r["remediates"])), r["file"]
    kinds = {(f["polarity"], f["hedged"]) for r in key["reports"] for f in r["findings"]}
    assert {("asserted", True), ("asserted", False), ("negated", False), ("hypothetical", False)} <= kinds
    mixed = [f for r in key["reports"] for f in r["findings"]]
    by_text = Counter(f["text"] for f in mixed)
    assert any(n > 1 for n in by_text.values()), "expected mixed sentences carrying two indicators"


def test_findings_are_in_the_documents_on_their_page(key: dict) -> None:
    for r in key["reports"]:
        pages = [_flat(p) for p in _doc_pages(SAMPLE / r["file"])]
        if r["format"] == "pdf":
            assert len(pages) == r["pages"] and r["pages"] >= 2, r["file"]
        for f in r["findings"]:
            page = pages[f["page"] - 1] if f["page"] else " ".join(pages)
            assert _flat(_pdf_safe(f["text"], r["format"])) in page, (r["file"], f["page"], f["text"])
        for p in r["pii"]:
            assert _pdf_safe(p, r["format"]) in " ".join(pages), (r["file"], p)
    long = [r for r in key["reports"] if "key_finding_page" in r]
    assert len(long) == 1 and long[0]["format"] == "pdf" and long[0]["key_finding_page"] >= 3


def _pdf_safe(text: str, fmt: str) -> str:
    if fmt != "pdf":
        return text
    from sample_docs import latin1

    return latin1(text)


def test_sheet_links_resolve(key: dict, sheet: list[dict]) -> None:
    by_vendor = {r["Vendor No."]: r for r in sheet}
    by_vendor.update({r["Código"]: {"Audit report": r["Informe de auditoría"], "Vendor Name": r["Proveedor"]} for r in _csv_rows()})
    kinds = Counter(r["linked_by"] for r in key["reports"])
    assert kinds["text"] >= 3 and kinds["sheet_case"] >= 1 and kinds["sheet_no_extension"] >= 1
    for r in key["reports"]:
        cell = by_vendor[r["vendor_no"]]["Audit report"] or ""
        name = Path(r["file"]).name
        if r["linked_by"] == "text":
            assert cell == ""
            assert re.sub(r"[^a-z]", "", r["supplier"].split()[0].lower())[:5] not in name.lower()
            text = _flat(" ".join(_doc_pages(SAMPLE / r["file"])))
            assert _pdf_safe(" ".join(r["supplier"].split()[:2]), r["format"]) in text
        else:
            assert cell == r["sheet_value"]
            base = re.split(r"[\\/]", cell)[-1].lower()
            assert base in (name.lower(), Path(name).stem.lower())


def test_not_screened_and_duplicates(key: dict, sheet: list[dict]) -> None:
    ns = key["suppliers_xlsx"]["not_screened"]
    assert len(ns) == 1
    row = next(r for r in sheet if r["Vendor No."] == ns[0]["vendor_no"])
    assert not row["Vendor Name"] and row["Ctry"]
    names = {r["Vendor No."]: r["Vendor Name"] for r in sheet}
    assert len(key["duplicates"]) == 2
    for d in key["duplicates"]:
        assert names[d["vendor_no"]] != names[d["duplicate_of"]]


def test_only_declared_duplicates_look_alike(key: dict, sheet: list[dict]) -> None:
    from rapidfuzz import fuzz
    from sample_suppliers_plan import core_name

    declared = {frozenset((d["vendor_no"], d["duplicate_of"])) for d in key["duplicates"]}
    rows = [(r["Vendor No."], core_name(r["Vendor Name"])) for r in sheet if r["Vendor Name"]]
    alike = {frozenset((a, b)) for i, (a, ca) in enumerate(rows) for b, cb in rows[i + 1:] if fuzz.ratio(ca, cb) >= 85}
    assert alike <= declared, alike - declared
