"""Wages, living and working conditions, overtime and child labour: fourth pass of rule classes (lexicons
2026.12.13, ids ``r10_*``), en/es/fr.

Withholding of wages: pay never received said in an infinitive or second clause ("disent ne pas avoir reçu",
"n'ont encore rien perçu", "por no pagarles"), wages owed to the workers, final settlements left unpaid, overtime
or extra hours left unpaid, work paid with food or board, pay pocketed, held back or taken off as a sum.
Abusive conditions: one toilet or shower for many, no drinking water, food rationed or run out, injuries and
deaths at work, exposure to chemicals and heat, toilet visits restricted, unfit housing.
Excessive overtime: no day off or rest, days without sleep, "de lunes a lunes", "sans dormir".
Child labour: children kept out of school, minors named among the workers found, work started before 15.

Each class has a compliance or measure sentence that must not be asserted, and the traps (measures that prevent
exposure, insurance cover for injuries, "mineurs de fond") must not be findings of that indicator.
Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_findings, rule_findings

WW, AC = "withholding_of_wages", "abusive_working_living_conditions"
OT, CL = "excessive_overtime", "child_labour"


def _by_r10(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings by an r10 pattern (``r10_`` id)."""
    return pattern_findings(text, lang, "r10_")


FOUND = [
    # WW pay never received, said in an infinitive or a second clause
    ("fr", "Les cueilleurs disent ne pas avoir reçu leur salaire depuis la fin de la récolte.", WW),
    ("fr", "Les plongeurs affirment ne pas avoir été payés depuis trois mois.", WW),
    ("fr", "Deux maçons sont venus au syndicat pour ne plus être payés depuis l'été.", WW),
    ("fr", "Les gardiens n'ont encore rien perçu pour le mois de mai.", WW),
    ("fr", "Elle a repassé le linge de la famille pendant un an sans recevoir de salaire.", WW),
    ("fr", "Les manœuvres dénoncent le non-versement de leurs salaires d'octobre.", WW),
    ("fr", "Les vendeuses ne perçoivent plus de salaire depuis la fermeture du magasin.", WW),
    ("es", "Los peones denunciaron al capataz por no pagarles la cosecha de uva.", WW),
    ("es", "El contratista decidió no pagar a los jornaleros de la poda.", WW),
    ("es", "Los vendimiadores de la finca aún no cobran la campaña de septiembre.", WW),
    ("en", "The cook said the family pocketed the money she earned at the market.", WW),
    ("en", "A supervisor held back the workers' earnings until the end of the contract.", WW),
    # WW wages owed, settlements unpaid
    ("es", "\"Nos deben el mes de marzo y el finiquito\", contó una limpiadora del hotel.", WW),
    ("es", "La empresa solo pagó dos de las cuatro nóminas que debía a los vigilantes.", WW),
    ("es", "El finiquito de los pintores seguía sin pagarse tres meses después.", WW),
    ("es", "Al terminar la temporada la camarera no recibió ni la liquidación ni las vacaciones.", WW),
    # WW overtime and extra hours unpaid
    ("en", "The packers stayed two hours longer and were not paid for the extra hours.", WW),
    ("en", "Loading time was never logged, so the drivers lost the overtime due to them.", WW),
    ("es", "Los guardias hacen turnos de 14 horas sin la compensación debida.", WW),
    ("fr", "Les heures faites le samedi n'étaient jamais réglées aux cuisiniers.", WW),
    # WW pay in kind, sums taken off
    ("en", "The herders got only food and a bed in return for their labour.", WW),
    ("en", "Her only pay was a sack of rice each month.", WW),
    ("en", "For a late arrival half a week's salary could be deducted.", WW),
    ("es", "\"Cada semana nos quitan 300 pesos\", dijo una costurera.", WW),
    ("fr", "Le contremaître menaçait de retirer la totalité de leur salaire aux retardataires.", WW),
    # AC sanitation and water
    ("en", "Forty pickers share one makeshift toilet behind the packing shed.", AC),
    ("en", "The cutters lacked clean water in the camp.", AC),
    ("es", "En el campamento hay un solo sanitario para sesenta cortadores.", AC),
    # AC food rationed or run out
    ("en", "The crew ran out of food two weeks before the boat returned to port.", AC),
    ("es", "A bordo se les racionaba la comida y el agua.", AC),
    ("fr", "La domestique ne recevait qu'une tranche de pain le matin.", AC),
    # AC injuries and deaths at work
    ("en", "A welder was injured at work and sent back to the line the next day.", AC),
    ("en", "One of the sawmill hands lost his hand in an unguarded blade.", AC),
    ("es", "Los albañiles se lesionan sin que nadie los lleve al médico.", AC),
    ("fr", "Un bûcheron a eu la main sectionnée par une tronçonneuse.", AC),
    # AC exposure to chemicals and heat
    ("en", "The cleaners suffer from exposure to harmful chemicals in the laundry.", AC),
    ("es", "Los cortadores denunciaron exposición a nematicidas durante la fumigación.", AC),
    ("fr", "Les ouvrières sont exposées aux pesticides dans les serres.", AC),
    # AC toilet visits restricted, unfit housing
    ("es", "Varias operarias se han orinado encima en la línea de envasado.", AC),
    ("fr", "Accès aux toilettes | soumis à autorisation du chef d'équipe | NC majeure", AC),
    ("es", "Los temporeros dormían en alojamientos indignos junto a la nave.", AC),
    # OT rest denied, days without sleep
    ("es", "Los pastores trabajan sin un solo día libre en toda la temporada.", OT),
    ("es", "En el tambo se trabaja de domingo a domingo, sin vacaciones.", OT),
    ("es", "Durante la campaña no se les daba descanso a las envasadoras.", OT),
    ("fr", "Les marins restaient plusieurs jours sans dormir pendant la marée.", OT),
    ("fr", "Les heures de repos quotidien ne sont jamais respectées sur le chantier.", OT),
    # CL children kept out of school
    ("en", "The two brothers herd goats all day and have never been to school.", CL),
    ("es", "Los hijos de los cosechadores no van a la escuela durante la zafra.", CL),
    ("fr", "Employée comme domestique, la fillette jamais scolarisée faisait tout le ménage.", CL),
    ("fr", "La fillette faisait le ménage chez sa tante sans aller à l'école.", CL),
    # CL minors among the workers found
    ("es", "Seis peones, entre ellos un menor, trabajaban en la tala sin equipo.", CL),
    ("fr", "Les inspecteurs ont trouvé quinze ouvriers, dont trois mineurs, sur le chantier.", CL),
    ("en", "The twelve bonded labourers, children included, could not leave the farm.", CL),
]

