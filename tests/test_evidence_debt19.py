"""Spanish "deber" + an infinitive of handing over, signing or obeying is an obligation, not a debt (patterns/es.yaml
2026.12.26, debt19).

"Los trabajadores deben entregar su pasaporte al capataz" was a debt-bondage finding: the pattern for money owed to
an employer ("deben 3.000 dólares al enganchador") let its window run over the infinitive. Pay and work verbs are not
part of the trap: "deben trabajar para saldar la deuda" and "debían pagarle el viaje" can state a debt.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

DEBT = "debt_bondage"

OBLIGATIONS = [
    "Los trabajadores deben entregar su pasaporte al capataz al llegar a la finca.",
    "Los jornaleros deben dejar su cédula al contratista durante la temporada.",
    "Los operarios deben presentar su carné a la empresa cada lunes.",
    "Las empleadas deben pedir permiso al patrón para salir del pueblo.",
]

DEBTS = [
    "Los trabajadores deben 3.000 dólares al enganchador por el viaje.",
    "Los peones le deben dinero al patrón y no pueden irse de la hacienda.",
]


@pytest.mark.parametrize("text", OBLIGATIONS)
def test_obligation_is_no_debt(text: str) -> None:
    assert DEBT not in rule_findings(text, "es")


@pytest.mark.parametrize("text", DEBTS)
def test_money_owed_to_the_employer_stays_debt(text: str) -> None:
    assert DEBT in rule_findings(text, "es")
