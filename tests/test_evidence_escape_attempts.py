"""An escape that was attempted, planned or died in states restriction of movement; a bare escape or flight tells
how a worker got out, not that the worker was kept from leaving (patterns 2026.12.20, ``escape_attempt``)."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

MOVEMENT = "restriction_of_movement"


@pytest.mark.parametrize("text", [
    "She escaped in 2019 with help from a neighbour and now lives in a shelter run by a church group.",
    "He fled to the capital and found work in a restaurant until he had saved for the bus fare home.",
    "The men who escaped the boats ended up stranded on the islands without papers.",
    "After fleeing the farm, the two brothers walked for three days to reach the nearest town.",
])
def test_a_bare_escape_is_not_restriction(text):
    assert not counted(text, MOVEMENT, "en")


@pytest.mark.parametrize("text", [
    "Workers who tried to escape were beaten by the guards and locked in the store room.",
    "A domestic worker died trying to flee her employer's flat by climbing down from the balcony.",
    "Two pickers were planning to run when the crew boss found their bags and took their money.",
    "The crew could not escape because the boat never came within sight of land.",
])
def test_an_attempted_or_impossible_escape_is_restriction(text):
    assert counted(text, MOVEMENT, "en")
