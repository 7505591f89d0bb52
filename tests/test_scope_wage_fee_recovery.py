"""Owed wages or charged fees that were recovered, paid back, returned or have now been paid are remediation
(scope 2026.12.20, recov14), in en/es/fr: "has since paid the wages it owed", "pledged to return QAR 40 million to
12,000 workers who had paid recruitment fees", "consiguieron recuperar", "pagará ... a 19 recolectoras en concepto de
salarios adeudados", "cobraron ya", "a obtenu le paiement", "ont finalement été versés". A negation right before the
recovery ("has not yet repaid", "n'ont pas pu récupérer"), a promise that was never kept and a partial payment
("only half of", "solo ... la mitad de", "qu'une partie de") stay findings."""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities

WAGES = "withholding_of_wages"
FEES = "recruitment_fees"


@pytest.mark.parametrize("text, lang, indicator", [
    ("The crew have now received the unpaid wages owed to them for May and June.", "en", WAGES),
    ("The contractor has since paid the wages it owed to the 26 scaffolders.", "en", WAGES),
    ("The 12 drivers were reinstated on 3 May with full back pay.", "en", WAGES),
    ("Port contractors have pledged to return QAR 40 million to 12,000 workers who had paid recruitment fees at home.",
     "en", FEES),
    ("Gracias a la denuncia, los 40 temporeros consiguieron recuperar 96.000 euros de salarios adeudados.", "es", WAGES),
    ("La cooperativa pagará 48.000 euros a 19 recolectoras en concepto de salarios adeudados.", "es", WAGES),
    ("Los 52 operarios de la planta percibieron el lunes su finiquito y los salarios pendientes.", "es", WAGES),
    ("Tras la huelga, los 38 peones cobraron ya los salarios atrasados de octubre.", "es", WAGES),
    ("Après trois mois de procédure, le syndicat a obtenu le paiement des salaires impayés des 35 saisonniers.", "fr",
     WAGES),
    ("Les 22 ouvriers ont été payés de leurs arriérés de salaire la semaine dernière.", "fr", WAGES),
    ("Les salaires impayés des 60 employés ont finalement été versés après la grève.", "fr", WAGES),
    ("Grâce à l'intervention du syndicat, les saisonniers ont pu récupérer leurs salaires impayés.", "fr", WAGES),
])
def test_wages_or_fees_recovered_or_paid_back_are_remediation(text: str, lang: str, indicator: str) -> None:
    assert not counted(text, indicator, lang)
    assert "remediated" in rule_polarities(text, indicator, lang)


def test_money_owed_now_received_is_not_a_finding_of_the_model() -> None:
    text = "Según el sindicato, cada jornalero ha recibido ya el dinero que se le adeudaba por la campaña."
    assert not counted(text, WAGES, "es")


@pytest.mark.parametrize("text, lang, indicator", [
    ("The company has not yet repaid the recruitment fees charged to its workers.", "en", FEES),
    ("Workers say the firm promised to repay the recruitment fees in 2022 but never did.", "en", FEES),
    ("The labour office recovered only half of the unpaid wages owed to the crew.", "en", WAGES),
    ("The crew received only part of their overdue wages.", "en", WAGES),
    ("The company will pay USD 61,000 in back wages to 74 employees after investigators found it failed to pay "
     "overtime.", "en", WAGES),
    ("Workers are still repaying the recruitment fees they paid to agents in Kathmandu.", "en", FEES),
    ("Los trabajadores solo recuperaron la mitad de los salarios adeudados.", "es", WAGES),
    ("La empresa pagó solo una parte de los salarios atrasados.", "es", WAGES),
    ("Los 60 jornaleros pagaron 1.500 dólares a un enganchador por la visa y el traslado.", "es", FEES),
    ("Los 52 trabajadores no cobraron su liquidación ni los salarios pendientes.", "es", WAGES),
    ("Les marins n'ont récupéré qu'une partie de leurs arriérés de salaire.", "fr", WAGES),
    ("Les saisonniers n'ont pas pu récupérer leurs salaires impayés.", "fr", WAGES),
    ("Les travailleurs n'ont pas obtenu le versement de leurs arriérés de salaire.", "fr", WAGES),
])
def test_unpaid_partial_or_promised_recovery_stays_a_finding(text: str, lang: str, indicator: str) -> None:
    assert counted(text, indicator, lang)
