"""Watchlist matching sees through data-entry and OCR damage, parses qualifiers, reads Chinese names, and
explains every change it made (fixtures in tests/fixtures/, no shared reference data needed)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from screener.contracts import WatchlistMatch
from screener.normalize.names import parse_company_name
from screener.risk.watchlists import WatchlistIndex, load_watchlists

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _cases() -> list[tuple[str, str, str, str]]:
    with (FIXTURES / "watchlist_damage.csv").open(encoding="utf-8", newline="") as fh:
        return [(r["kind"], r["supplier_name"], r["country"], r["listed_entity"]) for r in csv.DictReader(fh)]


@pytest.fixture(scope="module")
def index() -> WatchlistIndex:
    return WatchlistIndex(load_watchlists())


def _feat(m: WatchlistMatch, name: str):
    return next(f for f in m.features if f.name == name)


@pytest.mark.parametrize("kind,name,country,entity", _cases(), ids=lambda v: str(v)[:40])
def test_damaged_name_alerts_on_its_entity(index: WatchlistIndex, kind: str, name: str, country: str,
                                           entity: str) -> None:
    found = index.match(name, country)
    assert found, (kind, name)
    assert found[0].entity_name == entity, (kind, name, found[0].entity_name)
    # the score is the clipped weighted sum of the explained features, whatever the damage
    total = sum(f.value * f.weight for f in found[0].features)
    assert found[0].score == pytest.approx(max(0.0, min(1.0, total)), abs=1e-3)


def test_every_damage_kind_is_covered() -> None:
    kinds = {c[0] for c in _cases()}
    assert kinds >= {"split", "joined", "dropped", "swapped", "qualifier", "capitals", "chinese", "pinyin"}


@pytest.mark.parametrize("name,change", [
    ("Ninestar Corpo ration", "corpo ration -> corporation"),
    ("NinestarCorporation", "ninestarcorporation -> ninestar corporation"),
    ("Donghai JAS olar Technology", "jas olar -> ja solar"),
    ("Lop County Hair Product Industiral Park", "industiral -> industrial (spelling)"),
])
def test_word_boundary_changes_are_explained(index: WatchlistIndex, name: str, change: str) -> None:
    m = index.match(name, "CN")[0]
    f = _feat(m, "word_boundaries")
    assert f.value == 1.0 and f.weight == 0.0 and change in f.detail


def test_names_taken_as_written_say_so(index: WatchlistIndex) -> None:
    m = index.match("Hetian Haolin Hair Accessories Co. Ltd.", "CN")[0]
    assert _feat(m, "word_boundaries").value == 0.0 and "as written" in _feat(m, "word_boundaries").detail


@pytest.mark.parametrize("name,kinds", [
    ("Changji Yida Textile Co., Ltd. (Branch)", {"branch"}),
    ("Hetian Haolin Hair Accessories Co. Ltd. and its subsidiaries", {"subsidiaries"}),
    ("Esquel Group Holdings", {"group"}),
    ("HANGTON NO. 112 (fishing vessel)", {"vessel"}),
    ("Xinjiang Great New Energy Co., Ltd. Branch Office", {"branch"}),
    ("Kashgar Construction Engineering (Group) Co., Ltd.", {"group"}),
])
def test_qualifiers_are_parsed_out_of_the_name(name: str, kinds: set[str]) -> None:
    parts = parse_company_name(name)
    assert set(parts.qualifiers) == kinds
    assert not {"branch", "subsidiary", "subsidiarie", "vessel", "fishing", "holding"} & set(parts.core)


def test_qualifier_feature_explains_the_difference(index: WatchlistIndex) -> None:
    m = index.match("Changji Yida Textile Co., Ltd. (Branch)", "CN")[0]
    f = _feat(m, "qualifiers")
    assert f.value == 1.0 and f.weight == 0.0
    assert "supplier 'branch'" in f.detail and "not compared as name text" in f.detail
    same = index.match("Changji Yida Textile Co., Ltd.", "CN")[0]
    assert _feat(same, "qualifiers").value == 0.0 and same.score >= m.score


def test_a_qualifier_alone_is_not_a_name() -> None:
    assert parse_company_name("Group Co., Ltd.").core == ("group",)
    assert parse_company_name("Branch").core == ("branch",)


@pytest.mark.parametrize("name", ["Corpo ration Co", "Co., Ld.", "Industrial Group (Branch)"])
def test_generic_damage_does_not_alert(index: WatchlistIndex, name: str) -> None:
    assert index.match(name, "CN") == []


@pytest.mark.parametrize("name", [
    "Xinjiang Junbao Parts Company Limited",     # junbao / jinbao: two pinyin names, not a typo
    "Xinjiang Zhonghai Mining Co., Ltd.",        # zhonghai / zhongtai
    "Wuxi Yangxiang Pharmaceutical Industrial Co., Ltd.",  # not split into the listed 'Xiang-Yang'
    "新疆泰宏制衣股份有限公司",                      # shares only 'Xinjiang' with listed Chinese names
    "上海安华新材料有限公司",                        # shares only 'new materials' with a listed Chinese name
])
def test_lookalike_names_do_not_alert(index: WatchlistIndex, name: str) -> None:
    assert index.match(name, "CN") == [], name


def test_chinese_syllables_join_into_listed_words(index: WatchlistIndex) -> None:
    m = index.match("四川经纬达科技集团有限公司", "CN")[0]
    assert m.entity_name == "Sichuan Jingweida Technology Group Co., Ltd."
    assert m.matched_name == "四川经纬达科技集团有限公司" and dict(m.entity_details)["matched_as"] == "alias"
    pinyin = index.parse("Sichuan Jingweida Keji Jituan Youxian Gongsi")
    assert pinyin.core == ("sichuan", "jingweida", "keji") and "group" in pinyin.qualifiers
