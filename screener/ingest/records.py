"""Data rows -> SupplierRecords, with every problem reported by row and column.

Each distinct raw value is normalised once (countries, products and dates repeat a lot), so a
100,000-row sheet costs a few dictionary look-ups per cell.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import polars as pl

from screener.ingest.dedupe import group_duplicates, supplier_key
from screener.models import ColumnMapping, DataQualityIssue, DataQualityReport, SupplierRecord
from screener.normalize.countries import country_from_address, country_name, normalize_country
from screener.normalize.products import normalize_products, unrecognised_products
from screener.normalize.values import (is_missing, parse_bool, parse_date, parse_int, parse_number,
                                       parse_percent)

BOOL_FIELDS = ("labour_agency", "recruitment_fees", "employer_housing")
TEXT_FIELDS = ("sector", "audit_report", "findings", "tier", "region")
_MULTI_SEP = {"region": ", ", "findings": "\n"}


@dataclass
class RowContext:
    """Where the rows come from, for the messages."""

    file: str
    sheet: str | None
    report: DataQualityReport
    today: dt.date


def _clean(v: Any) -> str | None:
    if v is None:
        return None
    s = " ".join(str(v).split())
    return s or None


def _column_values(data: pl.DataFrame, mappings: list[ColumnMapping]) -> tuple[dict[str, list], dict[str, str]]:
    """Field -> list of cleaned values (multi-column fields joined) and field -> header for messages."""
    values: dict[str, list] = {}
    headers: dict[str, str] = {}
    for m in mappings:
        if not m.field:
            continue
        col = [_clean(v) for v in data.get_column(f"c{m.index}").to_list()]
        if m.field in values:  # region/findings may come from several columns
            sep = _MULTI_SEP.get(m.field, ", ")
            values[m.field] = [a if not b else (b if not a else f"{a}{sep}{b}") for a, b in zip(values[m.field], col)]
            headers[m.field] += f" + {m.source_column}"
        else:
            values[m.field] = col
            headers[m.field] = m.source_column
    return values, headers


def _convert(vals: list, fn: Callable[[str], Any]) -> dict[str, tuple[Any, str | None]]:
    """Each distinct value -> (parsed value, error message or None)."""
    out: dict[str, tuple[Any, str | None]] = {}
    for v in set(vals):
        if v is None:
            continue
        try:
            out[v] = (fn(v), None)
        except ValueError as exc:
            out[v] = (None, str(exc))
    return out


def _percent_scale(vals: list) -> bool | None:
    """True when bare numbers in the column are fractions (all <= 1), False when they are 0..100."""
    nums = []
    for v in set(vals):
        if v is None or "%" in v:
            continue
        try:
            x = parse_number(v)
        except ValueError:
            continue
        if x is not None:
            nums.append(x)
    if not nums:
        return None
    return not any(x > 1 for x in nums)


def _day_first(vals: list) -> bool:
    import re

    pat = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}")
    for v in set(vals):
        m = pat.match(v) if v else None
        if m and int(m.group(2)) > 12 >= int(m.group(1)):
            return False
    return True


def nonempty_mask(data: pl.DataFrame) -> list[bool]:
    """Per row: does any cell hold something other than blanks?"""
    if data.width == 0:
        return [False] * data.height
    expr = pl.any_horizontal([pl.col(c).str.strip_chars().str.len_chars().fill_null(0) > 0 for c in data.columns])
    return data.select(expr.alias("x")).get_column("x").to_list()


def build_records(data: pl.DataFrame, row_numbers: list[int], mappings: list[ColumnMapping],
                  ctx: RowContext) -> list[SupplierRecord]:
    """One SupplierRecord per non-blank data row, in file order."""
    rep, file, sheet = ctx.report, ctx.file, ctx.sheet

    def issue(code: str, msg: str, row: int | None = None, column: str | None = None,
              severity: str = "warning", key: str | None = None) -> None:
        rep.add(DataQualityIssue(code, msg, severity, file, sheet, row, column, key))

    values, headers = _column_values(data, mappings)
    n = data.height
    col = {f: values.get(f, [None] * n) for f in
           ("supplier_name", "supplier_id", "country", "region", "products", "workers", "migrant_share",
            "last_audit_date", "spend", *BOOL_FIELDS, *TEXT_FIELDS)}
    countries = {v: normalize_country(v) for v in set(col["country"]) if v is not None and not is_missing(v)}
    products = {v: (normalize_products(v), unrecognised_products(v)) for v in set(col["products"]) if v is not None}
    workers = _convert(col["workers"], parse_int)
    scale = _percent_scale(col["migrant_share"])
    migrant = _convert(col["migrant_share"], lambda v: parse_percent(v, fraction_scale=scale))
    day_first = _day_first(col["last_audit_date"])
    dates = _convert(col["last_audit_date"], lambda v: parse_date(v, day_first=day_first))
    spend = _convert(col["spend"], parse_number)
    bools = {f: _convert(col[f], parse_bool) for f in BOOL_FIELDS}
    extra_maps = [m for m in mappings if not m.field]
    extra_cols = {m.source_column: data.get_column(f"c{m.index}").to_list() for m in extra_maps}
    has_country_col = "country" in values
    derive_country = "region" in values
    mask = nonempty_mask(data)
    name_header = (headers.get("supplier_name") or "").casefold()

    records: list[SupplierRecord] = []
    derived = 0
    for i in range(n):
        rown = row_numbers[i]
        if not mask[i]:
            issue("row_blank", f"Row {rown} is blank between data rows; it holds no supplier and was skipped.",
                  rown, severity="info")
            continue
        name = col["supplier_name"][i]
        sid = col["supplier_id"][i]
        raw_c = col["country"][i]
        iso = None
        if raw_c is not None and not is_missing(raw_c):
            iso = countries.get(raw_c)
            if iso is None:
                issue("country_unknown", f"Country '{raw_c}' was not recognised; inherent country risk is not "
                      "applied for this row.", rown, headers.get("country"))
        if iso is None and derive_country and col["region"][i] and (raw_c is None or is_missing(raw_c)):
            iso = country_from_address(col["region"][i])
            if iso:
                derived += 1
                issue("country_from_address", f"No country given; '{country_name(iso)}' was read from the end of "
                      f"the address '{col['region'][i]}'.", rown, headers.get("region"), "info")
        if iso is None and (raw_c is None or is_missing(raw_c)):
            issue("country_missing", "No country for this row; inherent country risk is not applied.", rown,
                  headers.get("country"), "info")
        rec = SupplierRecord(supplier_key="", row_number=rown, name=name or "", supplier_id=sid, country=iso,
                             country_raw=raw_c)
        rec.region = col["region"][i]
        raw_p = col["products"][i]
        if raw_p is not None:
            rec.products_raw = raw_p
            goods, unknown = products[raw_p]
            rec.products = list(goods)
            if unknown:
                issue("product_unrecognised", f"Product(s) {', '.join(repr(u) for u in unknown)} are not on the "
                      "DOL goods list or the product lexicon; kept as written, no product risk applied.",
                      rown, headers.get("products"), "info")
        for fld, table in (("workers", workers), ("migrant_share", migrant), ("last_audit_date", dates),
                           ("spend", spend)):
            raw = col[fld][i]
            if raw is None:
                continue
            val, err = table[raw]
            if err:
                issue("value_invalid", f"{err}; the value was left empty.", rown, headers.get(fld))
            setattr(rec, fld, val)
        for fld in BOOL_FIELDS:
            raw = col[fld][i]
            if raw is None:
                continue
            val, err = bools[fld][raw]
            if err:
                issue("value_invalid", f"{err}; the value was left empty.", rown, headers.get(fld))
            setattr(rec, fld, val)
        for fld in ("sector", "audit_report", "findings", "tier"):
            setattr(rec, fld, col[fld][i])
        if rec.last_audit_date and rec.last_audit_date > ctx.today:
            issue("date_in_future", f"Audit date {rec.last_audit_date.isoformat()} is in the future.", rown,
                  headers.get("last_audit_date"))
        if extra_cols:
            rec.extra = {k: v[i] for k, v in extra_cols.items()}
        if not name:
            rec.screenable = False
            rec.not_screened_reason = "No supplier name in this row"
        elif name.casefold() == name_header:
            rec.screenable = False
            rec.not_screened_reason = "This row repeats the header row"
        records.append(rec)
    if not has_country_col and derive_country:
        issue("country_column_missing", f"The sheet has no country column; the country was read from the end of "
              f"the address for {derived} of {len(records)} rows.", None, headers.get("region"), "info")
    _assign_keys(records, issue)
    return records


def _assign_keys(records: list[SupplierRecord], issue: Callable[..., None]) -> None:
    """Unique stable keys, reasons for unnamed rows and grouping of duplicate suppliers."""
    seen: dict[str, int] = {}
    for rec in records:
        if not rec.name:
            key = supplier_key(None, rec.supplier_id, rec.country) if rec.supplier_id else f"row:{rec.row_number}"
        else:
            key = supplier_key(rec.name, rec.supplier_id, rec.country)
        if key in seen:
            if rec.supplier_id:
                issue("duplicate_supplier_id", f"Supplier ID '{rec.supplier_id}' also appears in row {seen[key]}.",
                      rec.row_number, None, "warning")
            key = f"{key}#r{rec.row_number}"
        else:
            seen[key] = rec.row_number
        rec.supplier_key = key
        if not rec.name:
            issue("row_no_name", "This row has no supplier name; it is kept in the register as not screened.",
                  rec.row_number, None, "error", key)
    parents = group_duplicates([r.name if r.screenable else None for r in records], [r.country for r in records])
    for rec, parent in zip(records, parents):
        if parent is None:
            continue
        first = records[parent]
        first.group_key = first.supplier_key
        rec.group_key = first.supplier_key
        issue("duplicate_supplier", f"'{rec.name}' seems to be the same supplier as '{first.name}' in row "
              f"{first.row_number}; both rows are kept and grouped.", rec.row_number, None, "warning",
              rec.supplier_key)
