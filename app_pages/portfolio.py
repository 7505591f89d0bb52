"""Portfolio: the ranked worklist first (with filters), then KPI tiles, the country map and the charts."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app_pages import charts, geo, state, worklist
from app_pages.components import country_label, run_page, show_chart, shown_text
from screener.contracts import ScreenRun
from screener.normalize.countries import country_name

QUEUE_HELP = ("Escalate now: severe cases that need action now. High risk, then Needs assessment (high inherent "
              "risk and no recent audit), then the rest. Within a group, the highest score first.")


def _kpis(run: ScreenRun, df: pd.DataFrame) -> None:
    screened = charts.screened(run)
    by_queue = df["Queue"].value_counts()
    cols = st.columns([1, 1, 1, 1.3, 1.2, 1])
    cols[0].metric("Suppliers", len(run.results), border=True,
                   help=f"{len(screened)} screened, {len(run.results) - len(screened)} could not be screened.")
    cols[1].metric("Escalate now", int(by_queue.get("Escalate now", 0)), border=True,
                   help="Severe cases that need action now, with do-no-harm guidance on the case page.")
    cols[2].metric("High risk", sum(1 for r in screened if r.tier == "high"), border=True,
                   help="Suppliers in the high tier, including those where the ILO rule is met.")
    cols[3].metric("Needs assessment", int(by_queue.get("Needs assessment", 0)), border=True,
                   help="High inherent risk and no recent audit: unknown is not low.")
    cols[4].metric("Findings to decide", int(df["To decide"].sum()), border=True,
                   help="Asserted findings that no reviewer has confirmed or dismissed yet.")
    reviewed = int(df["Review"].isin(["Escalate", "Monitor", "Clear"]).sum())
    cols[5].metric("Reviewed", f"{reviewed}/{len(run.results)}", border=True,
                   help="Suppliers with a reviewer's decision (escalate, monitor or clear).")


def _filters(df: pd.DataFrame) -> worklist.WorklistFilter:
    f1, f2, f3, f4 = st.columns(4)
    queues = f1.multiselect("Queue / tier", list(worklist.QUEUE_ORDER), key="pf_tiers", placeholder="All")
    countries = f2.multiselect("Country", sorted(df["Country"].unique()), key="pf_countries", placeholder="All")
    products = f3.multiselect("Product", worklist.product_options(df), key="pf_products", placeholder="All")
    reviews = f4.multiselect("Review state", list(worklist.REVIEW_STATES), key="pf_reviews", placeholder="All")
    g1, g2, g3 = st.columns([2, 1, 2])
    query = g1.text_input("Search", key="pf_query", placeholder="Name, product or reason")
    coverage = g3.multiselect("Coverage", list(worklist.COVERAGE_STATES), key="pf_coverage", placeholder="All",
                              help="Whether an audit report was linked and scanned, or only the sheet was read.")
    with g2:
        st.write("")
        only_watch = st.checkbox("Watchlist matches only", key="pf_watch")
    return worklist.WorklistFilter(tuple(queues), tuple(countries), tuple(products), tuple(reviews),
                                   tuple(coverage), only_watch, query)


def _table(df_all: pd.DataFrame) -> None:
    st.subheader("Worklist", help=QUEUE_HELP)
    df = worklist.apply_filter(df_all, _filters(df_all))
    st.caption(f"{len(df)} of {len(df_all)} suppliers, in worklist order. Select a row to open its case.")
    event = st.dataframe(
        df, key="pf_table", hide_index=True, width="stretch", height=min(38 + 35 * max(len(df), 1), 530),
        on_select="rerun", selection_mode="single-row",
        column_order=["Rank", "Queue", "Supplier", "Country", "Products", "Score", "Findings", "Watchlist",
                      "Review", "Main reason"],
        column_config={
            "Rank": st.column_config.NumberColumn("#", width=34, help="Position in the worklist."),
            "Queue": st.column_config.TextColumn("Queue", width=108),
            "Supplier": st.column_config.TextColumn("Supplier", width=185),
            "Country": st.column_config.TextColumn("Country", width=88),
            "Products": st.column_config.TextColumn("Products", width=82),
            "Score": st.column_config.ProgressColumn("Score", min_value=0, format="%.0f", width=64,
                                                     max_value=max([100.0, *df_all["Score"].tolist()]),
                                                     help="Risk points: the baseline plus each factor's points, "
                                                          "with no upper limit."),
            "Findings": st.column_config.NumberColumn("Findings", width=60,
                                                      help="Distinct sentences that raise the risk now."),
            "To decide": st.column_config.NumberColumn("To decide", width=75,
                                                       help="Asserted findings without a reviewer's decision."),
            "Watchlist": st.column_config.TextColumn("Watchlist", width=66),
            "Review": st.column_config.TextColumn("Review", width=105,
                                                  help="The supplier decision, or whether findings wait for one."),
            "Main reason": st.column_config.TextColumn("Main reason", width=180),
        },
    )
    rows = event.selection.rows if event is not None else []
    if rows:
        key = df.iloc[rows[0]]["key"]
        state.select_supplier(key)
        name = df.iloc[rows[0]]["Supplier"]
        if st.button(f"Open the case of {name}", type="primary", icon=":material/fact_check:", key="pf_open"):
            st.switch_page("app_pages/supplier.py")


def _map(run: ScreenRun) -> None:
    st.subheader("Suppliers and risk by country")
    frame = geo.country_map_frame(run, name=country_label)
    if frame.empty:
        st.info("No screened supplier has a known country, so there is nothing to map.")
        return
    measure = st.segmented_control("Colour by", list(geo.MEASURES), default="High-risk suppliers",
                                   key="pf_map_measure") or "High-risk suppliers"
    show_chart(geo.country_map_chart(frame, measure))
    st.caption(geo.map_note(run, frame) + " Hover a country for its figures.")


def _charts(run: ScreenRun) -> None:
    st.subheader("Charts")
    left, right = st.columns(2)
    countries = charts.country_frame(run)
    products = charts.product_frame(run)
    with left:
        st.markdown("**Tier distribution**")
        show_chart(charts.tier_chart(run))
        st.markdown("**Risk by country**")
        st.caption(charts.left_out_note(countries, "Country", "countries"))
        show_chart(charts.stacked_bars(countries, "Country"))
    with right:
        st.markdown("**Risk by product**")
        st.caption(charts.left_out_note(products, "Product", "products"))
        show_chart(charts.stacked_bars(products, "Product"))
    st.markdown("**ILO indicators found, by supplier**")
    if not charts.has_asserted_evidence(run):
        st.info("No asserted finding in this run, so there is no indicator heatmap. Upload audit reports (or a "
                "findings column) to see which ILO indicators appear at which supplier.")
        return
    frame = charts.heatmap_frame(run)
    n_with = sum(1 for r in charts.screened(run) if any(e.polarity == "asserted" for e in r.evidence))
    shown = frame["Supplier"].nunique()
    st.caption(f"Asserted sentences per supplier and indicator; {shown} of {n_with} suppliers with asserted "
               "findings, highest score first." + ("" if shown == n_with else f" {n_with - shown} others not drawn."))
    show_chart(charts.heatmap_chart(run))


def render(run: ScreenRun) -> None:
    store = state.review_store()
    raw = state.show_raw()
    df = worklist.worklist_frame(run, store.supplier_decisions(), store.evidence_decisions(),
                                 country=lambda c: country_name(c) or "Unknown", reason=lambda t: shown_text(t, raw))
    st.caption(f"{run.table.source_file}: {len(run.results)} suppliers, {len(run.documents)} reports. "
               "A score is risk points: the baseline plus the points of each factor, with no upper limit; each "
               "score is explained on the Supplier case page.")
    if run.coverage is not None:
        st.info(f"Coverage: {run.coverage.sentence()} Suppliers that need an assessment are listed as such, "
                "never as low risk.", icon=":material/fact_check:")
    _kpis(run, df)
    _table(df)
    _map(run)
    _charts(run)


run_page("Portfolio", render)
