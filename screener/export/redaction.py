"""Redaction of an export's free texts, each distinct text once, in forked workers when there are many.

A large portfolio holds hundreds of thousands of distinct short texts (score reasons naming a sheet row,
remediation steps, input columns). ``TextRedactor`` redacts each distinct text once with
``screener.redact.redact_text`` and remembers the result for every export of the run; ``prefill`` does the
bulk of them up front, split over worker processes on a multi-core machine. The redacted texts are exactly
those of ``redact_text``: only where and how often it runs changes.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from screener.contracts import ScreenRun
from screener.executor import fork_map
from screener.redact import redact_text
from screener.scoring.features import REASONS_WITHOUT_INPUT_TEXT
from screener.scoring.vulnerability import factors_without_input_text

PARALLEL_MIN = 20_000  # distinct texts; below this, starting workers costs more than it saves
CHUNK = 4_000  # texts per task sent to a worker
_FORK_TEXTS: Sequence[str] | None = None  # read by forked workers only


def _redact_chunk(bounds: tuple[int, int]) -> list[str]:
    assert _FORK_TEXTS is not None, "worker started without the parent's texts"
    return [redact_text(t) for t in _FORK_TEXTS[bounds[0]:bounds[1]]]


def _workers() -> int:
    from screener.executor import can_fork, worker_count

    return worker_count() if can_fork() else 1


def redact_many(texts: Sequence[str], workers: int | None = None) -> list[str]:
    """``[redact_text(t) for t in texts]``, computed by ``workers`` forked processes when there are many texts.

    The pool is the package's one pool (screener.executor.fork_map): the workers inherit the texts and the loaded
    redaction rules through ``fork`` and send back only the redacted strings.
    """
    global _FORK_TEXTS
    n = _workers() if workers is None else workers
    if n <= 1 or len(texts) < PARALLEL_MIN:
        return [redact_text(t) for t in texts]
    redact_text("Load the rules before forking: workers inherit them.")
    bounds = [(i, min(i + CHUNK, len(texts))) for i in range(0, len(texts), CHUNK)]
    out: list[str] = []
    _FORK_TEXTS = texts
    try:
        for part in fork_map(_redact_chunk, bounds, n):
            out.extend(part)
    finally:
        _FORK_TEXTS = None
    return out


class TextRedactor:
    """``redact_text`` with a memory of every distinct text of one export (results identical to it)."""

    def __init__(self) -> None:
        self.known: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if not text:
            return text
        hit = self.known.get(text)
        if hit is None:
            hit = self.known[text] = redact_text(text)
        return hit

    def prefill(self, texts: Iterable[str], workers: int | None = None) -> None:
        """Redact every distinct text of ``texts`` not yet known, in bulk (in parallel when there are many)."""
        todo = [t for t in dict.fromkeys(texts) if t and isinstance(t, str) and t not in self.known]
        for text, new in zip(todo, redact_many(todo, workers)):
            self.known[text] = text if new == text else new  # unchanged texts keep the parent's string


def run_texts(run: ScreenRun) -> Iterable[str]:
    """Every free text of ``run`` that the exports redact: reasons, messages, remediation steps, input values."""
    quiet_factors = factors_without_input_text(REASONS_WITHOUT_INPUT_TEXT)
    for res in run.results:
        yield from (c.reason for c in res.contributions if c.feature not in REASONS_WITHOUT_INPUT_TEXT)
        yield from (i.message for i in res.data_quality)
        yield from res.escalation.reasons
        if res.not_screened_reason:
            yield res.not_screened_reason
        yield from (v.detail for v in res.vulnerability if v.factor not in quiet_factors)
        if res.tier_reason:
            yield res.tier_reason
        yield from (s.description for s in res.remediation)
        yield from _strings(res.extra.values())
    for rec in run.table.records:
        yield from _strings(rec.extra.values())
    yield from (i.message for i in run.table.quality.issues)
    yield from (i.message for i in run.document_issues)


def _strings(values: Iterable[Any]) -> Iterable[str]:
    return (v for v in values if isinstance(v, str) and v)
