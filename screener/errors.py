"""Errors the user caused (bad input) versus errors we caused (bugs)."""
from __future__ import annotations


class InputError(Exception):
    """Bad input: the message names the file, sheet, row or column. The CLI exits with code 2."""

    def __init__(self, message: str, *, file: str | None = None, sheet: str | None = None,
                 row: int | None = None, column: str | None = None) -> None:
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
        self.message = message
        super().__init__(f"{', '.join(where)}: {message}" if where else message)


class LimitExceeded(InputError):
    """An upload went over a configured bound (size, rows, pages, decompressed size)."""
