"""Exclude entries (lexical traps) keep their ``*N`` windows: a trap far away must not cancel a finding."""
from __future__ import annotations

from screener.evidence import get_engine


def _asserted(text: str) -> set[str]:
    return {e.indicator for e in get_engine().scan_text(text, lang="en")
            if e.polarity == "asserted" and e.confidence == "finding"}  # possible findings do not count


def test_a_distant_trap_word_does_not_cancel_a_finding():
    text = ("A copy of the contract was made on arrival, and for the whole season the agent kept every passport "
            "in a locked drawer.")
    assert "retention_of_identity_documents" in _asserted(text)


def test_a_trap_within_its_window_still_cancels():
    assert "retention_of_identity_documents" not in _asserted("HR keeps copies of passports on file.")
