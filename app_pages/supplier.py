"""Supplier case: score and its waterfall, ILO rule, evidence, watchlists, inherent risk, vulnerability, plan."""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from app_pages import casework, charts, state
from app_pages.components import (
    country_label,
    humanize,
    indicator_label,
    md_escape,
    run_page,
    show_chart,
    shown_text,
    tier_badge,
    tier_text,
)
from app_pages.evidence_view import evidence_item, sorted_evidence, supplier_picker
from screener.labels import factor_label, inherent_label, list_details, match_check_label
from screener.contracts import MatchFeature, ScreenRun, SupplierResult



def _header(run: ScreenRun, r: SupplierResult) -> None:
    st.header(md_escape(r.name))
    products = ", ".join(r.products) if r.products else "no product given"
    row = f" · row {r.row_number} of the sheet" if r.row_number else ""
    rec = next((x for x in run.table.records if x.supplier_key == r.supplier_key), None)
    where = ", ".join(str(v) for v in (getattr(rec, "city", None), getattr(rec, "state_province", None)) if v)
    group = getattr(rec, "parent_company", None)
    st.caption(f"{md_escape(country_label(r.country))}" + (f" · {md_escape(where)}" if where else "")
               + f" · {md_escape(products)}" + (f" · group: {md_escape(str(group))}" if group else "") + row)
    related = [x for x in run.table.records if rec is not None and x is not rec and (
        (rec.group_key and x.group_key == rec.group_key) or (rec.site_group_key and x.site_group_key == rec.site_group_key))]
    for x in related[:5]:
        kind = "possible duplicate" if rec.group_key and x.group_key == rec.group_key else "another site"
        st.caption(f":material/link: {kind}: {md_escape(x.name)} (row {x.row_number}"
                   + (f", {md_escape(str(x.city))}" if getattr(x, "city", None) else "") + ")")
    tier_badge(r.tier)
    if r.escalation.escalate_now:
        raw = state.show_raw()
        lines = "\n".join(f"- {md_escape(shown_text(x, raw))}" for x in r.escalation.reasons)
        guidance = "\n".join(f"- {md_escape(x)}" for x in r.escalation.guidance)
        st.error(f"**Escalate now.** This case needs action without waiting for the next review cycle.\n\n"
                 f"{lines}\n\n**Do no harm:**\n\n{guidance}", icon=":material/warning:")


def _metrics(r: SupplierResult) -> None:
    asserted = sum(1 for e in r.evidence if e.polarity == "asserted")
    c = st.columns(4)
    c[0].metric("Risk score", f"{r.risk_score:.1f}", border=True,
                help="The baseline plus the points of every factor below add up to this score.")
    tier_help = r.tier_reason or None
    c[1].metric("Tier", tier_text(r.tier), border=True, help=tier_help)
    c[2].metric("ILO rule", "Met" if r.ilo_rule.met else "Not met", border=True,
                help="Forced labour per ICLS 2018: asserted involuntariness plus menace of penalty.")
    c[3].metric("Asserted evidence", asserted, border=True,
                help=f"{len(r.evidence)} sentences found in total; only asserted ones raise the score.")


def _score_tab(r: SupplierResult) -> None:
    raw = state.show_raw()
    left, right = st.columns([3, 2])
    with left:
        st.markdown("**How the score is built**")
        show_chart(charts.waterfall_chart(r, text=lambda t: shown_text(t, raw)))
    with right:
        st.markdown("**ILO forced-labour rule**")
        rule = r.ilo_rule
        invol = ", ".join(indicator_label(i) for i in rule.involuntariness) or "none"
        menace = ", ".join(indicator_label(i) for i in rule.menace_of_penalty) or "none"
        body = (f"Involuntariness: {invol}.\n\nMenace of penalty: {menace}."
                + (f"\n\n{md_escape(shown_text(rule.explanation, raw))}" if rule.explanation else ""))
        if rule.met:
            st.error(f"**Met.** {body}", icon=":material/gpp_bad:")
        else:
            st.info(f"**Not met.** {body}", icon=":material/gpp_maybe:")
    rows = [{"Factor": factor_label(c.feature), "Value": round(c.value, 3), "Points": round(c.points, 2),
             "Why": shown_text(c.reason, raw)} for c in sorted(r.contributions, key=lambda c: -abs(c.points))]
    st.caption(f"Baseline {r.baseline:.1f} + the points below = {r.risk_score:.1f}.")
    st.dataframe(pd.DataFrame(rows, columns=["Factor", "Value", "Points", "Why"]), hide_index=True,
                 width="stretch", column_config={"Why": st.column_config.TextColumn("Why", width="large"),
                                                 "Points": st.column_config.NumberColumn(format="%+.2f")})


