"""Watchlists as data: the shipped UFLPA and CBP tables and users' own csv/xlsx lists."""
from __future__ import annotations

import csv
import functools
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pycountry

from screener.resources import lexicon_data
from screener.errors import InputError, LimitExceeded
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.normalize.names import RISK_DIR, split_aliases

SHIPPED_FILES = {"uflpa": "uflpa_entity_list.csv", "cbp": "cbp_orders.csv"}
ACTIVE_STATUSES = frozenset({"active", "unknown"})


@dataclass(frozen=True)
class WatchlistEntry:
    """One listed entity (or vessel) with every name it is known by."""

    entity_id: str
    name: str
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO alpha-2; empty when the list gives none
    details: tuple[tuple[str, str], ...] = ()  # e.g. (("section", "2(d)(2)(B)(v)"), ("status", "active"))
    source_url: str = ""
    active: bool = True  # False for CBP orders that were modified, revoked or superseded
    matchable: bool = True  # False for region-wide orders ("All Turkmenistan cotton"): no name to match


@dataclass(frozen=True)
class Watchlist:
    """A list of entities with its identity, edition, licence and caveats."""

    list_id: str
    name: str
    edition: str
    entries: tuple[WatchlistEntry, ...]
    source: str = ""
    licence: str = ""
    caveats: tuple[str, ...] = ()
    source_file: str = ""


@functools.lru_cache(maxsize=1)
def risk_sources() -> dict:
    """lexicons/risk/SOURCES.yaml: source, edition, licence and caveats of every curated file."""
    return lexicon_data("risk/SOURCES.yaml")


@functools.lru_cache(maxsize=1)
def _crosswalk() -> dict[str, tuple[str, ...]]:
    data = lexicon_data("risk/country_crosswalk.yaml")["names"]
    return {k.casefold(): tuple(v) for k, v in data.items()}


@functools.lru_cache(maxsize=4096)
def country_codes(raw: str) -> tuple[str, ...]:
    """ISO alpha-2 codes for a country name or code ("Burma", "DRC", "cn"); empty when unknown."""
    raw = raw.strip()
    if not raw:
        return ()
    if raw.casefold() in _crosswalk():
        return _crosswalk()[raw.casefold()]
    try:
        return (pycountry.countries.lookup(raw).alpha_2,)
    except LookupError:
        return ()


def _split(cell: str | None, sep: str = ";") -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split(sep) if p.strip())


def _read_shipped(list_id: str) -> list[dict[str, str]]:
    with (RISK_DIR / SHIPPED_FILES[list_id]).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _uflpa_entry(r: dict[str, str]) -> WatchlistEntry:
    notice = f"Federal Register {r['fr_citation'] or 'doc. ' + r['fr_document']} of {r['notice_date']}" \
        if r["fr_document"] != "not found" else f"DHS notice of {r['notice_date']} (Federal Register number not found)"
    details = (("section", r["section"] or "not verified"), ("effective_date", r["effective_date"]),
               ("listing_notice", notice), ("verification", r["verification"]), ("notes", r["notes"]))
    return WatchlistEntry(r["entity_id"], r["name"], _split(r["aliases"]), _split(r["former_names"]),
                          _split(r["countries"]), details, r["source_url"])


def _cbp_entry(r: dict[str, str]) -> WatchlistEntry:
    active = r["status"] in ACTIVE_STATUSES
    details = (("order_type", r["order_type"]), ("effective_date", r["effective_date"] or "unknown"),
               ("status", r["status"]), ("status_detail", r["status_raw"]),
               ("alert", "active order" if active else "inactive order (kept for reference)"),
               ("uncertain", r["uncertain"]), ("product", r["product"]), ("scope", r["scope"]),
               ("entity_as_listed", r["entity"]), ("notes", r["notes"]))
    return WatchlistEntry(r["entity_id"], r["name"], _split(r["aliases"]), (), _split(r["countries"]), details,
                          r["source_url"], active=active, matchable=r["scope"] != "region")


def load_shipped_watchlist(list_id: str) -> Watchlist:
    """The curated UFLPA ("uflpa") or CBP ("cbp") list shipped in lexicons/risk/."""
    if list_id not in SHIPPED_FILES:
        known = ", ".join(SHIPPED_FILES)
        raise InputError(f"unknown watchlist '{list_id}': use one of {known}, or give a csv/xlsx file")
    meta = risk_sources()["files"][SHIPPED_FILES[list_id]]
    make = _uflpa_entry if list_id == "uflpa" else _cbp_entry
    entries = tuple(make(r) for r in _read_shipped(list_id))
    return Watchlist(list_id, meta["title"], meta["edition"], entries, meta["source"], meta["licence"],
                     tuple(meta.get("caveats") or ()), SHIPPED_FILES[list_id])


