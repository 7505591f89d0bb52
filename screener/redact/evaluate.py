"""Span-level scoring of the redactor on annotated snippets (``tests/redaction_*.jsonl``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from screener.redact import find_personal_data


@dataclass(frozen=True)
class RedactionScore:
    """Span-level recall and precision of the redactor on an annotated set.

    ``by_kind`` maps a gold kind (name, phone, id_number, email) to (found, gold). ``kept_broken`` lists the
    strings marked "must stay" (an item's optional ``keep`` list) that a redaction touched.
    """

    snippets: int
    gold_spans: int
    found_spans: int  # gold spans fully covered by redaction
    predicted_spans: int
    correct_predictions: int  # predicted spans that overlap a gold span
    missed: tuple[tuple[str, str], ...]  # (snippet id, gold text) not fully covered
    spurious: tuple[tuple[str, str], ...]  # (snippet id, predicted text) overlapping no gold span
    by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)
    kept_total: int = 0
    kept_broken: tuple[tuple[str, str], ...] = ()

    @property
    def recall(self) -> float:
        return self.found_spans / self.gold_spans if self.gold_spans else 1.0

    @property
    def precision(self) -> float:
        return self.correct_predictions / self.predicted_spans if self.predicted_spans else 1.0

    def kind_recall(self, kind: str) -> float:
        """Recall on the gold spans of one kind (1.0 when the set has none)."""
        found, gold = self.by_kind.get(kind, (0, 0))
        return found / gold if gold else 1.0

    @property
    def kept_rate(self) -> float:
        """Share of the must-stay strings left untouched."""
        return 1 - len(self.kept_broken) / self.kept_total if self.kept_total else 1.0


def _keep_spans(text: str, keep: Sequence[str]) -> list[tuple[str, int, int]]:
    out, pos = [], 0
    for k in keep:
        i = text.find(k, pos)
        if i < 0:
            i = text.find(k)
        if i >= 0:
            out.append((k, i, i + len(k)))
            pos = i + len(k)
    return out


def evaluate_redaction(items: Sequence[dict[str, Any]]) -> RedactionScore:
    """Score ``find_personal_data`` on items ``{"id", "text", "spans": [{"start", "end", ...}], "keep"?: [...]}``."""
    gold_n = found = pred_n = correct = kept_n = 0
    missed: list[tuple[str, str]] = []
    spurious: list[tuple[str, str]] = []
    broken: list[tuple[str, str]] = []
    by_kind: dict[str, list[int]] = {}
    for item in items:
        text = item["text"]
        gold = [(int(s["start"]), int(s["end"]), str(s.get("kind", ""))) for s in item["spans"]]
        pred = find_personal_data(text)
        covered = {i for p in pred for i in range(p.start, p.end)}
        gold_n += len(gold)
        pred_n += len(pred)
        for gs, ge, kind in gold:
            tally = by_kind.setdefault(kind, [0, 0])
            tally[1] += 1
            if all(i in covered for i in range(gs, ge)):
                found += 1
                tally[0] += 1
            else:
                missed.append((str(item["id"]), text[gs:ge]))
        for p in pred:
            if any(p.start < ge and gs < p.end for gs, ge, _ in gold):
                correct += 1
            else:
                spurious.append((str(item["id"]), text[p.start:p.end]))
        for k, ks, ke in _keep_spans(text, item.get("keep") or ()):
            kept_n += 1
            if any(ks < p.end and p.start < ke for p in pred):
                broken.append((str(item["id"]), k))
    return RedactionScore(len(items), gold_n, found, pred_n, correct, tuple(missed), tuple(spurious),
                          {k: (v[0], v[1]) for k, v in sorted(by_kind.items())}, kept_n, tuple(broken))
