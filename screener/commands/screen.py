"""``screener screen``: screen a supplier sheet and write the risk register."""
from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from screener.errors import InputError

OUT_SUFFIXES = (".xlsx", ".json", ".csv")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``screener screen``."""
    parser.add_argument("suppliers", metavar="SUPPLIERS",
                        help="supplier sheet: csv, tsv, xlsx, xlsm, xls or ods")
    parser.add_argument("--reports", metavar="DIR", action="append", default=[],
                        help="folder of audit reports (pdf, docx, txt, md, html) or one report file; may repeat")
    parser.add_argument("--out", metavar="FILE", action="append", default=[],
                        help="write the risk register: FILE.xlsx, FILE.json, FILE.csv, or a folder ending in / "
                             "for one PDF case file per supplier; may repeat. Without it, a ranked summary is printed")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read in a workbook (default: the one that "
                                                        "looks like a supplier list)")
    parser.add_argument("--map", metavar="HEADER=FIELD", action="append", default=[],
                        help='override a column mapping, e.g. --map "Vendor=supplier_name"; '
                             'an empty field ("Notes=") keeps the column unmapped; may repeat')
    parser.add_argument("--list", metavar="FILE", action="append", default=[], dest="lists",
                        help="an extra watchlist (csv or xlsx with name, aliases, country); may repeat")
    parser.add_argument("--no-redact", action="store_true",
                        help="show personal data (names, passport and phone numbers) in exports; "
                             "for authorised reviewers only")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="review store whose decisions are applied to the scores and go into the exports: a "
                             "SQLite file or a postgresql:// URL (default: $SCREENER_DB, or reviews.sqlite when it "
                             "exists); the CLI says which one it applied")
    parser.add_argument("--all-cases", action="store_true",
                        help="with --out DIR/, write a PDF case file for every supplier (default: only suppliers "
                             "that are high, need assessment or are under review)")
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="run the evidence scan, name matching and scoring on a Dask cluster: a scheduler "
                             "address (tcp://host:8786) or local:N for N local worker processes "
                             "(needs dask[distributed]; see docs/cluster.md)")
    parser.add_argument("--quiet", action="store_true",
                        help="print nothing but errors (no progress bars, no list of files written)")


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """Turn ["Header=field", ...] into a mapping; a malformed pair is bad input."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f'--map expects HEADER=FIELD, got "{pair}"')
        header, field = pair.rsplit("=", 1)
        overrides[header.strip()] = field.strip()
    return overrides


def _open_store(db: str | None, quiet: bool = False):
    """The review store given by --db or SCREENER_DB (a file or a PostgreSQL URL), or reviews.sqlite when it
    exists here; None when there is none. Says on stderr which one is applied."""
    from screener.review.store import default_db_target, is_postgres_url, open_store

    target = db or default_db_target()
    if db is None and not is_postgres_url(target) and not Path(target).exists():
        return None
    store = open_store(target)
    if not quiet:
        print(f"applying reviewers' decisions from {store.location}", file=sys.stderr)
    return store


def _check_out_targets(outs: list[str]) -> None:
    for out in outs:
        if out.endswith(("/", "\\")) or Path(out).is_dir():
            continue
        if Path(out).suffix.lower() not in OUT_SUFFIXES:
            raise InputError("the output must end in .xlsx, .json or .csv, or be a folder ending in /", file=out)


def print_summary(run, limit: int = 25) -> None:
    """A ranked, plain-text summary of the run on stdout."""
    screened = [r for r in run.results if r.screened]
    print(f"Screened {len(screened)} of {len(run.results)} suppliers in {run.duration_s:.1f} s "
          f"({len(run.documents)} reports).")
    if getattr(run, "coverage", None) is not None:
        print(f"Coverage: {run.coverage.sentence()}")
    for r in run.results[:limit]:
        reasons = "; ".join(c.reason for c in r.top_reasons(2)) or (r.not_screened_reason or "")
        print(f"{r.risk_score:5.1f}  {r.tier:12s} {r.name[:40]:40s} {r.country or '--':3s} {reasons[:110]}")
    if len(run.results) > limit:
        print(f"... and {len(run.results) - limit} more; use --out register.xlsx for the full register.")


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr, flush=True)


def _executor(address: str | None):
    if not address:
        return None
    from screener.distributed import DaskExecutor

    return DaskExecutor.connect(address)


def _write_outputs(args: argparse.Namespace, result, store, tracker) -> list[str]:
    from screener.export import prepare_view, write_export
    from screener.export.pdf import case_selection

    view = prepare_view(result, store, not args.no_redact, tracker)
    lines = []
    for out in args.out:
        if out.endswith(("/", "\\")) or Path(out).is_dir() or Path(out).suffix == "":
            n = len(case_selection(view, args.all_cases))
            which = "every supplier" if args.all_cases else "suppliers that are high, need assessment or are under review"
            _say(args, f"Writing {n + 1:,} PDF files to {out}: {n:,} case files ({which}) and the portfolio summary.")
            paths = write_export(result, out, store=store, redact=not args.no_redact, progress=tracker,
                                 all_cases=args.all_cases, view=view)
            lines.append(f"wrote {len(paths):,} PDF files to {out}")
        else:
            for path in write_export(result, out, store=store, redact=not args.no_redact, progress=tracker,
                                     view=view):
                lines.append(f"wrote {path}")
    return lines


def _summary_line(result) -> str:
    from collections import Counter

    tiers = Counter(r.tier for r in result.results)
    parts = ", ".join(f"{tiers[t]:,} {t}" for t in ("high", "needs assessment", "medium", "low", "not screened")
                      if tiers.get(t))
    return (f"Screened {len(result.results):,} suppliers and {len(result.documents):,} reports in "
            f"{result.duration_s:.1f} s: {parts}.")


def run(args: argparse.Namespace) -> int:
    """Screen the portfolio and write what was asked for."""
    from screener.commands.progress_bar import make_tracker
    from screener.pipeline import screen

    if not Path(args.suppliers).exists():
        raise InputError("the supplier sheet does not exist", file=args.suppliers)
    _check_out_targets(args.out)
    reports: list[Path] = []
    if args.reports:
        from screener.pipeline import collect_report_paths

        for item in args.reports:
            reports.extend(collect_report_paths(item))
    store = _open_store(args.db, args.quiet)
    tracker = make_tracker(args.quiet)
    executor = _executor(args.cluster)
    lines: list[str] = []
    try:
        with (tracker if hasattr(tracker, "__enter__") else contextlib.nullcontext()):
            result = screen(args.suppliers, reports=reports or None, sheet=args.sheet,
                            overrides=parse_overrides(args.map) or None, extra_lists=args.lists,
                            progress=tracker, store=store, executor=executor)
            result.redacted = not args.no_redact
            if args.out:
                lines = _write_outputs(args, result, store, tracker)
    finally:
        if executor is not None:
            executor.close()
    if not args.out:
        print_summary(result)
        return 0
    for line in [_summary_line(result), *lines]:
        _say(args, line)
    return 0
