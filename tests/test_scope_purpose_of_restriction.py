"""The purpose of what was done to workers ("held back for months to stop them running away", "kept their passports
to stop the workers from leaving") states the restriction; "to stop" there is no corrective action (scope 2026.12.22,
an inert cue). A corrective action to stop a practice stays hypothetical. Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities

RM = "restriction_of_movement"


@pytest.mark.parametrize("text", [
    "Their pay was held back for months to stop them running away from the farm.",
    "The contractor kept their passports to stop the workers from leaving the camp.",
    "To stop the men from escaping, the gang leader locked the van every night.",
])
def test_purpose_of_a_restriction_is_asserted(text):
    assert "asserted" in rule_polarities(text, RM, "en")


@pytest.mark.parametrize("text", [
    "The supplier must take urgent steps to stop workers from being prevented from leaving.",
    "CAP: Supplier to stop preventing workers from leaving the dormitory at night.",
])
def test_corrective_action_to_stop_a_restriction_stays_hypothetical(text):
    assert "asserted" not in rule_polarities(text, RM, "en")
