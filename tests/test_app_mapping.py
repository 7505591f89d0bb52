"""The Upload page's mapping table turns the user's edits into read_supplier_table overrides."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app_pages.mapping import NOT_USED, field_label, field_options, mapping_changes, mapping_frame  # noqa: E402
from screener.ingest.columns import FIELDS  # noqa: E402
from screener.contracts import ColumnMapping  # noqa: E402

MAPPINGS = [ColumnMapping("Pays", "country", 0.92, "fuzzy", 1), ColumnMapping("Nom", "supplier_name", 1.0, "synonym", 0),
            ColumnMapping("Notes", None, 0.0, "none", 2)]


def test_frame_is_in_sheet_order_with_readable_labels() -> None:
    df = mapping_frame(MAPPINGS)
    assert list(df["Column in your file"]) == ["Nom", "Pays", "Notes"]
    assert list(df["Read as"]) == ["Supplier name", "Country", NOT_USED]
    assert set(df["Read as"]) <= set(field_options())


def test_changes_become_overrides_and_unmapping_is_an_empty_field() -> None:
    before = mapping_frame(MAPPINGS)
    after = before.copy()
    after.loc[1, "Read as"] = field_label("region")  # Pays -> region
    after.loc[0, "Read as"] = NOT_USED  # Nom -> not used
    after.loc[2, "Read as"] = field_label("findings")  # Notes -> findings
    assert mapping_changes(before, after) == {"Pays": "region", "Nom": "", "Notes": "findings"}
    assert mapping_changes(before, before.copy()) == {}


def test_every_canonical_field_can_be_chosen_and_maps_back() -> None:
    before = mapping_frame([ColumnMapping("X", None, 0.0, "none", 0)])
    for field in FIELDS:
        after = before.copy()
        after.loc[0, "Read as"] = field_label(field)
        assert mapping_changes(before, after) == {"X": field}
