"""JSON (versioned SupplierResult records) and CSV (one flat, escaped row per supplier) exports."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from screener.export.rows import CSV_NAMES, supplier_table
from screener.export.safety import safe_cell
from screener.export.view import ExportView, model_statement, redaction_statement
from screener.models import to_dict


def json_document(view: ExportView) -> dict[str, Any]:
    """The JSON export as plain data (see docs/result_schema.md)."""
    run = view.run
    suppliers = []
    for res in view.results:
        item = to_dict(res)
        item["rank"] = view.ranks[res.supplier_key]
        item["extra"] = {k: view.text(v) if isinstance(v, str) else v for k, v in item["extra"].items()}
        rec = view.records.get(res.supplier_key)
        item["input_columns"] = {str(k): view.text(v) if isinstance(v, str) else to_dict(v)
                                 for k, v in (rec.extra if rec else {}).items()}
        item["review"] = to_dict(view.supplier_decisions.get(res.supplier_key))
        for ev_json, row in zip(item["evidence"], view.evidence[res.supplier_key]):
            ev_json["fingerprint"] = row.fingerprint
            ev_json["review"] = to_dict(row.review)
        suppliers.append(item)
    for item in suppliers:
        if item["review"] and item["review"].get("note"):
            item["review"]["note"] = view.text(item["review"]["note"])
        for ev in item["evidence"]:
            if ev["review"] and ev["review"].get("note"):
                ev["review"]["note"] = view.text(ev["review"]["note"])
            if ev["review"] and view.redacted:
                ev["review"]["sentence"] = ev["sentence"]  # the store keeps the raw sentence
    return {
        "schema_version": run.schema_version,
        "generated_at": view.generated_at.isoformat(timespec="seconds"),
        "run": {"started_at": run.started_at.isoformat(), "duration_s": run.duration_s,
                "suppliers_file": run.table.source_file, "sheet": run.table.sheet,
                "documents": list(run.documents),
                "coverage": to_dict(run.coverage) if getattr(run, "coverage", None) is not None else None},
        "input_files": to_dict(run.input_files),
        "editions": dict(run.editions),
        "thresholds": dict(run.thresholds),
        "model_statement": model_statement(),
        "redacted": view.redacted,
        "redaction_statement": redaction_statement(view.redacted),
        "suppliers": suppliers,
        "data_quality": to_dict(view.data_quality()),
    }


def json_string(view: ExportView) -> str:
    """The JSON export as text (UTF-8, indented)."""
    return json.dumps(json_document(view), ensure_ascii=False, indent=2, default=str)


def csv_string(view: ExportView) -> str:
    """One row per supplier in rank order; snake_case headers, then unmapped input columns; cells escaped."""
    headers, rows = supplier_table(view)
    headers = [*CSV_NAMES, *headers[len(CSV_NAMES):]]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow(["" if v is None else safe_cell(v) for v in row])
    return buf.getvalue()