LINK_METHOD_TEXT = {"sheet_column": "named in the sheet's audit-report column", "file_name": "matched by file name",
                    "content": "matched by the supplier named in its text"}


def _linked_reports(run: ScreenRun, r: SupplierResult) -> None:
    links = [lk for lk in run.links if lk.supplier_key == r.supplier_key]
    if not links:
        st.caption("No audit report was linked to this supplier; only the sheet's findings cell was scanned.")
        return
    st.caption("Reports scanned: " + "; ".join(
        f"{md_escape(lk.document)} ({LINK_METHOD_TEXT.get(lk.method, humanize(lk.method))}, "
        f"confidence {lk.confidence:.0%})" for lk in links) + ".")


def _evidence_tab(run: ScreenRun, r: SupplierResult) -> None:
    _linked_reports(run, r)
    if not r.evidence:
        st.info("No indicator sentences were found in what was scanned.")
        return
    raw = state.show_raw()
    st.caption(("Raw text is shown (switch in the sidebar)." if raw else
                "Personal data is redacted. An authorised reviewer can show the raw text in the sidebar.")
               + " Only asserted sentences raise the score; the others are kept for context.")
    only_asserted = st.toggle("Only asserted evidence", key="case_only_asserted")
    decisions = state.review_store().evidence_decisions(r.supplier_key)
    for ev in sorted_evidence(r):
        if only_asserted and ev.polarity != "asserted":
            continue
        with st.container(border=True):
            evidence_item(ev, decisions.get(ev.fingerprint), raw)


def _feature_rows(features: Sequence[MatchFeature]) -> pd.DataFrame:
    return pd.DataFrame([{"Check": match_check_label(f.name), "Value": round(f.value, 3), "Weight": round(f.weight, 3),
                          "Adds to match": round(f.value * f.weight, 3), "Explanation": f.detail}
                         for f in features])


def _match_features(features: Sequence[MatchFeature]) -> None:
    """The features that moved the match score, then the other checks folded away."""
    moved = [f for f in features if f.value * f.weight != 0]
    other = [f for f in features if f.value * f.weight == 0]
    config = {"Explanation": st.column_config.TextColumn(width="large")}
    if moved:
        st.dataframe(_feature_rows(moved), hide_index=True, width="stretch", column_config=config)
    if other:
        with st.expander(f"Other checks that did not change the score ({len(other)})"):
            st.dataframe(_feature_rows(other), hide_index=True, width="stretch", column_config=config)


def _watchlist_tab(r: SupplierResult) -> None:
    if not r.watchlist_matches:
        st.success("The name matched no entity on the UFLPA Entity List or the CBP orders.")
        return
    for m in r.watchlist_matches:
        with st.container(border=True):
            st.markdown(f"**{md_escape(m.entity_name)}** on the {md_escape(m.list_name)} "
                        f"(edition {md_escape(m.list_edition)}) — match {m.score:.0%}")
            st.caption(f"Supplier name “{md_escape(m.query_name)}” resembles listed name “{md_escape(m.matched_name)}”"
                       + (f", country {md_escape(country_label(m.country))}" if m.country else "") + ".")
            _match_features(m.features)
            if m.entity_details:
                st.caption(" · ".join(f"{md_escape(k)}: {md_escape(v)}" for k, v in list_details(m.entity_details)))
            if m.source_url:
                st.link_button("Open the list entry", m.source_url, icon=":material/open_in_new:")


