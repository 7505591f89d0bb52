"""Spanish and French error classes that did not generalise in the previous round (ev_esfr, 2026.12.4):
pronouns and birth dates read as negations, concession + persistence, negative concord, "keeps on" verbs,
definitions and studies about a topic, "comision" as a fee, the worker who paid, and the new pattern families.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _asserted(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings (the sentence model's lower "possible" band does not count)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and getattr(e, "confidence", "finding") == "finding"}


FOUND = [
    # "nos" (us) is not "no"; "nee en 2009" is not "ne"
    ("es", "Nos descontaban la comida del sueldo sin ninguna explicación.", "withholding_of_wages"),
    ("es", "Nos contaron que el encargado se quedaba con los pasaportes hasta el final de la campaña.",
     "retention_of_identity_documents"),
    # concession + persistence is a finding
    ("es", "A pesar de que la ley no lo permite, el trabajo de menores persiste en los hornos de ladrillo.",
     "child_labour"),
    ("es", "Pese a la prohibición, varias agencias siguen cobrando comisiones a los candidatos.", "recruitment_fees"),
    ("fr", "Bien qu'interdite, la confiscation des passeports demeure courante sur les chantiers.",
     "retention_of_identity_documents"),
    ("fr", "Malgré l'interdiction, les agences continuent de faire payer des frais de recrutement.",
     "recruitment_fees"),
    # negative concord: one negation that the pattern itself states
    ("fr", "Les employées de maison n'ont aucun contact avec l'extérieur.", "isolation"),
    ("es", "Los recolectores no tienen ningún día de descanso en toda la temporada.", "excessive_overtime"),
    # "keeps on" is not a negation
    ("fr", "La dette envers le passeur ne cesse d'augmenter avec le loyer.", "debt_bondage"),
    ("es", "La deuda con el patrón no deja de crecer por la comida y el alojamiento.", "debt_bondage"),
    # a fee called "comision"; the worker who paid the agent
    ("es", "A cada obrero se le cobró una comisión de 500 dólares por el contrato.", "recruitment_fees"),
    ("fr", "Le travailleur guatémaltèque a payé 2 500 dollars à un recruteur de sa région.", "recruitment_fees"),
    # documents kept or never given back
    ("es", "La agencia pidió los pasaportes antes del viaje y nunca se los devolvió.",
     "retention_of_identity_documents"),
    ("fr", "Le patron a exigé leurs papiers à l'arrivée et ne les leur a jamais rendus.",
     "retention_of_identity_documents"),
    # pay taken or late
    ("fr", "L'employeur prélevait le loyer sur la paie sans accord écrit des ouvriers.", "withholding_of_wages"),
    ("es", "El pago de la quincena se retrasa casi siempre dos semanas.", "withholding_of_wages"),
    # months aboard, promises that differ
    ("fr", "Les pêcheurs sont restés à bord pendant des mois sans pouvoir débarquer.", "isolation"),
    ("es", "El contrato que les dieron en la finca era distinto del que firmaron en su país.", "deception"),
    ("es", "Les aseguraron un sueldo de 1.200 euros, pero en la finca cobraban la mitad.", "deception"),
    ("fr", "Elle a été agressée sexuellement par le contremaître dans l'entrepôt.", "physical_sexual_violence"),
    # table rows and audit notes: documents held by an office, pay late by days, shifts, forced overtime
    ("es", "Pasaportes | custodiados por administración sin autorización escrita | NC", "retention_of_identity_documents"),
    ("es", "Nóminas | pagadas con 30 días de retraso en marzo | NC", "withholding_of_wages"),
    ("fr", "Constat 2 : les caristes enchaînent des postes de 14 heures.", "excessive_overtime"),
    ("fr", "Les opératrices sont obligées de faire des heures supplémentaires le samedi.", "excessive_overtime"),
    # loans at interest, surveillance, distance
    ("es", "El capataz les adelantó dinero para la comida y les cobraba intereses cada semana.", "debt_bondage"),
    ("fr", "L'intermédiaire leur avait prêté l'argent du voyage à des intérêts usuraires.", "debt_bondage"),
    ("fr", "Des gardiens surveillent les ouvrières jusque dans le dortoir.", "restriction_of_movement"),
    ("es", "Los guardias vigilan a los peones día y noche.", "restriction_of_movement"),
    ("es", "El campamento está a varias horas de camino del pueblo más cercano.", "isolation"),
    # a threat whose content is "no longer" is still a threat
    ("fr", "Ceux qui réclamaient leur paie étaient menacés de ne plus être rappelés.", "intimidation_threats"),
    # first-person testimony
    ("es", "\"En toda la temporada no nos pagaron ni un euro\", dice una recolectora.", "withholding_of_wages"),
    ("fr", "« Le patron ne nous a jamais payé les heures du dimanche », explique un ouvrier.", "withholding_of_wages"),
    ("es", "\"Cuando pedíamos el sueldo, nos decían que nos iban a denunciar a la policía\".", "intimidation_threats"),
    ("fr", "« Quand on demandait notre argent, on nous disait qu'on serait licenciés. »", "intimidation_threats"),
    ("es", "\"Trabajábamos de sol a sol en el invernadero\".", "excessive_overtime"),
    ("fr", "« On ramassait les fraises de l'aube jusqu'à la nuit. »", "excessive_overtime"),
    ("es", "\"Jamás nos dejaban salir de la finca sin el capataz\".", "restriction_of_movement"),
    ("fr", "« Nous n'avions pas le droit de sortir du domaine le soir. »", "restriction_of_movement"),
    ("es", "\"Cada semana debíamos más por el cuarto y la comida\".", "debt_bondage"),
    ("fr", "« Il m'avait promis un poste de serveuse et je me suis retrouvée à trier des déchets. »", "deception"),
    ("es", "Las víctimas tenían que entregar la mayor parte de su salario al jefe de la red.", "withholding_of_wages"),
    ("es", "La policía rescató a nueve temporeros que vivían hacinados en un almacén.",
     "abusive_working_living_conditions"),
]


@pytest.mark.parametrize("lang,text,indicator", FOUND)
def test_class_is_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang)


NOT_ASSERTED = [
    # concession without persistence, and a nearer negation, stay unasserted
    ("fr", "Bien que le travail des enfants soit interdit, aucun cas n'a été constaté.", "child_labour"),
    ("fr", "Malgré l'interdiction, aucun enfant n'a été vu sur les sites visités.", "child_labour"),
    # lists of indicators, studies and campaigns about a topic
    ("es", "Son indicadores de trabajo forzoso la retención de salarios, la servidumbre por deudas y las amenazas.",
     "withholding_of_wages"),
    ("fr", "Constituent des indicateurs de travail forcé la servitude pour dettes et les menaces.", "debt_bondage"),
    ("es", "El informe analiza el trabajo infantil en la minería de oro.", "child_labour"),
    ("fr", "L'association mène une campagne de sensibilisation sur le travail des enfants.", "child_labour"),
    ("fr", "L'ONG lutte contre le travail des enfants dans les carrières.", "child_labour"),
    # remediation stays remediation; negation of the practice stays negation
    ("es", "Todos los salarios adeudados fueron abonados en su totalidad en marzo.", "withholding_of_wages"),
    ("es", "No se encontró ningún menor trabajando en la planta.", "child_labour"),
    # a travel debt is not a recruitment fee
    ("fr", "Les ouvriers sont endettés auprès du recruteur qui leur a avancé le prix du voyage.", "recruitment_fees"),
    ("es", "Los costureros deben al tallerista el pasaje de autobús desde la frontera.", "recruitment_fees"),
    # "they let us out on Sundays" states no restriction
    ("es", "Los domingos nos dejaban salir al pueblo.", "restriction_of_movement"),
]


@pytest.mark.parametrize("lang,text,indicator", NOT_ASSERTED)
def test_class_is_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)


def test_birth_year_is_not_a_negation() -> None:
    """"nee en 1985" must not negate the other findings of its sentence."""
    evs = get_engine().scan_text("Une ouvrière née en 1990 travaillait 14 heures par jour.", lang="fr")
    assert {e.polarity for e in evs if e.indicator == "excessive_overtime"} == {"asserted"}


def test_concord_needs_the_negation_at_the_match_start() -> None:
    """Negative concord applies only when the match opens with its own negation word: a negation before a
    plain match still negates it."""
    evs = get_engine().scan_text("Les inspecteurs n'ont constaté aucun contact coupé avec les familles ; "
                                 "les ouvriers ne sont pas isolés.", lang="fr")
    assert "isolation" not in {e.indicator for e in evs if e.polarity == "asserted"}