# ---------------------------------------------------------------- users' own lists
@functools.lru_cache(maxsize=1)
def user_list_columns() -> dict[str, str]:
    """Accepted header (case-folded) -> field, from lexicons/risk/user_lists.yaml."""
    data = lexicon_data("risk/user_lists.yaml")["columns"]
    return {syn.casefold().strip(): field for field, syns in data.items() for syn in [field, *syns]}


def _rows_from_csv(raw: bytes, file: str) -> list[list[str]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)  # the header line decides: names may hold commas
    try:
        return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:
        raise InputError(f"cannot read the list as csv: {exc}", file=file) from exc


def _rows_from_xlsx(path: Path, file: str) -> list[list[str]]:
    import openpyxl  # read_only + data_only: cached values, formulas are never evaluated

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # corrupt, encrypted or not an xlsx file
        raise InputError(f"cannot open the list as an Excel workbook: {exc}", file=file) from exc
    try:
        ws = wb.worksheets[0]
        return [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def header_map(header: list[str], file: str) -> dict[str, int]:
    """Column index of each known field (name, aliases, country, source_url) in a header row."""
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        field = user_list_columns().get(h.casefold().strip())
        if field and field not in cols:
            cols[field] = i
    if "name" not in cols:
        seen = ", ".join(repr(h) for h in header if h.strip()) or "none"
        raise InputError(f"no 'name' column in the list (columns found: {seen}); the list needs the columns "
                         "name, aliases (';'-separated) and country", file=file, column="name")
    return cols


def read_table_rows(path: Path | str, *, limits: Limits = DEFAULT_LIMITS) -> list[list[str]]:
    """Non-empty rows of the first sheet of a csv or xlsx file, as text cells (formulas never evaluated)."""
    path = Path(path)
    file = path.name
    if not path.is_file():
        raise InputError("file not found", file=str(path))
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise LimitExceeded(f"the file is {size} bytes, over the limit of {limits.max_file_bytes}", file=file)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _rows_from_xlsx(path, file)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _rows_from_csv(path.read_bytes(), file)
    else:
        raise InputError(f"unsupported format '{suffix}': use .csv or .xlsx", file=file)
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) > limits.max_rows:
        raise LimitExceeded(f"the file has {len(rows)} rows, over the limit of {limits.max_rows}", file=file)
    return rows


def load_user_watchlist(path: Path | str, *, limits: Limits = DEFAULT_LIMITS) -> Watchlist:
    """A user's list from csv or xlsx with columns name, aliases (';'-separated), country and any others."""
    path = Path(path)
    file = path.name
    rows = read_table_rows(path, limits=limits)
    if not rows:
        raise InputError("the list is empty", file=file)
    header = [c.strip() for c in rows[0]]
    cols = header_map(header, file)
    others = [(i, h) for i, h in enumerate(header) if i not in cols.values() and h]
    entries = []
    for n, row in enumerate(rows[1:], start=2):
        cell = lambda f: row[cols[f]].strip() if f in cols and cols[f] < len(row) else ""  # noqa: E731
        names = split_aliases(cell("name"))
        if not names:
            raise InputError("the name is empty", file=file, row=n, column=header[cols["name"]])
        countries: list[str] = []
        for c in _split(cell("country")):
            codes = country_codes(c)
            if not codes:
                raise InputError(f"unknown country '{c}' (use a country name or ISO code)", file=file, row=n,
                                 column=header[cols["country"]])
            countries.extend(codes)
        aliases = tuple(a for part in _split(cell("aliases")) for a in split_aliases(part))
        details = tuple((h, row[i].strip()) for i, h in others if i < len(row) and row[i].strip())
        entries.append(WatchlistEntry(f"{path.stem}-{n}", names[0], tuple(names[1:]) + aliases, (),
                                      tuple(dict.fromkeys(countries)), (("row", str(n)), *details),
                                      cell("source_url")))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    edition = f"user file {file}, {len(entries)} entries (sha256 {digest})"
    return Watchlist(path.stem, f"User list {file}", edition, tuple(entries), str(path), "as provided by the user",
                     (), str(path))


def load_watchlists(ids: Sequence[str] = ("uflpa", "cbp"), extra_files: Sequence[Path | str] = ()) -> list[Watchlist]:
    """The shipped lists named in ``ids`` plus the users' list files in ``extra_files``."""
    lists = [load_shipped_watchlist(i) for i in ids]
    lists += [load_user_watchlist(p) for p in extra_files]
    return lists


def watchlist_editions(lists: Sequence[Watchlist]) -> dict[str, str]:
    """``{list_id: "title, edition"}`` for the methodology record of a run."""
    return {wl.list_id: f"{wl.name}, {wl.edition}" for wl in lists}
