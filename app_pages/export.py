"""Export: the risk register (xlsx), PDF case files, the portfolio PDF and JSON, with review decisions."""
from __future__ import annotations

import re

import streamlit as st

from app_pages import state
from app_pages.components import md_escape, run_page
from app_pages.evidence_view import supplier_picker
from screener.contracts import ScreenRun

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60] or "supplier"


def render(run: ScreenRun) -> None:
    from screener import export

    store = state.review_store()
    redact = not state.show_raw()
    keys = {r.supplier_key for r in run.results}
    n_sup = sum(1 for k in store.supplier_decisions() if k in keys)
    n_ev = sum(1 for d in store.evidence_decisions().values() if d.supplier_key in keys)
    stem = _slug(run.table.source_file.rsplit(".", 1)[0]) or "screening"
    st.caption(f"Every export records the input files, the lexicon, model and list editions, and who decided what. "
               f"Personal data is {'redacted' if redact else '**not redacted** (raw text is switched on in the sidebar)'}. "
               f"Review decisions included: {n_sup} on suppliers, {n_ev} on evidence items.")

    st.subheader("Portfolio")
    c1, c2, c3 = st.columns(3)
    with c1:
        st.download_button("Risk register (Excel)", data=lambda: export.xlsx_bytes(run, store=store, redact=redact),
                           file_name=f"{stem}-risk-register.xlsx", mime=XLSX_MIME, icon=":material/table_view:",
                           key="dl_xlsx", type="primary", on_click="ignore",
                           help="One row per supplier with score, tier, reasons, evidence, matches, plan and "
                                "review decisions.")
        st.caption("Ranked register, one row per supplier, with the evidence, watchlist matches, remediation "
                   "plan, review decisions and the audit log on their own sheets.")
    with c2:
        st.download_button("Portfolio summary (PDF)",
                           data=lambda: export.pdf_summary_bytes(run, store=store, redact=redact),
                           file_name=f"{stem}-portfolio-summary.pdf", mime="application/pdf",
                           icon=":material/picture_as_pdf:", key="dl_pdf_summary", on_click="ignore")
        st.caption("A few pages for management: tiers, the highest risks and how they were found.")
    with c3:
        st.download_button("All results (JSON)", data=lambda: export.json_text(run, redact=redact, store=store),
                           file_name=f"{stem}-results.json", mime="application/json", icon=":material/data_object:",
                           key="dl_json", on_click="ignore")
        st.caption("Every result with its evidence and explanations, for other systems (versioned format).")

    st.subheader("Supplier case file")
    r = supplier_picker(run, "export_picker")
    if r is None:
        return
    st.download_button(f"Case file for {r.name} (PDF)",
                       data=lambda: export.pdf_case_bytes(r, run, store=store, redact=redact),
                       file_name=f"case-{_slug(r.name)}.pdf", mime="application/pdf",
                       icon=":material/picture_as_pdf:", key="dl_pdf_case", on_click="ignore")
    st.caption(f"The case file for {md_escape(r.name)} holds the score and its factors, the evidence with document "
               "and page, watchlist matches, inherent risk, the remediation plan and the review history. "
               "For every supplier at once, use the command line: `screener screen SHEET --reports DIR --out cases/`.")


run_page("Export", render)
