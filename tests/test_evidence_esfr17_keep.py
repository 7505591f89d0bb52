"""Documents kept by the employer, a manager or an agency are retention, not the workers' own keeping (scope
2026-12-23, esfr17), es/fr.

The class, read in real reports (Mexican and US press on H-2A workers, a factory that held its Taiwanese workers'
passports, French reports on seasonal and domestic workers): "la gerencia guarda sus cédulas", "la agencia
conservaba sus pasaportes", "la direction conserve leurs passeports". The compliance pattern for workers who keep
their own documents ("guardan sus propios pasaportes") reads "guarda sus" alone, whoever holds them. Asserted scope
cues limited to retention_of_identity_documents in lexicons/scope.yaml: an employer, manager or agency noun right
before the verb of keeping and a possessive (guardar, conservar, custodiar + sus; garder, conserver, détenir +
leurs). The cue never reaches a plain retention match ("el capataz retiene los pasaportes"), so a negation before it stands.

Not the class: workers who keep their own documents stay compliance; a company that has its own papers ("tiene sus
documentos en regla") is no retention.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

RD = "retention_of_identity_documents"

FOUND = [
    ("es", "Según las empleadas, la gerencia guarda sus cédulas de identidad en la caja fuerte.", RD),
    ("es", "En la finca de Almería, la empleadora conserva sus cédulas desde que llegaron.", RD),
    ("es", "Los temporeros explicaron que Recursos Humanos guarda sus pasaportes hasta el final del contrato.", RD),
    ("fr", "Selon les saisonniers marocains, l'exploitant garde leurs passeports jusqu'à la fin de la récolte.", RD),
]

COMPLIANT = [
    ("es", "Los trabajadores guardan sus propios pasaportes en casilleros personales.", RD),
    ("es", "Cada jornalero guarda su cédula en el casillero de su habitación.", RD),
    ("fr", "Les ouvriers conservent leurs propres passeports dans leur chambre.", RD),
]

NOT_FOUND = [
    ("es", "La empresa tiene sus documentos de registro en regla.", RD),
    ("fr", "L'entreprise possède ses documents d'enregistrement à jour.", RD),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_employer_keeping_is_retention(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), COMPLIANT)
def test_workers_own_keeping_stays_compliance(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)
    assert "compliant" in rule_polarities(text, indicator, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_company_papers_no_retention(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)
