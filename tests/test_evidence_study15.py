"""What research counted or found is a finding even without "that" ("The 2004 survey counted 9,000 children
hauling bricks"), and "bar"/"bars" is a prohibition only as a verb with an object ("the law bars recruiters from"),
not the noun ("in nail bars"). The programme reading of a study noun stays when nothing was found (scope 2026.12.21)."""
import pytest

from evidence_helpers import counted

FOUND = [
    ("The 2004 study counted about 9,000 children hauling bricks at kilns around the city.", "child_labour"),
    ("The study found recruiters had charged every worker a recruitment fee.", "recruitment_fees"),
    ("Gangs put the women to work in nail bars to pay off so-called debts they owed for the journey.", "debt_bondage"),
    ("The men were kept at karaoke bars and forced to work off so-called debts to the owner.", "debt_bondage"),
]

PROGRAMME = [
    ("A study on debt bondage in brick kilns was launched by the ministry this year.", "debt_bondage"),
    ("The law bars recruiters from charging workers recruitment fees of any kind.", "recruitment_fees"),
    ("The research will examine child labour in cocoa-growing households.", "child_labour"),
]


@pytest.mark.parametrize("text,indicator", FOUND)
def test_what_research_found_and_bars_as_places_are_findings(text: str, indicator: str) -> None:
    assert counted(text, indicator, "en")


@pytest.mark.parametrize("text,indicator", PROGRAMME)
def test_programmes_and_legal_bars_stay_not_findings(text: str, indicator: str) -> None:
    assert not counted(text, indicator, "en")
