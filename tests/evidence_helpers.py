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


def pattern_findings(text: str, lang: str, prefix: str) -> set[str]:
    """Indicators asserted as findings by patterns whose id starts with ``prefix`` ("r10_": one round's rules)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and e.confidence == "finding"
            and e.lexicon_entry.rsplit(".", 1)[-1].startswith(prefix)}


def pattern_ids(text: str, lang: str, *, asserted_only: bool = True) -> set[str]:
    """Ids of the rule patterns that match in ``text`` (only those asserted, unless ``asserted_only`` is False)."""
    return {e.lexicon_entry.rsplit(".", 1)[-1] for e in get_engine().scan_text(text, lang=lang)
            if e.match != "model" and (e.polarity == "asserted" or not asserted_only)}


def matched_entries(text: str, lang: str) -> set[str]:
    """Ids (last part) of every lexicon entry that matches in ``text``, before traps cancel any match."""
    return {k.rsplit(".", 1)[-1] for k in get_engine().pipeline(lang).matching_entries(text)}


def assert_seen_not_asserted(text: str, lang: str, indicators: list[str], polarity: str) -> None:
    """Each of ``indicators`` is seen in ``text`` with ``polarity`` and is not counted as a rule finding."""
    found = rule_findings(text, lang)
    for indicator in indicators:
        assert indicator not in found, f"{indicator} is counted as a finding"
        assert polarity in rule_polarities(text, indicator, lang), f"{indicator} is not seen as {polarity}"
