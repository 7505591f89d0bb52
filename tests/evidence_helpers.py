"""Helpers shared by the evidence rule-class tests."""
from __future__ import annotations

from screener.evidence import get_engine


def rule_findings(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings by the rules (the sentence model's findings do not count here)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and e.confidence == "finding" and e.match != "model"}
