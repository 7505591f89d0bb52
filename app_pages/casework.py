"""Case work on the Supplier case page: the tracked corrective-action plan and the referral record.

Both are written to the review store with the audit log, under the reviewer's name from the sidebar
(``state.reviewer_name``). A closing document is kept in the upload temp folder; only its file name is stored.
"""
from __future__ import annotations

import datetime as dt
import hashlib

import streamlit as st

from app_pages import state
from app_pages.components import format_utc, indicator_label, md_escape
from screener.contracts import ScreenRun, SupplierResult
from screener.review.plans import CLOSED, STATUS_TEXT, PlanRow, closing_text, plan_rows, plan_summary
from screener.review.store import PLAN_STATUSES

PRIORITY_BADGE = {"immediate": "red", "30 days": "orange", "90 days": "blue"}
STATUS_BADGE = {"open": "gray", "in progress": "blue", CLOSED: "green"}
NO_PERSONAL_DATA = ("Do not enter any worker's name, contact details or ID numbers here: the record holds the "
                    "case, not the person.")


def short_hash(text: str) -> str:
    """A short, stable, key-safe token for a supplier key (widget keys and folder names never show the key)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _save_closing_document(supplier_key: str, name: str, data: bytes) -> str:
    """Keep an uploaded closing document in the upload temp folder; return the file name that is stored."""
    safe = state._safe_name(name)
    folder = state.upload_root() / "closing-evidence" / short_hash(supplier_key)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / safe).write_bytes(data)
    return safe


def _step_form(r: SupplierResult, row: PlanRow) -> None:
    key = f"plan_{short_hash(r.supplier_key)}_{row.step_key}"
    with st.form(key=key, border=False):
        c1, c2, c3 = st.columns([2, 1.3, 1.3])
        owner = c1.text_input("Owner", value=row.owner, key=f"{key}_owner",
                              help="Who is responsible, e.g. the supplier's HR manager or the buyer's sourcing lead.")
        due = c2.date_input("Due date", value=row.due_date, key=f"{key}_due", format="YYYY-MM-DD",
                            min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
        status = c3.selectbox("Status", list(PLAN_STATUSES), index=list(PLAN_STATUSES).index(row.status)
                              if row.status in PLAN_STATUSES else 0, format_func=STATUS_TEXT.get,
                              key=f"{key}_status")
        note = st.text_input("Closing note", value=row.closing_note, key=f"{key}_note",
                             placeholder=f"Needed to close: {row.closing_evidence}")
        doc = st.file_uploader("Closing document (optional)", key=f"{key}_doc",
                               help="Kept with this server's uploads; only its file name is saved in the record.")
        submitted = st.form_submit_button("Save step", type="primary")
    if not submitted:
        return
    user = state.recorder_name("plan changes")
    if not user:
        return
    document = row.closing_document
    if doc is not None:
        document = _save_closing_document(r.supplier_key, doc.name, doc.getvalue())
    if status == CLOSED and not (note.strip() or document):
        st.error("To mark a step verified closed, add its closing evidence: a note or a document.")
        return
    state.review_store().record_plan_item(r.supplier_key, row.step_key, status=status, user=user,
                                          owner=owner, due_date=due if isinstance(due, dt.date) else None,
                                          closing_note=note, closing_document=document)
    st.toast(f"Saved: {row.title} is {STATUS_TEXT[status].lower()}.", icon=":material/check_circle:")
    st.rerun()


def plan_section(run: ScreenRun, r: SupplierResult) -> None:
    """The remediation steps as a tracked plan: owner, due date, status, closing evidence; overdue in red."""
    items = state.review_store().plan_items(r.supplier_key)
    rows = plan_rows(r.remediation, items, r.supplier_key, run.started_at.date())
    if not rows:
        st.success("No corrective action is needed on current information.")
        return
    st.markdown(f"**{plan_summary(rows)}**")
    st.caption("Due dates start from the screening date by priority until someone sets them. Overdue steps are "
               "marked in red. Every change is written to the audit log with your name.")
    for row in rows:
        with st.container(border=True):
            badges = [f":{PRIORITY_BADGE.get(row.priority, 'gray')}-badge[{row.priority}]",
                      f":{STATUS_BADGE.get(row.status, 'gray')}-badge[{STATUS_TEXT.get(row.status, row.status)}]"]
            if row.overdue:
                badges.append(f":red-badge[:material/schedule: Overdue since {row.due_date.isoformat()}]")
            st.markdown(" ".join(badges) + f" **{md_escape(row.title)}**")
            due_text = f":red[**{row.due_date.isoformat()}**]" if row.overdue else row.due_date.isoformat()
            st.markdown(f"Owner: **{md_escape(row.owner)}** · due {due_text}")
            st.write(row.description)
            closing = closing_text(row)
            st.caption(f"Closed when: {md_escape(row.closing_evidence)}"
                       + (f" · Recorded: {md_escape(closing)}" if closing else "")
                       + (f" · Last change by {md_escape(row.updated_by)}, {format_utc(row.updated_at)}"
                          if row.tracked else " · Not tracked yet"))
            with st.expander("Update this step"):
                _step_form(r, row)
    step = next((s for s in r.remediation if s.triggered_by), None)
    if step is not None:
        st.caption("Steps follow from: " + ", ".join(sorted({indicator_label(t) for s in r.remediation
                                                              for t in s.triggered_by})) + ".")


def referral_section(r: SupplierResult) -> None:
    """Referral to victim assistance for an 'Escalate now' case: organisation, date, consent, case reference."""
    store = state.review_store()
    earlier = store.referrals(r.supplier_key)
    st.markdown("**Referral to victim assistance**")
    for ref in earlier:
        consent = "consent obtained" if ref.consent_obtained else ":red[consent **not** obtained]"
        st.success(f"Referred to **{md_escape(ref.organisation)}** on {ref.referred_on}, {consent}"
                   + (f", case reference {md_escape(ref.case_reference)}" if ref.case_reference else "")
                   + f". Recorded by {md_escape(ref.recorded_by)}, {format_utc(ref.recorded_at)}.",
                   icon=":material/diversity_1:")
    label = "Record another referral" if earlier else "Record a referral"
    with st.expander(label, expanded=not earlier):
        st.caption(NO_PERSONAL_DATA)
        key = f"ref_{short_hash(r.supplier_key)}"
        with st.form(key=key, border=False):
            c1, c2 = st.columns([2, 1])
            org = c1.text_input("Organisation", key=f"{key}_org", placeholder="e.g. IOM or a local partner")
            day = c2.date_input("Date of referral", value=dt.date.today(), key=f"{key}_date", format="YYYY-MM-DD")
            ref_no = c1.text_input("Case reference", key=f"{key}_ref",
                                   placeholder="The receiving organisation's reference, if any")
            with c2:
                st.write("")
                consent = st.checkbox("Consent obtained", key=f"{key}_consent",
                                      help="The worker(s) agreed to be referred (informed consent).")
            submitted = st.form_submit_button("Save referral", type="primary")
    if not submitted:
        return
    user = state.recorder_name("referrals")
    if not user:
        return
    if not org.strip():
        st.error("Name the organisation the case was referred to.")
        return
    from screener.redact import redact_text

    if redact_text(org) != org or redact_text(ref_no) != ref_no:
        st.error("This looks like personal data (a name, phone number, e-mail or ID number). " + NO_PERSONAL_DATA)
        return
    store.record_referral(r.supplier_key, organisation=org, referred_on=day, consent_obtained=consent, user=user,
                          case_reference=ref_no)
    st.toast(f"Referral to {org} recorded.", icon=":material/check_circle:")
    st.rerun()
