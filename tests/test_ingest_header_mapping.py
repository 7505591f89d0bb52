"""Header mapping: the benchmark bar, the lexicon's consistency and the mapping details."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from screener.ingest.columns import FIELDS, column_lexicon, map_columns, match_header

BENCH = Path(__file__).resolve().parents[1] / "bench" / "header_mapping.py"


def _bench():
    spec = importlib.util.spec_from_file_location("header_mapping", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_has_enough_cases_in_five_languages() -> None:
    cases = _bench().load_cases()
    assert len(cases) >= 150
    assert {f for _, f in cases} >= set(FIELDS)


def test_benchmark_accuracy_meets_bar() -> None:
    mod = _bench()
    acc, misses = mod.evaluate(mod.load_cases())
    assert acc >= mod.BAR, misses


def test_every_field_has_synonyms_in_five_languages() -> None:
    import yaml

    data = yaml.safe_load((BENCH.parents[1] / "lexicons" / "columns.yaml").read_text(encoding="utf-8"))
    for fld in FIELDS:
        assert set(data["fields"][fld]) == {"en", "es", "fr", "de", "pt"}, fld
    assert set(column_lexicon().synonyms.values()) == set(FIELDS)


def test_match_reports_method_and_confidence() -> None:
    assert match_header("Vendor Name") == ("supplier_name", 1.0, "synonym")
    fld, conf, method = match_header("Suplier Nmae")
    assert fld == "supplier_name" and method == "fuzzy" and 0.84 <= conf < 1.0
    assert match_header("Nike, Inc. Brand(s)") == (None, 0.0, "none")


def test_specific_header_beats_generic_one_and_loser_is_kept() -> None:
    mappings, notes = map_columns(["company_name", "supplier_name"], [["H&M"] * 3, ["A", "B", "C"]], {})
    assert [m.field for m in mappings] == [None, "supplier_name"]
    assert notes and "company_name" in notes[0]


def test_address_takes_several_columns_and_city_state_postcode_group_have_fields() -> None:
    mappings, _ = map_columns(["Vendor", "Address line 1", "Address line 2", "City", "State/Province",
                               "Postal code", "Supplier Group"], [[]] * 7, {})
    assert [m.field for m in mappings] == ["supplier_name", "address", "address", "city", "state_province",
                                           "postal_code", "parent_company"]
