"""Review: decide on each evidence item and on the supplier; every decision goes to the audit log."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from app_pages import state, worklist
from app_pages.components import (
    EVIDENCE_DECISION_TEXT,
    TIER_BADGE,
    decision_sentence,
    format_utc,
    indicator_label,
    md_escape,
    run_page,
    tier_text,
)
from app_pages.evidence_view import evidence_item, sorted_evidence, supplier_picker
from screener.contracts import Evidence, ScreenRun, SupplierResult
from screener.review.plans import audit_action, audit_summary
from screener.scoring.assess import features_of
from screener.review.store import ReviewStore

EVIDENCE_CHOICES = {"confirmed": "Confirm", "dismissed": "Dismiss as false positive", "remediated": "Mark remediated"}
SUPPLIER_CHOICES = {"escalate": "Escalate", "monitor": "Monitor", "clear": "Clear"}
NOTE_REQUIRED = ("dismissed", "remediated")
LAST_CHANGE = "review_last_change"  # (supplier key, Standing before, decision text) of the last evidence decision


@dataclass(frozen=True)
class Standing:
    """Where a supplier stands in the worklist: score, rank, tier and findings."""

    score: float
    rank: int
    tier: str
    counted: int
    to_decide: int


def _ready(choice: str | None, choices: str) -> str | None:
    """The reviewer's name when a submitted form can be saved; otherwise say what is missing and return None."""
    name = state.recorder_name("decisions")
    if not name:
        return None
    if choice is None:
        st.error(f"Choose {choices}.")
        return None
    return name


def _supplier_form(store: ReviewStore, r: SupplierResult) -> None:
    with st.form(key=f"sup_{r.supplier_key}", border=True):
        choice = st.radio("Decision on this supplier", list(SUPPLIER_CHOICES), horizontal=True, index=None,
                          format_func=SUPPLIER_CHOICES.get, key=f"sup_choice_{r.supplier_key}",
                          help="Escalate: act now. Monitor: watch and re-check. Clear: no further action.")
        note = st.text_area("Note", key=f"sup_note_{r.supplier_key}", height=80,
                            placeholder="Why? e.g. 'Passports held by HR confirmed on site visit.'")
        submitted = st.form_submit_button("Save supplier decision", type="primary")
    reviewer = _ready(choice, "escalate, monitor or clear") if submitted else None
    if reviewer is None or choice is None:
        return
    store.record_supplier_decision(r.supplier_key, choice, note, reviewer, features=features_of(r))
    st.toast(f"Saved: {SUPPLIER_CHOICES[choice]} {r.name}.", icon=":material/check_circle:")
    st.rerun()


def _supplier_section(store: ReviewStore, r: SupplierResult) -> None:
    st.subheader("Decision on the supplier")
    earlier = store.supplier_decisions().get(r.supplier_key)
    if earlier is not None:
        st.success(f"**{md_escape(decision_sentence(earlier))}**", icon=":material/gavel:")
        with st.expander("Change the decision"):
            _supplier_form(store, r)
    else:
        _supplier_form(store, r)


def _evidence_form(store: ReviewStore, ev: Evidence, key: str) -> None:
    with st.form(key=f"ev_{key}", border=False):
        c1, c2, c3 = st.columns([3, 4, 1.4], vertical_alignment="bottom")
        choice = c1.radio("Decision", list(EVIDENCE_CHOICES), index=None, horizontal=False,
                          format_func=EVIDENCE_CHOICES.get, key=f"ev_choice_{key}")
        note = c2.text_input("Note", key=f"ev_note_{key}",
                             placeholder="Required when dismissing or marking remediated")
        submitted = c3.form_submit_button("Save", type="primary")
    reviewer = _ready(choice, "confirm, dismiss or mark remediated") if submitted else None
    if reviewer is None or choice is None:
        return
    if choice in NOTE_REQUIRED and not note.strip():
        st.error(f"Add a note saying why ({EVIDENCE_DECISION_TEXT[choice].lower()}).")
        return
    run = state.current_run()
    before = _standing(run, ev.supplier_key) if run is not None else None
    store.record_evidence_decision(ev.supplier_key, ev.fingerprint, choice, note, reviewer,
                                   indicator=ev.indicator, sentence=ev.sentence)
    state.rescreen_after_review()
    st.session_state[LAST_CHANGE] = (ev.supplier_key, before, EVIDENCE_DECISION_TEXT[choice])
    st.toast(f"Saved: {EVIDENCE_DECISION_TEXT[choice]}.", icon=":material/check_circle:")
    st.rerun()


def _standing(run: ScreenRun, key: str) -> Standing | None:
    """Score, rank, tier and counted findings of one supplier in a run."""
    decisions = state.review_store().evidence_decisions(key)
    for rank, r in enumerate(worklist.ranked(run.results), start=1):
        if r.supplier_key == key:
            fc = worklist.finding_counts(r, decisions)
            return Standing(r.risk_score, rank, r.tier, fc.counted, fc.to_decide)
    return None


