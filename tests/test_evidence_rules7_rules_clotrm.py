"""Child labour, excessive overtime and restriction of movement as classes of fact (patterns 2026.12.9), en/es/fr.

Child labour: workers' ages next to work, apprentices, domestic servants and herders, hazardous work (wells, quarries,
furnaces) under 18; children handed over, sold or sent to work; work instead of school; workers who are minors or
below the legal working age. Excessive overtime: clock spans in prose and table rows ("de 7 heures a 22 heures",
"6h-18h"), rest days against a stated period ("1 rest day in 20 days"), kept past the end of the shift, beyond
agreed or legal hours, not a single day off, day and night, first up and last to bed, no limit on hours, refusing
overtime punished. Restriction of movement: outings rationed or forbidden, kept prisoner or held somewhere, runaways
brought back, release needed to change jobs, constant watch. Each class has a compliance sentence that must not be
asserted, and traps (opening hours, money and seniority after a number, children taken to school, wages or
documents withheld, meetings held at a site) must not be findings of that indicator.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

CL, EO, RM = "child_labour", "excessive_overtime", "restriction_of_movement"


def _asserted(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings by the rules (the sentence model's matches are left out)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and getattr(e, "confidence", "finding") == "finding" and e.match != "model"}


FOUND = [
    # ages next to work: apprentices, servants, herders; 15 to 17 in hazardous work
    ("en", "Two apprentices aged 12 and 13 were sanding furniture in the back room.", CL),
    ("en", "A 16-year-old was digging in a gold pit with a pickaxe.", CL),
    ("es", "En el taller, dos aprendices de 13 años cosían bolsos.", CL),
    ("es", "Un muchacho de 16 años bajaba a los pozos de la mina sin casco.", CL),
    ("fr", "Moussa, 11 ans, garde les chèvres du patron toute la journée.", CL),
    ("fr", "Awa, 16 ans, descend dans des puits d'or de trente mètres.", CL),
    # children handed over, sold or sent to work
    ("en", "Poor families sell their children to brokers who send them to the kilns.", CL),
    ("es", "Los jornaleros llevan a sus hijos al corte de caña para cumplir la tarea.", CL),
    ("fr", "Des parents confient leurs fillettes à des familles aisées qui les font travailler.", CL),
    ("fr", "Les garçons sont cédés par leurs oncles contre un veau.", CL),
    # work instead of school, left school to work
    ("en", "He left school at 13 to work on the fishing boats.", CL),
    ("es", "Abandonó la escuela para trabajar en la cosecha de café.", CL),
    ("fr", "Ils désherbent les champs au lieu d'aller à l'école.", CL),
    # workers who are minors, below the legal age
    ("es", "Tres de los jornaleros eran menores según sus documentos.", CL),
    ("es", "Tres operarios no tenían la edad legal.", CL),
    ("fr", "Deux des couturières n'avaient pas l'âge légal.", CL),
    ("en", "The packers were not of legal working age.", CL),
    # clock spans with hour words, bare spans in table rows
    ("fr", "Les cueilleurs travaillaient de 6 heures à 21 heures.", EO),
    ("es", "Los costureros cosían de 7 a 23 horas.", EO),
    ("fr", "Horaires atelier | 5h-19h | NC", EO),
    ("en", "Working hours 07:00-21:30 in the cutting section | NC", EO),
    ("es", "Horario | 6:00 a 20:00, lunes a sábado | NC mayor", EO),
    # rest days against a stated period
    ("en", "Staff had 1 rest day in 24 days during the peak.", EO),
    ("fr", "Les ouvriers ont eu 2 jours de repos sur 30 en juillet.", EO),
    # kept past the end of the shift
    ("en", "Packers regularly stay three hours past the end of their shift.", EO),
    ("es", "Les obligan a quedarse después del turno sin cobrar.", EO),
    ("fr", "Les serveuses restent plusieurs heures de plus chaque soir.", EO),
    # beyond agreed or legal hours
    ("en", "Drivers were pushed past their legal driving hours.", EO),
    ("es", "Trabajaban jornadas por encima del máximo legal.", EO),
    ("fr", "Les stagiaires travaillaient au-delà des horaires autorisés.", EO),
    # not a single day off; day and night; every day
    ("en", "She has not had a single day off since March.", EO),
    ("en", "The bakers worked day and night in the basement.", EO),
    ("es", "Las internas cuidaban día y noche a los ancianos.", EO),
    ("fr", "Les marins travaillaient jour et nuit sur le chalutier.", EO),
    # first up, last to bed; no limit on hours
    ("fr", "Première levée et dernière couchée, la bonne tenait toute la maison.", EO),
    ("fr", "Le patron le faisait travailler sans limite d'horaire.", EO),
    ("es", "En la casa trabajaba sin límite de horario.", EO),
    # refusing overtime punished
    ("es", "Quien se niega a hacer horas extra es sancionado por el jefe.", EO),
    ("fr", "Ceux qui refusent les heures supplémentaires perdent leur place.", EO),
    # outings rationed or forbidden
    ("en", "They could leave the compound only once a month, escorted by a guard.", RM),
    ("es", "Solo podían salir los domingos acompañados por el capataz.", RM),
    ("es", "Salidas | solo con autorización del encargado | NC crítica", RM),
    ("fr", "Elle n'avait le droit de sortir que pour les courses.", RM),
    ("fr", "Sorties interdites sauf le dimanche matin.", RM),
    # kept prisoner, held somewhere
    ("en", "The couple kept the maid prisoner in their flat for a year.", RM),
    ("en", "The men were held at the farm for months.", RM),
    ("es", "Los cortadores vivían como prisioneros en la finca.", RM),
    ("fr", "Les pêcheurs sont restés bloqués à bord pendant des mois.", RM),
    # runaways brought back
    ("en", "When he tried to run away, the foreman caught him and brought him back.", RM),
    ("es", "Los que huían eran devueltos a la finca por los capataces.", RM),
    ("fr", "Elle a été ramenée par la police chez son employeur.", RM),
    # release needed to change jobs, cannot resign
    ("en", "Migrants need the sponsor's release to change employers.", RM),
    ("es", "Los aprendices no pueden renunciar antes de tres años.", RM),
    ("fr", "Le patron l'a empêché de démissionner.", RM),
]


@pytest.mark.parametrize("lang,text,ind", FOUND)
def test_class_is_found(lang: str, text: str, ind: str) -> None:
    assert ind in _asserted(text, lang), text


COMPLIANT = [
    ("en", "All apprentices are over 18 and their ages were checked against ID.", CL),
    ("es", "Todos los operarios tienen más de 18 años.", CL),
    ("fr", "Aucun travailleur de moins de 18 ans n'a été trouvé sur le site.", CL),
    ("en", "Parents send their children to school every morning.", CL),
    ("fr", "Les parents envoient leurs enfants à l'école du village.", CL),
    ("es", "Los padres llevan a sus hijos a la escuela cada mañana.", CL),
    ("fr", "Les enfants des ouvriers vont à l'école du village.", CL),
    ("en", "Workers get 4 rest days in 28 days.", EO),
    ("fr", "Les ouvriers ont 1 jour de repos sur 7.", EO),
    ("en", "Working hours 08:00-17:00 with one hour lunch | Compliant", EO),
    ("fr", "Horaires : 8h-16h, pause comprise.", EO),
    ("en", "Nobody stays past the end of their shift.", EO),
    ("es", "No se trabaja por encima del máximo legal.", EO),
    ("fr", "Les travailleurs ne dépassent jamais les horaires autorisés.", EO),
    ("en", "Workers leave the compound freely after work.", RM),
    ("es", "Los trabajadores salen libremente del albergue los fines de semana.", RM),
    ("fr", "Les ouvriers sont libres de sortir du dortoir quand ils le souhaitent.", RM),
    ("en", "Workers do not need the employer's release to change employers.", RM),
]


@pytest.mark.parametrize("lang,text,ind", COMPLIANT)
def test_compliance_is_not_asserted(lang: str, text: str, ind: str) -> None:
    assert ind not in _asserted(text, lang), text


TRAPS = [
    ("fr", "Crèche | 12 places, ouverte de 7 h à 18 h | Bonne pratique", EO),
    ("en", "The canteen is open 06:00-22:00 for all shifts.", EO),
    ("es", "Un cortador de caña gana menos de 10 dólares al día.", CL),
    ("es", "Una operaria con 13 años de antigüedad explicó el sistema de turnos.", CL),
    ("fr", "Il travaille à la briqueterie depuis 8 ans.", CL),
    ("en", "Some 40 workers were housed in rooms of under 20 square metres.", CL),
    ("fr", "Leurs salaires étaient retenus depuis plusieurs mois.", RM),
    ("es", "Los pasaportes retenidos en la oficina fueron devueltos a sus dueños.", RM),
    ("en", "Training sessions were held at the factory for three days.", RM),
    ("en", "A labour broker deducted loan repayments above the legal limit.", EO),
    ("en", "Children were left at home as hostages to make the parents work.", RM),
]


@pytest.mark.parametrize("lang,text,ind", TRAPS)
def test_trap_is_not_a_finding(lang: str, text: str, ind: str) -> None:
    assert ind not in _asserted(text, lang), text
