"""Explained watchlist matching: features, country, generic-name guard, vessels, user lists, CLI command."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from screener.contracts import WatchlistMatch
from screener.risk.watchlists import WatchlistIndex, load_watchlists


@pytest.fixture(scope="module")
def index() -> WatchlistIndex:
    return WatchlistIndex(load_watchlists())


def _feat(m: WatchlistMatch, name: str):
    return next(f for f in m.features if f.name == name)


def test_alias_match_is_explained(index: WatchlistIndex) -> None:
    m = index.match("Hotan Haolin Hair Accessories Company Limited", "CN")[0]
    assert m.list_id == "uflpa" and m.entity_name == "Hetian Haolin Hair Accessories Co. Ltd."
    assert m.matched_name == "Hotan Haolin Hair Accessories"
    assert m.score >= index.config.threshold
    assert {f.name for f in m.features} >= {"name_similarity", "char_similarity", "country_agreement",
                                            "number_mismatch", "generic_only", "alias_used", "legal_form"}
    assert "haolin" in _feat(m, "name_similarity").detail
    assert _feat(m, "alias_used").value == 1.0 and "alias" in _feat(m, "alias_used").detail
    assert "company limited" in _feat(m, "legal_form").detail
    details = dict(m.entity_details)
    assert details["verification"] == "VERIFIED" and details["section"].split("; ") == ["2(d)(2)(B)(i)", "2(d)(2)(B)(v)"]
    # the score is exactly the clipped weighted sum of the features
    total = sum(f.value * f.weight for f in m.features)
    assert m.score == pytest.approx(max(0.0, min(1.0, total)), abs=1e-3)


def test_typo_and_word_order(index: WatchlistIndex) -> None:
    m = index.match("Silicon Hosihne Industy Co Ltd", "CN")
    assert m and m[0].entity_name.startswith("Hoshine Silicon Industry")
    assert "near matches: hoshine~hosihne" in _feat(m[0], "name_similarity").detail
    # a misspelt common word is spelt right (and keeps its small weight), and the explanation says so
    assert "industy -> industry (spelling)" in _feat(m[0], "word_boundaries").detail


def test_country_agreement_raises_and_disagreement_lowers(index: WatchlistIndex) -> None:
    name = "Xinjiang Daqo New Energy Trading Branch"
    same = index.match(name, "CN")[0]
    unknown = index.match(name, None)[0]
    other = index.match(name, "Germany", threshold=0.0)[0]
    assert same.score > unknown.score > other.score
    assert _feat(same, "country_agreement").value == 1.0
    assert _feat(other, "country_disagreement").value == 1.0 and "DE" in _feat(other, "country_disagreement").detail


@pytest.mark.parametrize("name", ["A-B-C Company", "Xinjiang Textile Trading Co., Ltd.", "Group Co., Ltd.",
                                  "Xinjiang Energy Technology Co.", "China Trading Company", "Hair Products Factory"])
def test_generic_names_do_not_alert(index: WatchlistIndex, name: str) -> None:
    assert index.match(name, "CN") == []


def test_generic_only_listed_name_needs_full_agreement(index: WatchlistIndex) -> None:
    exact = index.match("Xinjiang Energy Co., Ltd.", "CN")
    assert exact and exact[0].entity_name == "Xinjiang Energy (Group) Co., Ltd."  # listed words: xinjiang energy
    assert "every word" in _feat(exact[0], "generic_only").detail
    loose = index.match("Xinjiang Energy Technology Co.", "CN", threshold=0.0)
    guard = [m for m in loose if m.entity_name == "Xinjiang Energy (Group) Co., Ltd."]
    assert guard and _feat(guard[0], "generic_only").value == 1.0 and guard[0].score < index.config.threshold


@pytest.mark.parametrize("name", ["Hangton No. 112", "HANGTON NO.112", "Hangton No 112 (fishing vessel)"])
def test_vessel_number_agrees(index: WatchlistIndex, name: str) -> None:
    m = index.match(name, "FJ")
    assert m and m[0].entity_name == "Hangton No. 112" and m[0].list_id == "cbp"


@pytest.mark.parametrize("name", ["Hangton No. 113", "Hangton", "Hangton No. 12"])
def test_vessel_number_must_match(index: WatchlistIndex, name: str) -> None:
    assert index.match(name, "FJ") == []
    near = [m for m in index.match(name, "FJ", threshold=0.0) if m.entity_name == "Hangton No. 112"]
    assert near and _feat(near[0], "number_mismatch").value == 1.0


def test_inactive_order_reported_with_status(index: WatchlistIndex) -> None:
    m = index.match("WRP Asia Pacific Sdn Bhd", "MY")
    assert m and m[0].entity_name == "WRP Asia Pacific Sdn. Bhd."
    details = dict(m[0].entity_details)
    assert details["active"] == "no" and details["status"] == "revoked"
    assert "inactive" in _feat(m[0], "order_status").detail


def test_region_orders_never_match_names(index: WatchlistIndex) -> None:
    assert index.match("Turkmenistan Cotton Products Ltd", "TM") == []


def test_match_many_keeps_order(index: WatchlistIndex) -> None:
    out = index.match_many([("Acme Widgets GmbH", "DE"), ("XPCC", None), ("", None)])
    assert len(out) == 3 and out[0] == [] and out[2] == []
    assert out[1][0].entity_name == "Xinjiang Production and Construction Corps"


def test_user_list_replaces_shipped(tmp_path: Path) -> None:
    f = tmp_path / "official_uflpa.csv"
    f.write_text("name,aliases,country\n\"Zeta Cotton Co., Ltd.\",Zeta Xinjiang Cotton,CN\n", encoding="utf-8")
    ix = WatchlistIndex(load_watchlists((), [f]))
    m = ix.match("ZETA COTTON COMPANY LIMITED", "CN")
    assert m and m[0].list_id == "official_uflpa" and "official_uflpa.csv" in m[0].list_edition
    assert ix.match("Hetian Haolin Hair Accessories Co. Ltd.") == []


def test_match_command_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from screener.commands import match

    names = tmp_path / "suppliers.csv"
    names.write_text("Supplier,Country\nHetian Haolin Hair Accessories,China\nAcme Widgets,Germany\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    match.add_arguments(parser)
    assert match.run(parser.parse_args([str(names), "--list", "uflpa"])) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["row"] for x in lines] == [2, 3]
    assert lines[0]["matches"][0]["entity_name"].startswith("Hetian Haolin") and lines[0]["country"] == "China"
    assert lines[0]["matches"][0]["features"][0]["name"] == "name_similarity"
    assert lines[1]["matches"] == [] and "uflpa" in lines[1]["editions"]


def test_match_command_bad_column(tmp_path: Path) -> None:
    from screener.commands import match
    from screener.errors import InputError

    names = tmp_path / "s.csv"
    names.write_text("Vendor,Country\nAcme,DE\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    match.add_arguments(parser)
    with pytest.raises(InputError) as err:
        match.run(parser.parse_args([str(names), "--name-column", "Supplier Name"]))
    assert err.value.file == "s.csv" and err.value.column == "Supplier Name"


def test_match_many_in_worker_processes_gives_the_same_result(index: WatchlistIndex) -> None:
    items = [("Hetian Haolin Hair Accessories", "CN"), ("Acme Widgets GmbH", "DE"), ("Hangton No 112", None)] * 4
    assert index.match_many(items, workers=2) == index.match_many(items, workers=1)
