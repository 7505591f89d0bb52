"""End to end: the sample portfolio through `screener.screen` and the `screener screen` command."""
from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest

from screener.commands.main import main
from screener.contracts import INDICATOR_IDS, POLARITIES
from screener.issues import REPORT_DUPLICATE_NAME


@pytest.fixture(scope="module")
def sample_run(repo_root):
    from screener import screen

    messages = []
    run = screen(repo_root / "sample_suppliers" / "suppliers.xlsx",
                 reports=repo_root / "sample_suppliers" / "reports",
                 progress=lambda f, m: messages.append((f, m)))
    run.progress_messages = messages
    return run


def test_every_input_row_appears_once(sample_run):
    rows = [r.row_number for r in sample_run.table.records]
    assert len(rows) >= 150
    assert sorted(r.row_number for r in sample_run.results) == sorted(rows)


def test_screened_suppliers_have_score_tier_and_reasons(sample_run):
    screened = [r for r in sample_run.results if r.screened]
    assert len(screened) >= 140
    for r in screened:
        assert r.tier in ("high", "medium", "needs assessment", "low")
        assert r.contributions and r.tier_reason and r.assessment_basis, r.name
    assert {r.tier for r in screened} >= {"high", "low"}
    high = [r for r in screened if r.tier == "high"]
    assert all(r.top_reasons(1) for r in high)


def test_not_screened_rows_keep_their_reason(sample_run):
    for r in sample_run.results:
        if not r.screened:
            assert r.tier == "not screened" and r.not_screened_reason


def test_scores_decompose_exactly(sample_run):
    for r in sample_run.results:
        if r.screened:
            total = r.baseline + sum(c.points for c in r.contributions)
            assert abs(total - r.risk_score) < 1e-9, r.name


def test_results_are_ranked(sample_run):
    from screener.scoring.rules import TIER_RANK
    screened = [r for r in sample_run.results if r.screened]
    keys = [(TIER_RANK[r.tier], not r.escalation.escalate_now, -r.risk_score) for r in screened]
    assert keys == sorted(keys)


def test_no_saturation_listed_entities_and_unknown_is_not_low(sample_run):
    from screener.risk.inherent import inherent_risk  # noqa: F401 - the items are on the results
    from screener.scoring.rules import listed_entities
    screened = [r for r in sample_run.results if r.screened]
    top = max(r.risk_score for r in screened)
    assert sum(abs(r.risk_score - top) < 1e-9 for r in screened) == 1  # no tie at the top
    assert not any(c.feature.startswith(("capped", "floored", "rule_minimum")) for r in screened for c in r.contributions)
    listed = [r for r in screened if listed_entities(r.watchlist_matches)]
    assert len(listed) >= 3
    for r in listed:
        assert r.tier == "high" and r.escalation.escalate_now, r.name
        assert any("presumed" in x or "1307" in x for x in r.escalation.reasons), r.name
    assert sample_run.coverage is not None
    cov = sample_run.coverage
    assert cov.screened == len(screened) and cov.on_evidence + cov.on_inherent_risk_alone == cov.screened
    assert cov.needs_assessment == sum(r.tier == "needs assessment" for r in screened) > 0
    for r in screened:
        if r.tier == "needs assessment":
            assert r.assessment_basis == "inherent risk alone" and "Needs assessment" in r.tier_reason
        if r.assessment_basis == "inherent risk alone" and any(i.kind == "cbp_region_order" for i in r.inherent):
            assert r.tier != "low", r.name
        # a step prompted by inherent risk alone is never immediate
        inherent_only = [s for s in r.remediation if set(s.triggered_by) <= {
            "cbp_region_order_verify", "inherent_risk_due_diligence", "audit_missing", "audit_outdated"}]
        assert all(s.priority != "immediate" for s in inherent_only), r.name
        if r.tier in ("low", "needs assessment") and not any(e.polarity == "asserted" for e in r.evidence):
            assert all(s.priority != "immediate" for s in r.remediation if s.status == "open"), r.name


def test_evidence_is_traceable(sample_run):
    evidence = [e for r in sample_run.results for e in r.evidence]
    assert len(evidence) >= 40
    documents = set(sample_run.documents)
    for e in evidence:
        assert e.indicator in INDICATOR_IDS and e.polarity in POLARITIES
        assert e.page >= 1 and e.sentence[e.start:e.end] == e.matched_text
        assert e.document in documents or "(row " in e.document
    assert {e.polarity for e in evidence} >= {"asserted", "negated"}
    pages = {e.page for e in evidence}
    assert max(pages) >= 3, "the multi-page PDF's finding should be traced to its page"


