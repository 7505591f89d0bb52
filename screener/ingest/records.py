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

from screener.ingest.content_checks import HEADCOUNT
from screener.ingest.dedupe import Site, group_suppliers, make_site, supplier_keys
from screener.issues import (default_severity, COUNTRY_COLUMN_MISSING, COUNTRY_FROM_ADDRESS, COUNTRY_MISSING,
                             COUNTRY_UNKNOWN, DATE_IN_FUTURE, DUPLICATE_SUPPLIER, DUPLICATE_SUPPLIER_ID,
                             PRODUCT_UNRECOGNISED, ROW_BLANK, ROW_NO_NAME, SUPPLIER_SITE, VALUE_INVALID)
from screener.contracts import ColumnMapping, DataQualityIssue, DataQualityReport, SupplierRecord
from screener.normalize.countries import country_from_address, country_name, normalize_country
from screener.normalize.products import normalize_products, unrecognised_products
from screener.normalize.values import (is_missing, parse_bool, parse_date, parse_int, parse_number,
                                       parse_percent)

BOOL_FIELDS = ("labour_agency", "recruitment_fees", "employer_housing")
TEXT_FIELDS = ("sector", "audit_report", "findings", "tier", "region")
SITE_FIELDS = ("address", "city", "state_province", "postal_code", "parent_company")
LOCATION_FIELDS = ("address", "city", "state_province", "region")  # joined into the record's location text
_MULTI_SEP = {"region": ", ", "address": ", ", "findings": "\n"}


@dataclass
class RowContext:
    """Where the rows come from, for the messages."""

    file: str
    sheet: str | None
    report: DataQualityReport
    today: dt.date


def _column_values(data: pl.DataFrame, mappings: list[ColumnMapping]) -> tuple[dict[str, list], dict[str, str]]:
    """Field -> list of cleaned values (multi-column fields joined) and field -> header for messages."""
    values: dict[str, list] = {}
    headers: dict[str, str] = {}
    for m in mappings:
        if not m.field:
            continue
        expr = pl.col(f"c{m.index}").str.strip_chars()
        cleaned = data.select(pl.when(expr.str.len_chars() > 0).then(expr).otherwise(None).alias("v"))
        col = cleaned.get_column("v").to_list()
        if m.field in values:  # region/findings may come from several columns
            sep = _MULTI_SEP.get(m.field, ", ")
            values[m.field] = [a if not b else (b if not a else f"{a}{sep}{b}") for a, b in zip(values[m.field], col)]
            headers[m.field] += f" + {m.source_column}"
        else:
            values[m.field] = col
            headers[m.field] = m.source_column
    return values, headers


def _floats(vals: list) -> list[float | None]:
    """Vectorised parse of plain numbers ("1200", "0.35"); anything else stays None for the slow path."""
    return pl.Series(vals, dtype=pl.Utf8).cast(pl.Float64, strict=False).to_list()


_ISO_DT = r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"


def _iso_dates(vals: list) -> list[dt.date | None]:
    s = pl.Series(vals, dtype=pl.Utf8)
    ok = s.str.contains(_ISO_DT).fill_null(False)
    parsed = s.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False)
    return pl.select(pl.when(ok).then(parsed).otherwise(None)).to_series().to_list()


def _parse_column(vals: list, fn: Callable[[str], Any], fast: list | None = None) -> tuple[list, dict[int, str]]:
    """Parsed values and {row index: error message}; each distinct slow-path value is parsed once."""
    out = list(fast) if fast is not None else [None] * len(vals)
    cache: dict[str, tuple[Any, str | None]] = {}
    errors: dict[int, str] = {}
    for i, v in enumerate(vals):
        if v is None or out[i] is not None:
            continue
        hit = cache.get(v)
        if hit is None:
            try:
                hit = (fn(v), None)
            except ValueError as exc:
                hit = (None, str(exc))
            cache[v] = hit
        out[i] = hit[0]
        if hit[1]:
            errors[i] = hit[1]
    return out, errors


def _workers(vals: list) -> tuple[list, dict[int, str]]:
    fast = [int(round(x)) if x is not None and 0 <= x < 1e9 and float(x).is_integer() else None
            for x in _floats(vals)]
    return _parse_column(vals, parse_int, fast)


def _spend(vals: list) -> tuple[list, dict[int, str]]:
    return _parse_column(vals, parse_number, _floats(vals))


def _migrant(vals: list) -> tuple[list, dict[int, str]]:
    nums = _floats(vals)
    present = [x for x in nums if x is not None]
    scale = None if not present else not any(x > 1 for x in present)
    fast = [None if x is None or x < 0 or x > 100 else round(x if (scale is not False and x <= 1) else x / 100, 6)
            for x in nums]
    return _parse_column(vals, lambda v: parse_percent(v, fraction_scale=scale), fast)


