"""Deduplication a buyer trusts: the same name at different sites is a group of sites, not a duplicate."""
from __future__ import annotations

import csv
from pathlib import Path

import yaml

from screener.ingest.dedupe import Site, group_suppliers, make_site, same_site
from screener.ingest.tables import read_supplier_table
from screener.issues import DUPLICATE_SUPPLIER, SUPPLIER_SITE

SAMPLE = Path(__file__).resolve().parents[1] / "sample_suppliers"


def test_same_name_in_five_cities_is_a_group_of_sites(tmp_path: Path) -> None:
    path = tmp_path / "group.csv"
    cities = ["Dhaka", "Gazipur", "Narayanganj", "Chittagong", "Savar"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Supplier", "Country", "City", "Address", "Supplier Group"])
        for i, city in enumerate(cities):
            w.writerow(["Apex Knitwear Ltd", "Bangladesh", city, f"Plot {i + 1}, {city} EPZ", "Apex Group"])
        w.writerow(["APEX KNITWEAR LIMITED", "Bangladesh", "Savar", "Plot 5, Savar EPZ", "Apex Group"])
    table = read_supplier_table(path)
    assert [r.city for r in table.records][:2] == ["Dhaka", "Gazipur"]
    assert all(r.parent_company == "Apex Group" for r in table.records)
    dups = [i for i in table.quality.issues if i.code == DUPLICATE_SUPPLIER]
    sites = [i for i in table.quality.issues if i.code == SUPPLIER_SITE]
    assert len(dups) == 1 and dups[0].row == 7 and "same site (Savar)" in dups[0].message  # the re-spelt Savar row
    assert len(sites) == 4 and all("not a duplicate" in i.message and "different cities" in i.message for i in sites)
    assert len({r.site_group_key for r in table.records[:5]}) == 1 and table.records[0].group_key is None


def test_sample_planted_duplicates_are_found_and_nothing_else() -> None:
    expected = yaml.safe_load((SAMPLE / "expected.yaml").read_text(encoding="utf-8"))["duplicates"]
    table = read_supplier_table(SAMPLE / "suppliers.xlsx")
    by_id = {r.supplier_id: r for r in table.records}
    for d in expected:
        dup, original = by_id[d["vendor_no"]], by_id[d["duplicate_of"]]
        assert dup.group_key == original.supplier_key, d["name"]
    flagged = {i.supplier_key for i in table.quality.issues if i.code == DUPLICATE_SUPPLIER}
    assert flagged == {by_id[d["vendor_no"]].supplier_key for d in expected}


def test_site_rules() -> None:
    gazipur = make_site("Sundarban Pearl Brick Field (Gazipur)", None, "Gazipur")
    assert gazipur == Site("", "gazipur", "")  # a bracketed city names the site, nothing more
    assert same_site(gazipur, make_site("Sundarban Pearl Brick Field Limited", None, "Gazipur"))
    assert not same_site(make_site("ABC (Unit 2)", None, "Dhaka"), make_site("ABC (Unit 3)", None, "Dhaka"))
    assert not same_site(make_site("ABC", "12 Mill Road", "Dhaka"), make_site("ABC", "88 Port Street", "Dhaka"))
    assert same_site(make_site("ABC", None, None), make_site("ABC", None, "Dhaka"))  # unknown site: same supplier


def test_group_suppliers_without_sites_keeps_the_old_behaviour() -> None:
    g = group_suppliers(["Acme Ltd", "ACME LIMITED", "Acme Ltd", "Other"], ["CN", "CN", "VN", "CN"])
    assert g.duplicate_of == [None, 0, None, None] and g.site_group_of == [None] * 4


def test_duplicate_check_and_watchlist_matching_share_one_list_of_legal_forms() -> None:
    from screener.ingest.dedupe import core_name
    from screener.normalize.names import parse_company_name
    from screener.resources import lexicon_data

    assert "legal_forms" not in lexicon_data("values.yaml")  # one list: lexicons/risk/legal_forms.yaml
    for name, core in (("Mensah Tools OOO", "mensah tools"), ("Rahman Lace SA de CV", "rahman lace"),
                       ("Acme Textiles Co., Ltd.", "acme textiles"), ("Dupont et Cie", "dupont"),
                       ("Golden Thread Group Holdings", "golden thread")):
        assert core_name(name) == core, name
    assert parse_company_name("Mensah Tools OOO").legal_forms == ("ooo",)


def test_words_of_a_multi_word_legal_form_are_removed_only_together() -> None:
    """'Cong ty TNHH' and 'Joint Stock Company' are legal forms; 'Thanh Cong' and 'Phan Thiet' are names."""
    from screener.ingest.dedupe import _cores, core_name

    cases = {"Công ty TNHH Thành Công": "thanh cong",
             "Phan Thiet Seafood Joint Stock Company": "phan thiet seafood",
             "Textiles S.A. de C.V.": "textiles",
             "Stock Garments Co., Ltd.": "stock garments"}
    for name, core in cases.items():
        assert core_name(name) == core, name
    assert _cores(list(cases)).to_list() == list(cases.values())
