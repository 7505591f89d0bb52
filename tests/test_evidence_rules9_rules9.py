"""Wages, living and working conditions, child labour and deception: third pass of rule classes (lexicons
2026.12.11, ids ``r9_*``), en/es/fr.

Withholding of wages: kickbacks and pay handed back, costs taken out of pay, nothing paid at all, promised then paid
less, shares of pay kept by someone else, wages owed to workers. Abusive conditions: unfit places to sleep, crowding
and packed trucks, no protective gear, injuries and deaths, rotten or withheld food, wretched camps. Child labour:
work started as a child, children put to work or found working, school missed for work. Deception: promises not kept,
expectations against what was found, vanished recruiters, forged papers, pretexts, contracts not understood.

Each class has a compliance sentence that must not be asserted, and the traps (advances or loans taken back from pay,
sums owed BY the worker, sleeping on site by choice) must not be findings of that indicator.
Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_findings, rule_findings

WW, AC = "withholding_of_wages", "abusive_working_living_conditions"
CL, DC = "child_labour", "deception"


def _by_r9(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings by a rules9 pattern (``r9_`` id)."""
    return pattern_findings(text, lang, "r9_")


_by_rules = rule_findings


FOUND = [
    # WW kickbacks: pay handed back or cheques endorsed and taken back
    ("en", "The site manager made the cleaners hand back part of their wages in cash every Friday.", WW),
    ("en", "The drivers had to endorse their cheques, which the owner then took back.", WW),
    ("es", "El encargado se quedaba con la mayor parte del sueldo de los peones.", WW),
    ("fr", "Une saisonnière a dû rendre 40 % de sa paie à l'intermédiaire.", WW),
    # WW costs taken out of pay
    ("en", "The contractor took fuel and van hire out of their pay each week.", WW),
    ("en", "Rent and transport ate up their pay.", WW),
    ("es", "A las costureras les descontaban la luz y el gas del taller.", WW),
    ("es", "El patrón les cobraba la comida y el colchón a los cosechadores.", WW),
    ("fr", "Le gérant encaissait leurs salaires et leur laissait de quoi manger.", WW),
    # WW nothing paid at all
    ("en", "The kiln owner paid none of the twelve moulders for the season.", WW),
    ("en", "No wages paid since March, the fishers told the inspector.", WW),
    ("es", "Tras cuatro meses en el barco no habían cobrado nada.", WW),
    ("es", "Tres meses de trabajo y ni un solo euro para los albañiles.", WW),
    ("fr", "Elle a gardé les enfants pendant deux ans sans jamais toucher de salaire.", WW),
    ("fr", "Les ouvriers ont été privés de salaire pendant tout l'hiver.", WW),
    # WW promised then paid less
    ("es", "Solo cobraron el primer mes de los tres que trabajaron en la obra.", WW),
    ("fr", "Ils ne touchaient que la moitié du salaire convenu.", WW),
    # WW wages owed to workers
    ("es", "Los cortadores reclaman jornales impagos desde octubre.", WW),
    ("es", "A los soldadores les debían 4.000 euros cada uno.", WW),
    ("fr", "Le chantier devait 80 000 euros à 40 ouvriers détachés.", WW),
    # AC unfit places to sleep
    ("en", "The pickers slept on the bare floor of a packing shed.", AC),
    ("en", "The crew had to share beds in shifts.", AC),
    ("es", "Los temporeros dormían en la furgoneta junto al invernadero.", AC),
    ("fr", "Les ouvriers dormaient dans leurs voitures au bord du champ.", AC),
    # AC crowding and packed trucks
    ("en", "Up to thirty workers were packed into the back of one lorry.", AC),
    ("es", "Los llevaban de pie en camiones sin barandas hasta la finca.", AC),
    # AC no protective gear
    ("es", "Los mineros bajaban al pozo sin ningún tipo de protección.", AC),
    ("fr", "Ils répandaient l'engrais sans aucun équipement de protection.", AC),
    # AC injuries and deaths
    ("en", "An explosion at the kiln killed two workers and injured five.", AC),
    ("es", "Los descargadores sufren lumbago y lesiones en las manos.", AC),
    ("fr", "Trois manœuvres ont été blessés sur la chaîne le mois dernier.", AC),
    ("fr", "Les porteurs souffrent de troubles musculo-squelettiques.", AC),
    # AC food
    ("en", "The maid was given only leftovers to eat.", AC),
    ("fr", "Le berger mangeait les restes de la famille dans l'étable.", AC),
    ("es", "A la interna no le daban de comer los fines de semana.", AC),
    # AC wretched camps
    ("es", "Los inspectores hallaron campamentos deplorables junto al cañaveral.", AC),
    # CL started work as a child
    ("es", "Trabaja en la ladrillera desde los diez años.", CL),
    # CL children put to work or found working
    ("en", "Most of the sewing-machine operators in the basement were children.", CL),
    ("fr", "Les planteurs font travailler leurs enfants pendant la récolte.", CL),
    ("fr", "Des mineurs sont employés dans les ateliers de tissage du quartier.", CL),
    # CL minors found or present at work, minors among the workers, child trades, work since early childhood
    ("en", "A survey found most of the bead-threading workforce under 14.", CL),
    ("en", "Half of the fry collectors on the river were children.", CL),
    ("es", "Entre los cortadores de la finca había tres menores.", CL),
    ("es", "Los menores fueron hallados en la ladrillera al amanecer.", CL),
    ("es", "Los niños pastores cuidan las cabras de la hacienda.", CL),
    ("fr", "Elle servait dans la famille depuis l'âge de dix ans.", CL),
    ("fr", "Les enfants orpailleurs tamisent la boue au bord de la rivière.", CL),
    # CL school missed for work
    ("en", "Girls in the district miss school to help with the cotton harvest.", CL),
    ("fr", "Les garçons manquent l'école pour aider leurs pères dans la carrière.", CL),
    # DC promises not kept
    ("es", "Les ofrecieron vivienda y comida que nunca recibieron.", DC),
    ("fr", "Les recruteurs faisaient des promesses creuses aux jeunes du village.", DC),
    # DC expectations against what was found
    ("en", "She came expecting an office job and found herself cleaning the owner's house.", DC),
    ("en", "The men thought they were coming to work in hotels.", DC),
    ("es", "Me dijeron que iba a trabajar de camarera en un restaurante.", DC),
    ("fr", "Ils croyaient être embauchés par l'usine elle-même.", DC),
    ("fr", "On leur avait annoncé 1 800 euros par mois et ils n'en touchent que 900.", DC),
    # DC vanished recruiters, forged papers, pretexts
    ("en", "The recruiter vanished with their deposits the day before departure.", DC),
    ("es", "La agencia desapareció después de cobrar los trámites a cuarenta familias.", DC),
    ("fr", "Les enfants sont emmenés sous prétexte d'un apprentissage en ville.", DC),
    ("en", "The workers were handed forged permits and told everything was in order.", DC),
    # DC contracts not understood
    ("en", "The nurses signed contracts they did not fully understand.", DC),
]

