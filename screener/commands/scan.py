"""``screener scan``: indicator evidence of one document, of text on stdin, or of a JSON-lines file."""
from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from screener.commands.output import add_format_argument, chosen_format, write_csv, write_jsonl, write_table
from screener.errors import InputError

if TYPE_CHECKING:  # imported where used: `screener --help` does not load the contracts
    from screener.contracts import Document

TABLE_COLUMNS = ("id", "page", "indicator", "polarity", "confidence", "match", "matched", "sentence")
TABLE_WIDTHS = (12, 4, 33, 12, 10, 7, 30, 70)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``screener scan``."""
    parser.add_argument("file", nargs="?", metavar="FILE|-",
                        help="a report (pdf, docx, txt, md, html) or '-' for text on stdin")
    parser.add_argument("--jsonl", metavar="FILE",
                        help='read lines {"id", "text", "lang"?} and print one JSON line per evidence, with "id"')
    parser.add_argument("--lang", choices=("en", "es", "fr"),
                        help="language of the text (detected when left out)")
    parser.add_argument("--supplier", default="", metavar="KEY", help="supplier key to put on each evidence")
    parser.add_argument("--asserted-only", action="store_true",
                        help="print only asserted evidence (leave out negated, policy, remediated, hypothetical)")
    parser.add_argument("--possible", action="store_true",
                        help="also print the sentence model's possible findings (a lower-confidence band for "
                             "reviewers, which counts only once confirmed)")
    parser.add_argument("--no-redact", action="store_true",
                        help="print sentences as written, with personal data (names, passport and phone numbers); "
                             "for authorised reviewers only")
    add_format_argument(parser)


class _Printer:
    """Collects evidence records and prints them in the chosen format (JSON lines are streamed)."""

    def __init__(self, out: TextIO, fmt: str, asserted_only: bool, redact: bool, possible: bool = False) -> None:
        self.out, self.fmt, self.asserted_only, self.redact = out, fmt, asserted_only, redact
        self.possible = possible
        self.rows: list[dict[str, Any]] = []

    def add(self, ev: Any, extra: dict[str, Any] | None = None) -> None:
        if self.asserted_only and ev.polarity != "asserted":
            return
        if not self.possible and getattr(ev, "confidence", "finding") == "possible":
            return
        if self.redact:
            from screener.redact import redact_evidence

            ev = redact_evidence(ev)
        from screener.contracts import to_dict

        rec = dict(extra or {})
        rec.update(to_dict(ev))
        if self.fmt == "jsonl":
            write_jsonl(self.out, [rec])
        else:
            self.rows.append(rec)

    def close(self) -> None:
        if self.fmt == "jsonl":
            return
        rows = [[r.get("id", ""), r["page"], r["indicator"], r["polarity"], r.get("confidence", "finding"),
                 r["match"], r["matched_text"], r["sentence"]] for r in self.rows]
        if self.fmt == "csv":
            write_csv(self.out, TABLE_COLUMNS, rows)
        else:
            write_table(self.out, TABLE_COLUMNS, rows, TABLE_WIDTHS, empty="no evidence found")


def _read_jsonl_records(path: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path) from exc
    records: list[tuple[int, dict[str, Any]]] = []
    with fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line is not valid JSON ({exc.msg})", file=path, row=n) from exc
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise InputError('each line must be a JSON object with a "text" string', file=path, row=n)
            lang = rec.get("lang")
            if lang is not None and lang not in ("en", "es", "fr"):
                raise InputError(f"unsupported lang {lang!r}; use en, es or fr", file=path, row=n)
            records.append((n, rec))
    return records


def _scan_jsonl(args: argparse.Namespace, printer: _Printer) -> int:
    from screener.evidence import get_engine

    engine = get_engine()
    for n, rec in _read_jsonl_records(args.jsonl):
        rid = rec.get("id", n)
        for ev in engine.scan_text(rec["text"], lang=rec.get("lang") or args.lang, document=args.jsonl,
                                   supplier_key=args.supplier):
            printer.add(ev, {"id": rid})
    printer.close()
    return 0


def _read_input(args: argparse.Namespace) -> Document:
    from screener.contracts import Document, Page

    if args.file == "-":
        text = sys.stdin.read()
        return Document(name="<stdin>", pages=[Page(1, text)], format="txt", lang=args.lang)
    from screener.ingest.documents import read_document

    doc = read_document(args.file)
    if args.lang:
        doc.lang = args.lang
    return doc


def run(args: argparse.Namespace) -> int:
    """Print evidence (JSON lines, CSV or a table); returns the exit code."""
    printer = _Printer(sys.stdout, chosen_format(getattr(args, "format", None)), args.asserted_only,
                       not args.no_redact, getattr(args, "possible", False))
    if args.jsonl:
        if args.file:
            raise InputError("give either FILE or --jsonl FILE, not both", file=args.file)
        return _scan_jsonl(args, printer)
    if not args.file:
        raise InputError("nothing to scan: give a FILE, '-' for stdin, or --jsonl FILE")
    doc = _read_input(args)
    from screener.evidence import get_engine

    for ev in get_engine().scan_document(doc, supplier_key=args.supplier):
        printer.add(ev)
    printer.close()
    return 0
