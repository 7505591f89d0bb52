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


# ---------------------------------------------------------------- corrective-action lines: finding and status apart
def _polarity_of(text: str, indicator: str) -> str | None:
    return _polarities(text).get(indicator)


@pytest.mark.parametrize("text, indicator", [
    ("NC 2: ID cards of 9 contract workers locked in the admin cabinet.\nStatus: Closed", "retention_of_identity_documents"),
    ("Finding 3: March salaries paid 25 days after the due date. Status: Resolved.", "withholding_of_wages"),
    ("Finding: weekly hours of 72 recorded in the cutting room.\nRemediated", "excessive_overtime"),
    ("Major | ID cards of 9 contract workers kept by security | Closed - cards handed back on 4 May",
     "retention_of_identity_documents"),
    ("Critical | Agency fees of USD 900 charged to migrant workers | Status: Remediated, repaid in full", "recruitment_fees"),
    ("Major | Rest day not given in 3 of 8 weeks sampled | Completed 14/06", "excessive_overtime"),
])
def test_finding_closed_by_its_status_is_remediated(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) == "remediated"


@pytest.mark.parametrize("text, indicator", [
    ("NC 2: ID cards of 9 contract workers locked in the admin cabinet.\nStatus: Open", "retention_of_identity_documents"),
    ("Major | Rest day not given in 3 of 8 weeks sampled | In progress", "excessive_overtime"),
    ("Major | Weekly hours above 60 in packing | Open - follow-up in 30 days", "excessive_overtime"),
    ("Passports were kept by the broker. The police closed the case in May after a long investigation.",
     "retention_of_identity_documents"),
    ("ID cards of contract workers kept by security | 2024", "retention_of_identity_documents"),
])
def test_open_or_unrelated_status_stays_a_finding(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) == "asserted"


# ---------------------------------------------------------------- scope: "describe" and "failed to provide"
@pytest.mark.parametrize("text, indicator", [
    ("Crew members describe beatings by the boatswain and months without pay.", "physical_sexual_violence"),
    ("Interviewed pickers described excessive working hours during the harvest.", "excessive_overtime"),
    ("The contractor failed to provide enough food, leaving the men hungry in remote camps for weeks.", "isolation"),
])
def test_reporting_and_failure_verbs_assert(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) == "asserted"


@pytest.mark.parametrize("text, indicator", [
    ("The term debt bondage is used to describe situations where workers are threatened with dismissal.",
     "intimidation_threats"),
    ("The supplier must provide drinking water and stop forced overtime.", "excessive_overtime"),
])
def test_definitions_and_corrective_actions_stay_not_asserted(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) not in (None, "asserted")


def test_hours_of_rest_are_not_hours_of_work() -> None:
    assert "excessive_overtime" not in _asserted("Under the new contract crews get at least 72 hours of rest a week.")
    assert "excessive_overtime" in _asserted("Under the old contract crews worked 72 hours a week.")
