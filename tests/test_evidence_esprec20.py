"""Spanish false findings found while probing real-page wordings (patterns/es.yaml 2026.12.31, esprec20).

The right to keep one's documents is no retention; "a cada una el pasaporte" holds no sum ("una" is "each one"); a debt
paid to a bank is no bondage; premises watched by cameras are site security. A worker watched day and night by the
foreman, fees charged "a cada una 500 euros", a debt worked off for the boss and documents the boss kept stay findings.
Sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

NOT_FINDINGS = [
    ("Los trabajadores tienen derecho a conservar sus documentos de identidad.", "retention_of_identity_documents"),
    ("La agencia pide a cada una el pasaporte para tramitar la visa.", "recruitment_fees"),
    ("Fue con el dinero a pagar la deuda al banco.", "debt_bondage"),
    ("La finca está vigilada día y noche por cámaras.", "restriction_of_movement"),
]

FINDINGS = [
    ("La agencia cobraba a cada una 500 euros por tramitar la visa.", "recruitment_fees"),
    ("Trabajaban sin sueldo para pagar la deuda con el patrón.", "debt_bondage"),
    ("La trabajadora estaba vigilada día y noche por el capataz.", "restriction_of_movement"),
    ("El patrón se quedó con sus documentos de identidad.", "retention_of_identity_documents"),
]


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_rights_banks_and_cameras_are_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "es")


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_the_practice_stays_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "es")