# The same classes on wordings an older rule already finds (the finding is credited to the older pattern):
# they must stay findings of the rules.
FOUND_ANY = [
    ("en", "The loaders were promised $400 a month but received only half of it.", WW),
    ("en", "The cook said she was owed more than 3,000 dollars in back pay.", WW),
    ("es", "Los jornaleros vivían hacinados en una nave sin ventanas.", AC),
    ("fr", "Les saisonniers s'entassaient dans un mobil-home délabré.", AC),
    ("en", "The sprayers worked with little or no protective equipment.", AC),
    ("en", "The boat cook served rotten fish to the deckhands.", AC),
    ("fr", "Les cueilleurs vivaient dans des conditions exécrables, sans eau chaude.", AC),
    ("en", "He started carrying bricks at the age of nine.", CL),
    ("fr", "Il a commencé à neuf ans en triant les déchets de la décharge.", CL),
    ("es", "Los inspectores encontraron a seis menores en la cosecha de uva.", CL),
    ("es", "Las familias llevan a sus hijos a trabajar en el corte de caña.", CL),
    ("en", "They were lured on promises of high pay that never came.", DC),
    ("es", "Firmaron contratos en un idioma que no entienden.", DC),
]

COMPLIANT = [
    # one compliance sentence per class: must not be asserted by any rule
    ("en", "Wages are paid in full by bank transfer and nobody hands any of it back.", WW),
    ("en", "Housing is provided free of charge and nothing is deducted from pay.", WW),
    ("es", "Las nóminas se abonan puntualmente cada mes.", WW),
    ("fr", "Les salaires sont versés à temps et en totalité.", WW),
    ("en", "Each worker has an own bed in a ventilated room with four beds.", AC),
    ("es", "Les daban de comer tres veces al día en el comedor.", AC),
    ("fr", "L'entreprise respecte les normes de sécurité sur tout le chantier.", AC),
    ("en", "All workers wear gloves, masks and boots provided by the company.", AC),
    ("en", "No worker under 18 is employed at the site; ages are checked against ID cards.", CL),
    ("fr", "Aucun enfant ne travaille sur l'exploitation ; les âges sont vérifiés.", CL),
    ("es", "Todo el personal de la finca es mayor de 18 años, según los registros.", CL),
    ("en", "The promises made at recruitment were kept.", DC),
    ("fr", "Les promesses faites au recrutement ont été tenues.", DC),
]

