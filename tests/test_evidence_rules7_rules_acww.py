"""Withholding of wages and abusive working / living conditions as classes of fact (lexicons 2026.12.9), en/es/fr.

Withholding of wages: pay below what was promised (pay below the legal minimum alone: neither, 2026.12.19), token pay or pay in kind, pay taken by
a middleman, hours worked but not recorded or paid, costs charged against pay, fines and docked pay, nothing paid at
all. Abusive conditions: injuries and deaths at work, work while sick or without care, crowding and unfit places to
sleep, too little or spoiled food, water, toilet and breaks denied, danger without protection, dust, fumes and heat.
Each class has a compliance sentence that must not be asserted, and the traps (debts or fees repaid from the wage)
must not be withholding of wages.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings
from screener.evidence import get_engine

WW, AC = "withholding_of_wages", "abusive_working_living_conditions"


_asserted = rule_findings


FOUND = [
    # WW below what was promised (pay below the legal minimum alone is neither since patterns 2026.12.19:
    # corpus/ANNOTATION.md, tests/test_evidence_minimum_wage_alone.py)
    ("en", "The fishers earned far less than the salary written in their contracts.", WW),
    ("fr", "Les cueilleurs ne touchaient pas le salaire qu'on leur avait promis.", WW),
    # WW token pay, pay in kind
    ("en", "The herders were paid in alcohol and tobacco.", WW),
    ("en", "The men laboured on the estate in return for food and a bed.", WW),
    ("es", "A los peones les pagaban en especie, con harina y azúcar.", WW),
    ("fr", "Les bergers étaient payés en nature, avec du grain.", WW),
    # WW pay taken by a third party
    ("en", "The gang took most of the pickers' wages each week.", WW),
    ("es", "El capataz se quedaba con una parte del salario de cada jornalero.", WW),
    ("fr", "Le logeur gardait la moitié de la paie des ouvriers.", WW),
    # WW hours not recorded or paid
    ("en", "Waiting time at the depot went unrecorded and unpaid.", WW),
    ("es", "El exceso de jornada no se retribuye en la nómina.", WW),
    ("fr", "Les heures du samedi ne sont jamais payées.", WW),
    # WW costs charged against pay
    ("en", "The cost of the bus ride came out of their wages.", WW),
    ("es", "Al peón se le descontaba del jornal la comida y el traslado.", WW),
    ("fr", "Le loyer du dortoir était retenu sur leur salaire.", WW),
    # WW fines and docked pay
    ("en", "The supervisor fined workers who talked on the line.", WW),
    ("es", "La empresa cobraba multas por llegar tarde al turno.", WW),
    # WW nothing paid at all
    ("en", "The foreman kept the boys working unpaid through the harvest.", WW),
    ("es", "Los peones nunca habían cobrado un peso desde marzo.", WW),
    ("fr", "La domestique n'a jamais touché un sou pendant trois ans.", WW),
    ("fr", "Les ouvriers n'ont reçu aucun salaire depuis leur arrivée.", WW),
    # AC injuries and deaths
    ("en", "A press operator lost two fingers in the stamping machine.", AC),
    ("en", "A roofer fell from the scaffold and was badly injured.", AC),
    ("es", "Un peón perdió la mano en la trituradora de caña.", AC),
    ("fr", "Un ouvrier est tombé de l'échafaudage et a été grièvement blessé.", AC),
    # AC work while sick, no care
    ("en", "Pickers had to keep working while sick with fever.", AC),
    ("es", "Los jornaleros tenían que trabajar enfermos y sin atención médica.", AC),
    ("fr", "Malade, elle a été contrainte de travailler tous les jours.", AC),
    # AC crowding and unfit sleeping places
    ("en", "The cleaners slept four to a bed in the flat.", AC),
    ("en", "The drivers slept in their cabs for weeks at a time.", AC),
    ("es", "Los obreros dormían en camiones abandonados sin higiene.", AC),
    ("fr", "Les vendangeurs dormaient sur des cartons dans la grange.", AC),
    ("fr", "Quarante saisonniers pour deux douches et un seul WC.", AC),
    # AC food
    ("en", "The deckhands were fed only once a day.", AC),
    ("es", "A los niños les daban de comer una sola vez al día.", AC),
    ("fr", "On ne leur servait qu'un seul repas par jour.", AC),
    # AC water, toilet, breaks
    ("en", "The supervisor would not let the pickers drink water until the row was done.", AC),
    ("es", "A las empacadoras solo se les permite ir al baño en el receso.", AC),
    ("fr", "Ils travaillaient dix heures sans la moindre pause.", AC),
    # AC danger, dust, heat
    ("en", "The polishers breathe the dust all day with no masks.", AC),
    ("es", "Los estibadores trabajan en altura sin arnés.", AC),
    ("fr", "Les enfants respirent la poussière de mica toute la journée.", AC),
    ("en", "The brick moulders worked in searing heat all afternoon.", AC),
]


@pytest.mark.parametrize("lang,text,indicator", FOUND)
def test_class_is_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang)


COMPLIANT = [
    # one compliance sentence per class: must not be asserted
    ("en", "All workers were paid above the legal minimum wage.", WW),
    ("en", "All workers received the wages promised in their contracts.", WW),
    ("fr", "Les cueilleurs touchent le salaire promis chaque mois.", WW),
    ("en", "Wages are paid in cash into each worker's own hands every Friday.", WW),
    ("es", "El jornal se paga íntegro a cada trabajador.", WW),
    ("en", "Every hour worked is recorded and paid.", WW),
    ("en", "Housing and transport are provided free of charge.", WW),
    ("en", "No worker has been fined in the past year.", WW),
    ("en", "Operators wear gloves, masks and ear protection at every station.", AC),
    ("en", "Each worker has a bed of their own in a ventilated room.", AC),
    ("en", "Workers get three meals a day in the canteen.", AC),
    ("en", "Workers may drink water and use the toilet whenever they need to.", AC),
    ("es", "Cada trabajador dispone de cama propia y baño con agua caliente.", AC),
    ("fr", "Chaque saisonnier dispose d'un lit et d'une douche.", AC),
    ("fr", "Les salariés prennent une pause toutes les deux heures.", AC),
]


@pytest.mark.parametrize("lang,text,indicator", COMPLIANT)
def test_compliance_is_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)


TRAPS = [
    # a loan, fare or placement fee repaid from the wage is debt or fees, not withheld wages
    ("es", "La agencia descuenta del salario el préstamo del pasaje.", WW),
    ("es", "El adelanto del viaje se descuenta del salario en seis cuotas.", WW),
    ("fr", "Le remboursement du prêt est retenu sur le salaire.", WW),
    # statutory deductions are not withheld wages
    ("en", "Tax and pension contributions are deducted from the monthly salary.", WW),
]


@pytest.mark.parametrize("lang,text,indicator", TRAPS)
def test_trap_is_not_a_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)


def test_negated_promise_is_asserted_and_plain_promise_is_compliant() -> None:
    """"Received the promised wage" is a compliance statement; negated, it is a finding."""
    evs = get_engine().scan_text("The crew never received the wages promised to them.", lang="en")
    assert any(e.indicator == WW and e.polarity == "asserted" for e in evs)
    evs = get_engine().scan_text("The crew received the wages promised to them.", lang="en")
    assert not any(e.indicator == WW and e.polarity == "asserted" and e.match != "model" for e in evs)


HOUSING_DEFECTS = [
    ("en", "The bathroom had black mould on the walls and rat droppings under the sink.", AC),
    ("es", "Los jornaleros vivían en naves sin agua ni electricidad.", AC),
    ("fr", "Des matelas posés sur le plancher servaient de couchage.", AC),
    ("fr", "La cuisine présentait des traces de moisissure et des déjections de rongeurs.", AC),
]


@pytest.mark.parametrize("lang,text,indicator", HOUSING_DEFECTS)
def test_housing_defects_are_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang)


def test_housing_compliance_is_not_asserted() -> None:
    assert AC not in _asserted("The rooms are dry, clean and free of mould and pests.", "en")
