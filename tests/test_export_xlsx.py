"""Round-trip tests of the Excel risk register: sheets, ranks, scores, escapes, redaction, reviews, charts."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import polars as pl
import pytest

from export_fixtures import HOSTILE_NAMES, RUN_STARTED, FakeStore, make_run
from screener.export import write_export, xlsx_bytes
from screener.export.safety import DANGEROUS_PREFIXES
from screener.export.xlsx import SHEETS
from screener.issues import COUNTRY_UNKNOWN, REPORT_UNLINKED, ROW_NO_NAME


@pytest.fixture(scope="module")
def run():
    return make_run()


@pytest.fixture(scope="module")
def data(run) -> bytes:
    return xlsx_bytes(run, store=FakeStore(run))


@pytest.fixture(scope="module")
def wb(data):
    return openpyxl.load_workbook(io.BytesIO(data))


def _table(ws, header_row: int = 1) -> list[dict]:
    rows = list(ws.iter_rows(min_row=header_row, values_only=True))
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:] if any(v is not None for v in r)]


def _all_values(wb) -> list:
    return [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def test_register_has_every_sheet_in_order(wb):
    assert wb.sheetnames == list(SHEETS)


def test_suppliers_are_ranked_by_score_with_every_result(wb, run):
    rows = _table(wb["Suppliers"])
    assert len(rows) == len(run.results)
    assert [r["Rank"] for r in rows] == list(range(1, len(run.results) + 1))
    screened = [r for r in rows if r["Screened"] == "yes"]
    assert [r["Risk score"] for r in screened] == sorted((r.risk_score for r in run.results if r.screened),
                                                         reverse=True)
    assert rows[-1]["Tier"] == "not screened" and rows[-1]["Not-screened reason"]
    top = rows[0]
    assert top["Supplier key"] == "S001" and top["ILO rule"] == "met" and top["Escalate now"] == "yes"
    assert "asserted sentences" in top["Top reason 1"] and "points" in top["Top reason 1"]
    assert top["Review decision"] == "escalate" and top["Reviewer"] == "iom.advisor"


def test_suppliers_sheet_layout_tier_colours_filter_and_widths(wb):
    ws = wb["Suppliers"]
    assert ws.freeze_panes == "D2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    head = [c.value for c in ws[1]]
    tier_col = head.index("Tier") + 1
    colours = {ws.cell(row=r, column=tier_col).value: ws.cell(row=r, column=tier_col).fill.fgColor.rgb
               for r in range(2, ws.max_row + 1)}
    assert colours["high"].endswith("F4B6B6") and colours["low"].endswith("C6EFCE")
    name_col = openpyxl.utils.get_column_letter(head.index("Supplier name") + 1)
    assert 8 <= ws.column_dimensions[name_col].width <= 70


def test_unmapped_input_columns_pass_through_and_numbers_stay_numbers(wb):
    rows = {r["Supplier key"]: r for r in _table(wb["Suppliers"])}
    assert rows["S001"]["Internal code"] == 1234 and isinstance(rows["S001"]["Internal code"], int)
    assert rows["S002"]["Notes"] == "'-high priority"
    assert rows["S001"]["Buyer contact"] == "'=cmd|' /C calc'!A0"
    assert isinstance(rows["S001"]["Risk score"], float)


def test_hostile_names_and_sentences_are_escaped_everywhere(wb):
    names = {r["Supplier key"]: r["Supplier name"] for r in _table(wb["Suppliers"])}
    for key, hostile in zip(("S001", "S003", "S004", "S006", "S007"), HOSTILE_NAMES):
        assert names[key] == "'" + hostile
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate} is a formula"
                if isinstance(c.value, str):
                    assert not c.value.startswith(DANGEROUS_PREFIXES), f"{ws.title}!{c.coordinate}: {c.value!r}"
    sentences = [r["Sentence (match marked «…»)"] for r in _table(wb["Evidence"])]
    assert any(s.startswith("'=HYPERLINK") for s in sentences)


def test_evidence_sheet_marks_match_and_shows_review_status(wb, run):
    rows = _table(wb["Evidence"])
    assert len(rows) == sum(len(r.evidence) for r in run.results)
    first = next(r for r in rows if r["Indicator"] == "Retention of identity documents" and r["Supplier key"] == "S001")
    assert "«passport is kept»" in first["Sentence (match marked «…»)"]
    assert first["Document"] == "audit_2026.pdf" and first["Page"] == 3 and first["Polarity"] == "asserted"
    assert first["Review status"] == "confirmed" and first["Fingerprint"] == run.results[0].evidence[0].fingerprint
    negated = next(r for r in rows if r["Polarity"] == "negated")
    assert negated["Review status"] == "not reviewed" and negated["Scope cue"]
    assert {r["Hedged"] for r in rows} == {"yes", "no"}


def test_personal_data_is_redacted_by_default_and_shown_when_asked(run, wb):
    text = "\n".join(map(str, _all_values(wb)))
    assert "Maria" not in text and "138 0013" not in text and "maria@example.com" not in text
    assert "[name]" in text and "[phone]" in text
    raw = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(run, store=FakeStore(run), redact=False)))
    raw_text = "\n".join(map(str, _all_values(raw)))
    assert "Maria L." in raw_text and "maria@example.com" in raw_text
    meth = {r["Item"]: r["Value"] for r in _table(raw["Methodology"])}
    assert meth["Redaction"].startswith("OFF")


def test_remediation_plan_due_dates_follow_priority(wb):
    rows = _table(wb["Corrective-action plan"])
    assert len(rows) == 4
    due = {r["Priority"]: r["Due date"] for r in rows}
    start = RUN_STARTED.date()
    assert due["immediate"].date() == start + dt.timedelta(days=7)
    assert due["30 days"].date() == start + dt.timedelta(days=30)
    assert due["90 days"].date() == start + dt.timedelta(days=90)
    assert all(r["Owner"] and r["Closed when"] and r["Status"] for r in rows)


def test_watchlist_inherent_and_quality_sheets(wb, run):
    wl = _table(wb["Watchlist matches"])
    assert len(wl) == 1 and wl[0]["Match score"] == pytest.approx(0.97)
    assert "distinctive tokens agreed" in wl[0]["Why it matched"] and wl[0]["List edition"] == "2025-01-15"
    inh = _table(wb["Inherent risk"])
    assert len(inh) == sum(len(r.inherent) for r in run.results)
    dq = _table(wb["Data quality"])
    assert {r["Issue"] for r in dq} == {COUNTRY_UNKNOWN, ROW_NO_NAME, REPORT_UNLINKED}
    assert all("555 123" not in (r["Message"] or "") for r in dq)  # phone redacted in a message


def test_reviews_sheet_lists_decisions_and_audit_log(wb, run):
    values = [v for row in wb["Reviews & audit log"].iter_rows(values_only=True) for v in row if v is not None]
    assert "Supplier decisions" in values and "Audit log (append-only, oldest first)" in values
    assert "'=ESCALATE now" in values and "confirmed" in values
    assert run.results[0].evidence[0].fingerprint in values
    assert not any("Maria" in str(v) for v in values)


def test_reviews_sheet_without_store_says_so(run):
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(run)))
    assert "No review store" in wb["Reviews & audit log"]["A1"].value
    assert {r["Review status"] for r in _table(wb["Evidence"])} == {"not reviewed"}


def test_methodology_records_inputs_editions_thresholds_and_model_statement(wb, run):
    meth = {r["Item"]: r["Value"] for r in _table(wb["Methodology"])}
    assert meth["Redaction"] == "on"
    assert meth["Input file (suppliers): suppliers.xlsx"] == "SHA-256 " + "ab" * 32
    assert meth["Input file (report): audit_2026.pdf"] == "SHA-256 " + "cd" * 32
    for k, v in run.editions.items():
        assert meth[f"Edition: {k}"] == v
    assert meth["Threshold: high"] == 70.0
    assert "synthetic reference cohort" in meth["Model statement"]
    assert meth["Run started (UTC)"] == RUN_STARTED.isoformat()


def test_summary_has_kpis_and_native_charts(wb, data, run):
    ws = wb["Summary"]
    kv = {r[0]: r[1] for r in ws.iter_rows(min_row=6, max_col=2, values_only=True) if r[0]}
    assert kv["Suppliers in the input"] == len(run.results)
    assert kv["High risk"] == 2 and kv["Not screened (see Data quality)"] == 1
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        xml = "".join(z.read(n).decode() for n in charts)
    assert len(charts) == 3 and xml.count("<barChart>") == 2 and "<pieChart>" in xml


def test_polars_reads_the_register(data, run):
    df = pl.read_excel(io.BytesIO(data), sheet_name="Suppliers")
    assert df.height == len(run.results)
    assert df["Rank"].to_list() == list(range(1, len(run.results) + 1))
    assert df["Risk score"].dtype.is_float()
    ev = pl.read_excel(io.BytesIO(data), sheet_name="Evidence")
    assert ev.height == sum(len(r.evidence) for r in run.results)


def test_write_export_xlsx_to_a_path(tmp_path, run):
    paths = write_export(run, tmp_path / "out" / "register.xlsx")
    assert paths == [tmp_path / "out" / "register.xlsx"]
    assert openpyxl.load_workbook(paths[0]).sheetnames == list(SHEETS)


def test_register_with_the_real_review_store(tmp_path, run):
    from screener.review.store import ReviewStore

    store = ReviewStore(tmp_path / "reviews.sqlite")
    ev = run.results[2].evidence[0]
    store.record_evidence_decision("S003", ev.fingerprint, "dismissed", "not a finding", "analyst.a",
                                   indicator=ev.indicator, sentence=ev.sentence)
    store.record_supplier_decision("S003", "monitor", "+follow up in Q2", "analyst.a")
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(run, store=store)))
    sup = {r["Supplier key"]: r for r in _table(wb["Suppliers"])}
    assert sup["S003"]["Review decision"] == "monitor" and sup["S003"]["Review note"] == "'+follow up in Q2"
    evrows = [r for r in _table(wb["Evidence"]) if r["Fingerprint"] == ev.fingerprint]
    assert evrows and evrows[0]["Review status"] == "dismissed"


def test_methodology_summarises_the_model_card_when_there_is_one(tmp_path, monkeypatch, run):
    from screener.export import view as view_module

    card = tmp_path / "MODEL_CARD.md"
    card.write_text("# Model card\n\nTrained on a synthetic reference cohort.\n\n## Metrics\nROC AUC 0.91 (5-fold)\n")
    monkeypatch.setattr(view_module, "MODEL_CARD_PATH", card)
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(run)))
    lines = [r["Value"] for r in _table(wb["Methodology"]) if r["Item"] == "Model card"]
    assert lines == ["# Model card", "Trained on a synthetic reference cohort.", "## Metrics", "ROC AUC 0.91 (5-fold)"]
    monkeypatch.setattr(view_module, "MODEL_CARD_PATH", tmp_path / "missing.md")
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(run)))
    assert [r["Value"] for r in _table(wb["Methodology"]) if r["Item"] == "Model card"] == [
        "MODEL_CARD.md was not found."]


def test_evidence_sheet_says_which_rows_are_possible_findings():
    """A possible finding of the sentence model is marked as such: it counts only once a reviewer confirms it."""
    import dataclasses

    run = make_run()
    res = next(r for r in run.results if r.evidence)
    possible = dataclasses.replace(res.evidence[0], confidence="possible", match="model",
                                   lexicon_entry="model:" + res.evidence[0].indicator)
    run.results[run.results.index(res)] = dataclasses.replace(res, evidence=[*res.evidence, possible])
    rows = _table(openpyxl.load_workbook(io.BytesIO(xlsx_bytes(run, store=FakeStore(run))))["Evidence"])
    assert {r["Confidence"] for r in rows} == {"finding", "possible (counts once a reviewer confirms it)"}
    assert [r["Lexicon entry"] for r in rows if r["Confidence"].startswith("possible")] == [possible.lexicon_entry]
