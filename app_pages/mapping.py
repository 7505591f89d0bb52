"""The column-mapping table of the Upload page: how columns were read, and the user's changes as overrides."""
from __future__ import annotations

import pandas as pd

from app_pages.components import humanize
from screener.ingest.columns import FIELDS
from screener.contracts import ColumnMapping

NOT_USED = "(not used — kept as extra column)"
METHOD_TEXT = {"synonym": "Known header name", "fuzzy": "Similar to a known header", "user": "Set by you",
               "content": "Recognised from the values", "none": "Not recognised"}
COLUMNS = ("Column in your file", "Read as", "Confidence", "How it was recognised")


FIELD_LABELS = {"state_province": "State / province", "postal_code": "Postal code", "parent_company":
                "Parent company / group", "region": "Region / district", "supplier_id": "Supplier ID",
                "last_audit_date": "Last audit date", "audit_report": "Audit report file",
                "findings": "Audit findings text", "tier": "Supply-chain tier", "spend": "Spend"}


def field_label(field: str | None) -> str:
    """'migrant_share' -> 'Migrant share'; None -> the not-used label."""
    return FIELD_LABELS.get(field, humanize(field)) if field else NOT_USED


def field_options() -> list[str]:
    """Every choice of the 'Read as' column, in the order of the canonical fields."""
    return [field_label(f) for f in FIELDS] + [NOT_USED]


def mapping_frame(mappings: list[ColumnMapping]) -> pd.DataFrame:
    """One row per column of the sheet, in sheet order."""
    return pd.DataFrame([
        {"Column in your file": m.source_column, "Read as": field_label(m.field),
         "Confidence": float(m.confidence), "How it was recognised": METHOD_TEXT.get(m.method, m.method)}
        for m in sorted(mappings, key=lambda m: m.index)
    ], columns=list(COLUMNS))


def mapping_changes(before: pd.DataFrame, after: pd.DataFrame) -> dict[str, str]:
    """The user's edits as ``read_supplier_table`` overrides: source header -> field ("" to unmap)."""
    by_label = {field_label(f): f for f in FIELDS}
    changes: dict[str, str] = {}
    for (_, new), (_, old) in zip(after.iterrows(), before.iterrows()):
        if new["Read as"] != old["Read as"]:
            changes[str(old["Column in your file"])] = by_label.get(new["Read as"], "")
    return changes
