"""Spanish farm, estate and domestic-servitude wording (lexicons/patterns 2027.01, espar21b2).

Chronicles of farmworkers in Baja California, reports on criadazgo in Paraguay and Spanish court rulings on
exploited seasonal pickers describe children harvesting beside their parents, pay in vouchers only the farm store
takes, a promise of schooling never kept, workers who did not know the language, and an employer who never paid
what he owed, and workers warned of dismissal if they spoke to the inspector. These read as no finding. Not the class: a child sent to school, vouchers of a school canteen, debts
paid, workers who knew the language, a layoff announced.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FINDINGS = [
    ("Los hijos de los jornaleros cosechan tomate junto a sus padres desde las cinco de la mañana.", "es", "child_labour"),
    ("Las niñas recogían café con sus madres en la finca durante la zafra.", "es", "child_labour"),
    ("Los peones cobraban en fichas que solo aceptaba la proveeduría de la estancia.", "es", "withholding_of_wages"),
    ("A los cortadores les daban vales para gastar en la tienda del ingenio.", "es", "withholding_of_wages"),
    ("Le prometieron que podría estudiar en la ciudad, pero nunca la llevaron al colegio.", "es", "deception"),
    ("A los jornaleros les habían asegurado que tendrían vivienda gratis; al llegar les cobraron renta.", "es", "deception"),
    ("El encargado les hacía firmar recibos en blanco cada semana.", "es", "deception"),
    ("Ninguno de los temporeros dominaba el castellano.", "es", "isolation"),
    ("Las trabajadoras no conocían el idioma y dependían del encargado para todo.", "es", "isolation"),
    ("Nos advirtieron que nos despedirían si le decíamos algo al inspector.", "es", "intimidation_threats"),
    ("El capataz dijo que si se quejaban con la inspección se quedarían sin trabajo.", "es", "intimidation_threats"),
    ("El dueño del taller nunca pagó a los costureros lo que les adeudaba.", "es", "withholding_of_wages"),
]

NOT_FINDINGS = [
    ("Le dijeron que la iban a mandar a la escuela del pueblo.", "es", "intimidation_threats"),
    ("El comedor escolar entrega vales de comida a las familias.", "es", "withholding_of_wages"),
    ("La empresa les aseguró que tendrían contrato indefinido.", "es", "deception"),
    ("El gerente dijo que despediría a veinte operarios por la caída de pedidos.", "es", "intimidation_threats"),
    ("Todos los trabajadores entrevistados conocían el idioma.", "es", "isolation"),
    ("La empresa pagó a los temporeros todo lo que les debía antes de la auditoría.", "es", "withholding_of_wages"),
]


@pytest.mark.parametrize(("text", "lang", "indicator"), FINDINGS)
def test_farm_and_servitude_wording_is_a_finding(text: str, lang: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize(("text", "lang", "indicator"), NOT_FINDINGS)
def test_schooling_canteen_vouchers_and_debts_paid_are_no_finding(text: str, lang: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)
