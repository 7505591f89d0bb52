"""The catalogue of the screener's exception classes: errors the user caused (bad input) versus errors we caused.

Every exception class the package raises on purpose is defined here; modules import it from here (the old
homes, ``screener.lexicon``, ``screener.scoring.model`` and ``screener.review.records``, re-export theirs).
Data-quality issue codes, which are reported rather than raised, are catalogued in :mod:`screener.issues`.
"""
from __future__ import annotations

import re

# ANSI/VT escape sequences (CSI, OSC, single-character escapes), then any other C0/C1 control character
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` safe to show on a terminal: escape sequences and control characters removed, undecodable
    bytes of file names (surrogate escapes) shown as \\xNN."""
    s = str(text)
    if any("\udc80" <= c <= "\udcff" for c in s):
        s = s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    s = s.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates of any other kind
    if "\x1b" in s or "\x9b" in s:
        s = _ESCAPES.sub("", s)
    if keep_newlines:
        return _CONTROLS.sub("", s.replace("\r\n", "\n"))
    return _CONTROLS.sub("", s.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))


class InputError(Exception):
    """Bad input: the message names the file, sheet, row or column. The CLI exits with code 2."""

    def __init__(self, message: str, *, file: str | None = None, sheet: str | None = None,
                 row: int | None = None, column: str | None = None) -> None:
        file, sheet, column = (printable(v) if v is not None else None for v in (file, sheet, column))
        self.file, self.sheet, self.row, self.column = file, sheet, row, column
        where = []
        if file:
            where.append(f"file '{file}'")
        if sheet:
            where.append(f"sheet '{sheet}'")
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column '{column}'")
        self.message = printable(message)
        super().__init__(f"{', '.join(where)}: {self.message}" if where else self.message)


class LimitExceeded(InputError):
    """An upload went over a configured bound (size, rows, pages, decompressed size)."""


class LexiconError(InputError):
    """A lexicon file is missing or does not follow the schema; the message names the file and entry."""


class ModelMismatchError(InputError, ValueError):
    """A saved model does not fit this screener (other features, or another lexicon when strict): a user error."""


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the screener."""
