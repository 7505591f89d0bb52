"""Data contracts: helpers on the shared dataclasses."""
from __future__ import annotations

from screener.contracts import DataQualityIssue, DataQualityReport


def test_issues_grouped_by_supplier_keep_order_and_leave_out_file_level_issues():
    report = DataQualityReport([
        DataQualityIssue("a", "first", supplier_key="k1"),
        DataQualityIssue("b", "about the file"),
        DataQualityIssue("c", "second", supplier_key="k2"),
        DataQualityIssue("d", "third", supplier_key="k1"),
    ])
    grouped = report.by_supplier()
    assert [i.code for i in grouped["k1"]] == ["a", "d"]
    assert [i.code for i in grouped["k2"]] == ["c"]
    assert set(grouped) == {"k1", "k2"}