def _change_notice(run: ScreenRun, r: SupplierResult) -> None:
    """After a decision: what it changed (score, rank, tier, counted findings), before and after."""
    last = st.session_state.get(LAST_CHANGE)
    if not last or last[0] != r.supplier_key or last[1] is None:
        return
    before, now = last[1], _standing(run, r.supplier_key)
    if now is None:
        return
    st.success(f"**{last[2]}.** Score {before.score:.0f} → {now.score:.0f} · rank {before.rank} → {now.rank} of "
               f"{len(run.results)} · {tier_text(before.tier)} → {tier_text(now.tier)} · findings that count "
               f"{before.counted} → {now.counted} · still to decide {now.to_decide}.",
               icon=":material/published_with_changes:")


def _folded(items: list[Evidence], decisions: dict, raw: bool) -> None:
    """Sentences that need no decision (negated, policy, remediated, compliant, hypothetical), folded with their cue."""
    if not items:
        return
    with st.expander(f"{len(items)} sentences that need no decision (negated, policy, remediated, compliant or "
                     "hypothetical)"):
        st.caption("They do not raise the score. Each shows the words that set its meaning.")
        for ev in items:
            with st.container(border=True):
                evidence_item(ev, decisions.get(ev.fingerprint), raw)
                if ev.cue:
                    st.caption(f"Cue: “{md_escape(ev.cue)}”")


def _evidence_section(store: ReviewStore, r: SupplierResult) -> None:
    st.subheader("Findings to decide")
    if not r.evidence:
        st.info("No evidence sentence was found for this supplier, so there is nothing to review here.")
        return
    decisions = store.evidence_decisions(r.supplier_key)
    asking = [e for e in sorted_evidence(r) if worklist.needs_decision(e)]
    other = [e for e in sorted_evidence(r) if not worklist.needs_decision(e)]
    pending = [e for e in asking if e.fingerprint not in decisions]
    st.caption(f"{len(asking) - len(pending)} of {len(asking)} asserted findings decided. Decisions are kept for "
               "the same supplier and sentence, so a later upload shows them instead of asking again.")
    hide_decided = st.toggle("Hide items already decided", key="rv_hide_decided")
    raw = state.show_raw()
    seen: set[str] = set()
    if not asking:
        st.success("No asserted finding: nothing needs a decision.", icon=":material/task_alt:")
    for ev in asking:
        decision = decisions.get(ev.fingerprint)
        if decision is not None and hide_decided:
            continue
        key = ev.fingerprint if ev.fingerprint not in seen else f"{ev.fingerprint}_{len(seen)}"
        seen.add(ev.fingerprint)
        with st.container(border=True):
            evidence_item(ev, decision, raw)
            if decision is None:
                _evidence_form(store, ev, key)
            else:
                with st.expander("Change the decision"):
                    _evidence_form(store, ev, key)
    _folded(other, decisions, raw)


def _audit_section(store: ReviewStore, r: SupplierResult) -> None:
    entries = store.audit_log(r.supplier_key)
    count = f"{len(entries)} {'entry' if len(entries) == 1 else 'entries'}"
    with st.expander(f"Audit trail for this supplier ({count})"):
        if not entries:
            st.caption("No decision recorded yet.")
            return
        titles = {s.key: s.title for s in r.remediation}
        st.dataframe(pd.DataFrame([
            {"When": format_utc(e.at), "Who": e.reviewer, "What": audit_action(e.action),
             "Recorded": audit_summary(e.action, e.after, titles, e.fingerprint, indicator_label),
             "Before": audit_summary(e.action, e.before, titles, e.fingerprint, indicator_label)
             if e.before else "(nothing before)"}
            for e in reversed(entries)]), hide_index=True, width="stretch",
            column_config={"Recorded": st.column_config.TextColumn(width="large")})
        st.caption("The audit log is append-only: the database refuses changes to past entries.")


def render(run: ScreenRun) -> None:
    r = supplier_picker(run, "review_picker")
    if r is None:
        st.info("This run has no suppliers.")
        return
    if not state.reviewer_name():
        st.warning("You are signed in as a viewer: decisions are shown, and a reviewer records them.",
                   icon=":material/badge:")
    store = state.review_store()
    now = _standing(run, r.supplier_key)
    rank = f"rank {now.rank} of {len(run.results)}" if now else ""
    counted = now.counted if now else 0
    to_decide = now.to_decide if now else 0
    st.markdown(f":{TIER_BADGE.get(r.tier, 'gray')}-badge[{tier_text(r.tier)}] **score {r.risk_score:.0f}** · "
                f"{rank} · ILO rule {'met' if r.ilo_rule.met else 'not met'} · {counted} findings count toward the "
                f"risk · {to_decide} still to decide · {len(r.watchlist_matches)} watchlist matches")
    _change_notice(run, r)
    st.caption("The full case is on the Supplier case page.")
    _supplier_section(store, r)
    _evidence_section(store, r)
    _audit_section(store, r)


run_page("Review", render)
