"""Real published supplier lists bundled in tests/fixtures/supplier_lists (Open Apparel Registry, WikiRate) read correctly.

Nike's list has no licence and is checked by ``make eval`` (evals/test_ingest_nike_list.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from screener.ingest.tables import read_supplier_table
from screener.issues import COUNTRY_COLUMN_MISSING, COUNTRY_FROM_ADDRESS

LISTS = Path(__file__).resolve().parent / "fixtures" / "supplier_lists"


@pytest.fixture(scope="module")
def oar():
    return read_supplier_table(LISTS / "oar_fixture_facility_list_15.csv")


@pytest.fixture(scope="module")
def wikirate():
    return read_supplier_table(LISTS / "wikirate_2018_brand_suppliers_with_latlon.csv")


def test_oar_iso_codes_and_non_ascii(oar) -> None:
    assert len(oar.records) == 351
    assert all(r.country for r in oar.records)
    assert len({r.country for r in oar.records}) == 40
    names = [r.name for r in oar.records]
    assert "Industrias Químicas Perlacos, S.L." in names
    assert {m.field for m in oar.mappings} == {"country", "supplier_name", "address"}


def test_wikirate_supplier_column_wins_over_brand(wikirate) -> None:
    fields = {m.source_column: m.field for m in wikirate.mappings}
    assert fields["supplier_name"] == "supplier_name"
    assert fields["company_name"] is None  # the brand, kept as an extra column
    assert fields["supplier_tier"] == "tier"
    assert wikirate.records[0].name == "Uma Glass Works"
    assert wikirate.records[0].extra["company_name"] == "H & M, Hennes & Mauritz AB"


def test_wikirate_country_from_address_is_reported(wikirate) -> None:
    assert len(wikirate.records) == 431
    derived = [i for i in wikirate.quality.issues if i.code == COUNTRY_FROM_ADDRESS]
    assert len(derived) >= 300
    with_country = [r for r in wikirate.records if r.country]
    assert len(with_country) == len(derived)
    summary = [i for i in wikirate.quality.issues if i.code == COUNTRY_COLUMN_MISSING]
    assert len(summary) == 1 and f"for {len(derived)} of 431 rows" in summary[0].message
    by_addr = {r.region: r.country for r in wikirate.records}
    assert by_addr["7929 SW BURNS WAY, WILSONVILLE, OREGON, USA"] == "US"
    assert by_addr["Plot no 22, Near Industrial Area 283203, Firozabad"] is None  # a city, not a country


def test_every_row_has_unique_key(oar, wikirate) -> None:
    for table in (oar, wikirate):
        keys = [r.supplier_key for r in table.records]
        assert len(keys) == len(set(keys))
        issues_keys = {i.supplier_key for i in table.quality.issues if i.row is not None}
        assert issues_keys <= set(keys)
