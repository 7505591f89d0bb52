"""English restriction of movement in forms the rules missed before patterns 2026.12.18: surveillance of every move,
"confined them in", outings only in a group, kept within the premises, freedom to move curtailed."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

RM = "restriction_of_movement"


@pytest.mark.parametrize("text", [
    "The employer's family watched her every move and checked her phone at night.",
    "The traffickers confined the women in a flat above the restaurant.",
    "The waitresses may go shopping only as a group, never on their own.",
    "Workers were kept within the kiln premises for the whole season.",
    "Their freedom to move about was curtailed by the supervisors.",
])
def test_restriction_of_movement_in_these_forms_is_found(text: str) -> None:
    assert counted(text, RM, "en")


@pytest.mark.parametrize("text", [
    "Welders work in confined spaces inside the tanks with gas monitors.",
    "For safety, cold-store staff work only in groups of two.",
    "Workers are not kept within the premises after their shift, the auditor confirmed.",
    "Supervisors monitored every movement of goods in the warehouse.",
])
def test_near_misses_are_not_restriction_of_movement(text: str) -> None:
    assert not counted(text, RM, "en")
