"""A negation inside the window of a rule's match that takes away one of the indicator's entitlements is the finding
("sin recibir nunca un sueldo", "sans toucher jamais de salaire"), as it already is for the sentence model
(lexicons/model_deprivations.yaml). A negation before the match still denies it ("no wages were withheld")."""
import pytest

from evidence_helpers import counted, rule_polarities

DEPRIVED = [
    ("fr", "Elle a servi la famille pendant des années sans toucher jamais de salaire."),
    ("es", "Durante diez años trabajó en la casa de la familia sin recibir nunca un sueldo."),
]

DENIED = [
    ("en", "No wages were withheld at the factory in the period reviewed."),
    ("en", "Workers did not report that their pay was withheld."),
]


@pytest.mark.parametrize("lang,text", DEPRIVED)
def test_negation_inside_the_match_that_takes_pay_away_is_the_finding(lang: str, text: str) -> None:
    assert counted(text, "withholding_of_wages", lang)


@pytest.mark.parametrize("lang,text", DENIED)
def test_negation_before_the_match_still_denies_it(lang: str, text: str) -> None:
    assert not counted(text, "withholding_of_wages", lang)
    assert "negated" in rule_polarities(text, "withholding_of_wages", lang)
