"""English "exposed to" reports what workers went through ("were often exposed to hazardous conditions", "have long
been exposed to gender-based violence"); it is no risk cue (scope 2026.12.22, exp16). Risk wording stays risk: "at
risk of", "the risk of", "vulnerable to". Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities


@pytest.mark.parametrize("text, indicator", [
    ("Seasonal pickers were routinely exposed to hazardous living and working conditions on the estates.",
     "abusive_working_living_conditions"),
    ("Women on the night line have long been exposed to gender-based violence by supervisors.",
     "physical_sexual_violence"),
])
def test_exposure_reported_is_asserted(text, indicator):
    assert rule_polarities(text, indicator, "en") == {"asserted"}


@pytest.mark.parametrize("text, indicator", [
    ("Workers may be exposed to the risk of debt bondage when recruitment loans are large.", "debt_bondage"),
    ("Migrant workers in the sector are vulnerable to debt bondage.", "debt_bondage"),
    ("Homeworkers are at risk of gender-based violence on their way to the collection points.",
     "physical_sexual_violence"),
])
def test_risk_wording_stays_hypothetical(text, indicator):
    assert "asserted" not in rule_polarities(text, indicator, "en")
