"""Altair charts and the tables behind them, built from a ScreenRun (no Streamlit calls here)."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

import altair as alt
import pandas as pd

from app_pages.components import TIER_COLOURS, TIER_ORDER, country_label, indicator_label, tier_text
from screener.labels import factor_label
from screener.contracts import INDICATOR_IDS, ScreenRun, SupplierResult

BOUND_PREFIXES = ("rule_minimum", "capped_at", "floored_at")  # score adjustments, drawn after the features
_TIER_SCALE = alt.Scale(domain=[tier_text(t) for t in TIER_ORDER], range=[TIER_COLOURS[t] for t in TIER_ORDER])


def screened(run: ScreenRun) -> list[SupplierResult]:
    return [r for r in run.results if r.tier != "not screened"]


def tier_frame(run: ScreenRun) -> pd.DataFrame:
    counts = Counter(r.tier for r in run.results)
    return pd.DataFrame([{"Tier": tier_text(t), "Suppliers": counts.get(t, 0), "order": i}
                         for i, t in enumerate(TIER_ORDER)])


def tier_chart(run: ScreenRun) -> alt.Chart:
    """Horizontal bars: how many suppliers fall in each tier."""
    df = tier_frame(run)
    return alt.Chart(df).mark_bar().encode(
        x=alt.X("Suppliers:Q", title="Suppliers", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("Tier:N", sort=alt.SortField("order"), title=None, axis=alt.Axis(labelOverlap=False)),
        color=alt.Color("Tier:N", scale=_TIER_SCALE, legend=None),
        tooltip=["Tier", "Suppliers"],
    ).properties(height=50 + 32 * len(df))


def _group_frame(rows: list[tuple[str, SupplierResult]], label: str) -> pd.DataFrame:
    groups: dict[str, list[SupplierResult]] = defaultdict(list)
    for key, r in rows:
        groups[key].append(r)
    out = []
    for key, members in groups.items():
        for tier in TIER_ORDER[:-1]:  # every screened tier
            n = sum(1 for m in members if m.tier == tier)
            if n:
                out.append({label: key, "Tier": tier_text(tier), "Suppliers": n, "rank": TIER_ORDER.index(tier),
                            "Average score": round(sum(m.risk_score for m in members) / len(members), 1),
                            "total": len(members)})
    return pd.DataFrame(out, columns=[label, "Tier", "Suppliers", "rank", "Average score", "total"])


def country_frame(run: ScreenRun) -> pd.DataFrame:
    return _group_frame([(country_label(r.country), r) for r in screened(run)], "Country")


def product_frame(run: ScreenRun) -> pd.DataFrame:
    rows = [(p, r) for r in screened(run) for p in (r.products or ["No product given"])]
    return _group_frame(rows, "Product")


def shown_groups(df: pd.DataFrame, label: str, limit: int = 15) -> list[str]:
    """The groups a bar chart shows: the most high-risk suppliers first, then the most suppliers."""
    if df.empty:
        return []
    high = df[df["Tier"] == tier_text("high")].groupby(label)["Suppliers"].sum()
    total = df.groupby(label)["total"].first()
    return sorted(df[label].unique(), key=lambda k: (-high.get(k, 0), -total.get(k, 0), k))[:limit]


def left_out_note(df: pd.DataFrame, label: str, plural: str, limit: int = 15) -> str:
    """What a bar chart leaves out: 'Top 15 of 38 countries; 23 others (120 suppliers) not drawn.'"""
    groups = df[label].nunique() if not df.empty else 0
    shown = shown_groups(df, label, limit)
    if groups <= len(shown):
        return f"All {groups} {plural}."
    hidden = df[~df[label].isin(shown)].groupby(label)["total"].first().sum()
    return (f"Top {len(shown)} of {groups} {plural}, by high-risk suppliers then by suppliers; "
            f"{groups - len(shown)} others ({int(hidden)} suppliers) are not drawn.")


def stacked_bars(df: pd.DataFrame, label: str, limit: int = 15) -> alt.Chart:
    """Stacked horizontal bars of suppliers per group and tier, the groups with most high risk first."""
    order = shown_groups(df, label, limit)
    if order:
        df = df[df[label].isin(order)]
    return alt.Chart(df).mark_bar().encode(
        x=alt.X("Suppliers:Q", title="Suppliers", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y(f"{label}:N", sort=order, title=None),
        color=alt.Color("Tier:N", scale=_TIER_SCALE, legend=alt.Legend(title=None)),
        order=alt.Order("rank:Q"),
        tooltip=[label, "Tier", "Suppliers", alt.Tooltip("Average score:Q", title="Average score (all tiers)")],
    ).properties(height=70 + 30 * max(len(order), 2))


def heatmap_frame(run: ScreenRun, max_suppliers: int = 30) -> pd.DataFrame:
    """Asserted evidence counts per supplier x indicator, for the highest-scoring suppliers with any asserted finding."""
    with_findings = [r for r in screened(run) if any(e.polarity == "asserted" for e in r.evidence)]
    top = sorted(with_findings, key=lambda r: -r.risk_score)[:max_suppliers]
    rows = []
    for r in top:
        counts = Counter(e.indicator for e in r.evidence if e.polarity == "asserted")
        for ind in INDICATOR_IDS:
            rows.append({"Supplier": r.name, "Indicator": indicator_label(ind), "Asserted sentences": counts.get(ind, 0),
                         "score": r.risk_score})
    return pd.DataFrame(rows, columns=["Supplier", "Indicator", "Asserted sentences", "score"])


def has_asserted_evidence(run: ScreenRun) -> bool:
    """True when any supplier has an asserted sentence (else the heatmap would be an empty grid)."""
    return any(e.polarity == "asserted" for r in run.results for e in r.evidence)


def heatmap_chart(run: ScreenRun, max_suppliers: int = 30) -> alt.Chart:
    """Heatmap: which ILO indicators have asserted evidence at which supplier."""
    df = heatmap_frame(run, max_suppliers)
    suppliers = list(dict.fromkeys(df["Supplier"]))
    base = alt.Chart(df).encode(
        x=alt.X("Indicator:N", sort=[indicator_label(i) for i in INDICATOR_IDS], title=None,
                axis=alt.Axis(labelAngle=-40, labelLimit=180, labelOverlap=False)),
        y=alt.Y("Supplier:N", sort=suppliers, title=None, axis=alt.Axis(labelLimit=220)),
    )
    cells = base.mark_rect(stroke="white", strokeWidth=1).encode(
        color=alt.condition("datum['Asserted sentences'] > 0",
                            alt.Color("Asserted sentences:Q", scale=alt.Scale(scheme="orangered", domainMin=0),
                                      legend=alt.Legend(title="Asserted sentences", tickMinStep=1)),
                            alt.value("#f2f4f7")),
        tooltip=["Supplier", "Indicator", "Asserted sentences"],
    )
    labels = base.mark_text(fontSize=11).encode(
        text=alt.condition("datum['Asserted sentences'] > 0", "Asserted sentences:Q", alt.value("")),
        color=alt.value("black"),
    )
    # The height includes the rotated indicator labels under the grid.
    return (cells + labels).properties(height=150 + 28 * max(len(suppliers), 1))


def waterfall_frame(result: SupplierResult, max_bars: int = 10,
                    text: Callable[[str], str] = str) -> pd.DataFrame:
    """Baseline, each contribution (largest first; the rest summed) and the final score as bar segments."""
    kept = [c for c in result.contributions if abs(c.points) >= 0.05]
    bounds = [c for c in kept if c.feature.startswith(BOUND_PREFIXES)]  # ILO minimum and caps come last
    contribs = sorted((c for c in kept if c not in bounds), key=lambda c: -abs(c.points))
    shown, rest = contribs[:max_bars], contribs[max_bars:]
    rows = [{"Step": "Baseline", "start": 0.0, "end": result.baseline, "points": result.baseline,
             "kind": "Baseline", "Reason": "Score of a supplier with average features before any evidence."}]
    level = result.baseline
    for c in shown:
        rows.append({"Step": factor_label(c.feature), "start": level, "end": level + c.points, "points": c.points,
                     "kind": "Raises risk" if c.points > 0 else "Lowers risk", "Reason": text(c.reason)})
        level += c.points
    if rest:
        pts = sum(c.points for c in rest)
        rows.append({"Step": f"{len(rest)} smaller factors", "start": level, "end": level + pts, "points": pts,
                     "kind": "Raises risk" if pts > 0 else "Lowers risk",
                     "Reason": "; ".join(f"{factor_label(c.feature)} ({c.points:+.1f})" for c in rest)})
        level += pts
    for c in bounds:
        rows.append({"Step": factor_label(c.feature), "start": level, "end": level + c.points, "points": c.points,
                     "kind": "Raises risk" if c.points > 0 else "Lowers risk", "Reason": text(c.reason)})
        level += c.points
    rows.append({"Step": "Final score", "start": 0.0, "end": result.risk_score, "points": result.risk_score,
                 "kind": "Score", "Reason": f"Tier: {tier_text(result.tier)}."})
    df = pd.DataFrame(rows)
    df["order"] = range(len(df))
    df["label"] = [f"{p:+.1f}" if k in ("Raises risk", "Lowers risk") else f"{p:.1f}"
                   for p, k in zip(df["points"], df["kind"])]
    return df


def waterfall_chart(result: SupplierResult, max_bars: int = 10, text: Callable[[str], str] = str) -> alt.Chart:
    """Waterfall of the score: each bar starts where the previous one ended; ``text`` redacts reasons."""
    df = waterfall_frame(result, max_bars, text)
    colours = alt.Scale(domain=["Baseline", "Raises risk", "Lowers risk", "Score"],
                        range=["#98a2b3", "#f04438", "#12b76a", "#344054"])
    y = alt.Y("Step:N", sort=alt.SortField("order"), title=None, axis=alt.Axis(labelLimit=260, labelOverlap=False))
    bars = alt.Chart(df).mark_bar(cornerRadius=2).encode(
        y=y,
        x=alt.X("start:Q", title="Risk score (points)",
                scale=alt.Scale(domain=[min(0.0, df[["start", "end"]].min().min()),
                                        max(100.0, df[["start", "end"]].max().max())])),
        x2="end:Q",
        color=alt.Color("kind:N", scale=colours, legend=alt.Legend(title=None)),
        tooltip=[alt.Tooltip("Step:N", title="Factor"), alt.Tooltip("points:Q", format="+.1f", title="Points"),
                 alt.Tooltip("Reason:N")],
    )
    text = alt.Chart(df).mark_text(align="left", dx=4, fontSize=11).encode(
        y=y, x=alt.X("max_end:Q"), text="label:N",
    ).transform_calculate(max_end="max(datum.start, datum.end)")
    return (bars + text).properties(height=80 + 34 * len(df))
