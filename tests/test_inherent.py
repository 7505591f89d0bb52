"""Inherent risk from country x product, TIP tier and DOL findings."""
from __future__ import annotations

from screener.risk.inherent import inherent_editions, inherent_risk


def _kinds(items) -> dict[str, list]:
    out: dict[str, list] = {}
    for i in items:
        out.setdefault(i.kind, []).append(i)
    return out


def test_polysilicon_china_forced_labour() -> None:
    k = _kinds(inherent_risk("CN", ["Polysilicon"]))
    fl = k["goods_forced_labour"][0]
    assert fl.good == "Polysilicon" and fl.country == "CN" and fl.level >= 0.9
    assert fl.source.startswith("US DOL") and "2022" in fl.edition
    assert k["tip_tier"][0].level >= 0.8 and "Tier 3" in k["tip_tier"][0].description


def test_downstream_solar_from_polysilicon() -> None:
    cn = _kinds(inherent_risk("CN", ["solar modules"]))["downstream_input"][0]
    assert cn.good == "Solar Modules" and "Polysilicon" in cn.description and cn.level >= 0.6
    vn = _kinds(inherent_risk("VN", ["Solar Modules"]))["downstream_input"][0]
    assert vn.level < cn.level and "China" in vn.description


def test_forced_child_labour_and_child_labour() -> None:
    k = _kinds(inherent_risk("CI", ["Cocoa"]))
    assert k["goods_forced_child_labour"][0].level == 1.0
    k = _kinds(inherent_risk("GH", ["Cocoa"]))
    assert "goods_child_labour" in k and "goods_forced_labour" not in k


def test_missing_tip_country_is_unknown_not_low() -> None:
    tip = _kinds(inherent_risk("DE", ["Cotton"]))["tip_tier"]
    assert len(tip) == 1
    assert tip[0].description.startswith("TIP tier unknown (not on the Tier 2 Watch List or Tier 3 in the 2025 report)")
    assert "not a finding of low risk" in tip[0].description
    assert 0 < tip[0].level < 0.5


def test_watch_list_is_medium() -> None:
    tip = _kinds(inherent_risk("BR", []))["tip_tier"][0]
    assert "Tier 2 Watch List" in tip.description and tip.level == 0.5


def test_country_findings_law_gap() -> None:
    k = _kinds(inherent_risk("AF", []))["country_findings"][0]
    assert "does not meet international standards" in k.description and k.level >= 0.4
    ok = _kinds(inherent_risk("AL", []))["country_findings"][0]
    assert "meets international standards" in ok.description and ok.level < k.level


def test_cbp_region_order_goods() -> None:
    items = _kinds(inherent_risk("TM", ["Cotton"]))["cbp_region_order"]
    assert items and items[0].level >= 0.9 and "Turkmenistan" in items[0].description


def test_no_country_no_items_and_editions() -> None:
    assert inherent_risk(None, ["Cotton"]) == []
    eds = inherent_editions()
    assert "2022" in eds["dol_goods"] and "2025" in eds["tip_tiers"]
