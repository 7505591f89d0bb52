"""Recall classes of English report text (issue 11): each class of phrasing found in real audit reports,
complaint investigations and NGO reports has sentences that must be found, and near-misses that must not be.

The sentences are written for these tests (our own words, in the register of such reports); none comes from
the shared evaluation sets.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _polarities(text: str) -> dict[str, str]:
    """Polarity per indicator of the rule findings (the sentence model's possible findings do not count)."""
    out: dict[str, str] = {}
    for e in get_engine().scan_text(text, lang="en"):
        if e.confidence == "finding" and out.get(e.indicator) != "asserted":
            out[e.indicator] = e.polarity
    return out


def _asserted(text: str) -> set[str]:
    return {i for i, p in _polarities(text).items() if p == "asserted"}


# ---------------------------------------------------------------- numbers: overtime word, "exceeded", "hours > N/week"
NUMERIC_FOUND = [
    "During peak season most sampled operators logged 70 to 90 overtime hours a month.",
    "Time cards show 9 of 15 employees exceeded 36 h of OT per month in the sample period.",
    "Packing line | working hours > 68/week in 5 of 12 weeks | NC",
    "Weekly working hours of 74 per week were recorded for the dyeing unit.",
    "Interviewed sewers said they worked more than 60 hours a week before the holidays.",
]
NUMERIC_NOT_FOUND = [
    "Records show 20 to 30 overtime hours a month, within the legal limit.",
    "Sampled workers worked 60 hours a week in the peak month.",
    "Overtime stood at 30 hours per month.",
    "Working hours of 48 per week are set in the contract.",
]


@pytest.mark.parametrize("text", NUMERIC_FOUND)
def test_numeric_hours_classes_found(text: str) -> None:
    assert "excessive_overtime" in _asserted(text)


@pytest.mark.parametrize("text", NUMERIC_NOT_FOUND)
def test_numeric_hours_within_limits_not_found(text: str) -> None:
    assert "excessive_overtime" not in _asserted(text)
