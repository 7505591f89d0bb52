"""PDF case files (one per supplier) and the portfolio summary, built with fpdf2."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any
from typing import Callable

from anyascii import anyascii

from screener.export.pdf_base import GREY, RED, ReportPDF, pdf_text
from screener.labels import factor_label, inherent_label, list_details
from screener.export.rows import country_name, ilo_indicators, supplier_table
from screener.export.view import (
    ExportView, indicator_label, model_statement, redaction_statement, tier_colour,
)
from screener.export.xlsx import kpis, methodology_rows
from screener.export.xlsx_sheets import MARK_CLOSE, MARK_OPEN, explain_features
from screener.contracts import SupplierResult

SUMMARY_FILE = "portfolio_summary.pdf"
SUMMARY_TOP = 25
MAX_BARS = 12


def _footer(view: ExportView) -> str:
    return (f"Run {view.run.started_at:%Y-%m-%d %H:%M} UTC. Redaction {'on' if view.redacted else 'OFF'}. "
            "Scores are a screening aid, not a finding of forced labour.")


def _score_block(pdf: ReportPDF, view: ExportView, res: SupplierResult) -> None:
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(45, 12, f"{res.risk_score:.1f}" if res.screened else "-")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(22, 12, "risk points")
    pdf.tier_badge(res.tier, h=12)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 12, pdf_text(f"   rank {view.ranks[res.supplier_key]} of {len(view.results)}"
                             + (f"; the score alone said {res.model_tier}" if res.model_tier and
                                res.model_tier != res.tier else "")), new_x="LMARGIN", new_y="NEXT")
    if res.tier_reason:
        pdf.set_font("Helvetica", "", 8)
        pdf.multi_cell(0, 4, pdf_text(res.tier_reason),
                       new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _ilo_and_escalation(pdf: ReportPDF, res: SupplierResult) -> None:
    pdf.heading("ILO forced-labour rule (ICLS 2018)")
    status = "MET" if res.ilo_rule.met else "not met"
    pdf.para(f"Status: {status}. {res.ilo_rule.explanation}", style="B" if res.ilo_rule.met else "",
             colour=RED if res.ilo_rule.met else (0, 0, 0))
    if ilo_indicators(res):
        pdf.para(ilo_indicators(res))
    if res.escalation.escalate_now:
        pdf.heading("Escalate now")
        for r in res.escalation.reasons:
            pdf.para(f"- {r}", colour=RED)
        for g in res.escalation.guidance:
            pdf.para(f"Do no harm: {g}", style="I")


def _contributions(pdf: ReportPDF, res: SupplierResult) -> None:
    pdf.heading("Why this score")
    pdf.para(f"Baseline {res.baseline:.1f} points plus the contributions below give the score "
             f"{res.risk_score:.1f}. Each reason names the sentence, row or list entry behind it.", colour=GREY)
    ranked = sorted(res.contributions, key=lambda c: -abs(c.points))
    pdf.hbar_chart([(factor_label(c.feature), c.points) for c in ranked[:MAX_BARS] if abs(c.points) > 1e-9])
    pdf.table(["Factor", "Value", "Points", "Reason"],
              [[factor_label(c.feature), f"{c.value:.4g}", f"{c.points:+.2f}", c.reason]
               for c in ranked if abs(c.points) > 1e-9],
              (3, 1.2, 1.2, 8))


def _evidence(pdf: ReportPDF, view: ExportView, res: SupplierResult) -> None:
    pdf.heading("Evidence from the documents")
    rows, fills = [], []
    for row in view.evidence[res.supplier_key]:
        ev = row.evidence
        sentence = f"{ev.sentence[:ev.start]}{MARK_OPEN}{ev.sentence[ev.start:ev.end]}{MARK_CLOSE}{ev.sentence[ev.end:]}"
        review = (f"{row.review.decision} by {row.review.reviewer}" if row.review is not None else "not reviewed")
        rows.append([indicator_label(ev.indicator), sentence, f"{ev.document}, p. {ev.page}",
                     ev.polarity + (", hedged" if ev.hedged else ""), review])
        fills.append("FDECEA" if ev.polarity == "asserted" else None)
    pdf.table(["Indicator", f"Sentence (match {MARK_OPEN}marked{MARK_CLOSE})", "Document, page", "Polarity",
               "Review"], rows, (2.2, 7, 2.3, 1.7, 1.8), fills=fills)


def _matches_and_inherent(pdf: ReportPDF, res: SupplierResult, rec: Any = None) -> None:
    pdf.heading("Watchlist matches")
    pdf.table(["List (edition)", "Listed entity", "Score", "Why it matched"],
              [[f"{m.list_name} ({m.list_edition})",
                "\n".join([m.entity_name, f"matched: {m.matched_name}",
                           *(f"{k}: {v}" for k, v in list_details(m.entity_details)), m.source_url]).strip(),
                f"{m.score:.2f}", explain_features(m.features)] for m in res.watchlist_matches], (2.5, 3.5, 1, 6))
    pdf.heading("Inherent risk (country x product)")
    pdf.table(["Country", "Good", "Kind", "Level", "Why", "Source (edition)"],
              [[country_name(i.country), i.good or "", inherent_label(i.kind), f"{i.level:.2f}", i.description,
                f"{i.source} ({i.edition})"] for i in res.inherent], (1.1, 1.6, 1.9, 1, 4.4, 4))
    from screener.scoring.vulnerability import determinants

    rows = []
    for d in determinants(res, rec):
        rows += [[d.label, "risk", f.factor, f.detail] for f in d.risks]
        rows += [[d.label, "protective", f.factor, f.detail] for f in d.protective]
        rows += [[d.label, "unknown", u, ""] for u in d.unknowns]
    if rows:
        pdf.heading("Vulnerability (IOM determinants)")
        pdf.table(["Determinant", "Kind", "Fact or unknown", "Detail"], rows, (2, 1.5, 4, 5.5))


def _remediation(pdf: ReportPDF, view: ExportView, res: SupplierResult) -> None:
    from screener.review.plans import STATUS_TEXT, closing_text, plan_rows, plan_summary

    rows = plan_rows(res.remediation, view.plan_items, res.supplier_key, view.run_date,
                     today=view.generated_at.date())
    pdf.heading("Corrective-action plan")
    pdf.para(plan_summary(rows) + " Overdue steps are shaded.", colour=GREY)
    pdf.table(["Step", "Owner", "Priority", "Due", "Status", "Closed when / closing evidence recorded"],
              [[f"{r.title}: {r.description}", r.owner, r.priority,
                r.due_date.isoformat() + (" (overdue)" if r.overdue else ""), STATUS_TEXT.get(r.status, r.status),
                r.closing_evidence + (f"\nRecorded: {view.text(closing_text(r))}" if closing_text(r) else "")
                + (f"\nLast change: {r.updated_by}, {r.updated_at[:16].replace('T', ' ')} UTC" if r.tracked else "")]
               for r in rows], (5, 1.6, 1.5, 1.8, 1.3, 4),
              fills=["FDECEA" if r.overdue else None for r in rows])


def _referrals(pdf: ReportPDF, view: ExportView, res: SupplierResult) -> None:
    refs = [f for f in view.referrals if f.supplier_key == res.supplier_key]
    if not refs and not res.escalation.escalate_now:
        return
    pdf.heading("Referral to victim assistance")
    if not refs:
        pdf.para("No referral recorded yet for this 'Escalate now' case.", style="I", colour=GREY)
        return
    pdf.table(["Referred to", "Date", "Consent obtained", "Case reference", "Recorded by"],
              [[f.organisation, f.referred_on, "yes" if f.consent_obtained else "NO", view.text(f.case_reference),
                f"{f.recorded_by}, {f.recorded_at[:16].replace('T', ' ')} UTC"] for f in refs], (3, 2, 2, 3, 4))
    pdf.para("The referral record holds no worker's personal data.", size=8, colour=GREY)


def _reviews(pdf: ReportPDF, view: ExportView, res: SupplierResult) -> None:
    pdf.heading("Reviewers' decisions")
    if not view.has_store:
        pdf.para("No review store was given for this export.", style="I", colour=GREY)
        return
    d = view.supplier_decisions.get(res.supplier_key)
    pdf.para(f"Supplier decision: {d.decision} by {d.reviewer} at {d.decided_at}. Note: {view.text(d.note)}"
             if d else "Supplier decision: none yet.")
    log = [a for a in view.audit_log if a.supplier_key == res.supplier_key]
    if not log:
        pdf.para("No audit-log entries for this supplier.", style="I", colour=GREY)
        return
    from screener.review.plans import audit_action, audit_summary

    titles = {s.key: s.title for s in res.remediation}
    pdf.table(["At (UTC)", "Reviewer", "Action", "What was recorded"],
              [[a.at[:19].replace("T", " "), a.reviewer, audit_action(a.action),
                view.text(audit_summary(a.action, a.after, titles, a.fingerprint, indicator_label))]
               for a in log], (2.6, 2.2, 2.6, 6.6))


def case_pdf(view: ExportView, res: SupplierResult) -> bytes:
    """The case file of one (already ranked and redacted) supplier as PDF bytes."""
    pdf = ReportPDF(f"Supplier case file - {res.name or res.supplier_key}", _footer(view))
    pdf.add_page()
    pdf.heading(res.name or f"(no name) {res.supplier_key}", size=16)
    rec = view.records.get(res.supplier_key)
    pdf.key_values([("Supplier ID", rec.supplier_id if rec else ""),
                    ("Country", f"{country_name(res.country)} ({res.country})" if res.country else "unknown"),
                    ("Products", ", ".join(res.products) or "none given"),
                    ("Input row", res.row_number), ("Documents", ", ".join(res.documents) or "none")])
    pdf.ln(2)
    if not res.screened:
        pdf.tier_badge(res.tier)
        pdf.ln(12)
        pdf.para(f"Not screened: {res.not_screened_reason or 'no reason given'}", style="B")
    else:
        _score_block(pdf, view, res)
        _ilo_and_escalation(pdf, res)
        _contributions(pdf, res)
        _evidence(pdf, view, res)
        _matches_and_inherent(pdf, res, view.records.get(res.supplier_key))
        _remediation(pdf, view, res)
        _referrals(pdf, view, res)
    _reviews(pdf, view, res)
    if res.data_quality:
        pdf.heading("Data quality")
        pdf.table(["Severity", "Issue", "Message", "Where"],
                  [[i.severity, i.code, i.message, f"{i.file} row {i.row or '-'} {i.column or ''}"]
                   for i in res.data_quality], (1.5, 2.5, 6, 3))
    pdf.heading("How this was produced")
    pdf.para(model_statement(), size=8, colour=GREY)
    pdf.para(redaction_statement(view.redacted), size=8, colour=GREY)
    pdf.para("Editions: " + "; ".join(f"{k} {v}" for k, v in sorted(view.run.editions.items())), size=8, colour=GREY)
    return bytes(pdf.output())


def _tier_chart(pdf: ReportPDF, view: ExportView) -> None:
    counts = Counter(r.tier for r in view.results)
    tiers = [t for t in ("high", "medium", "needs assessment", "low", "not screened") if counts.get(t)]
    top = pdf.get_y()
    peak = max((counts[t] for t in tiers), default=1)
    for i, t in enumerate(tiers):
        y = top + i * 7
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(28, 6, t)
        r, g, b = (int(tier_colour(t)[k:k + 2], 16) for k in (0, 2, 4))
        pdf.set_fill_color(r, g, b)
        pdf.rect(pdf.l_margin + 30, y + 0.5, max(0.5, 120 * counts[t] / peak), 5, style="F")
        pdf.set_xy(pdf.l_margin + 32 + 120 * counts[t] / peak, y)
        pdf.cell(20, 6, str(counts[t]))
    pdf.set_xy(pdf.l_margin, top + len(tiers) * 7 + 2)


def summary_pdf(view: ExportView) -> bytes:
    """The portfolio summary: key figures, tier chart, top suppliers and the methodology."""
    pdf = ReportPDF("Forced-labour risk screening - portfolio summary", _footer(view))
    pdf.add_page()
    pdf.heading("Portfolio summary", size=18)
    pdf.para(f"Suppliers file {view.run.table.source_file}; run {view.run.started_at:%Y-%m-%d %H:%M} UTC; "
             f"{len(view.run.documents)} document(s) screened.", colour=GREY)
    pdf.heading("Key figures")
    pdf.key_values([(k, v) for k, v in kpis(view)], key_width=70)
    pdf.heading("Suppliers by tier")
    _tier_chart(pdf, view)
    urgent = [r for r in view.results if r.escalation.escalate_now]
    if urgent:
        pdf.heading(f"Escalate now ({len(urgent)})")
        pdf.table(["#", "Supplier", "Why"], [[view.ranks[r.supplier_key], r.name, "; ".join(r.escalation.reasons)]
                                             for r in urgent], (0.7, 4, 9), fills=["F4B6B6"] * len(urgent))
    pdf.heading(f"Highest-risk suppliers (top {min(SUMMARY_TOP, len(view.results))} of {len(view.results)})")
    headers, rows = supplier_table(view, limit=SUMMARY_TOP)
    idx = {h: headers.index(h) for h in ("Rank", "Supplier name", "Country", "Risk score", "Tier", "ILO rule",
                                         "Escalate now", "Top reason 1")}
    top = rows[:SUMMARY_TOP]
    pdf.table(["#", "Supplier", "Country", "Score", "Tier", "ILO rule", "Escalate", "Main reason"],
              [[r[idx[h]] for h in idx] for r in top], (0.7, 3.6, 1.2, 1.2, 1.3, 1.3, 1.3, 7),
              fills=[tier_colour(str(r[idx["Tier"]])) for r in top], size=7)
    pdf.heading("Methodology")
    pdf.table(["Item", "Value"], [[k, v] for k, v in methodology_rows(view) if k != "Model card"], (3.5, 8), size=7)
    return bytes(pdf.output())


def case_file_name(rank: int, res: SupplierResult) -> str:
    """A safe file name: rank, then the transliterated name and key (letters, digits and dashes only)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", anyascii(res.name or "")).strip("-")[:50] or "unnamed"
    key = re.sub(r"[^A-Za-z0-9]+", "-", anyascii(res.supplier_key)).strip("-")[:30] or "nokey"
    return f"{rank:04d}_{slug}_{key}.pdf"


