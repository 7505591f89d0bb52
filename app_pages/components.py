"""Small shared UI helpers: labels, badges, highlighted sentences, decision texts."""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import streamlit as st

from screener.contracts import Evidence, ScreenRun, SupplierResult
from screener.review.store import ReviewDecision

TIER_ORDER: tuple[str, ...] = ("high", "needs assessment", "medium", "low", "not screened")
TIER_COLOURS: dict[str, str] = {"high": "#b42318", "needs assessment": "#7a5af8", "medium": "#dc6803",
                                "low": "#2e7d32", "not screened": "#667085"}
TIER_BADGE: dict[str, str] = {"high": "red", "needs assessment": "violet", "medium": "orange", "low": "green",
                              "not screened": "gray"}

POLARITY_TEXT: dict[str, tuple[str, str, str]] = {
    # polarity: (label, badge colour, what it means)
    "asserted": ("Asserted", "red", "The sentence states that this happens. It raises the risk score."),
    "negated": ("Negated", "green", "The sentence says this does not happen. It does not raise the score."),
    "hypothetical": ("Hypothetical", "gray", "A possibility or a question, not a finding."),
    "policy": ("Policy statement", "blue", "A rule or policy text, not an observed practice."),
    "remediated": ("Remediated", "green", "The sentence says the problem was fixed."),
    "compliant": ("Compliant", "green", "The sentence says the practice does not happen here."),
}
EVIDENCE_DECISION_TEXT: dict[str, str] = {"confirmed": "Confirmed", "dismissed": "Dismissed as a false positive",
                                          "remediated": "Marked remediated"}
SUPPLIER_DECISION_TEXT: dict[str, str] = {"escalate": "Escalate", "monitor": "Monitor", "clear": "Clear"}
MATCH_TEXT: dict[str, str] = {"exact": "exact phrase", "lemma": "word forms", "fuzzy": "fuzzy (typo or OCR)",
                               "model": "sentence model"}


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>$~:")


def md_escape(text: str) -> str:
    """Text from files or reviewers, escaped so that Markdown shows it literally."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


ACRONYMS = frozenset({"cbp", "uflpa", "ilo", "dol", "tip", "iom", "id", "csv", "pdf"})


def humanize(identifier: str) -> str:
    """'withholding_of_wages' -> 'Withholding of wages'; 'cbp_order_review' -> 'CBP order review'."""
    words = [w.upper() if w.lower() in ACRONYMS else w for w in identifier.replace("_", " ").split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def indicator_label(indicator_id: str) -> str:
    """The ILO indicator's label from the lexicon; situations such as 'cbp_order_review' read as words."""
    from screener.lexicon import load_lexicon

    definition = load_lexicon().indicators.get(indicator_id)
    return definition.label if definition is not None else humanize(indicator_id)


@lru_cache(maxsize=512)
def country_label(iso2: str | None) -> str:
    """Country name for an ISO alpha-2 code; 'Unknown country' when missing."""
    if not iso2:
        return "Unknown country"
    try:
        from screener.normalize.countries import country_name

        return f"{country_name(iso2)} ({iso2})"
    except Exception:  # noqa: BLE001 - the code alone is still correct
        return iso2


def show_chart(chart: Any) -> None:
    """Render an Altair chart at full width and at the height the chart asks for."""
    height = getattr(chart, "height", None)
    st.altair_chart(chart, width="stretch", height=height if isinstance(height, int) else "content")


def tier_text(tier: str) -> str:
    """'high' -> 'High risk'; 'needs assessment' -> 'Needs assessment'."""
    if tier in ("not screened", "needs assessment"):
        return tier.capitalize()
    return f"{tier.capitalize()} risk"


def tier_badge(tier: str) -> None:
    st.badge(tier_text(tier), color=TIER_BADGE.get(tier, "gray"))


