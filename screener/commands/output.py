"""How the CLI prints records: JSON lines for machines, CSV, or an aligned table for people at a terminal."""
from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

FORMATS = ("jsonl", "csv", "table")
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def add_format_argument(parser: Any) -> None:
    """The shared ``--format`` option."""
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="output format: jsonl (one JSON object a line), csv, or table. Default: table on a "
                             "terminal, jsonl when the output is piped or redirected")


def chosen_format(requested: str | None, out: TextIO | None = None) -> str:
    """The format asked for, else ``table`` for a terminal and ``jsonl`` otherwise (``out``: standard output by
    default, looked up at each call so that a replaced stream is honoured)."""
    if requested:
        return requested
    out = sys.stdout if out is None else out
    isatty = getattr(out, "isatty", None)
    return "table" if isatty is not None and isatty() else "jsonl"


def printable(value: Any, width: int | None = None) -> str:
    """A cell as one line of display text: control characters and terminal escapes removed, cut to ``width``."""
    text = "" if value is None else str(value)
    text = _CONTROL.sub("", " ".join(text.split()))
    if width is not None and len(text) > width:
        text = text[: max(width - 1, 0)] + "…"
    return text


def write_jsonl(out: TextIO, records: Iterable[dict[str, Any]]) -> None:
    """One JSON object a line."""
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def write_csv(out: TextIO, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A header row then one row per record; cells that a spreadsheet would run as formulas are escaped."""
    from screener.export.safety import safe_cell

    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(printable(v)) for v in row])


def write_table(out: TextIO, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                widths: Sequence[int] | None = None, empty: str = "nothing found") -> None:
    """An aligned plain-text table; each column cut to its width (``widths``) when given."""
    cells = [[printable(v, widths[i] if widths else None) for i, v in enumerate(row)] for row in rows]
    if not cells:
        out.write(empty + "\n")
        return
    size = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(size[i]) for i, c in enumerate(columns)).rstrip()
    out.write(line + "\n" + "  ".join("-" * s for s in size) + "\n")
    for r in cells:
        out.write("  ".join(v.ljust(size[i]) for i, v in enumerate(r)).rstrip() + "\n")
