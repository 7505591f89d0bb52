"""Shared case widgets: the supplier picker and one evidence item with its source and badges."""
from __future__ import annotations

import streamlit as st

from app_pages import state
from app_pages.components import (
    decision_sentence,
    display_evidence,
    evidence_badges,
    evidence_source,
    highlight_html,
    indicator_label,
    md_escape,
    supplier_option_label,
)
from screener.contracts import Evidence, ScreenRun, SupplierResult
from screener.review.store import ReviewDecision

POLARITY_ORDER = {"asserted": 0, "remediated": 1, "hypothetical": 2, "policy": 3, "negated": 4}


def supplier_picker(run: ScreenRun, key: str) -> SupplierResult | None:
    """A selectbox of all suppliers (highest score first) kept in sync with the selected supplier."""
    results = {r.supplier_key: r for r in run.results}
    if not results:
        return None
    keys = list(results)
    current = st.session_state.get(state.SELECTED)
    if current not in results:
        current = keys[0]
        state.select_supplier(current)
    if st.session_state.get(key) != current:
        st.session_state[key] = current

    def _sync() -> None:
        state.select_supplier(st.session_state[key])

    st.selectbox("Supplier", keys, key=key, on_change=_sync, format_func=lambda k: supplier_option_label(results[k]),
                 help="Suppliers are listed from the highest risk score down.")
    return results[st.session_state[key]]


def sorted_evidence(result: SupplierResult) -> list[Evidence]:
    """Asserted evidence first, then the rest; within that by document and page."""
    return sorted(result.evidence, key=lambda e: (POLARITY_ORDER.get(e.polarity, 9), e.hedged, e.document, e.page))


def evidence_item(ev: Evidence, decision: ReviewDecision | None, raw: bool) -> None:
    """One sentence with the match highlighted, its badges, source and any earlier decision."""
    shown = display_evidence(ev, raw)
    st.markdown(f"**{indicator_label(ev.indicator)}** · {md_escape(evidence_source(ev))}")
    st.markdown(highlight_html(shown), unsafe_allow_html=True)
    evidence_badges(ev)
    if decision is not None:
        box, icon = {"confirmed": (st.warning, ":material/report:"), "dismissed": (st.info, ":material/block:"),
                     "remediated": (st.success, ":material/task_alt:")}.get(decision.decision,
                                                                            (st.info, ":material/info:"))
        box(f"**Earlier decision:** {md_escape(decision_sentence(decision))}", icon=icon)
