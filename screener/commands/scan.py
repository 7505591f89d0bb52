"""``screener scan``: indicator evidence of one document, of text on stdin, or of a JSON-lines file."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from screener.errors import InputError
from screener.models import Document, Page, to_dict


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


def _emit(out: TextIO, ev: Any, extra: dict[str, Any] | None = None, asserted_only: bool = False,
          redact: bool = True, possible: bool = False) -> None:
    if asserted_only and ev.polarity != "asserted":
        return
    if not possible and getattr(ev, "confidence", "finding") == "possible":
        return
    if redact:
        from screener.redact import redact_evidence

        ev = redact_evidence(ev)
    rec = dict(extra or {})
    rec.update(to_dict(ev))
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")


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


def _scan_jsonl(args: argparse.Namespace, out: TextIO) -> int:
    from screener.evidence import get_engine

    engine = get_engine()
    for n, rec in _read_jsonl_records(args.jsonl):
        rid = rec.get("id", n)
        for ev in engine.scan_text(rec["text"], lang=rec.get("lang") or args.lang, document=args.jsonl,
                                   supplier_key=args.supplier):
            _emit(out, ev, {"id": rid}, args.asserted_only, not args.no_redact, getattr(args, "possible", False))
    return 0


def _read_input(args: argparse.Namespace) -> Document:
    if args.file == "-":
        text = sys.stdin.read()
        return Document(name="<stdin>", pages=[Page(1, text)], format="txt", lang=args.lang)
    from screener.ingest.documents import read_document

    doc = read_document(args.file)
    if args.lang:
        doc.lang = args.lang
    return doc


def run(args: argparse.Namespace) -> int:
    """Print evidence as JSON lines; returns the exit code."""
    out = sys.stdout
    if args.jsonl:
        if args.file:
            raise InputError("give either FILE or --jsonl FILE, not both", file=args.file)
        return _scan_jsonl(args, out)
    if not args.file:
        raise InputError("nothing to scan: give a FILE, '-' for stdin, or --jsonl FILE")
    doc = _read_input(args)
    from screener.evidence import get_engine

    for ev in get_engine().scan_document(doc, supplier_key=args.supplier):
        _emit(out, ev, None, args.asserted_only, not args.no_redact, getattr(args, "possible", False))
    return 0