def test_reports_are_linked_and_editions_recorded(sample_run):
    linked = [l for l in sample_run.links if l.supplier_key]
    assert len(linked) >= 35
    assert {"lexicon", "model"} <= set(sample_run.editions)
    assert any(f.kind == "report" for f in sample_run.input_files)
    assert all(len(f.sha256) == 64 for f in sample_run.input_files)


def test_progress_is_reported(sample_run):
    fractions = [f for f, _ in sample_run.progress_messages]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def test_cli_writes_json_register(repo_root, tmp_path, capsys):
    out = tmp_path / "register.json"
    code = main(["screen", str(repo_root / "sample_suppliers" / "suppliers.xlsx"),
                 "--reports", str(repo_root / "sample_suppliers" / "reports"), "--out", str(out), "--quiet"])
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    suppliers = data["suppliers"]
    assert len(suppliers) >= 150
    first = suppliers[0]
    for key in ("supplier_key", "name", "country", "products", "risk_score", "tier", "ilo_rule",
                "contributions", "evidence", "watchlist_matches", "inherent", "remediation", "data_quality"):
        assert key in first


def test_cli_writes_xlsx_register(repo_root, tmp_path):
    out = tmp_path / "register.xlsx"
    code = main(["screen", str(repo_root / "sample_suppliers" / "suppliers.xlsx"),
                 "--reports", str(repo_root / "sample_suppliers" / "reports"), "--out", str(out), "--quiet"])
    assert code == 0
    wb = openpyxl.load_workbook(out, read_only=True)
    assert "Suppliers" in wb.sheetnames and "Evidence" in wb.sheetnames


def test_missing_file_is_bad_input(tmp_path, capsys):
    code = main(["screen", str(tmp_path / "nope.xlsx"), "--quiet"])
    assert code == 2
    assert "nope.xlsx" in capsys.readouterr().err


def test_garbage_sheet_is_bad_input_without_traceback(tmp_path):
    bad = tmp_path / "suppliers.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook")
    proc = subprocess.run([sys.executable, "-m", "screener.commands.main", "screen", str(bad), "--quiet"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "suppliers.xlsx" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_map_option_is_bad_input(repo_root, capsys):
    code = main(["screen", str(repo_root / "sample_suppliers" / "suppliers.xlsx"), "--map", "Vendor Name",
                 "--quiet"])
    assert code == 2
    assert "--map" in capsys.readouterr().err


def test_bad_out_suffix_is_bad_input(repo_root, capsys):
    code = main(["screen", str(repo_root / "sample_suppliers" / "suppliers.xlsx"), "--out", "register.docx",
                 "--quiet"])
    assert code == 2
    assert "register.docx" in capsys.readouterr().err


def test_reviewers_dismissals_lower_the_score_on_the_next_screening(sample_run, repo_root, tmp_path):
    from screener import screen
    from screener.review.store import ReviewStore

    target = next(r for r in sample_run.results
                  if r.screened and 20 < r.risk_score < 100 and any(e.polarity == "asserted" for e in r.evidence))
    store = ReviewStore(tmp_path / "reviews.sqlite")
    for ev in target.evidence:
        if ev.polarity == "asserted":
            store.record_evidence_decision(ev.supplier_key, ev.fingerprint, "dismissed", "false positive",
                                           "Test Reviewer", indicator=ev.indicator, sentence=ev.sentence)
    again = screen(repo_root / "sample_suppliers" / "suppliers.xlsx",
                   reports=repo_root / "sample_suppliers" / "reports", store=store)
    after = next(r for r in again.results if r.supplier_key == target.supplier_key)
    assert after.risk_score < target.risk_score
    others = {r.supplier_key: r.risk_score for r in sample_run.results if r.supplier_key != target.supplier_key}
    assert all(abs(others[r.supplier_key] - r.risk_score) < 1e-9 for r in again.results if r.supplier_key in others)


def test_two_reports_with_the_same_name_are_reported_not_lost(repo_root, tmp_path):
    from screener.pipeline import read_reports

    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "audit.txt").write_text("Passports are kept by the agent.", encoding="utf-8")
    from screener.ingest.limits import DEFAULT_LIMITS

    docs, issues = read_reports([tmp_path / "a" / "audit.txt", tmp_path / "b" / "audit.txt"], DEFAULT_LIMITS, {},
                                lambda f, m: None)
    assert [d.name for d in docs] == ["audit.txt"]
    assert [i.code for i in issues] == [REPORT_DUPLICATE_NAME]
    assert str(tmp_path / "b" / "audit.txt") in issues[0].file
