"""Cell safety for spreadsheets and CSV: formula-injection escaping and illegal characters.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return could be run as a formula by
Excel, LibreOffice or Google Sheets. Such text gets a leading apostrophe. Numbers, booleans and dates are kept
as they are, so that they stay numbers in the spreadsheet.
"""
from __future__ import annotations

import datetime as dt
import decimal
import math
import re
from typing import Any

DANGEROUS_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
MAX_CELL_CHARS = 32_000  # Excel holds at most 32,767 characters in a cell
# Control characters that XML 1.0 (and so xlsx) cannot hold; tab, LF and CR are allowed.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape_text(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet could read it as a formula."""
    return ESCAPE + text if text.startswith(DANGEROUS_PREFIXES) else text


def clean_text(text: str) -> str:
    """``text`` without characters a spreadsheet file cannot store, cut to the cell size limit."""
    text = _ILLEGAL.sub("\ufffd", text)
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS] + " [cut]"
    return text


def safe_cell(value: Any) -> Any:
    """A value ready for an xlsx or csv cell: text cleaned and escaped; numbers, booleans and dates unchanged."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:  # Excel has no time zones: store UTC
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if isinstance(value, float) and not math.isfinite(value):
        return escape_text(str(value))  # Excel cannot hold NaN or infinity; keep it visible as text
    if value is None or isinstance(value, (bool, int, float, dt.date, dt.time, decimal.Decimal)):
        return value
    if not isinstance(value, str):
        value = str(value)
    return escape_text(clean_text(value))


def is_escaped_or_harmless(value: Any) -> bool:
    """True when ``value`` cannot start a formula (used by tests and self-checks)."""
    return not (isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES))
