"""A rescue by inspectors, police or an NGO states that the practice happened (scope 2026.12.19): "police freed 40
bonded labourers, among them 9 children", "fueron rescatados ... entre ellos menores", "ont libéré des enfants qui
travaillaient". Real labelled reports count these as findings. Removal, withdrawal, enrolment in school and returned
documents stay remediation."""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities


@pytest.mark.parametrize("text, lang, indicator", [
    ("Police freed 40 bonded labourers from a stone quarry, among them nine children aged 8 to 13.", "en", "child_labour"),
    ("Police freed 40 bonded labourers from a stone quarry near the river.", "en", "debt_bondage"),
    ("The task force rescued eleven children aged 9 to 14 who had been weaving carpets in a locked shed.", "en",
     "child_labour"),
    ("Fueron rescatados 31 jornaleros, entre ellos cinco menores de 12 años que trabajaban en la cosecha.", "es",
     "child_labour"),
    ("La gendarmerie a libéré sept enfants de 10 à 13 ans qui travaillaient dans une briqueterie.", "fr",
     "child_labour"),
])
def test_a_rescue_states_the_finding(text: str, lang: str, indicator: str) -> None:
    assert counted(text, indicator, lang)


@pytest.mark.parametrize("text, lang, indicator", [
    ("Two children found on the packing line were removed and enrolled in school the same week.", "en", "child_labour"),
    ("Los menores detectados en la cosecha fueron retirados y escolarizados.", "es", "child_labour"),
    ("Les enfants trouvés dans la carrière ont été retirés et scolarisés.", "fr", "child_labour"),
    ("Passports held by the agent were returned to the workers after the audit.", "en",
     "retention_of_identity_documents"),
])
def test_removal_and_return_stay_remediation(text: str, lang: str, indicator: str) -> None:
    assert not counted(text, indicator, lang)
    assert "remediated" in rule_polarities(text, indicator, lang)
