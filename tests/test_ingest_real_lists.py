"""The three real published supplier lists in ../shared/data/supplier_lists read correctly."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from screener.ingest.tables import read_supplier_table

SHARED = Path(__file__).resolve().parents[2] / "shared"
LISTS = SHARED / "data" / "supplier_lists"


def _path(name: str) -> Path:
    p = LISTS / name
    assert p.is_file(), f"real supplier list missing: {p} (the shared data must sit beside the repo)"
    return p


@pytest.fixture(scope="module")
def nike():
    return read_supplier_table(_path("nike_2021-02_manufacturing_map_export.xls"))


@pytest.fixture(scope="module")
def oar():
    return read_supplier_table(_path("oar_fixture_facility_list_15.csv"))


@pytest.fixture(scope="module")
def wikirate():
    return read_supplier_table(_path("wikirate_2018_brand_suppliers_with_latlon.csv"))


def test_nike_header_below_title_and_every_row_kept(nike) -> None:
    assert nike.header_row == 2
    assert len(nike.records) == 498
    assert nike.records[0].row_number == 3 and nike.records[0].name == "A & K DESIGNS, INC."
    assert "title_rows" in nike.quality.by_code()


def test_nike_columns_mapped(nike) -> None:
    fields = {m.source_column: m.field for m in nike.mappings}
    assert fields["Factory Name"] == "supplier_name"
    assert fields["Country/Region"] == "country"
    assert fields["Total Workers"] == "workers"
    assert fields["% Migrant Workers"] == "migrant_share"
    assert fields["Product Type"] == "products"
    for unmapped in ("Nike, Inc. Brand(s)", "Line Workers", "% Female Workers", "Contact Email", "Supplier Group"):
        assert fields[unmapped] is None, unmapped
    assert nike.records[0].extra["% Female Workers"] == "71.0%"  # passed through unchanged


def test_nike_countries_all_recognised(nike) -> None:
    countries = Counter(r.country for r in nike.records)
    assert None not in countries
    assert len(countries) == 38
    by_raw = {r.country_raw: r.country for r in nike.records}
    assert by_raw["Viet Nam"] == "VN"
    assert by_raw["China Mainland"] == "CN"
    assert by_raw["Korea (Republic of)"] == "KR"


def test_nike_text_percents_and_blank_workers(nike) -> None:
    first = nike.records[0]
    assert first.migrant_share == 0.0 and first.workers == 130
    shares = [r.migrant_share for r in nike.records if r.migrant_share is not None]
    assert all(0 <= s <= 1 for s in shares) and max(shares) > 0.5
    blank_workers = sum(1 for r in nike.records if r.workers is None)
    assert 45 <= blank_workers <= 55  # the README says 50 blank worker counts
    bad = [i for i in nike.quality.issues if i.code == "value_invalid"]
    assert bad and all(i.column == "% Migrant Workers" and ("110.0%" in i.message or "119.0%" in i.message)
                       for i in bad)


def test_nike_products(nike) -> None:
    raw_to_goods = {r.products_raw: tuple(r.products) for r in nike.records}
    assert raw_to_goods["APPAREL"] == ("Garments",)
    assert raw_to_goods["FOOTWEAR"] == ("Footwear",)


def test_oar_iso_codes_and_non_ascii(oar) -> None:
    assert len(oar.records) == 351
    assert all(r.country for r in oar.records)
    assert len({r.country for r in oar.records}) == 40
    names = [r.name for r in oar.records]
    assert "Industrias Químicas Perlacos, S.L." in names
    assert {m.field for m in oar.mappings} == {"country", "supplier_name", "region"}


def test_wikirate_supplier_column_wins_over_brand(wikirate) -> None:
    fields = {m.source_column: m.field for m in wikirate.mappings}
    assert fields["supplier_name"] == "supplier_name"
    assert fields["company_name"] is None  # the brand, kept as an extra column
    assert fields["supplier_tier"] == "tier"
    assert wikirate.records[0].name == "Uma Glass Works"
    assert wikirate.records[0].extra["company_name"] == "H & M, Hennes & Mauritz AB"


def test_wikirate_country_from_address_is_reported(wikirate) -> None:
    assert len(wikirate.records) == 431
    derived = [i for i in wikirate.quality.issues if i.code == "country_from_address"]
    assert len(derived) >= 300
    with_country = [r for r in wikirate.records if r.country]
    assert len(with_country) == len(derived)
    summary = [i for i in wikirate.quality.issues if i.code == "country_column_missing"]
    assert len(summary) == 1 and f"for {len(derived)} of 431 rows" in summary[0].message
    by_addr = {r.region: r.country for r in wikirate.records}
    assert by_addr["7929 SW BURNS WAY, WILSONVILLE, OREGON, USA"] == "US"
    assert by_addr["Plot no 22, Near Industrial Area 283203, Firozabad"] is None  # a city, not a country


def test_every_row_has_unique_key(nike, oar, wikirate) -> None:
    for table in (nike, oar, wikirate):
        keys = [r.supplier_key for r in table.records]
        assert len(keys) == len(set(keys))
        issues_keys = {i.supplier_key for i in table.quality.issues if i.row is not None}
        assert issues_keys <= set(keys)
