"""Restriction of movement written as a purpose ("passports taken to curb their movements", "pour restreindre les
déplacements", "para controlar sus movimientos") or as a change of job that needs the employer's leave ("need their
employer's approval before changing jobs", "refused to let her change jobs", "ne peut changer d'emploi sans son
accord"); and, for identity documents, the owner must agree with the subject: "they kept her passport" is someone
else's document, "she keeps her passport" is her own (patterns 2026.12.19)."""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities

ROM = "restriction_of_movement"
DOCS = "retention_of_identity_documents"


@pytest.mark.parametrize("text, lang", [
    ("Supervisors took the crew's seaman books to curb their movements ashore.", "en"),
    ("Contract workers still need their sponsor's permission before changing employers.", "en"),
    ("The agency refused to let the cleaners switch jobs when their contracts ended.", "en"),
    ("Les gardiens confisquaient les cartes de séjour pour limiter les déplacements des ouvriers.", "fr"),
    ("Sous ce régime, l'employée ne pouvait pas changer d'employeur sans l'accord de son garant.", "fr"),
    ("El capataz guardaba los documentos para controlar sus salidas del campamento.", "es"),
    ("Los jornaleros no podían cambiar de patrón sin el permiso del contratista.", "es"),
])
def test_purpose_of_curbing_movement_and_tied_jobs_are_restriction(text: str, lang: str) -> None:
    assert counted(text, ROM, lang)


@pytest.mark.parametrize("text, lang", [
    ("New traffic rules aim to curb the movement of lorries through the village.", "en"),
    ("Workers may change jobs freely after their first contract.", "en"),
    ("Les saisonniers peuvent changer d'employeur librement après trois mois.", "fr"),
    ("The firm holds passports for safekeeping and to prevent workers absconding.", "en"),
])
def test_public_measures_free_change_and_safekeeping_are_not_restriction(text: str, lang: str) -> None:
    assert not counted(text, ROM, lang)


@pytest.mark.parametrize("text", [
    "They kept her passport for the whole contract.",
    "He kept her passport in the office safe.",
    "They kept his work permit after he complained.",
])
def test_someone_elses_document_kept_is_retention(text: str) -> None:
    assert counted(text, DOCS, "en")


@pytest.mark.parametrize("text", [
    "They keep their passports in their own rooms.",
    "She keeps her passport with her other papers at home.",
    "Each worker keeps his passport in a personal locker.",
])
def test_own_documents_kept_are_compliance(text: str) -> None:
    assert not counted(text, DOCS, "en")
    assert "compliant" in rule_polarities(text, DOCS, "en")
