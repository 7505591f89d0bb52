"""What a study, survey, report or investigation found is a finding (scope 2026.12.16): "Une enquête sur les plantations
a révélé que ...", "Un informe sobre la finca constató que ...", "A study of the plantations found that ..." were read
as a study ABOUT the topic (policy or hypothetical). A study about a topic that reports nothing, and what such a study
found not to happen, stay non-asserted."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

FOUND = [
    ("fr", "Une enquête sur les plantations a révélé que des enfants de 12 ans récoltaient le cacao.", "child_labour"),
    ("fr", "Un rapport sur la ferme a constaté que des enfants de 12 ans travaillaient au séchage.", "child_labour"),
    ("fr", "Une étude sur les ateliers a montré que les passeports des ouvriers étaient confisqués.",
     "retention_of_identity_documents"),
    ("es", "Un informe sobre la finca constató que niños de 12 años trabajaban en la cosecha.", "child_labour"),
    ("es", "Una investigación sobre las maquilas reveló que los pasaportes eran retenidos por la empresa.",
     "retention_of_identity_documents"),
    ("en", "A study of the plantations found that wages had not been paid for three months.", "withholding_of_wages"),
    ("en", "A 2020 survey of 300 farms found that managers kept the workers' passports.",
     "retention_of_identity_documents"),
]

NOT_FOUND = [
    ("fr", "Le rapport a constaté qu'aucun enfant ne travaillait dans l'usine.", "child_labour"),
    ("fr", "L'enquête n'a révélé aucun cas de travail des enfants.", "child_labour"),
    ("fr", "Le rapport analyse le travail des enfants dans les plantations.", "child_labour"),
    ("fr", "Une étude sur le travail des enfants sera menée en 2025.", "child_labour"),
    ("es", "El informe no encontró evidencia de trabajo infantil.", "child_labour"),
    ("es", "La encuesta constató que ningún trabajador había pagado comisiones de contratación.", "recruitment_fees"),
    ("en", "The study found no evidence of child labour on the estates.", "child_labour"),
    ("en", "The survey found that no worker had paid recruitment fees.", "recruitment_fees"),
    ("en", "A study found that migrant workers are vulnerable to debt bondage.", "debt_bondage"),
]


def _polarities(lang: str, text: str, indicator: str) -> set[str]:
    return {e.polarity for e in get_engine().scan_text(text, lang=lang) if e.indicator == indicator}


@pytest.mark.parametrize("lang,text,indicator", FOUND)
def test_what_a_study_found_is_asserted(lang: str, text: str, indicator: str) -> None:
    assert "asserted" in _polarities(lang, text, indicator)


@pytest.mark.parametrize("lang,text,indicator", NOT_FOUND)
def test_a_study_about_a_topic_or_finding_nothing_is_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert "asserted" not in _polarities(lang, text, indicator)
