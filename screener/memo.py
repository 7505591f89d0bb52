"""Memo tables for the pure, per-supplier-repeated parts of scoring (same inputs -> the same frozen object).

Many suppliers of a portfolio share a country, products, feature values and reasons, remediation steps and
sentences; the functions that build these parts memoise them here. Each table is tied to the data it was built
from (``source``, e.g. the loaded YAML mapping or the model): when that object changes, the table starts empty.
Tables are bounded (emptied when full). ``clear_caches()`` empties them all; ``caches_disabled()`` turns
memoisation off (every call computes afresh), which the tests use to show the results do not depend on it.
"""
from __future__ import annotations

import contextlib
import os
from typing import Any, Callable, Hashable, Iterator, TypeVar

T = TypeVar("T")

MAX_ENTRIES = 100_000
_ENABLED = os.environ.get("SCREENER_SCORING_CACHE", "1") != "0"
_TABLES: list["Memo"] = []


class Memo:
    """One memo table: ``get(key, make, source)`` returns ``make()`` computed once per key while ``source`` is
    the same object."""

    def __init__(self, name: str, max_entries: int = MAX_ENTRIES) -> None:
        self.name = name
        self.max_entries = max_entries
        self.table: dict[Hashable, Any] = {}
        self.source: Any = None
        _TABLES.append(self)

    def get(self, key: Hashable, make: Callable[[], T], source: Any = None) -> T:
        """The value for ``key``, computed by ``make`` on first use (every time when caches are disabled)."""
        if not _ENABLED:
            return make()
        if source is not self.source:
            self.table.clear()
            self.source = source
        try:
            return self.table[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        value = make()
        if len(self.table) >= self.max_entries:
            self.table.clear()
        self.table[key] = value
        return value

    def clear(self) -> None:
        """Forget every entry."""
        self.table.clear()
        self.source = None


def enabled() -> bool:
    """Whether memoisation is on (env ``SCREENER_SCORING_CACHE=0`` turns it off at start-up)."""
    return _ENABLED


def clear_caches() -> None:
    """Empty every memo table."""
    for memo in _TABLES:
        memo.clear()


@contextlib.contextmanager
def caches_disabled() -> Iterator[None]:
    """Within the block every memoised function computes afresh (tables are emptied before and after)."""
    global _ENABLED
    before = _ENABLED
    clear_caches()
    _ENABLED = False
    try:
        yield
    finally:
        _ENABLED = before
        clear_caches()
