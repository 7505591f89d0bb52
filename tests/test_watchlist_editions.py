"""Guard on the shipped watchlists: they never shrink, and every list and row says where it comes from."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from screener.risk.watchlist_data import (
    load_shipped_watchlist,
    risk_sources,
    watchlist_editions,
)

RISK = Path(__file__).resolve().parents[1] / "lexicons" / "risk"
FLOOR = json.loads((Path(__file__).resolve().parent / "fixtures" / "watchlist_floor.json").read_text())


def _rows(name: str) -> list[dict[str, str]]:
    with (RISK / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("list_id", ["uflpa", "cbp"])
def test_list_never_shrinks_and_keeps_its_edition(list_id: str) -> None:
    wl = load_shipped_watchlist(list_id)
    assert len(wl.entries) >= FLOOR[list_id], f"{list_id} shrank to {len(wl.entries)} (floor {FLOOR[list_id]})"
    meta = risk_sources()["files"][wl.source_file]
    assert wl.edition and wl.edition == meta["edition"]
    # the edition states the number of entries, so a longer list needs a new edition
    assert meta["entries"] == len(wl.entries) and str(len(wl.entries)) in wl.edition
    assert wl.edition in watchlist_editions([wl])[list_id]


def test_every_uflpa_row_names_its_notice() -> None:
    notices = {r["effective_date"]: r for r in _rows("uflpa_notices.csv")}
    for n in notices.values():
        assert n["source_url"].startswith("https://") and n["what_was_read"], n
    for r in _rows("uflpa_entity_list.csv"):
        assert r["effective_date"] in notices, r["name"]
        assert r["notice_date"] == notices[r["effective_date"]]["published"], r["name"]
        assert r["fr_document"] == (notices[r["effective_date"]]["fr_document"] or "not found"), r["name"]
        assert r["source_url"] and r["verification"] in {"VERIFIED", "PARTIAL", "UNVERIFIED"}, r["name"]


def test_every_cbp_row_has_date_status_and_source() -> None:
    for r in _rows("cbp_orders.csv"):
        assert r["source_url"].startswith("https://") and r["status"] and r["order_type"], r["entity"]


def test_match_shows_the_listing_notice() -> None:
    from screener.risk.watchlists import WatchlistIndex

    ix = WatchlistIndex([load_shipped_watchlist("uflpa")])
    m = ix.match("Anhui Xinya New Materials Co., Ltd.", "CN")[0]
    assert dict(m.entity_details)["listing_notice"] == "Federal Register 88 FR 85899-85901 of 2023-12-11"


def test_chinese_names_come_with_their_source() -> None:
    listed = {r["name"]: r for r in _rows("uflpa_entity_list.csv")}
    for r in _rows("uflpa_other_scripts.csv"):
        assert r["name"] in listed and r["alias"] in listed[r["name"]]["aliases"].split("; ")
        assert r["source_url"].startswith("https://") and r["check"]


@pytest.mark.parametrize(("additions", "table"), [("uflpa_additions.csv", "uflpa_entity_list.csv"),
                                                   ("cbp_additions.csv", "cbp_orders.csv")])
def test_rows_curated_by_hand_are_in_the_shipped_table(additions: str, table: str) -> None:
    shipped = {r["entity_id"]: r for r in _rows(table)}
    extra = _rows(additions)
    assert extra, additions
    for r in extra:  # the merge of curate_risk_data.py: a hand-curated row replaces or extends the curated ones
        assert shipped.get(r["entity_id"]) == r, f"{additions}: {r['entity_id']} differs in {table}"


def test_partial_rows_say_what_was_not_confirmed() -> None:
    for r in _rows("uflpa_entity_list.csv"):
        assert r["notes"].startswith(r["verification"]), r["name"]
    for r in _rows("cbp_orders.csv"):
        assert (r["uncertain"] == "true") == r["notes"].startswith("UNCERTAIN"), r["entity_id"]


def test_every_chinese_name_matches_its_entity() -> None:
    from screener.risk.watchlists import WatchlistIndex

    ix = WatchlistIndex([load_shipped_watchlist("uflpa")])
    rows = _rows("uflpa_other_scripts.csv")
    assert len(rows) >= 14
    for r in rows:
        matches = ix.match(r["alias"], "CN")
        assert matches and matches[0].entity_name == r["name"], (r["alias"], [m.entity_name for m in matches[:2]])


def test_orders_without_a_date_are_marked_uncertain() -> None:
    for r in _rows("cbp_orders.csv"):  # an order known by name only says so and never claims to be confirmed
        assert r["effective_date"] or (r["uncertain"] == "true" and r["notes"].startswith("UNCERTAIN")), r["entity_id"]


def test_order_dates_are_iso_days_or_documented_months() -> None:
    # a year-month date is allowed (the source gives no day) only when the notes say why
    for r in _rows("cbp_orders.csv"):
        date = r["effective_date"]
        assert not date or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", date), (r["entity_id"], date)
        if re.fullmatch(r"\d{4}-\d{2}", date):
            assert "day not given" in r["notes"], r["entity_id"]


def test_one_order_on_several_companies_keeps_each_status() -> None:
    from screener.risk.watchlists import WatchlistIndex

    ix = WatchlistIndex([load_shipped_watchlist("cbp")])
    still = ix.match("Kumar Carpet Pvt. Ltd.", "NP")[0]
    released = ix.match("Annapurna Carpet Industries Pvt. Ltd.", "NP")[0]
    assert still.entity_name == "Kumar Carpet Pvt." and dict(still.entity_details)["status"] == "active"
    assert released.entity_name == "Annapurna Carpet" and dict(released.entity_details)["status"] == "modified"


def test_rows_not_on_the_dhs_table_stay_out() -> None:
    from screener.risk.watchlists import WatchlistIndex

    removed = _rows("uflpa_removals.csv")
    assert removed and all(r["reason"] and r["source_url"].startswith("https://") for r in removed)
    listed = {r["entity_id"] for r in _rows("uflpa_entity_list.csv")}
    assert not listed & {r["entity_id"] for r in removed}
    ix = WatchlistIndex([load_shipped_watchlist("uflpa")])
    haixin = ix.match("Hubei Haixin Protective Products Group Co., Ltd.", "CN")
    assert not haixin or haixin[0].entity_name != "Hubei Haixin Protective Products Group Co., Ltd."


def test_every_row_of_the_2025_table_is_verified_with_its_cell() -> None:
    rows = [r for r in _rows("uflpa_entity_list.csv") if r["effective_date"] <= "2025-01-15"]
    assert len(rows) == 144 and len({r["name"] for r in rows}) == 144
    for r in rows:
        assert r["verification"] == "VERIFIED" and "'" in r["notes"], r["entity_id"]  # the notes quote the DHS cell


def test_additions_of_2026_are_partial_and_match_the_spellings_they_were_reported_under() -> None:
    from screener.risk.watchlists import WatchlistIndex

    rows = [r for r in _rows("uflpa_entity_list.csv") if r["effective_date"] == "2026-08-03"]
    assert len(rows) >= 8
    for r in rows:  # the notice itself was not read: every row is PARTIAL, names the notice and where it was read
        assert r["verification"] == "PARTIAL" and r["fr_document"] == "2026-15628", r["entity_id"]
        assert "named as an addition of 2026-08-03" in r["notes"] or "test fixture" in r["notes"], r["entity_id"]
    ix = WatchlistIndex([load_shipped_watchlist("uflpa")])
    for query, listed in [("Qiaqia Food Co., Ltd.", "Chacha Food"), ("SEPTWOLVES", "Fujian Septwolves"),
                          ("郑州思念食品有限公司", "Zhengzhou Synear Food")]:
        matches = ix.match(query, "CN")
        assert matches and matches[0].entity_name == listed, (query, [m.entity_name for m in matches[:2]])