def format_utc(iso: str) -> str:
    """'2026-11-29T12:03:04.5+00:00' -> '29 Nov 2026, 12:03 UTC'."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return when.astimezone(dt.timezone.utc).strftime("%d %b %Y, %H:%M UTC")


def decision_sentence(d: ReviewDecision) -> str:
    """'Dismissed as a false positive by Ana on 29 Nov 2026, 12:03 UTC: "note"'."""
    label = EVIDENCE_DECISION_TEXT.get(d.decision) or SUPPLIER_DECISION_TEXT.get(d.decision, d.decision)
    note = f' — "{d.note}"' if d.note else ""
    return f"{label} by {d.reviewer} on {format_utc(d.decided_at)}{note}"


def display_evidence(ev: Evidence, raw: bool) -> Evidence:
    """The evidence as shown: personal data redacted unless an authorised reviewer asked for raw text."""
    if raw:
        return ev
    from screener.redact import redact_evidence

    return redact_evidence(ev)


def shown_text(text: str, raw: bool) -> str:
    """Free text that may quote a report (reasons, explanations), redacted unless raw text was asked for."""
    if raw or not text:
        return text
    from screener.redact import redact_text

    return redact_text(text)


def highlight_html(ev: Evidence) -> str:
    """The sentence as safe HTML with the matched words marked."""
    s = ev.sentence.replace("\r", " ").replace("\n", " ")  # same length, so the offsets still hold
    start, end = max(0, min(ev.start, len(s))), max(0, min(ev.end, len(s)))
    if end < start:
        start, end = end, start
    before, match, after = (html.escape(s[:start]), html.escape(s[start:end]), html.escape(s[end:]))
    mark = ('<mark style="background:#fde68a;padding:0 .15em;border-radius:.2em;font-weight:600">'
            f"{match}</mark>")
    return f'<div style="font-size:1.02rem;line-height:1.5">“{before}{mark}{after}”</div>'


def evidence_badges(ev: Evidence) -> None:
    """One line of badges: polarity, a possible finding, hedging and match kind; the help icon explains them."""
    label, colour, meaning = POLARITY_TEXT.get(ev.polarity, (humanize(ev.polarity), "gray", ""))
    badges = [f":{colour}-badge[{label}]"]
    notes = [f"{label}: {meaning}"]
    if ev.confidence == "possible":
        badges.append(":violet-badge[Possible finding]")
        notes.append("Possible finding: proposed by the sentence model with lower confidence; it counts in the score "
                     "only once a reviewer confirms it.")
    elif ev.match == "model":
        notes.append("Found by the sentence model with high confidence, in a sentence with no negation, compliance, "
                     "remediation, policy or question wording: it counts in the score. The highlighted words carried it.")
    if ev.hedged:
        badges.append(":orange-badge[Hedged]")
        notes.append("Hedged: uncertain wording (for example 'reportedly' or 'may').")
    if ev.cue:
        notes.append(f'Cue found in the sentence: "{ev.cue}".')
    badges.append(f":gray-badge[Match: {MATCH_TEXT.get(ev.match, ev.match)}]")
    notes.append(f"Lexicon entry {ev.lexicon_entry}; match confidence {ev.score:.0%}.")
    st.markdown(" ".join(badges), help=" ".join(notes))


def evidence_source(ev: Evidence) -> str:
    return f"{ev.document}, page {ev.page}"


def supplier_title(result: SupplierResult) -> str:
    return f"{result.name} — {country_label(result.country)}"


def supplier_option_label(result: SupplierResult) -> str:
    """Label for supplier pickers: name, tier and score."""
    if result.tier == "not screened":
        return f"{result.name} (not screened)"
    return f"{result.name} ({result.tier}, score {result.risk_score:.0f})"


def run_page(title: str, render: Callable[[ScreenRun], None]) -> None:
    """A page that shows the current run: its title, then ``render(run)`` or a notice when nothing was screened."""
    from app_pages.state import current_run

    st.title(title)
    run = current_run()
    if run is not None:
        render(run)
    else:
        no_run_notice()


def no_run_notice() -> None:
    """What a page shows before any screening exists."""
    error = st.session_state.get("run_error")
    if error:
        st.error(error)
    st.info("Nothing has been screened yet. Upload a supplier sheet on the Upload & map page.")
    st.page_link("app_pages/upload.py", label="Go to Upload & map", icon=":material/upload_file:")
