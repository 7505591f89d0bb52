"""Figurative "hit" and "slapped" are no violence (lexicons/patterns/en.yaml 2026.12.31, hit20).

News about migrant workers says they were "hit with a $25,000 hospital bill", "slapped with fines", "hardest hit by the
pandemic" or "hit by a wave of layoffs"; each was read as physical violence. A blow stays a finding. Read in Australian
news on the NSW modern-slavery inquiry (https://islandsbusiness.com/news-break/thousands-of-migrant-workers-in-australia-trapped-in-slavery).
Sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

PSV = "physical_sexual_violence"

FIGURATIVE = [
    "She was then hit with a $25,000 hospital bill.",
    "Workers were slapped with fines for being late.",
    "Garment workers were hardest hit by the pandemic.",
    "The sector was hit by a wave of layoffs.",
    "Farmworkers were badly hit by the heatwave.",
]

BLOWS = [
    "The supervisor hit him with a stick.",
    "Workers were hit by the supervisor when they slowed down.",
    "The foreman hit them hard on the back.",
]


@pytest.mark.parametrize("text", FIGURATIVE)
def test_figurative_hit_is_no_violence(text: str) -> None:
    assert PSV not in rule_findings(text, "en")


@pytest.mark.parametrize("text", BLOWS)
def test_a_blow_is_violence(text: str) -> None:
    assert PSV in rule_findings(text, "en")
