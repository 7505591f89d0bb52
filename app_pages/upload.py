"""Upload & map: choose files, check how columns were understood, fix the mapping, see data quality."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app_pages import state
from app_pages.components import humanize, md_escape
from app_pages.mapping import field_options, mapping_changes, mapping_frame
from screener.issues import DUPLICATE_SUPPLIER, SUPPLIER_SITE
from screener.errors import InputError
from screener.ingest.documents import SUPPORTED_DOCUMENT_SUFFIXES
from screener.ingest.tables import TABLE_SUFFIXES
from screener.contracts import ScreenRun

SHEET_TYPES = [s.lstrip(".") for s in TABLE_SUFFIXES]
REPORT_TYPES = sorted({s.lstrip(".") for s in SUPPORTED_DOCUMENT_SUFFIXES})
SEVERITY_TEXT = {"error": "Error", "warning": "Warning", "info": "Note"}


def _screen_with_progress(inputs: state.ScreenInputs) -> None:
    bar = st.progress(0.0, text="Starting…")

    def progress(fraction: float, message: str) -> None:
        bar.progress(min(max(float(fraction), 0.0), 1.0), text=message)

    try:
        run = state.run_screen(inputs, progress=progress)
    except InputError as exc:
        bar.empty()
        st.error(f"The files could not be screened. {exc}")
        return
    except Exception as exc:  # noqa: BLE001 - a bug, but the user keeps the current run and sees why
        bar.empty()
        st.error(f"Screening stopped because of an internal error ({type(exc).__name__}: {exc}). The previous "
                 "results are still shown. Please report this with the file that caused it.")
        return
    bar.progress(1.0, text=f"Done: {len(run.results)} suppliers screened in {run.duration_s:.1f} s.")
    st.toast("Screening finished. Open the Portfolio page to see the results.", icon=":material/check_circle:")


def _uploaders() -> None:
    left, right = st.columns(2)
    with left:
        sheet = st.file_uploader("Supplier sheet", type=SHEET_TYPES, key="upload_sheet",
                                 help="The supplier master list from procurement (Excel or CSV). Headers may be "
                                      "in any order or language; you can correct the mapping below.")
    with right:
        reports = st.file_uploader("Audit reports (optional)", type=REPORT_TYPES, key="upload_reports",
                                   accept_multiple_files=True,
                                   help="Audit or assessment reports. Each is linked to a supplier by the "
                                        "sheet's audit-report column, its file name or its content.")
    b1, b2, _ = st.columns([1, 1, 2])
    with b1:
        go = st.button("Screen uploaded files", type="primary", disabled=sheet is None,
                       icon=":material/play_arrow:", key="screen_uploads")
    with b2:
        sample = st.button("Re-open the sample portfolio", icon=":material/restart_alt:", key="screen_sample",
                           disabled=not state.SAMPLE_SHEET.is_file())
    if go and sheet is not None:
        inputs = state.save_uploads(sheet.name, sheet.getvalue(), [(f.name, f.getvalue()) for f in reports or []])
        _screen_with_progress(inputs)
    elif sample:
        _screen_with_progress(state.sample_inputs())


def _mapping_section(run: ScreenRun, inputs: state.ScreenInputs | None) -> None:
    st.subheader("Column mapping")
    t = run.table
    st.caption(f"File **{t.source_file}**" + (f", sheet **{t.sheet}**" if t.sheet else "")
               + f", headers found on row {t.header_row}. Check what each column was read as; "
               "change it where it is wrong and screen again.")
    df = mapping_frame(run.table.mappings)
    if df.empty:
        st.warning("No columns were found in this sheet.")
        return
    options = field_options()
    key = f"mapping_{(inputs.digest if inputs else '')[:12]}_{abs(hash(inputs.overrides if inputs else ()))}"
    edited = st.data_editor(
        df, key=key, hide_index=True, width="stretch", height=min(38 + 35 * len(df), 1100), disabled=["Column in your file", "Confidence",
                                                                 "How it was recognised"],
        column_config={
            "Read as": st.column_config.SelectboxColumn("Read as", options=options, required=True,
                                                        help="The screener field this column feeds."),
            "Confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0,
                                                          format="percent"),
        },
    )
    low = [m.source_column for m in t.mappings if m.field and m.confidence < 0.7]
    if low:
        st.info("Please check these columns, recognised with low confidence: " + ", ".join(low) + ".")
    changes = mapping_changes(df, edited)
    if inputs is None:
        return
    if st.button("Screen again with this mapping", disabled=not changes, icon=":material/refresh:",
                 key="rescreen_mapping",
                 help="Only enabled after you change a mapping above."):
        overrides = dict(inputs.overrides)
        overrides.update(changes)
        _screen_with_progress(inputs.with_overrides(overrides))
        st.rerun()


def _quality_section(run: ScreenRun) -> None:
    st.subheader("Data quality")
    issues = list(run.table.quality.issues) + list(run.document_issues)
    not_screened = [r for r in run.results if r.tier == "not screened"]
    c = st.columns(4)
    c[0].metric("Rows read", len(run.table.records))
    c[1].metric("Not screened", len(not_screened), help="Rows that could not be screened; they stay in the "
                "register with the reason.")
    c[2].metric("Errors", sum(1 for i in issues if i.severity == "error"))
    c[3].metric("Warnings", sum(1 for i in issues if i.severity == "warning"))
    if not issues:
        st.success("No data-quality problems were found.")
        return
    counts = run.table.quality.by_code()
    for i in run.document_issues:
        counts[i.code] = counts.get(i.code, 0) + 1
    st.caption("Problems by kind: " + "; ".join(f"{humanize(code)}: {n}" for code, n in
                                                  sorted(counts.items(), key=lambda kv: -kv[1])))
    rows = [{"Severity": SEVERITY_TEXT.get(i.severity, i.severity), "Problem": i.message,
             "File": i.file, "Sheet": i.sheet or "", "Row": i.row, "Column": i.column or ""}
            for i in sorted(issues, key=lambda i: ({"error": 0, "warning": 1}.get(i.severity, 2), i.row or 0))]
    frame = pd.DataFrame(rows)
    frame["Row"] = frame["Row"].astype("Int64")  # blank, not "None", for issues about a whole file
    _groupings(issues)
    st.dataframe(frame, hide_index=True, width="stretch",
                 column_config={"Row": st.column_config.NumberColumn("Row", format="%d"),
                                "Problem": st.column_config.TextColumn("Problem", width="large")})


def _groupings(issues: list) -> None:
    """Rows grouped as duplicates or as sites of one company, each with the evidence for the grouping."""
    dups = [i for i in issues if i.code == DUPLICATE_SUPPLIER]
    sites = [i for i in issues if i.code == SUPPLIER_SITE]
    if not dups and not sites:
        return
    with st.expander(f"Groupings: {len(dups)} possible duplicates, {len(sites)} other sites of a company"):
        st.caption("Same name, same site, other spelling: a duplicate (both rows are kept and grouped). Same name "
                   "in another city or at another address: another site, screened on its own.")
        for i in dups:
            st.markdown(f":orange-badge[Duplicate] {md_escape(i.message)}")
        for i in sites:
            st.markdown(f":blue-badge[Other site] {md_escape(i.message)}")


st.title("Upload & map")
st.write("Upload a supplier sheet and, if you have them, audit reports. The screener reads every row, finds "
         "evidence of the ILO forced-labour indicators in the reports, checks names against the UFLPA and CBP "
         "lists and scores each supplier with reasons.")
_uploaders()
current = state.current_run()
if current is None:
    if st.session_state.get(state.RUN_ERROR):
        st.error(st.session_state[state.RUN_ERROR])
    st.info("Upload a supplier sheet to start.")
else:
    st.divider()
    _mapping_section(current, state.current_inputs())
    st.divider()
    _quality_section(current)
