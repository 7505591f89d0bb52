"""Streamlit entry point: page router, sidebar and first-visit screening of the sample portfolio.

Run with ``streamlit run app.py`` (or ``make run``). The pages live in ``app_pages/``; the screening itself
is ``screener.screen`` and knows nothing about Streamlit.
"""
from __future__ import annotations

import streamlit as st

from app_pages import auth, state
from app_pages.components import format_utc

st.set_page_config(page_title="Forced-labour risk screener", page_icon=":material/policy:", layout="wide")

PAGES = {
    "Screen": [
        st.Page("app_pages/upload.py", title="Upload & map", icon=":material/upload_file:", url_path="upload"),
        st.Page("app_pages/portfolio.py", title="Portfolio", icon=":material/dashboard:", url_path="portfolio",
                default=True),
    ],
    "Investigate": [
        st.Page("app_pages/supplier.py", title="Supplier case", icon=":material/fact_check:", url_path="supplier"),
        st.Page("app_pages/review.py", title="Review", icon=":material/rate_review:", url_path="review"),
    ],
    "Report": [
        st.Page("app_pages/export.py", title="Export", icon=":material/download:", url_path="export"),
        st.Page("app_pages/methodology.py", title="Methodology", icon=":material/menu_book:",
                url_path="methodology"),
    ],
}

user = auth.require_user()
state.set_user(user)
page = st.navigation(PAGES, position="sidebar", expanded=True)
state.ensure_sample_run()

with st.sidebar:
    st.markdown(auth.describe(user))
    if user.method != "local":
        st.button("Sign out", on_click=auth.sign_out)
    if not user.can("view_raw"):
        st.session_state[state.SHOW_RAW] = False  # raw personal data is for data officers only
    st.toggle("Show raw evidence text", key=state.SHOW_RAW, disabled=not user.can("view_raw"),
              help="Evidence is shown with personal data (names, phone numbers, ID numbers) redacted. Data officers "
                   "may show the raw text; every page shown with it is written to the audit log.")
    run_info = st.container()
    st.caption(f"Review database: `{state.review_store().location}`  \n"
               "Set the `SCREENER_DB` environment variable (a file or a postgresql:// URL) to use another.")

page.run()
if state.show_raw():
    state.review_store().log_raw_view(state.session_get(state.SELECTED) or "*", user.label,
                                      f"raw evidence text on the {page.title} page")

# After the page ran, so that a screening started on this page is already the current run.
run = state.current_run()
inputs = state.current_inputs()
if run is not None:
    source = inputs.label if inputs and inputs.label else "Current run"
    run_info.caption(f"**{source}:** {run.table.source_file} · {len(run.results)} suppliers · "
                     f"{len(run.documents)} reports · screened {format_utc(run.started_at.isoformat())} "
                     f"in {run.duration_s:.1f} s")
