"""Round-trip tests of the JSON and CSV exports, escaping, and the write_export dispatch."""
from __future__ import annotations

import datetime as dt
import io
import json

import polars as pl
import pytest

from export_fixtures import HOSTILE_NAMES, FakeStore, make_run
from screener.errors import InputError
from screener.export import csv_text, json_text, write_export
from screener.export.safety import DANGEROUS_PREFIXES, clean_text, escape_text, safe_cell
from screener.contracts import RESULT_SCHEMA_VERSION


@pytest.fixture(scope="module")
def run():
    return make_run()


@pytest.mark.parametrize("text", ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\tx", "\rx"])
def test_dangerous_text_is_escaped(text):
    assert escape_text(text) == "'" + text
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", [-2, 3.5, -0.25, True, None])
def test_numbers_booleans_and_none_stay_as_they_are(value):
    assert safe_cell(value) is value


def test_time_zones_and_non_finite_numbers_become_storable():
    aware = dt.datetime(2026, 1, 2, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert safe_cell(aware) == dt.datetime(2026, 1, 2, 10, 0)
    assert safe_cell(float("nan")) == "nan" and safe_cell(float("-inf")) == "'-inf"


def test_plain_text_is_unchanged_and_illegal_characters_are_replaced():
    assert safe_cell("Acme Ltd") == "Acme Ltd"
    assert safe_cell("a\x00b\x1fc") == "a\ufffdb\ufffdc"
    assert len(clean_text("x" * 40_000)) < 32_767


def test_json_wraps_versioned_supplier_results(run):
    doc = json.loads(json_text(run, store=FakeStore(run)))
    assert doc["schema_version"] == RESULT_SCHEMA_VERSION
    assert {"generated_at", "editions", "model_statement", "redacted", "suppliers", "data_quality"} <= set(doc)
    assert doc["redacted"] is True and "synthetic reference cohort" in doc["model_statement"]
    assert doc["editions"] == run.editions
    sups = doc["suppliers"]
    assert len(sups) == len(run.results)
    assert [s["rank"] for s in sups] == list(range(1, len(sups) + 1))
    by_key = {r.supplier_key: r for r in run.results}
    for s in sups:
        orig = by_key[s["supplier_key"]]
        assert s["risk_score"] == orig.risk_score and s["tier"] == orig.tier and s["name"] == orig.name
        if orig.screened:
            assert s["baseline"] + sum(c["points"] for c in s["contributions"]) == pytest.approx(s["risk_score"])
        for ev, o in zip(s["evidence"], orig.evidence):
            assert ev["sentence"][ev["start"]:ev["end"]] == ev["matched_text"]
            assert ev["fingerprint"] == o.fingerprint
    assert sups[0]["input_columns"] == {"Buyer contact": "=cmd|' /C calc'!A0", "Internal code": 1234,
                                        "Notes": "@risk see [email]"}
    assert sups[0]["review"]["decision"] == "escalate"
    assert sups[0]["evidence"][0]["review"]["decision"] == "confirmed"
    assert len(doc["data_quality"]) == 3


def test_json_is_redacted_by_default_including_review_copies(run):
    text = json_text(run, store=FakeStore(run))
    assert "Maria" not in text and "0013 8000" not in text and "maria@example.com" not in text
    raw = json.loads(json_text(run, redact=False, store=FakeStore(run)))
    assert raw["redacted"] is False and "Maria L." in raw["suppliers"][0]["evidence"][0]["sentence"]


def test_csv_round_trip_with_polars(run):
    text = csv_text(run)
    df = pl.read_csv(io.StringIO(text), infer_schema_length=None)
    assert df.height == len(run.results)
    assert df["rank"].to_list() == list(range(1, len(run.results) + 1))
    assert df["risk_score"].dtype.is_float() and df["Internal code"].dtype.is_integer()
    scores = [r.risk_score for r in sorted(run.results, key=lambda r: -r.risk_score) if r.screened]
    assert df.filter(pl.col("screened") == "yes")["risk_score"].to_list() == scores
    names = df["supplier_name"].to_list()
    for hostile in HOSTILE_NAMES[:4]:
        assert "'" + hostile in names
    assert "'\tTabbed Textiles Ltd" in names
    assert "'\rCarriage Return Co" in df["Buyer contact"].to_list()
    for col in df.columns:
        if df[col].dtype == pl.String:
            for v in df[col].drop_nulls().to_list():
                assert not v.startswith(DANGEROUS_PREFIXES), (col, v)
    assert "maria@example.com" not in text


def test_write_export_dispatches_on_suffix(tmp_path, run):
    (p_json,) = write_export(run, tmp_path / "r.json")
    (p_csv,) = write_export(run, tmp_path / "r.CSV")
    assert json.loads(p_json.read_text(encoding="utf-8"))["suppliers"]
    assert p_csv.read_text(encoding="utf-8").startswith("rank,")
    with pytest.raises(InputError, match=r"\.txt"):
        write_export(run, tmp_path / "r.txt")


def test_an_empty_run_still_exports_everything(tmp_path):
    import dataclasses

    import openpyxl

    run = make_run()
    empty = dataclasses.replace(run, results=[], table=dataclasses.replace(run.table, records=[]))
    paths = [p for out in ("e.xlsx", "e.json", "e.csv", "cases/") for p in write_export(empty, tmp_path / out)]
    assert openpyxl.load_workbook(tmp_path / "e.xlsx")["Suppliers"].max_row == 1
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["suppliers"] == []
    assert pl.read_csv(tmp_path / "e.csv").height == 0
    assert [p.name for p in paths if p.suffix == ".pdf"] == ["portfolio_summary.pdf"]


def test_equal_scores_rank_escalated_and_ilo_met_suppliers_first():
    import dataclasses

    from screener.contracts import Escalation, IloRuleResult

    run = make_run()
    a, b, c = (dataclasses.replace(run.results[4], supplier_key=k, name=n, risk_score=100.0, tier="high")
               for k, n in (("A", "Aaa"), ("B", "Bbb"), ("C", "Ccc")))
    b = dataclasses.replace(b, ilo_rule=IloRuleResult(True))
    c = dataclasses.replace(c, escalation=Escalation(True, ("severe",)))
    doc = json.loads(json_text(dataclasses.replace(run, results=[a, b, c])))
    assert [s["supplier_key"] for s in doc["suppliers"]] == ["C", "B", "A"]
