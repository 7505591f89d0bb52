"""A negation that takes away an entitlement ("sin luz ni agua", "sans chauffage ni eau", "with no water") negates
that entitlement only: a finding after it in the sentence stays asserted. A negation whose entitlement is the
match's own first word ("No wages were withheld") or a modifier ("no holiday pay records") still denies the match.
"Encadenar jornadas" strings working days together and is no chaining (patterns/es 2026.12.21)."""
import pytest

from evidence_helpers import counted

AFTER_A_DEPRIVATION = [
    ("fr", "Ils logeaient sans chauffage ni eau et travaillaient jour et nuit pour le patron.", "excessive_overtime"),
    ("es", "Dormían en naves sin luz ni agua y soportaban jornadas interminables en el campo.", "excessive_overtime"),
    ("en", "For years she had neither wages nor holidays, cut off from everyone beyond the farm gate.", "isolation"),
]

STILL_DENIED = [
    ("en", "No wages were withheld at the factory in the period reviewed.", "withholding_of_wages"),
    ("en", "No water shortages and no unpaid wages were found during the visit.", "withholding_of_wages"),
    ("es", "Los jornaleros encadenaban jornadas de catorce horas en el invernadero.", "physical_sexual_violence"),
]


@pytest.mark.parametrize("lang,text,indicator", AFTER_A_DEPRIVATION)
def test_a_finding_after_a_deprivation_stays_asserted(lang: str, text: str, indicator: str) -> None:
    assert counted(text, indicator, lang)


@pytest.mark.parametrize("lang,text,indicator", STILL_DENIED)
def test_denials_and_strung_together_days_are_not_findings(lang: str, text: str, indicator: str) -> None:
    assert not counted(text, indicator, lang)


def test_chaining_a_person_is_still_violence() -> None:
    assert counted("Los capataces los encadenaban a los árboles por la noche.", "physical_sexual_violence", "es")
