"""What research counted or found is a finding (scope 2026.12.21): a study that counted or found something, even
without "that" ("The 2004 study counted 9,000 children hauling bricks"), and signs or indicators that workers showed
or an inquiry found ("showed signs of debt bondage"). The programme reading of a study noun stays when nothing was
found, signs as a checklist or training topic stay not findings, and "found no signs" stays a denial. "Bar"/"bars" is
a prohibition only as a verb with an object ("the law bars recruiters from"), not the noun ("in nail bars")."""
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


SIGNS_FOUND = [
    ("Several of the pickers showed clear signs of debt bondage to the labour contractor.", "debt_bondage"),
    ("The inspection identified signs of confiscation of passports at two dormitories.", "retention_of_identity_documents"),
]

SIGNS_NOT_FOUND = [
    ("Signs to look out for include debt bondage and confiscation of passports.", "debt_bondage"),
    ("Supervisors are trained to recognise signs of debt bondage among new recruits.", "debt_bondage"),
    ("The visit found no signs of debt bondage among the workers interviewed.", "debt_bondage"),
]


@pytest.mark.parametrize("text,indicator", SIGNS_FOUND)
def test_signs_that_were_found_are_findings(text: str, indicator: str) -> None:
    assert counted(text, indicator, "en")


@pytest.mark.parametrize("text,indicator", SIGNS_NOT_FOUND)
def test_signs_as_checklist_or_denied_are_not(text: str, indicator: str) -> None:
    assert not counted(text, indicator, "en")
