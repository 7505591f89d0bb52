"""Nike's real published manufacturing list (../shared/data/supplier_lists) reads correctly.

Nike publishes the list with no licence, so it stays in the shared data and is checked by ``make eval``.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from screener.ingest.tables import read_supplier_table


@pytest.fixture(scope="module")
def nike(shared: Path):
    return read_supplier_table(shared / "data" / "supplier_lists" / "nike_2021-02_manufacturing_map_export.xls")


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
    assert fields["Supplier Group"] == "parent_company"  # the parent company has its own field (issue 16)
    for unmapped in ("Nike, Inc. Brand(s)", "Line Workers", "% Female Workers", "Contact Email"):
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


def test_nike_every_row_has_unique_key(nike) -> None:
    keys = [r.supplier_key for r in nike.records]
    assert len(keys) == len(set(keys))
    assert {i.supplier_key for i in nike.quality.issues if i.row is not None} <= set(keys)
