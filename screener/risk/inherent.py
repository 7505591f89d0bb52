"""Inherent risk of a country and its products: DOL goods list (with downstream inputs), TIP tier, DOL findings.

Every item names its source and edition. A country that the TIP file does not list is "TIP tier unknown",
never "low risk". Data: ``lexicons/risk/`` (see SOURCES.yaml).
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from typing import Sequence


from screener.resources import lexicon_data
from screener.contracts import InherentRiskItem
from screener.memo import Memo
from screener.normalize.names import RISK_DIR

GOODS, FINDINGS, TIP = "dol_goods_2022.csv", "dol_country_findings_2022.csv", "tip_tiers_2025.csv"
CBP = "cbp_orders.csv"


@dataclass(frozen=True)
class _Tables:
    goods: dict[tuple[str, str], dict[str, str]]  # (country iso, good casefold) -> row
    downstream: dict[str, list[dict[str, str]]]  # good casefold -> downstream rows (any country)
    goods_names: dict[str, str]  # casefold -> canonical DOL good
    inputs: dict[str, str]  # downstream good -> listed input good
    findings: dict[str, dict[str, str]]
    tip: dict[str, dict[str, str]]
    regions: list[dict[str, str]]  # CBP region-wide orders with their goods
    levels: dict
    sources: dict[str, dict]


def _read(name: str) -> list[dict[str, str]]:
    with (RISK_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    goods: dict[tuple[str, str], dict[str, str]] = {}
    downstream: dict[str, list[dict[str, str]]] = {}
    names: dict[str, str] = {}
    for r in _read(GOODS):
        names[r["good"].casefold()] = r["good"]
        goods[(r["country_iso"], r["good"].casefold())] = r
        if r["produced_with_listed_inputs"] == "true":
            downstream.setdefault(r["good"].casefold(), []).append(r)
    inputs = lexicon_data("risk/dol_downstream_inputs.yaml")["inputs"]
    regions = [r for r in _read(CBP) if r["scope"] == "region"]
    sources = lexicon_data("risk/SOURCES.yaml")["files"]
    levels = lexicon_data("risk/inherent_levels.yaml")
    return _Tables(goods, downstream, names, inputs, {r["country_iso"]: r for r in _read(FINDINGS)},
                   {r["country_iso"]: r for r in _read(TIP)}, regions, levels, sources)


def _source(t: _Tables, file: str) -> tuple[str, str]:
    meta = t.sources[file]
    return meta["title"], meta["edition"]


def _goods_items(t: _Tables, country: str, good: str) -> list[InherentRiskItem]:
    row = t.goods.get((country, good.casefold()))
    if not row or row["produced_with_listed_inputs"] == "true":
        return []
    src, ed = _source(t, GOODS)
    lv = t.levels["goods"]
    name, where = row["good"], row["country"]
    if row["forced_child_labor"] == "true":
        return [InherentRiskItem("goods_forced_child_labour", country, name, lv["forced_child_labor"],
                                 f"DOL lists {name} from {where} as produced with forced child labour "
                                 "(and with forced labour and child labour).", src, ed)]
    out = []
    if row["forced_labor"] == "true":
        out.append(InherentRiskItem("goods_forced_labour", country, name, lv["forced_labor"],
                                    f"DOL lists {name} from {where} as produced with forced labour.", src, ed))
    if row["child_labor"] == "true":
        out.append(InherentRiskItem("goods_child_labour", country, name, lv["child_labor"],
                                    f"DOL lists {name} from {where} as produced with child labour.", src, ed))
    return out


def _input_risk(t: _Tables, input_iso: str, good: str) -> str:
    row = t.goods.get((input_iso, good.casefold()))
    if not row:
        return "a listed input"
    kinds = [k for k, col in (("forced labour", "forced_labor"), ("child labour", "child_labor")) if row[col] == "true"]
    return f"{good} from {row['country']}, listed for {' and '.join(kinds)}"


def _downstream_items(t: _Tables, country: str, good: str) -> list[InherentRiskItem]:
    rows = t.downstream.get(good.casefold(), [])
    src, ed = _source(t, GOODS)
    out = []
    for row in rows:
        inp = t.inputs.get(row["good"], "a listed input")
        what = _input_risk(t, row["input_source_iso"], inp)
        if row["country_iso"] == country:
            out.append(InherentRiskItem("downstream_input", country, row["good"], t.levels["downstream"]["same_country"],
                                        f"DOL lists {row['good']} from {row['country']} as produced with inputs made "
                                        f"with forced or child labour ({what}).", src, ed))
        elif not any(r["country_iso"] == country for r in rows):
            out.append(InherentRiskItem("downstream_input", country, row["good"], t.levels["downstream"]["other_country"],
                                        f"DOL lists {row['good']} made in {row['country']} with {what}; {row['good']} "
                                        f"made elsewhere may contain the same input: trace where it comes from.",
                                        src, ed))
    return out


def _region_items(t: _Tables, country: str, good: str) -> list[InherentRiskItem]:
    src, ed = _source(t, CBP)
    out = []
    for r in t.regions:
        covered = {g.casefold() for g in r["goods"].split(";")}
        if country in r["countries"].split(";") and good.casefold() in covered:
            where = f" from the {r['region']}" if r["region"] else ""
            out.append(InherentRiskItem("cbp_region_order", country, t.goods_names.get(good.casefold(), good),
                                        t.levels["cbp_region_order"]["subnational" if r["region"] else "national"],
                                        f"CBP {r['order_type']} of {r['effective_date']} ({r['status_raw']}) detains "
                                        f"{r['product'].lower()}{where}: {r['name']}", src, ed))
    return out


def _tip_item(t: _Tables, country: str) -> InherentRiskItem:
    src, ed = _source(t, TIP)
    row = t.tip.get(country)
    if not row:
        return InherentRiskItem("tip_tier", country, None, t.levels["tip"]["unknown"],
                                "TIP tier unknown (not on the Tier 2 Watch List or Tier 3 in the 2025 report): the "
                                "country is Tier 1 or Tier 2, and this data cannot tell which. This is not a finding "
                                "of low risk.", src, ed)
    tier = row["tip_tier"]
    return InherentRiskItem("tip_tier", country, None, t.levels["tip"].get(tier, t.levels["tip"]["unknown"]),
                            f"{row['country']} is {tier} in the {row['tip_report_year']} Trafficking in Persons "
                            f"report: {row['rationale']}.", src, ed)


def _findings_item(t: _Tables, country: str) -> InherentRiskItem | None:
    row = t.findings.get(country)
    if not row:
        return None
    src, ed = _source(t, FINDINGS)
    if not row["advancement_level"] and not row["prohibition_forced_labor_meets_intl_std"]:
        return None  # listed without an assessment: says nothing either way
    adv = row["advancement_level"] or "No Assessment"
    base = next((v for k, v in t.levels["dol_advancement"].items() if adv.startswith(k)), 0.2)
    parts = [f"DOL 2022 child-labour assessment of {row['country']}: {adv}."]
    level = base
    if row["prohibition_forced_labor_meets_intl_std"] == "No":
        level = max(level, t.levels["forced_labour_law_gap"])
        parts.append("Its prohibition of forced labour does not meet international standards.")
    elif row["prohibition_forced_labor_meets_intl_std"] == "Yes":
        parts.append("Its prohibition of forced labour meets international standards.")
    try:
        pct = float(row["children_working_pct"]) * 100
        parts.append(f"Children working (ages {row['children_working_age_range']}): {pct:.1f}%.")
    except ValueError:  # empty or "Unavailable" in the source
        parts.append("Share of children working: not available.")
    return InherentRiskItem("country_findings", country, None, level, " ".join(parts), src, ed)


def inherent_risk(country: str | None, products: Sequence[str]) -> list[InherentRiskItem]:
    """Inherent-risk items for a supplier's country (ISO alpha-2) and products (DOL good names, any case)."""
    if not country:
        return []
    t = _tables()
    return list(_ITEMS.get((country, tuple(products)), functools.partial(_inherent_items, t, country, products), t))


_ITEMS = Memo("inherent risk of a country and products")


def _inherent_items(t: _Tables, country: str, products: Sequence[str]) -> tuple[InherentRiskItem, ...]:
    country = country.strip().upper()
    items: list[InherentRiskItem] = []
    for good in dict.fromkeys(p.strip() for p in products if p and p.strip()):
        items += _goods_items(t, country, good)
        items += _downstream_items(t, country, good)
        items += _region_items(t, country, good)
    items.append(_tip_item(t, country))
    found = _findings_item(t, country)
    if found:
        items.append(found)
    return tuple(items)


def inherent_editions() -> dict[str, str]:
    """``{source key: "title, edition"}`` of every table inherent risk uses."""
    t = _tables()
    keys = {"dol_goods": GOODS, "dol_findings": FINDINGS, "tip_tiers": TIP, "cbp_region_orders": CBP}
    return {k: ", ".join(_source(t, f)) for k, f in keys.items()}
