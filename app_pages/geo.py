"""The country map: a choropleth of suppliers and risk per country, drawn offline from a shipped world TopoJSON.

The map is ``lexicons/geo/countries-110m.json`` (world-atlas 2.0.2, built from Natural Earth; see
``lexicons/geo/SOURCES.yaml``); its feature ids are ISO 3166-1 numeric codes. No tile server is used.
"""
from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from typing import Any

import altair as alt
import pandas as pd

from screener.contracts import ScreenRun
from screener.resources import lexicon_dir

WORLD = "geo/countries-110m.json"
ANTARCTICA = "010"
MEASURES: dict[str, str] = {"High-risk suppliers": "High risk", "Suppliers": "Suppliers",
                            "Average score": "Average score"}


@lru_cache(maxsize=1)
def world_topology() -> dict[str, Any]:
    """The world TopoJSON (countries at 1:110m), Antarctica removed."""
    topo = json.loads((lexicon_dir() / WORLD).read_text(encoding="utf-8"))
    geoms = topo["objects"]["countries"]["geometries"]
    topo["objects"]["countries"]["geometries"] = [g for g in geoms if g.get("id") != ANTARCTICA]
    return topo


def numeric_code(iso2: str | None) -> str | None:
    """ISO 3166-1 numeric code ('704') of an alpha-2 code ('VN'), as the map's feature ids spell it."""
    if not iso2:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2.upper())
    return c.numeric if c is not None else None


def country_map_frame(run: ScreenRun, name: Any = str) -> pd.DataFrame:
    """One row per country with suppliers: numeric id, name, suppliers, high-risk suppliers, average score."""
    groups: dict[str, list] = defaultdict(list)
    for r in run.results:
        if r.tier != "not screened" and r.country:
            groups[r.country].append(r)
    rows = []
    for iso2, members in groups.items():
        code = numeric_code(iso2)
        if code is None:
            continue
        rows.append({"id": code, "Country": name(iso2), "Suppliers": len(members),
                     "High risk": sum(1 for m in members if m.tier == "high"),
                     "Average score": round(sum(m.risk_score for m in members) / len(members), 1)})
    return pd.DataFrame(rows, columns=["id", "Country", "Suppliers", "High risk", "Average score"])


def map_note(run: ScreenRun, frame: pd.DataFrame) -> str:
    """What the map leaves out: suppliers without a known country, and countries too small to draw."""
    no_country = sum(1 for r in run.results if r.tier != "not screened" and not r.country)
    ids = {g.get("id") for g in world_topology()["objects"]["countries"]["geometries"]}
    too_small = sorted(frame.loc[~frame["id"].isin(ids), "Country"]) if not frame.empty else []
    parts = [f"{len(frame)} countries with suppliers."]
    if too_small:
        parts.append(f"Too small to draw at this scale: {', '.join(too_small)}.")
    if no_country:
        parts.append(f"{no_country} suppliers without a known country are not on the map.")
    return " ".join(parts)


def country_map_chart(frame: pd.DataFrame, measure: str = "High-risk suppliers") -> alt.LayerChart:
    """Grey world outline with the countries coloured by ``measure`` (one of ``MEASURES``)."""
    field = MEASURES[measure]
    data = alt.Data(values=world_topology(), format=alt.DataFormat(type="topojson", feature="countries"))
    base = alt.Chart(data).mark_geoshape(fill="#f2f4f7", stroke="white", strokeWidth=0.5)
    scheme = "blues" if field == "Suppliers" else "orangered"
    filled = alt.Chart(data).mark_geoshape(stroke="white", strokeWidth=0.5).encode(
        color=alt.Color(f"{field}:Q", scale=alt.Scale(scheme=scheme, domainMin=0),
                        legend=alt.Legend(title=measure, format="d" if field != "Average score" else ".0f")),
        tooltip=[alt.Tooltip("Country:N"), alt.Tooltip("Suppliers:Q"),
                 alt.Tooltip("High risk:Q", title="High-risk suppliers"), alt.Tooltip("Average score:Q")],
    ).transform_lookup(
        lookup="id", from_=alt.LookupData(frame, "id", ["Country", "Suppliers", "High risk", "Average score"]),
    ).transform_filter("isValid(datum.Suppliers)")
    return (base + filled).project(type="equalEarth").properties(height=420)
