"""Loaders of the curated risk tables and users' own lists."""
from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pycountry
import pytest
import yaml

from screener.errors import InputError
from screener.risk.watchlist_data import load_user_watchlist, load_watchlists, risk_sources, watchlist_editions

RISK = Path(__file__).resolve().parents[1] / "lexicons" / "risk"


def _rows(name: str) -> list[dict[str, str]]:
    with (RISK / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _valid_iso(code: str) -> bool:
    return code == "XK" or pycountry.countries.get(alpha_2=code) is not None


def test_every_table_has_source_edition_licence() -> None:
    files = risk_sources()["files"]
    for name in ("uflpa_entity_list.csv", "cbp_orders.csv", "dol_goods_2022.csv", "dol_country_findings_2022.csv",
                 "tip_tiers_2025.csv"):
        assert (RISK / name).is_file()
        for key in ("title", "edition", "source", "licence", "caveats"):
            assert files[name][key], (name, key)


def test_iso_codes_valid() -> None:
    for name, col in (("dol_goods_2022.csv", "country_iso"), ("dol_country_findings_2022.csv", "country_iso"),
                      ("tip_tiers_2025.csv", "country_iso"), ("cbp_orders.csv", "countries"),
                      ("uflpa_entity_list.csv", "countries")):
        for r in _rows(name):
            if not r[col] and name == "cbp_orders.csv" and not r["country_raw"]:
                continue  # the source names no country (an order known by name only): nothing to map
            for code in r[col].split(";"):
                assert _valid_iso(code), (name, r)


def test_tip_uses_iso_not_gec() -> None:
    tip = {r["country"]: r for r in _rows("tip_tiers_2025.csv")}
    assert tip["Burma"]["country_iso"] == "MM" and tip["Burma"]["gec_code"] == "bm"
    assert tip["DRC"]["country_iso"] == "CD"
    assert tip["Congo (Brazzaville)"]["country_iso"] == "CG"
    assert tip["China"]["country_iso"] == "CN" and tip["China"]["gec_code"] == "ch"  # "ch" is not Switzerland here


def test_uflpa_verification_levels() -> None:
    uflpa = load_watchlists(("uflpa",))[0]
    levels = [dict(e.details)["verification"] for e in uflpa.entries]
    assert set(levels) <= {"VERIFIED", "PARTIAL", "UNVERIFIED"}
    assert levels.count("VERIFIED") >= 144  # the whole DHS table of 2025-01-14, read verbatim
    haolin = next(e for e in uflpa.entries if e.name.startswith("Hetian Haolin"))
    assert "Hotan Haolin Hair Accessories" in haolin.aliases
    tianwei = next(e for e in uflpa.entries if e.name.startswith("Tianjin Tianwei"))
    assert tianwei.former_names == ("Tianjin Sanhe Fruit and Vegetable Co., Ltd.",)


def test_cbp_status_and_uncertain_kept() -> None:
    cbp = load_watchlists(("cbp",))[0]
    by_status = {}
    for e in cbp.entries:
        by_status.setdefault(dict(e.details)["status"], []).append(e)
    assert {"active", "modified", "revoked", "superseded", "unknown"} <= set(by_status)
    assert all(not e.active for s in ("modified", "revoked", "superseded") for e in by_status[s])
    sime = [e for e in cbp.entries if e.name.startswith("Sime Darby")]
    assert sime and not any(e.active for e in sime)
    assert sum(dict(e.details)["uncertain"] == "true" for e in cbp.entries) >= 5
    regions = [e for e in cbp.entries if not e.matchable]
    assert any("Turkmenistan" in e.name for e in regions)
    vessel = next(e for e in cbp.entries if e.name == "Hangton No. 112")
    assert vessel.countries == ("FJ",)


def test_editions_present() -> None:
    eds = watchlist_editions(load_watchlists())
    assert set(eds) == {"uflpa", "cbp"}
    assert "partial snapshot" in eds["uflpa"] and "100 entries" in eds["cbp"]


def test_no_unlicensed_data_shipped() -> None:
    names = " ".join(p.name.lower() for p in RISK.iterdir())
    for banned in ("slavery", "gsi", "ituc", "opensanctions"):
        assert banned not in names
    assert yaml.safe_load((RISK / "SOURCES.yaml").read_text())["not_shipped"]


def test_user_csv_list(tmp_path: Path) -> None:
    f = tmp_path / "my_list.csv"
    f.write_text("Entity Name;Aliases;Country;Reason\nAcme Textile Co., Ltd.;\"Acme Tex; ACME HK\";China;audit\n"
                 "Beta Fishing (a.k.a. Gamma Fishing);;Taiwan;\n", encoding="utf-8")
    wl = load_user_watchlist(f)
    assert wl.list_id == "my_list" and "my_list.csv" in wl.edition
    assert [e.name for e in wl.entries] == ["Acme Textile Co., Ltd.", "Beta Fishing"]
    assert wl.entries[0].aliases == ("Acme Tex", "ACME HK") and wl.entries[0].countries == ("CN",)
    assert wl.entries[1].aliases == ("Gamma Fishing",) and wl.entries[1].countries == ("TW",)
    assert ("Reason", "audit") in wl.entries[0].details


def test_user_xlsx_list(tmp_path: Path) -> None:
    f = tmp_path / "official.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["name", "aliases", "country"])
    wb.active.append(["Delta Solar Co., Ltd.", "Delta PV", "CN"])
    wb.save(f)
    wl = load_user_watchlist(f)
    assert wl.entries[0].name == "Delta Solar Co., Ltd." and wl.entries[0].aliases == ("Delta PV",)


@pytest.mark.parametrize("content,column,row", [
    ("company_x,country\nAcme,China\n", "name", None),
    ("name,country\nAcme,Atlantis\n", "country", 2),
    ("name,country\n,China\n", "name", 2),
])
def test_bad_user_list_names_file_and_column(tmp_path: Path, content: str, column: str, row: int | None) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_user_watchlist(f)
    assert err.value.file == "bad.csv" and err.value.column == column and err.value.row == row
    assert "bad.csv" in str(err.value)


def test_bad_list_format_and_unknown_id(tmp_path: Path) -> None:
    f = tmp_path / "list.pdf"
    f.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="unsupported"):
        load_user_watchlist(f)
    with pytest.raises(InputError, match="unknown watchlist"):
        load_watchlists(("ofac",))
