"""Progress of ``screener screen`` on stderr: one bar per stage (rich) on a terminal, one line per stage otherwise.

Never a line per item: a run of any size prints a few lines per stage at most. ``quiet`` prints nothing.
"""
from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO

from screener.progress import Advance, _ignore


class QuietTracker:
    """Shows nothing (``--quiet``)."""

    @contextlib.contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[Advance]:
        yield _ignore


class LineTracker:
    """One line per finished stage, with its count and time: for logs and pipes, where bars make no sense."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr

    @contextlib.contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[Advance]:
        t0 = time.perf_counter()
        done = 0

        def advance(n: int = 1) -> None:
            nonlocal done
            done += n

        yield advance
        count = f"{done:,} of {total:,}" if total else f"{done:,}"
        print(f"{name}: {count} in {time.perf_counter() - t0:.1f} s", file=self.stream, flush=True)


class BarTracker:
    """One rich progress bar per stage with counts, elapsed time and ETA; finished bars stay on screen."""

    def __init__(self, stream: TextIO | None = None) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self.progress = Progress(TextColumn("{task.description:<40}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                 console=Console(file=stream or sys.stderr), transient=False)
        self._started = False

    def __enter__(self) -> "BarTracker":
        self.progress.start()
        self._started = True
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.stop()

    @contextlib.contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[Advance]:
        task = self.progress.add_task(name[:40], total=total or None)

        def advance(n: int = 1) -> None:
            self.progress.advance(task, n)

        yield advance
        done = self.progress.tasks[task].completed
        self.progress.update(task, total=max(done, total or 0, 1), completed=max(done, total or 0, 1))


def make_tracker(quiet: bool, stream: TextIO | None = None) -> Any:
    """The tracker for the CLI: quiet, bars on a terminal, or one line per stage."""
    if quiet:
        return QuietTracker()
    out = stream or sys.stderr
    if out.isatty():
        return BarTracker(out)
    return LineTracker(out)