TRAPS = [
    # an advance or loan taken back from pay is debt bondage, not withheld wages
    ("es", "Pagaba cada mes el préstamo que el patrón le había adelantado y que le descontaban del sueldo.", WW),
    # a sum owed BY the worker to an agent is debt, not wages owed to the worker
    ("en", "Each picker owed 2,000 dollars to the agent for the flight.", WW),
    # sleeping on site by choice is not, on that wording alone, unfit housing
    ("fr", "Les ouvriers avaient choisi de dormir sur le chantier pour éviter le trajet.", AC),
    # loan repayments taken from wages are debt bondage
    ("en", "The foreman lends money at high interest and deducts repayments from wages.", WW),
    # workers who paid nothing for their job: no wage finding either
    ("en", "None of the workers interviewed had paid anything to get the job.", WW),
    # documents handed back are not pay handed back
    ("en", "All passports were handed back to the workers on 3 May.", WW),
    # statutory deductions are not withheld pay
    ("es", "A los empleados se les descuentan las cotizaciones a la seguridad social.", WW),
    # workers who fail to meet a quota: not a broken promise
    ("es", "El capataz regaña a los trabajadores que no cumplen la cuota.", DC),
    # clock times are not ages
    ("en", "Shifts started at five in the morning and ended at two.", CL),
    # durations are not ages
    ("fr", "Il vit en France depuis dix ans sans papiers.", CL),
]


@pytest.mark.parametrize("lang,text,indicator", FOUND)
def test_class_found_by_rules9(lang: str, text: str, indicator: str) -> None:
    assert indicator in _by_r9(text, lang)


@pytest.mark.parametrize("lang,text,indicator", FOUND_ANY)
def test_class_found_by_rules(lang: str, text: str, indicator: str) -> None:
    assert indicator in _by_rules(text, lang)


@pytest.mark.parametrize("lang,text,indicator", COMPLIANT)
def test_compliance_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _by_rules(text, lang)


@pytest.mark.parametrize("lang,text,indicator", TRAPS)
def test_trap_not_a_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _by_rules(text, lang)


def test_negated_compliance_patterns_are_findings() -> None:
    """The compliance forms are written so that their negation is the finding."""
    assert DC in _by_r9("The promises made at recruitment were not kept.", "en")
    assert DC in _by_r9("Las condiciones no son las que les habían prometido.", "es")
    assert DC in _by_r9("Les promesses faites au recrutement n'ont pas été tenues.", "fr")
    assert AC in _by_r9("Le hangar ne respectait aucune norme de sécurité.", "fr")
