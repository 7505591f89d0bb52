"""``screener match NAMES_FILE``: match names against watchlists, one JSON line per name."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from screener.commands.output import add_format_argument, chosen_format, write_csv, write_jsonl, write_table
from screener.errors import InputError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``screener match``."""
    parser.add_argument("names_file", metavar="NAMES_FILE",
                        help="a .txt file with one name per line, or a .csv/.xlsx file with a name column "
                             "(and an optional country column)")
    parser.add_argument("--list", dest="lists", action="append", metavar="uflpa|cbp|FILE",
                        help="watchlist to match against; repeat for several. A FILE is your own csv/xlsx list with "
                             "columns name, aliases (';'-separated), country. Default: uflpa and cbp")
    parser.add_argument("--name-column", help="header of the name column in a csv/xlsx NAMES_FILE (default: found "
                                              "from common headers such as 'name', 'supplier', 'company')")
    parser.add_argument("--country-column", help="header of the country column in a csv/xlsx NAMES_FILE "
                                                 "(default: a column called 'country' if there is one)")
    parser.add_argument("--limit", type=int, default=3, help="best matches kept per name (default 3)")
    add_format_argument(parser)

TABLE_COLUMNS = ("row", "name", "country", "alerts", "best match", "list", "score", "why")
TABLE_WIDTHS = (6, 40, 7, 6, 45, 6, 5, 60)


def _find_column(header: list[str], wanted: str | None, field: str, file: str) -> int | None:
    if wanted:
        for i, h in enumerate(header):
            if h.strip().casefold() == wanted.strip().casefold():
                return i
        raise InputError(f"no column '{wanted}' (columns found: {', '.join(header)})", file=file, column=wanted)
    from screener.risk.watchlist_data import user_list_columns  # imported here: `screener --help` stays fast

    cols = user_list_columns()
    return next((i for i, h in enumerate(header) if cols.get(h.strip().casefold()) == field), None)


def read_names(path: Path, name_column: str | None = None,
               country_column: str | None = None) -> list[tuple[int, str, str | None]]:
    """(row number, name, country or None) for every name in a .txt, .csv or .xlsx file."""
    file = path.name
    if path.suffix.lower() == ".txt":
        if not path.is_file():
            raise InputError("file not found", file=str(path))
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        return [(n, line.strip(), None) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    from screener.risk.watchlist_data import read_table_rows

    rows = read_table_rows(path)
    if not rows:
        raise InputError("the file has no rows", file=file)
    header = [c.strip() for c in rows[0]]
    ni = _find_column(header, name_column, "name", file)
    if ni is None:
        raise InputError(f"no name column found (columns: {', '.join(header)}); use --name-column",
                         file=file, column="name")
    ci = _find_column(header, country_column, "country", file)
    out = []
    for n, row in enumerate(rows[1:], start=2):
        name = row[ni].strip() if ni < len(row) else ""
        if not name:
            raise InputError("the name is empty", file=file, row=n, column=header[ni])
        country = row[ci].strip() if ci is not None and ci < len(row) and row[ci].strip() else None
        out.append((n, name, country))
    return out


def run(args: argparse.Namespace) -> int:
    """Print one JSON line per input name with its best watchlist matches and their explanations."""
    from screener.contracts import to_dict
    from screener.risk.watchlist_data import SHIPPED_FILES
    from screener.risk.watchlists import WatchlistIndex, load_watchlists, watchlist_editions

    ids: list[str] = []
    files: list[str] = []
    for item in args.lists or ["uflpa", "cbp"]:
        (ids if item in SHIPPED_FILES else files).append(item)
    lists = load_watchlists(ids, files)
    names = read_names(Path(args.names_file), args.name_column, args.country_column)
    index = WatchlistIndex(lists)
    editions = watchlist_editions(lists)
    print(f"matching {len(names)} names against: " + "; ".join(f"{k}: {v}" for k, v in editions.items()),
          file=sys.stderr)
    results = index.match_many([(n, c) for _, n, c in names], limit=args.limit)
    lines = [{"row": row, "name": name, "country": country, "alerts": len(matches),
              "matches": [to_dict(m) for m in matches], "editions": editions}
             for (row, name, country), matches in zip(names, results)]
    fmt = chosen_format(getattr(args, "format", None))
    if fmt == "jsonl":
        write_jsonl(sys.stdout, lines)
        return 0
    rows = [_summary_row(line) for line in lines]
    if fmt == "csv":
        write_csv(sys.stdout, TABLE_COLUMNS, rows)
    else:
        write_table(sys.stdout, TABLE_COLUMNS, rows, TABLE_WIDTHS, empty="no names to match")
    return 0


def _summary_row(line: dict) -> list:
    """One row per input name: its best match (if any) and the features that explain it."""
    best = line["matches"][0] if line["matches"] else None
    if best is None:
        return [line["row"], line["name"], line["country"] or "", 0, "", "", "", "no match"]
    why = "; ".join(f["detail"] or f["name"] for f in best.get("features", [])[:3])
    return [line["row"], line["name"], line["country"] or "", line["alerts"], best.get("entity_name", ""),
            best.get("list_id", ""), f"{best.get('score', 0):.2f}", why]
