"""Helpers shared by the evidence rule-class tests."""
from __future__ import annotations

from screener.evidence import get_engine


def rule_findings(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings by the rules (the sentence model's findings do not count here)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and e.confidence == "finding" and e.match != "model"}


def counted(text: str, indicator: str, lang: str) -> bool:
    """True when the engine counts ``indicator`` in ``text`` (asserted, confidence "finding")."""
    return any(e.indicator == indicator and e.polarity == "asserted" and e.confidence == "finding"
               for e in get_engine().scan_text(text, lang=lang))


def rule_polarities(text: str, indicator: str, lang: str) -> set[str]:
    """Every polarity the engine gives rule matches of ``indicator`` in ``text``."""
    return {e.polarity for e in get_engine().scan_text(text, lang=lang)
            if e.indicator == indicator and e.match != "model"}
