"""Portfolio: KPI tiles, tier distribution, risk by country and product, indicator heatmap, supplier table."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app_pages import charts, state
from app_pages.components import (
    SUPPLIER_DECISION_TEXT,
    TIER_ORDER,
    country_label,
    indicator_label,
    run_page,
    show_chart,
    shown_text,
    tier_text,
)
from screener.models import ScreenRun, SupplierResult


def _kpis(run: ScreenRun, reviewed: set[str]) -> None:
    screened = charts.screened(run)
    cols = st.columns(6)
    cols[0].metric("Suppliers", len(run.results), border=True,
                   help=f"{len(screened)} screened, {len(run.results) - len(screened)} could not be screened.")
    cols[1].metric("High risk", sum(1 for r in screened if r.tier == "high"), border=True,
                   help="Suppliers in the high tier, including those where the ILO rule is met.")
    cols[2].metric("ILO rule met", sum(1 for r in screened if r.ilo_rule.met), border=True,
                   help="Asserted evidence of both involuntariness and menace of penalty (ICLS 2018).")
    cols[3].metric("Escalate now", sum(1 for r in screened if r.escalation.escalate_now), border=True,
                   help="Severe cases that need action now, with do-no-harm guidance on the case page.")
    cols[4].metric("Watchlist matches", sum(1 for r in screened if r.watchlist_matches), border=True,
                   help="Suppliers whose name resembles an entity on the UFLPA Entity List or a CBP order.")
    cols[5].metric("Reviewed", f"{len(reviewed & {r.supplier_key for r in run.results})}/{len(run.results)}",
                   border=True, help="Suppliers with a reviewer's decision (escalate, monitor or clear).")


def _charts(run: ScreenRun) -> None:
    left, right = st.columns(2)
    with left:
        st.markdown("**Tier distribution**")
        show_chart(charts.tier_chart(run))
        st.markdown("**Risk by country**")
        show_chart(charts.stacked_bars(charts.country_frame(run), "Country"))
    with right:
        st.markdown("**Risk by product**")
        show_chart(charts.stacked_bars(charts.product_frame(run), "Product"))
    st.markdown("**ILO indicators found, by supplier** (asserted sentences; the 30 highest-scoring suppliers)")
    show_chart(charts.heatmap_chart(run))


def _row(r: SupplierResult, decisions: dict, raw: bool) -> dict:
    asserted = [e for e in r.evidence if e.polarity == "asserted"]
    top = r.top_reasons(1)
    d = decisions.get(r.supplier_key)
    return {
        "key": r.supplier_key,
        "Supplier": r.name,
        "Country": country_label(r.country),
        "Products": ", ".join(r.products),
        "Score": round(r.risk_score, 1),
        "Tier": tier_text(r.tier),
        "ILO rule": "Met" if r.ilo_rule.met else "Not met",
        "Indicators": ", ".join(sorted({indicator_label(e.indicator) for e in asserted})),
        "Watchlist": r.watchlist_matches[0].list_name if r.watchlist_matches else "",
        "Main reason": shown_text(top[0].reason, raw) if top else (r.not_screened_reason or ""),
        "Review": SUPPLIER_DECISION_TEXT.get(d.decision, "") if d else "Not reviewed",
    }


def _table(run: ScreenRun, decisions: dict) -> None:
    st.subheader("Suppliers")
    raw = state.show_raw()
    df = pd.DataFrame([_row(r, decisions, raw) for r in run.results])
    f1, f2, f3, f4 = st.columns([2, 2, 2, 1])
    tiers = f1.multiselect("Tier", [tier_text(t) for t in TIER_ORDER], key="pf_tiers", placeholder="All tiers")
    countries = f2.multiselect("Country", sorted(df["Country"].unique()), key="pf_countries",
                               placeholder="All countries")
    query = f3.text_input("Search", key="pf_query", placeholder="Name, product or indicator")
    only_watch = f4.checkbox("Watchlist only", key="pf_watch")
    if tiers:
        df = df[df["Tier"].isin(tiers)]
    if countries:
        df = df[df["Country"].isin(countries)]
    if query.strip():
        q = query.strip().lower()
        df = df[df[["Supplier", "Products", "Indicators", "Main reason"]].apply(
            lambda col: col.str.lower().str.contains(q, regex=False)).any(axis=1)]
    if only_watch:
        df = df[df["Watchlist"] != ""]
    st.caption(f"{len(df)} of {len(run.results)} suppliers. Click a column header to sort; select a row to open "
               "its case.")
    event = st.dataframe(
        df, key="pf_table", hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
        column_order=[c for c in df.columns if c != "key"],
        column_config={
            "Score": st.column_config.ProgressColumn("Score", min_value=0, format="%.0f",
                                                     max_value=max([100.0, *df["Score"].tolist()])),
            "Main reason": st.column_config.TextColumn("Main reason", width="large"),
        },
    )
    rows = event.selection.rows if event is not None else []
    if rows:
        key = df.iloc[rows[0]]["key"]
        state.select_supplier(key)
        name = df.iloc[rows[0]]["Supplier"]
        if st.button(f"Open the case of {name}", type="primary", icon=":material/fact_check:", key="pf_open"):
            st.switch_page("app_pages/supplier.py")


def render(run: ScreenRun) -> None:
    decisions = state.review_store().supplier_decisions()
    st.caption(f"{run.table.source_file}: {len(run.results)} suppliers, {len(run.documents)} reports. "
               "A score is risk points: the baseline plus the points of each factor, with no upper limit; each "
               "score is explained on the Supplier case page.")
    if run.coverage is not None:
        st.info(f"Coverage: {run.coverage.sentence()} Suppliers that need an assessment are listed as such, "
                "never as low risk.", icon=":material/fact_check:")
    _kpis(run, set(decisions))
    _charts(run)
    _table(run, decisions)


run_page("Portfolio", render)
