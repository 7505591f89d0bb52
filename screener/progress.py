"""Progress of a run, stage by stage: what the pipeline reports and what the CLI bars and the app show.

The pipeline and the exporters open one stage at a time (``tracker.stage(name, total)``) and advance it by
counts. A ``Tracker`` turns that into whatever the caller shows: the CLI draws one bar per stage, the app
updates ``st.progress`` through a plain ``(fraction, message)`` callback (``FractionTracker``), and the
benchmark records wall time, CPU time and peak memory per stage.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Protocol

ProgressCallback = Callable[[float, str], None]
Advance = Callable[[int], None]


def _ignore(n: int = 1) -> None:
    """An ``Advance`` that shows nothing."""

# The stages of ``screener.pipeline.screen`` in order, with their share of the overall progress fraction.
SCREEN_STAGES: tuple[tuple[str, float], ...] = (
    ("Reading the supplier sheet", 0.10),
    ("Reading reports", 0.15),
    ("Linking reports to suppliers", 0.03),
    ("Finding evidence", 0.40),
    ("Matching names against watchlists", 0.12),
    ("Scoring suppliers", 0.20),
)


class Tracker(Protocol):
    """Receives the stages of a run; ``stage`` is a context manager yielding ``advance(n)``."""

    def stage(self, name: str, total: int | None = None) -> contextlib.AbstractContextManager[Advance]: ...


class NullTracker:
    """Shows nothing."""

    @contextlib.contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[Advance]:
        yield _ignore


class FractionTracker:
    """Adapts stages to a ``callback(fraction, message)`` (the app's ``st.progress``).

    Stages named in ``weights`` move the fraction across their share; a message goes out at most every
    ``step`` of a stage, so a large run calls back about a hundred times, not once per item.
    """

    def __init__(self, callback: ProgressCallback, weights: tuple[tuple[str, float], ...] = SCREEN_STAGES,
                 step: float = 0.02) -> None:
        self.callback = callback
        self.step = step
        total = sum(w for _, w in weights) or 1.0
        self.starts: dict[str, tuple[float, float]] = {}
        acc = 0.0
        for name, w in weights:
            self.starts[name] = (acc / total, w / total)
            acc += w
        self.last = 0.0

    @contextlib.contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[Advance]:
        start, share = self.starts.get(name, (self.last, 0.0))
        done = 0
        shown = -1.0
        self.callback(start, name)

        def advance(n: int = 1) -> None:
            nonlocal done, shown
            done += n
            if not total:
                return
            part = min(done / total, 1.0)
            if part - shown >= self.step or done >= total:
                shown = part
                self.callback(start + share * part, f"{name}: {done:,} of {total:,}")

        yield advance
        self.last = start + share
        if name == SCREEN_STAGES[-1][0]:
            self.callback(1.0, "Done")


def as_tracker(progress: ProgressCallback | Tracker | None) -> Tracker:
    """A Tracker from what a caller passed: a tracker, a ``(fraction, message)`` callback or nothing."""
    if progress is None:
        return NullTracker()
    if hasattr(progress, "stage"):
        return progress  # type: ignore[return-value]
    return FractionTracker(progress)  # type: ignore[arg-type]
