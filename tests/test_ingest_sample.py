"""The sample portfolio reads as its answer key (sample_suppliers/expected.yaml) says."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from screener.ingest.documents import read_document
from screener.ingest.linking import link_documents
from screener.ingest.tables import read_supplier_table
from screener.issues import COUNTRY_UNKNOWN, VALUE_INVALID

SAMPLE = Path(__file__).resolve().parents[1] / "sample_suppliers"


@pytest.fixture(scope="module")
def expected() -> dict:
    return yaml.safe_load((SAMPLE / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tables():
    return read_supplier_table(SAMPLE / "suppliers.xlsx"), read_supplier_table(SAMPLE / "suppliers_es.csv")


def test_sheet_header_and_rows(expected, tables) -> None:
    xlsx, _ = tables
    want = expected["suppliers_xlsx"]
    assert xlsx.sheet == want["sheet"] and xlsx.header_row == want["header_row"]
    assert len(xlsx.records) == want["data_rows"]
    for item in want["not_screened"]:
        rec = next(r for r in xlsx.records if r.row_number == item["row"])
        assert not rec.screenable and rec.supplier_id == item["vendor_no"]


def test_findings_cells_kept_on_their_rows(expected, tables) -> None:
    xlsx, _ = tables
    by_row = {r.row_number: r for r in xlsx.records}
    for cell in expected["suppliers_xlsx"]["cell_findings"]:
        rec = by_row[cell["row"]]
        assert rec.supplier_id == cell["vendor_no"] and rec.findings == cell["text"]


def test_countries_products_and_values_understood(tables) -> None:
    xlsx, es = tables
    unknown = [i for t in tables for i in t.quality.issues if i.code == COUNTRY_UNKNOWN]
    assert not unknown, [i.message for i in unknown]
    assert not [i for i in xlsx.quality.issues if i.code == VALUE_INVALID]
    assert {m.field for m in es.mappings} >= {"supplier_name", "country", "products", "workers", "labour_agency"}


def test_every_report_links_to_its_supplier(expected, tables) -> None:
    records = tables[0].records + tables[1].records
    key_of = {r.supplier_id: r.supplier_key for r in records}
    docs = [read_document(SAMPLE / r["file"]) for r in expected["reports"]]
    links = link_documents(docs, records)
    wrong = [(r["file"], r["linked_by"], l.method, l.supplier_key) for r, l in zip(expected["reports"], links)
             if key_of.get(r["vendor_no"]) != l.supplier_key]
    assert not wrong
    methods = {l.method for l in links}
    assert {"sheet_column", "content"} <= methods