def _inherent_tab(r: SupplierResult) -> None:
    if not r.inherent:
        st.info("No inherent-risk item for this country and these products in the reference tables.")
        return
    st.caption("Risk that comes with the country and the products, whatever this supplier does. Strength runs "
               "from 0 to 100%.")
    for item in sorted(r.inherent, key=lambda i: -i.level):
        with st.container(border=True):
            what = inherent_label(item.kind) + (f" · {md_escape(item.good)}" if item.good else "")
            st.markdown(f"**{what}** · {md_escape(country_label(item.country))} · strength {item.level:.0%}")
            st.write(item.description)
            st.caption(f"Source: {md_escape(item.source)} ({md_escape(item.edition)})")


def _vulnerability_tab(run: ScreenRun, r: SupplierResult) -> None:
    from screener.scoring.vulnerability import determinants

    st.caption("IOM determinants of migrant vulnerability: what the data shows at each level, and what it does "
               "not say. Unknown is shown as unknown, not as a risk.")
    rec = next((x for x in run.table.records if x.supplier_key == r.supplier_key), None)
    raw = state.show_raw()
    levels = determinants(r, rec)
    for row in (levels[:2], levels[2:]):
        cols = st.columns(2)
        for col, d in zip(cols, row):
            with col, st.container(border=True):
                st.markdown(f"**{md_escape(d.label)}**")
                st.caption(d.description)
                for f in d.risks:
                    st.markdown(f":red-badge[Risk] **{md_escape(f.factor)}**  \n{md_escape(shown_text(f.detail, raw))}")
                for f in d.protective:
                    st.markdown(f":green-badge[Protective] **{md_escape(f.factor)}**  \n"
                                f"{md_escape(shown_text(f.detail, raw))}")
                if not d.risks and not d.protective:
                    st.markdown("No fact found at this level in the data given.")
                for u in d.unknowns:
                    st.markdown(f":gray-badge[Unknown] {md_escape(u)}")


def _quality_tab(r: SupplierResult) -> None:
    if not r.data_quality:
        st.success("No data-quality problem for this supplier.")
        return
    st.dataframe(pd.DataFrame([{"Severity": i.severity, "Problem": i.message, "Row": i.row, "Column": i.column or ""}
                               for i in r.data_quality]), hide_index=True, width="stretch")


def _escalated(r: SupplierResult) -> bool:
    d = state.review_store().supplier_decisions().get(r.supplier_key)
    return d is not None and d.decision == "escalate"


def render(run: ScreenRun) -> None:
    r = supplier_picker(run, "case_picker")
    if r is None:
        st.info("This run has no suppliers.")
        return
    _header(run, r)
    if r.tier == "not screened":
        st.warning(f"This supplier could not be screened: {md_escape(r.not_screened_reason or 'no reason given')}.")
        _quality_tab(r)
        return
    _metrics(r)
    if r.escalation.escalate_now or _escalated(r):
        with st.container(border=True):
            casework.referral_section(r)
    tabs = st.tabs(["Score", f"Evidence ({len(r.evidence)})", f"Watchlists ({len(r.watchlist_matches)})",
                    f"Inherent risk ({len(r.inherent)})", "Vulnerability",
                    f"Corrective-action plan ({len(r.remediation)})",
                    f"Data quality ({len(r.data_quality)})"])
    for tab, fn in zip(tabs, (_score_tab, lambda x: _evidence_tab(run, x), _watchlist_tab, _inherent_tab,
                              lambda x: _vulnerability_tab(run, x), lambda x: casework.plan_section(run, x), _quality_tab)):
        with tab:
            fn(r)
    st.page_link("app_pages/review.py", label="Review this supplier", icon=":material/rate_review:")


run_page("Supplier case", render)