FOUND_ANY = [
    # the same classes where an older rule takes the span first: still rule findings
    ("es", "Las operarias hacen horas extra que nunca se les abonan.", WW),
    ("fr", "Les vendangeurs étaient privés d'eau potable dans le campement.", AC),
]

COMPLIANT = [
    ("fr", "Tous les salariés ont reçu leur salaire du mois de mai le 5 juin.", WW),
    ("es", "La empresa paga a los jornaleros cada sábado en efectivo y con recibo.", WW),
    ("en", "Overtime hours are recorded and paid at 150% on the next payslip.", WW),
    ("en", "Each dormitory has clean drinking water, fans and one toilet per six residents.", AC),
    ("es", "El alojamiento tiene agua potable, duchas y camas para cada trabajador.", AC),
    ("fr", "Le dortoir dispose d'eau potable, de douches et d'un lit par personne.", AC),
    ("es", "Todos los trabajadores tienen un día libre a la semana.", OT),
    ("fr", "Les salariés bénéficient de deux jours de repos par semaine.", OT),
    ("en", "All the children of the village go to school.", CL),
    ("fr", "Les enfants des saisonniers vont à l'école du village.", CL),
]

TRAPS = [
    ("en", "The farm trains sprayers to prevent exposure to harmful chemicals.", AC),
    ("en", "Workers injured at work are covered by the company accident insurance.", AC),
    ("es", "La finca entrega mascarillas para evitar la exposición a plaguicidas.", AC),
    ("fr", "Des masques sont fournis pour éviter l'exposition aux pesticides.", AC),
    ("fr", "Le puits emploie quarante ouvriers, dont trois mineurs de fond.", CL),
]


@pytest.mark.parametrize("lang,text,indicator", FOUND)
def test_class_found_by_rules10(lang: str, text: str, indicator: str) -> None:
    assert indicator in _by_r10(text, lang)


@pytest.mark.parametrize("lang,text,indicator", FOUND_ANY)
def test_class_found_by_rules(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize("lang,text,indicator", COMPLIANT)
def test_compliance_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


@pytest.mark.parametrize("lang,text,indicator", TRAPS)
def test_trap_not_a_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


def test_negated_class_is_not_asserted() -> None:
    """A class sentence under a negation of its own clause is not a finding of that class."""
    assert AC not in _by_r10("No worker was injured at work during the season.", "en")
    assert CL not in _by_r10("No child under 15 was found among the workers.", "en")