def _migrant_from_counts(vals: list, workers: list) -> tuple[list, dict[int, str]]:
    """Share = migrant headcount / total workers, per row (the column held counts, not shares)."""
    counts, errors = _parse_column(vals, parse_int, [int(x) if x is not None and x >= 0 and float(x).is_integer()
                                                     else None for x in _floats(vals)])
    out: list[float | None] = []
    for i, (c, w) in enumerate(zip(counts, workers)):
        if c is None:
            out.append(None)
        elif not w:
            out.append(None)
            errors.setdefault(i, f"{c} migrant workers but no total number of workers, so no share can be computed")
        elif c > w:
            out.append(None)
            errors.setdefault(i, f"{c} migrant workers is more than the {w} workers in total")
        else:
            out.append(round(c / w, 6))
    return out, errors


def _dates(vals: list) -> tuple[list, dict[int, str]]:
    day_first = _day_first(vals)
    return _parse_column(vals, lambda v: parse_date(v, day_first=day_first), _iso_dates(vals))


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
              severity: str | None = None, key: str | None = None) -> None:
        rep.add(DataQualityIssue(code, msg, severity or default_severity(code), file, sheet, row, column, key))

    values, headers = _column_values(data, mappings)
    n = data.height
    site_cols = {f: values.get(f, [None] * n) for f in SITE_FIELDS}
    region_only = values.get("region", [None] * n)
    located = [f for f in LOCATION_FIELDS if f in values]
    if located:  # the record's region is the whole location text: address, city, state, region
        values["region"] = [", ".join(dict.fromkeys(str(values[f][i]) for f in located if values[f][i]))
                            or None for i in range(n)]
        headers["region"] = " + ".join(dict.fromkeys(headers[f] for f in located))
    col = {f: values.get(f, [None] * n) for f in
           ("supplier_name", "supplier_id", "country", "region", "products", "workers", "migrant_share",
            "last_audit_date", "spend", *BOOL_FIELDS, *TEXT_FIELDS)}
    countries = {v: normalize_country(v) for v in set(col["country"]) if v is not None and not is_missing(v)}
    products = {v: (normalize_products(v), unrecognised_products(v)) for v in set(col["products"]) if v is not None}
    workers_parsed = _workers(col["workers"])
    counted = any(m.field == "migrant_share" and m.method == HEADCOUNT for m in mappings)
    migrant_parsed = (_migrant_from_counts(col["migrant_share"], workers_parsed[0]) if counted
                      else _migrant(col["migrant_share"]))
    parsed = {"workers": workers_parsed, "migrant_share": migrant_parsed,
              "last_audit_date": _dates(col["last_audit_date"]), "spend": _spend(col["spend"])}
    for fld in BOOL_FIELDS:
        parsed[fld] = _parse_column(col[fld], parse_bool)
    extra_maps = [m for m in mappings if not m.field]
    extra_cols = {m.source_column: data.get_column(f"c{m.index}").to_list() for m in extra_maps}
    has_country_col = "country" in values
    derive_country = "region" in values
    mask = nonempty_mask(data)
    while n and not mask[n - 1]:  # trailing empty rows are not data: drop them silently
        n -= 1
    name_header = (headers.get("supplier_name") or "").casefold()

    records: list[SupplierRecord] = []
    derived = 0
    cols = [col[f] for f in ("supplier_name", "supplier_id", "country", "region", "products", "sector",
                             "audit_report", "findings", "tier")]
    pv = {f: parsed[f][0] for f in parsed}
    workers, migrant, audit, spend = pv["workers"], pv["migrant_share"], pv["last_audit_date"], pv["spend"]
    agency, fees, housing = pv["labour_agency"], pv["recruitment_fees"], pv["employer_housing"]
    missing_c = {v: is_missing(v) for v in set(col["country"]) if v is not None}
    kept: list[int] = []
    for i, (name, sid, raw_c, region, raw_p, sector, report, findings, tier) in enumerate(zip(*(c[:n] for c in cols))):
        rown = row_numbers[i]
        if not mask[i]:
            issue(ROW_BLANK, f"Row {rown} is blank between data rows; it holds no supplier and was skipped.",
                  rown, severity="info")
            continue
        kept.append(i)
        iso = None
        no_country = raw_c is None or missing_c[raw_c]
        if not no_country:
            iso = countries.get(raw_c)
            if iso is None:
                issue(COUNTRY_UNKNOWN, f"Country '{raw_c}' was not recognised; inherent country risk is not "
                      "applied for this row.", rown, headers.get("country"))
        elif derive_country and region:
            iso = country_from_address(region)
            if iso:
                derived += 1
                issue(COUNTRY_FROM_ADDRESS, f"No country given; '{country_name(iso)}' was read from the end of "
                      f"the address '{region}'.", rown, headers.get("region"), "info")
        if iso is None and no_country and (has_country_col or derive_country):
            issue(COUNTRY_MISSING, "No country for this row; inherent country risk is not applied.", rown,
                  headers.get("country"), "info")
        goods: list[str] = []
        if raw_p is not None:
            goods, unknown = products[raw_p]
            if unknown:
                issue(PRODUCT_UNRECOGNISED, f"Product(s) {', '.join(repr(u) for u in unknown)} are not on the "
                      "DOL goods list or the product lexicon; kept as written, no product risk applied.",
                      rown, headers.get("products"), "info")
        rec = SupplierRecord("", rown, name or "", sid, iso, raw_c, region, list(goods), raw_p, sector,
                             workers[i], migrant[i], agency[i], fees[i], housing[i], audit[i], report, findings,
                             tier, spend[i])
        for fld, vals in site_cols.items():
            setattr(rec, fld, vals[i])
        if extra_cols:
            rec.extra = {k: v[i] for k, v in extra_cols.items()}
        if not name:
            rec.screenable = False
            rec.not_screened_reason = "No supplier name in this row"
        elif name.casefold() == name_header:
            rec.screenable = False
            rec.not_screened_reason = "This row repeats the header row"
        records.append(rec)
    for fld, (_, errors) in parsed.items():
        for i, err in errors.items():
            if mask[i]:
                issue(VALUE_INVALID, f"{err}; the value was left empty.", row_numbers[i], headers.get(fld))
    for i in kept:
        if audit[i] is not None and audit[i] > ctx.today:
            issue(DATE_IN_FUTURE, f"Audit date {audit[i].isoformat()} is in the future.", row_numbers[i],
                  headers.get("last_audit_date"))
    if not has_country_col and derive_country:
        issue(COUNTRY_COLUMN_MISSING, f"The sheet has no country column; the country was read from the end of "
              f"the address for {derived} of {len(records)} rows.", None, headers.get("region"), "info")
    elif not has_country_col:
        issue(COUNTRY_COLUMN_MISSING, "The sheet has no country column and no address; inherent country risk "
              "cannot be applied to any supplier.", None, None, "warning")
    sites = [make_site(r.name, r.address, r.city or r.state_province or region_only[k] or r.postal_code)
             for r, k in zip(records, kept)]
    _assign_keys(records, issue, sites)
    return records


