"""Signs or indicators that workers showed or that an inquiry found are findings ("showed signs of debt bondage");
signs as a checklist, a reminder or a training topic stay not findings, and "found no signs" stays a denial
(scope 2026.12.21)."""
import pytest

from evidence_helpers import counted

FOUND = [
    ("Several of the pickers showed clear signs of debt bondage to the labour contractor.", "debt_bondage"),
    ("The inspection identified signs of confiscation of passports at two dormitories.", "retention_of_identity_documents"),
]

NOT_FOUND = [
    ("Signs to look out for include debt bondage and confiscation of passports.", "debt_bondage"),
    ("Supervisors are trained to recognise signs of debt bondage among new recruits.", "debt_bondage"),
    ("The visit found no signs of debt bondage among the workers interviewed.", "debt_bondage"),
]


@pytest.mark.parametrize("text,indicator", FOUND)
def test_signs_that_were_found_are_findings(text: str, indicator: str) -> None:
    assert counted(text, indicator, "en")


@pytest.mark.parametrize("text,indicator", NOT_FOUND)
def test_signs_as_checklist_or_denied_are_not(text: str, indicator: str) -> None:
    assert not counted(text, indicator, "en")
