"""The corrective-action plan, referrals, datetimes and pass-through numbers in the xlsx and the case PDF."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from export_fixtures import make_run
from screener.export import pdf_case_bytes, xlsx_bytes
from screener.export.rows import typed_value
from screener.review.store import ReviewStore


def _table(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def _store(tmp_path: Path) -> ReviewStore:
    store = ReviewStore(tmp_path / "reviews.sqlite")
    store.record_plan_item("S001", "return_documents", status="verified closed", user="iom.advisor",
                           owner="Supplier HR manager", due_date="2026-11-20",
                           closing_note="Signed receipts seen", closing_document="receipts.pdf")
    store.record_plan_item("S001", "stop_threats_and_retaliation", status="in progress", user="iom.advisor",
                           owner="Buyer sourcing lead", due_date="2026-11-05")
    store.record_referral("S001", organisation="IOM Bangkok", referred_on="2026-11-04", consent_obtained=True,
                          user="iom.advisor", case_reference="IOM-TH-17")
    store.record_supplier_decision("S001", "escalate", "Confirmed", "iom.advisor")
    return store


def test_xlsx_has_the_tracked_plan_referrals_and_real_dates(tmp_path: Path) -> None:
    run = make_run()
    run.table.records[0].extra.update({"Line workers": "1,250", "% female workers": "45%", "Site code": "00123"})
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(run, store=_store(tmp_path))))
    plan = {r["Step"]: r for r in _table(wb["Corrective-action plan"]) if r["Supplier key"] == "S001"}
    closed = next(r for r in plan.values() if r["Owner"] == "Supplier HR manager")
    assert closed["Status"] == "Verified closed" and closed["Overdue"] == "no"
    assert closed["Closing note"] == "Signed receipts seen" and closed["Closing document"] == "receipts.pdf"
    assert closed["Due date"] == dt.datetime(2026, 11, 20)
    late = next(r for r in plan.values() if r["Owner"] == "Buyer sourcing lead")
    assert late["Status"] == "In progress" and late["Overdue"] == "yes"  # due 2026-11-05, not closed
    assert isinstance(late["Last change at (UTC)"], dt.datetime)
    refs = _table(wb["Referrals"])
    assert [(r["Referred to"], r["Consent obtained"], r["Case reference"]) for r in refs] == [
        ("IOM Bangkok", "yes", "IOM-TH-17")]
    assert refs[0]["Date of referral"] == dt.datetime(2026, 11, 4)
    sup = {r["Supplier key"]: r for r in _table(wb["Suppliers"])}
    assert isinstance(sup["S001"]["Decided at"], dt.datetime)  # an Excel date-time, not text
    assert sup["S001"]["Line workers"] == 1250 and sup["S001"]["% female workers"] == 0.45
    assert sup["S001"]["Site code"] == "00123"  # a code with a leading zero stays text
    assert sup["S001"]["Internal code"] == 1234


def test_case_pdf_shows_the_plan_and_the_referral(tmp_path: Path) -> None:
    run = make_run()
    first = dataclasses.replace(run.results[0], escalation=dataclasses.replace(run.results[0].escalation,
                                                                               escalate_now=True))
    data = pdf_case_bytes(first, dataclasses.replace(run, results=[first, *run.results[1:]]), store=_store(tmp_path))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert "Corrective-action plan" in text and "Supplier HR manager" in text
    assert "Verified closed" in text and "receipts.pdf" in text and "(overdue)" in text
    assert "Referral to victim assistance" in text and "IOM Bangkok" in text and "IOM-TH-17" in text
    assert "Referred to IOM Bangkok on 2026-11-04, consent obtained" in text  # the audit trail in plain words


def test_typed_value_keeps_codes_as_text() -> None:
    assert [typed_value(v) for v in ("12", "3.5", "2,000", "80%", "007", "A12", None)] == [
        12, 3.5, 2000, 0.8, "007", "A12", None]
