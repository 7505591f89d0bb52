"""The project's curated copies and generated sample agree with the raw shared reference data (../shared/data)."""
from __future__ import annotations

import csv
import importlib
import sys
from pathlib import Path

import pytest
import yaml

from screener.normalize.countries import normalize_country
from screener.normalize.products import product_lexicon
from screener.resources import lexicon_data

from shared_location import SHARED as SHARED_ROOT

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_suppliers"
SHARED = SHARED_ROOT / "data"
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "tests"))
RISK = REPO / "lexicons" / "risk"


def _rows(name: str) -> list[dict[str, str]]:
    with (RISK / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def key() -> dict:
    return yaml.safe_load((SAMPLE / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sheet() -> list[dict]:
    from test_sample_portfolio import _sheet_rows

    return _sheet_rows(SAMPLE / "suppliers.xlsx")


def _sample_csv_rows() -> list[dict]:
    from test_sample_portfolio import _csv_rows

    return _csv_rows()


def _sheet_rows_of(path: Path) -> list[dict]:
    from test_sample_portfolio import _sheet_rows

    return _sheet_rows(path)


def test_every_dol_and_tip_country_name_is_recognised() -> None:
    with (SHARED / "ilab_tvpra_goods_2022.csv").open(encoding="utf-8") as fh:
        countries = {row["country"] for row in csv.DictReader(fh)}
    missing = sorted(c for c in countries if normalize_country(c) is None)
    assert not missing, missing


def test_dol_goods_copy_matches_shared_csv() -> None:
    with (SHARED / "ilab_tvpra_goods_2022.csv").open(encoding="utf-8") as fh:
        goods = {row["good"].strip() for row in csv.DictReader(fh)}
    data = lexicon_data("products.yaml")
    assert set(data["dol_goods"]) == goods
    assert product_lexicon().dol_goods == frozenset(goods)


def test_shared_reference_data_is_present() -> None:
    assert (SHARED / "uflpa_entity_list.csv").is_file(), f"shared data missing at {SHARED}"
    assert (SHARED / "cbp_wro_findings.csv").is_file()


def test_watchlist_near_variants(key: dict, sheet: list[dict]) -> None:
    from rapidfuzz import fuzz
    from sample_suppliers_plan import core_name, load_watch_names, looks_listed

    uflpa = {r["name"]: r for r in csv.DictReader(open(SHARED / "uflpa_entity_list.csv", encoding="utf-8"))}
    cbp = {r["entity"]: r for r in csv.DictReader(open(SHARED / "cbp_wro_findings.csv", encoding="utf-8"))}
    nv = key["watchlist_near_variants"]
    assert 3 <= sum(v["list"] == "uflpa" for v in nv) <= 5 and sum(v["list"] == "cbp" for v in nv) == 1
    for v in nv:
        src = uflpa if v["list"] == "uflpa" else cbp
        assert v["entity"] in src
        if v["list"] == "cbp":
            assert src[v["entity"]]["status"].startswith("active")
        assert v["name"] != v["entity"] and fuzz.token_sort_ratio(core_name(v["name"]), core_name(v["entity"])) >= 60
    watch = [core_name(n) for n in load_watch_names(SHARED)]
    variants = {v["vendor_no"] for v in nv}
    others = [r["Vendor Name"] for r in sheet if r["Vendor Name"] and r["Vendor No."] not in variants]
    dup_of_variant = {d["vendor_no"] for d in key["duplicates"] if d["duplicate_of"] in variants}
    assert not dup_of_variant
    clashes = [n for n in others + [r["Proveedor"] for r in _sample_csv_rows()] if looks_listed(n, watch)]
    assert not clashes


def test_generator_is_deterministic(tmp_path: Path) -> None:
    mod = importlib.import_module("make_sample_portfolio")
    mod.build(tmp_path, SHARED)
    assert _sheet_rows_of(tmp_path / "suppliers.xlsx") == _sheet_rows_of(SAMPLE / "suppliers.xlsx")
    assert (tmp_path / "suppliers_es.csv").read_bytes() == (SAMPLE / "suppliers_es.csv").read_bytes()
    assert (tmp_path / "expected.yaml").read_text(encoding="utf-8") == (SAMPLE / "expected.yaml").read_text(encoding="utf-8")
    for name in ("suppliers.xlsx", "README.md"):
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name
    for p in (SAMPLE / "reports").iterdir():
        assert (tmp_path / "reports" / p.name).read_bytes() == p.read_bytes(), p.name



def test_curated_counts_match_the_raw_files() -> None:
    for curated, raw in (("uflpa_entity_list.csv", "uflpa_entity_list.csv"), ("cbp_orders.csv", "cbp_wro_findings.csv"),
                         ("dol_goods_2022.csv", "ilab_tvpra_goods_2022.csv"),
                         ("dol_country_findings_2022.csv", "ilab_findings_2022_country.csv"),
                         ("tip_tiers_2025.csv", "tip_tiers_2025_factbook_t2wl_t3.csv")):
        with (SHARED / raw).open(encoding="utf-8") as fh:
            raw_count = len(list(csv.DictReader(fh)))
        # The UFLPA list and the CBP orders are curated further by hand (uflpa_additions.csv, cbp_additions.csv:
        # Federal Register notices, later CBP releases): they hold the raw rows plus at most the added ones, and every
        # added row is in the shipped table.
        additions = {"uflpa_entity_list.csv": "uflpa_additions.csv", "cbp_orders.csv": "cbp_additions.csv"}.get(curated)
        if additions:
            added = {r["entity_id"] for r in _rows(additions)}
            shipped = {r["entity_id"] for r in _rows(curated)}
            assert added <= shipped, (curated, added - shipped)
            assert raw_count <= len(shipped) <= raw_count + len(added), curated
        else:
            assert len(_rows(curated)) == raw_count, curated
    assert len(_rows("uflpa_entity_list.csv")) >= 92  # the floor is guarded in test_watchlist_editions.py
    assert len(_rows("dol_goods_2022.csv")) == 467
