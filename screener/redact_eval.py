"""Span-level scoring of the redactor on annotated snippets (``tests/redaction_*.jsonl``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from screener.redact import find_personal_data


@dataclass(frozen=True)
class RedactionScore:
    """Span-level recall and precision of the redactor on an annotated set."""

    snippets: int
    gold_spans: int
    found_spans: int  # gold spans fully covered by redaction
    predicted_spans: int
    correct_predictions: int  # predicted spans that overlap a gold span
    missed: tuple[tuple[str, str], ...]  # (snippet id, gold text) not fully covered
    spurious: tuple[tuple[str, str], ...]  # (snippet id, predicted text) overlapping no gold span

    @property
    def recall(self) -> float:
        return self.found_spans / self.gold_spans if self.gold_spans else 1.0

    @property
    def precision(self) -> float:
        return self.correct_predictions / self.predicted_spans if self.predicted_spans else 1.0


def evaluate_redaction(items: Sequence[dict[str, Any]]) -> RedactionScore:
    """Score ``find_personal_data`` on items ``{"id", "text", "spans": [{"start", "end", ...}]}``."""
    gold_n = found = pred_n = correct = 0
    missed: list[tuple[str, str]] = []
    spurious: list[tuple[str, str]] = []
    for item in items:
        text, gold = item["text"], [(int(s["start"]), int(s["end"])) for s in item["spans"]]
        pred = find_personal_data(text)
        covered = {i for p in pred for i in range(p.start, p.end)}
        gold_n += len(gold)
        pred_n += len(pred)
        for gs, ge in gold:
            if all(i in covered for i in range(gs, ge)):
                found += 1
            else:
                missed.append((str(item["id"]), text[gs:ge]))
        for p in pred:
            if any(p.start < ge and gs < p.end for gs, ge in gold):
                correct += 1
            else:
                spurious.append((str(item["id"]), text[p.start:p.end]))
    return RedactionScore(len(items), gold_n, found, pred_n, correct, tuple(missed), tuple(spurious))