CASE_TIERS = ("high", "needs assessment")


def under_review(view: ExportView, res: SupplierResult) -> bool:
    """True when a reviewer has decided on the supplier or on any of its evidence."""
    return res.supplier_key in view.supplier_decisions or any(
        row.review is not None for row in view.evidence.get(res.supplier_key, ()))


def case_selection(view: ExportView, all_cases: bool = False) -> list[SupplierResult]:
    """The suppliers that get a case file, in rank order: high, needs assessment or under review (or all)."""
    if all_cases:
        return list(view.results)
    return [r for r in view.results if r.tier in CASE_TIERS or under_review(view, r)]


def write_case_files(view: ExportView, out_dir: Path, chosen: list[SupplierResult] | None = None,
                     advance: Callable[[int], None] | None = None) -> list[Path]:
    """``portfolio_summary.pdf`` plus one case file per chosen supplier (default: every supplier) in ``out_dir``;
    the paths written. ``advance(1)`` after each file."""
    def skip(n: int = 1) -> None:
        return None

    step = advance or skip
    paths = [out_dir / SUMMARY_FILE]
    paths[0].write_bytes(summary_pdf(view))
    step(1)
    for res in view.results if chosen is None else chosen:
        path = out_dir / case_file_name(view.ranks[res.supplier_key], res)
        path.write_bytes(case_pdf(view, res))
        paths.append(path)
        step(1)
    return paths
