"""A law or programme cue reaches across clause terminators, but not across a contrast: "..., even though the law
forbids it" and "Although the law bans it, ..." leave the other clause's finding asserted (scope 2026.12.22,
``contrasts``). The emphatic Spanish "sí" is no conditional "si" (``written_not_cues``), and French "si ... que"
("so ... that") is no conditional either (cue type ``inert``). Sentences written for this project."""
from __future__ import annotations

import pytest

from tests.evidence_helpers import rule_polarities


@pytest.mark.parametrize("text, lang, indicator", [
    # the finding sits in the main clause, the law in a contrast clause after it or before it
    ("The brokers charged each worker USD 1,500 in recruitment fees, even though the law forbids recruiters from "
     "charging workers.", "en", "recruitment_fees"),
    ("Auditors found debt bondage in three of the kilns, although it is outlawed by national legislation.", "en",
     "debt_bondage"),
    ("Aunque la ley lo prohíbe, la empresa retenía los pasaportes de los jornaleros.", "es",
     "retention_of_identity_documents"),
    ("La agencia cobraba 400 euros de comisión de contratación a cada temporero, pese a que la ley lo prohíbe.", "es",
     "recruitment_fees"),
    ("Les inspecteurs ont relevé des frais de recrutement de 900 euros par ouvrier, bien que la loi interdise ces "
     "prélèvements.", "fr", "recruitment_fees"),
])
def test_finding_beside_a_contrasted_law_stays_asserted(text, lang, indicator):
    assert rule_polarities(text, indicator, lang) == {"asserted"}


@pytest.mark.parametrize("text, lang, indicator", [
    # near-misses: the law is the whole statement, no contrast
    ("The law forbids recruiters from charging workers recruitment fees.", "en", "recruitment_fees"),
    ("National legislation outlaws debt bondage and sets prison terms for employers.", "en", "debt_bondage"),
    ("La ley prohíbe que la empresa retenga los pasaportes de los trabajadores.", "es",
     "retention_of_identity_documents"),
    ("La loi interdit aux agences de prélever des frais de recrutement auprès des ouvriers.", "fr",
     "recruitment_fees"),
])
def test_law_without_contrast_stays_policy(text, lang, indicator):
    assert rule_polarities(text, indicator, lang) == {"policy"}


@pytest.mark.parametrize("text, indicator", [
    ("En la inspección sí se detectaron menores trabajando en la línea de empaque.", "child_labour"),
    ("La auditoría no halló trabajo forzoso, pero sí encontró operarios manipulando químicos sin mascarilla.",
     "abusive_working_living_conditions"),
])
def test_emphatic_si_is_no_conditional(text, indicator):
    assert rule_polarities(text, indicator, "es") == {"asserted"}


def test_conditional_si_stays_hypothetical():
    text = "Si se detectan menores trabajando en la línea de empaque, el proveedor deberá retirarlos."
    assert "asserted" not in rule_polarities(text, "child_labour", "es")


@pytest.mark.parametrize("text, indicator", [
    ("Le logement était si insalubre que l'inspecteur a ordonné sa fermeture.", "abusive_working_living_conditions"),
    ("Les saisonniers vivaient dans un logement insalubre, si bien que plusieurs sont tombés malades.",
     "abusive_working_living_conditions"),
])
def test_si_que_is_no_conditional(text, indicator):
    assert rule_polarities(text, indicator, "fr") == {"asserted"}


def test_french_conditional_si_stays_hypothetical():
    text = "Si le logement est insalubre, l'employeur devra reloger les saisonniers."
    assert "asserted" not in rule_polarities(text, "abusive_working_living_conditions", "fr")
