"""Spanish and French phrasing classes of the evidence rules (lexicons/patterns/es.yaml, fr.yaml, numeric.yaml
and the es/fr parts of scope.yaml): one or two findings per class, the compliance, negation and policy
statements of the same classes that must never be asserted, and traps that must stay silent.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _asserted(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings (the sentence model's lower "possible" band does not count)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and getattr(e, "confidence", "finding") == "finding"}


def _polarities(text: str, lang: str, indicator: str) -> set[str]:
    return {e.polarity for e in get_engine().scan_text(text, lang=lang) if e.indicator == indicator}


FOUND = [
    # child work named by a verb further away, and ages in digits or words beside farm, mine or house work
    ("es", "Varios niños de la comunidad, traídos por un contratista, cosechaban tomate en el invernadero.",
     "child_labour"),
    ("es", "Con apenas 11 años, la niña ya recolectaba café en la finca de sus tíos.", "child_labour"),
    ("es", "Las niñas trabajadoras domésticas duermen en la casa de los patrones.", "child_labour"),
    ("fr", "Dans ce village, des garçons venus du Mali transportent les sacs de cabosses jusqu'à la route.",
     "child_labour"),
    ("fr", "Âgée de neuf ans, elle vend des beignets aux orpailleurs toute la journée.", "child_labour"),
    ("fr", "Un restavek de 10 ans fait le ménage chez une famille de Port-au-Prince.", "child_labour"),
    # promises and offers that were not kept, contracts not understood or not matched
    ("es", "Les ofrecieron un sueldo fijo y alojamiento gratis, pero al llegar les cobraban el cuarto.", "deception"),
    ("es", "Fueron reclutadas bajo promesa de trabajar en un hotel de la costa.", "deception"),
    ("es", "Las condiciones de la finca no se correspondían con lo pactado en el contrato.", "deception"),
    ("fr", "Recruté comme cuisinier, il a finalement été affecté au nettoyage des cuves.", "deception"),
    ("fr", "Les ouvrières ont signé leur contrat sans pouvoir le lire.", "deception"),
    ("fr", "Le salaire versé était inférieur à celui convenu lors de l'embauche.", "deception"),
    # exploiting need, fear or status
    ("es", "El dueño se aprovechaba de la necesidad de los jornaleros para pagarles la mitad.",
     "abuse_of_vulnerability"),
    ("es", "La patrona sabía que la empleada no podía denunciar porque no tenía papeles.", "abuse_of_vulnerability"),
    ("fr", "Son titre de séjour dépend de l'employeur, qui menace de ne pas le renouveler.", "abuse_of_vulnerability"),
    # pay withheld, delayed, stopped, taken back
    ("es", "Trabajaron toda la campaña sin cobrar el salario de los dos últimos meses.", "withholding_of_wages"),
    ("es", "La empresa dejó de pagarles en octubre y todavía les debe tres quincenas.", "withholding_of_wages"),
    ("es", "Hay retrasos de hasta dos meses en el pago de las nóminas.", "withholding_of_wages"),
    ("es", "Se les retienen 20 euros por semana como fianza hasta el fin de la temporada.", "withholding_of_wages"),
    ("fr", "Les saisonniers attendent toujours le paiement de leurs salaires de septembre.", "withholding_of_wages"),
    ("fr", "Salaires de mars | non versés à 40 ouvriers | NC majeure", "withholding_of_wages"),
    ("fr", "Les heures supplémentaires du samedi sont payées au taux normal.", "withholding_of_wages"),
    ("fr", "Le patron exigeait qu'ils lui reversent une partie de leur salaire chaque mois.", "withholding_of_wages"),
    # debts to stores, lenders and smugglers
    ("es", "Los peones compran a crédito en la tienda de la hacienda y terminan la zafra debiendo.", "debt_bondage"),
    ("es", "El pasaje que adelantó la empresa se les descuenta en cuotas de la nómina.", "debt_bondage"),
    ("fr", "Ils ont été contraints de travailler trois mois sur un chantier pour payer leur passage.", "debt_bondage"),
    # fees to intermediaries
    ("es", "Cada jornalero abonó 300 euros al intermediario para entrar en la cuadrilla.", "recruitment_fees"),
    ("fr", "Chaque ouvrier a payé 1 800 $ à un consultant pour obtenir son permis de travail.", "recruitment_fees"),
    # hours: 12+ hours with a work word, Monday to Monday, 7 days, daily spans, rest days
    ("es", "Trabajaban de lunes a lunes en el empaque.", "excessive_overtime"),
    ("es", "Las jornadas en la poda duraban hasta 15 horas.", "excessive_overtime"),
    ("es", "La empleada trabajaba desde las 6 de la mañana hasta las 10 de la noche.", "excessive_overtime"),
    ("es", "Descanso | 1 domingo libre cada 4 semanas | NC", "excessive_overtime"),
    ("fr", "Pendant la saison, les cueilleurs travaillaient 7 j/7.", "excessive_overtime"),
    ("fr", "Repos hebdomadaire | non accordé en juin | NC majeure", "excessive_overtime"),
    # degrading housing and treatment, toxic exposure
    ("es", "Decenas de temporeros viven en chabolas hechas con plásticos junto a los invernaderos.",
     "abusive_working_living_conditions"),
    ("es", "Las viviendas del campamento carecen de agua potable y de luz.", "abusive_working_living_conditions"),
    ("fr", "Les enfants manipulent du mercure pour amalgamer l'or.", "abusive_working_living_conditions"),
    ("fr", "On leur interdit d'aller aux toilettes pendant le service.", "abusive_working_living_conditions"),
    # violence, threats, isolation, movement
    ("es", "El capataz los obligaba a trabajar a punta de machete.", "physical_sexual_violence"),
    ("es", "El encargado les decía que si se quejaban los mandaría de vuelta a su país.", "intimidation_threats"),
    ("fr", "Il disait que si elle parlait à la police, il la renverrait chez elle.", "intimidation_threats"),
    ("es", "El pesquero pasó nueve meses sin tocar puerto.", "isolation"),
    ("fr", "Les domestiques n'ont pas le droit d'appeler leur famille.", "isolation"),
    ("fr", "Pour quitter le pays, chaque ouvrier doit obtenir un permis de sortie de son employeur.",
     "restriction_of_movement"),
    ("es", "A los marineros se les negaba el desembarco en cada puerto.", "restriction_of_movement"),
    # documents held by someone else: a past act of keeping is never compliance
    ("es", "El capataz tiene guardados sus pasaportes en la caseta.", "retention_of_identity_documents"),
    ("es", "Los pasaportes de la tripulación estaban en poder del capitán.", "retention_of_identity_documents"),
    # pay not given, money owed, work without sleep, care denied, chains
    ("es", "La naviera lleva tres meses sin pagarles el sueldo a los marineros.", "withholding_of_wages"),
    ("es", "Los marineros reclaman los 4.000 dólares que les debe el armador.", "withholding_of_wages"),
    ("es", "En temporada alta trabajaban dos días seguidos sin dormir.", "excessive_overtime"),
    ("es", "Al cocinero herido le negaron la atención médica durante semanas.", "abusive_working_living_conditions"),
    ("fr", "Le maître mettait des chaînes aux pieds des enfants qui tentaient de fuir.", "restriction_of_movement"),
    ("fr", "Le contremaître a gardé son passeport pendant toute la saison.", "retention_of_identity_documents"),
]


@pytest.mark.parametrize("lang,text,indicator", FOUND)
def test_class_is_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang)


NOT_ASSERTED = [
    # compliance
    ("es", "Cada trabajador guarda su propio pasaporte en una taquilla con llave.", "retention_of_identity_documents"),
    ("es", "Los trabajadores tienen sus pasaportes en su poder.", "retention_of_identity_documents"),
    ("fr", "Chaque saisonnier conserve sa pièce d'identité.", "retention_of_identity_documents"),
    ("fr", "Les domestiques gardent elles-mêmes leur passeport.", "retention_of_identity_documents"),
    ("es", "Los salarios se abonan puntualmente cada quincena.", "withholding_of_wages"),
    ("fr", "Les salaires sont versés à temps chaque mois.", "withholding_of_wages"),
    ("es", "Las horas extra son voluntarias.", "excessive_overtime"),
    # negation
    ("es", "No se encontraron menores trabajando en la cosecha.", "child_labour"),
    ("fr", "Aucun enfant de moins de 15 ans n'a été vu sur les parcelles.", "child_labour"),
    ("es", "Ningún trabajador pagó comisión al intermediario.", "recruitment_fees"),
    ("fr", "Aucun retard de paiement des salaires n'a été constaté.", "withholding_of_wages"),
    # remediation
    ("es", "La empresa abonó todos los salarios adeudados a los jornaleros.", "withholding_of_wages"),
    ("fr", "Les passeports ont été restitués aux ouvriers.", "retention_of_identity_documents"),
    ("es", "La empresa pagó todos los salarios atrasados a la tripulación.", "withholding_of_wages"),
    # policy
    ("es", "El código prohíbe contratar a menores de 18 años para la cosecha.", "child_labour"),
    ("es", "Los proveedores deben cumplir las disposiciones sobre explotación sexual y trabajo infantil.",
     "physical_sexual_violence"),
    ("fr", "Il est interdit aux fournisseurs de retenir les papiers d'identité des travailleurs.",
     "retention_of_identity_documents"),
]


@pytest.mark.parametrize("lang,text,indicator", NOT_ASSERTED)
def test_statement_is_never_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)


def test_compliance_is_read_as_compliance() -> None:
    assert _polarities("Cada trabajador guarda su propio pasaporte en una taquilla con llave.", "es",
                       "retention_of_identity_documents") == {"compliant"}
    assert _polarities("Chaque saisonnier conserve sa pièce d'identité.", "fr",
                       "retention_of_identity_documents") == {"compliant"}


SILENT = [
    # a duration is not an age; the minimum working age is not a finding
    ("es", "Trabaja en la empresa desde hace 12 años.", "child_labour"),
    ("fr", "Elle a commencé à travailler à l'usine il y a 12 ans.", "child_labour"),
    ("es", "La ley fija la edad mínima para trabajar en 15 años y los niños deben ir a la escuela.", "child_labour"),
    # hours within limits, rest between shifts, weekly hours
    ("es", "Los empleados trabajan 15 horas semanales en la tienda.", "excessive_overtime"),
    ("es", "Entre una jornada y la siguiente deben pasar al menos 12 horas.", "excessive_overtime"),
    ("fr", "Les étudiants travaillent 12 heures par semaine à la cafétéria.", "excessive_overtime"),
    # isolated incident, hiring without a permit alone
    ("fr", "Il s'agit d'un cas isolé selon la direction.", "isolation"),
    ("es", "La empresa contrató a dos trabajadores sin permiso de trabajo.", "abuse_of_vulnerability"),
    # an obligation to pay a fine is not a debt to the employer
    ("es", "El que llegaba tarde debía pagar a la empresa una multa de 20 euros.", "debt_bondage"),
]


@pytest.mark.parametrize("lang,text,indicator", SILENT)
def test_trap_stays_silent(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)


def test_numeric_weekly_limit_is_not_cancelled_by_the_traps() -> None:
    assert "excessive_overtime" in _asserted("Ils travaillent 70 heures par semaine.", "fr")
    assert "excessive_overtime" in _asserted("Trabajan 72 horas a la semana.", "es")
