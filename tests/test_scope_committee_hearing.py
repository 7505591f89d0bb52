"""What a committee heard or was told is reported evidence, not a policy: "committee" is no longer a policy cue
(scope 2026.12.22). A committee's plans and programmes stay policy through their own words ("will address",
"programme"). Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities


@pytest.mark.parametrize("text, indicator", [
    ("The select committee heard evidence of passports being kept from workers by the labour provider.",
     "retention_of_identity_documents"),
    ("Several pickers told the committee they were paid nothing for the last six weeks of the season.",
     "withholding_of_wages"),
])
def test_what_a_committee_heard_is_asserted(text, indicator):
    assert rule_polarities(text, indicator, "en") == {"asserted"}


@pytest.mark.parametrize("text, indicator", [
    ("The ethics committee will address the retention of passports in its next programme of supplier visits.",
     "retention_of_identity_documents"),
    ("The committee adopted a policy that prohibits deductions from wages for recruitment costs.",
     "withholding_of_wages"),
])
def test_committee_plans_and_policies_stay_policy(text, indicator):
    assert "asserted" not in rule_polarities(text, indicator, "en")