def _assign_keys(records: list[SupplierRecord], issue: Callable[..., None], sites: list[Site] | None = None
                 ) -> None:
    """Unique stable keys, reasons for unnamed rows and grouping of duplicate suppliers."""
    if not records:
        return
    keys, firsts = supplier_keys([r.name for r in records], [r.supplier_id for r in records],
                                 [r.country for r in records], [r.row_number for r in records])
    for rec, key, first in zip(records, keys, firsts):
        rec.supplier_key = key
        if first is not None and rec.supplier_id:
            issue(DUPLICATE_SUPPLIER_ID, f"Supplier ID '{rec.supplier_id}' also appears in row {first}.",
                  rec.row_number, None, "warning", key)
        if not rec.name:
            issue(ROW_NO_NAME, "This row has no supplier name; it is kept in the register as not screened.",
                  rec.row_number, None, "error", key)
    grouping = group_suppliers([r.name if r.screenable else None for r in records], [r.country for r in records],
                               sites)
    for i, (rec, parent) in enumerate(zip(records, grouping.duplicate_of)):
        if parent is None:
            continue
        original = records[parent]
        original.group_key = original.supplier_key
        rec.group_key = original.supplier_key
        issue(DUPLICATE_SUPPLIER, f"Row {rec.row_number} seems to be the same supplier as row {original.row_number}: "
              f"{grouping.evidence.get(i, 'same name')}. Both rows are kept and grouped.", rec.row_number, None,
              "warning", rec.supplier_key)
    for i, (rec, first_i) in enumerate(zip(records, grouping.site_group_of)):
        if first_i is None:
            continue
        rec.site_group_key = records[first_i].supplier_key
        if first_i != i:
            head = records[first_i]
            issue(SUPPLIER_SITE, f"Row {rec.row_number} is another site of '{head.name}' (row "
                  f"{head.row_number}), not a duplicate: {grouping.evidence.get(i, 'different site')}. Each site is "
                  "screened on its own.", rec.row_number, None, "info", rec.supplier_key)
