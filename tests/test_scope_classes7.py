"""False-alarm classes of the seventh pass (en/es/fr), found on the corpus dev and train splits: lists of signs,
court awards and late payment of back pay, interest-free salary advances, quarantine and insulation, programmes
and operations against a topic, closed NC rows ("Statut : clos"), recruitment costs refunded, denials, caps and
rules, childcare, reporting channels, names of laws and charges, businesses fined, locked store rooms and lockable
bedrooms, registers of work accidents, violations of law, and counts after "jusqu'à" / "hasta".

Each class has sentences that must not be counted as findings, and sentences of the same shape that must stay
counted. The sentences are written for these tests; none comes from the shared evaluation sets or the corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities


_counted = counted


_polarities = rule_polarities


# (lang, text, indicator, polarity the match must carry): scope classes, a match is found but not asserted
SCOPED = [
    # lists of signs and definitions in general terms
    ("en", "Forcing staff to work unpaid overtime is listed as a sign of forced labour.", "withholding_of_wages",
     "hypothetical"),
    ("en", "A supervisor keeping the workers' passports is one of the listed signs.", "retention_of_identity_documents",
     "hypothetical"),
    ("es", "La retención de pasaportes figura entre los indicadores de trabajo forzoso.",
     "retention_of_identity_documents", "hypothetical"),
    ("fr", "La confiscation des passeports figure parmi les indicateurs du travail forcé.",
     "retention_of_identity_documents", "hypothetical"),
    # court awards of back pay, and wages paid after the fact
    ("en", "The tribunal awarded EUR 12,400 in unpaid wages to the two cleaners.", "withholding_of_wages", "remediated"),
    ("en", "The cleaners' union filed a claim for back pay at the labour court.", "withholding_of_wages", "remediated"),
    ("es", "El juzgado condenó a la empresa a pagar 9.000 euros en salarios adeudados.", "withholding_of_wages",
     "remediated"),
    ("fr", "Le conseil de prud'hommes a alloué 15 000 euros de salaires impayés à la plaignante.",
     "withholding_of_wages", "remediated"),
    ("fr", "Le patron a finalement versé les salaires en retard à ses ouvriers.", "withholding_of_wages", "remediated"),
    # salary advances without interest
    ("en", "Salary advances are interest-free and repaid over two pay periods.", "debt_bondage", "compliant"),
    ("es", "Los anticipos de salario son sin intereses y se descuentan en dos quincenas.", "debt_bondage", "compliant"),
    ("fr", "Les avances sur salaire sont sans intérêt et remboursées en deux mois.", "debt_bondage", "compliant"),
    # quarantine and insulation
    ("es", "Los recién llegados con síntomas pasan cinco días de aislamiento en un módulo aparte.", "isolation",
     "policy"),
    # programmes and operations against a topic
    ("es", "La provincia lanzó un plan para erradicar el trabajo infantil en la zafra.", "child_labour", "policy"),
    ("fr", "Une ONG a reçu des fonds pour réduire le travail des enfants dans les mines d'or.", "child_labour",
     "policy"),
    # a closed NC row
    ("fr", "NC : passeports gardés par le chef d'équipe | Action : passeports rendus | Statut : clos",
     "retention_of_identity_documents", "remediated"),
    # recruitment costs refunded
    ("en", "The visa fee was refunded in week 4 to all 30 workers.", "recruitment_fees", "remediated"),
    ("fr", "Le fournisseur recommande le remboursement des frais de recrutement payés par les ouvriers.",
     "recruitment_fees", "remediated"),
    # denials
    ("en", "The company said that stories of beatings at the farm were lies.", "physical_sexual_violence", "negated"),
    ("fr", "Les heures supplémentaires forcées n'ont pas été confirmées par les ouvriers interrogés.",
     "excessive_overtime", "negated"),
    # caps and rules
    ("en", "The new decree caps working time at 13 hours a day for domestic staff.", "excessive_overtime", "policy"),
    # childcare
    ("en", "The crèche looks after 30 children aged 1 to 5 while their mothers work.", "child_labour", "policy"),
    ("es", "La guardería atiende a 40 niños de 0 a 5 años, hijos de temporeras.", "child_labour", "policy"),
    ("fr", "La crèche accueille 25 enfants de 1 à 4 ans pendant la récolte.", "child_labour", "policy"),
    # reporting channels
    ("en", "Workers can call a confidential hotline to report any threats or retaliation.", "intimidation_threats",
     "policy"),
    # names of laws and charges
    ("en", "The couple was arrested on charges of assault and unlawful confinement.", "physical_sexual_violence",
     "policy"),
    ("es", "A los detenidos se les imputan cargos de trata y amenazas.", "intimidation_threats", "policy"),
    ("es", "Los trabajadores reciben formación sobre golpe de calor en el invernadero.",
     "abusive_working_living_conditions", "hypothetical"),
]

# (lang, text, indicator): lexical traps, nothing is counted for the indicator
TRAPS = [
    ("en", "The restaurant was fined GBP 12,000 for hiring two cooks without permits.", "withholding_of_wages"),
    ("en", "The farm owner was jailed for two years and fined Rs 40,000.", "withholding_of_wages"),
    ("en", "Interviews were held in a meeting room on the second floor without managers present.",
     "restriction_of_movement"),
    ("en", "Chemical store locked and labelled; spill kit available.", "restriction_of_movement"),
    ("es", "La bodega de químicos está cerrada con llave y señalizada.", "restriction_of_movement"),
    ("fr", "Chaque salariée dispose d'une chambre qui ferme à clé.", "restriction_of_movement"),
    ("fr", "Le registre des accidents du travail est tenu à jour par le service RH.", "abusive_working_living_conditions"),
    ("es", "La inspección detectó 40 violaciones a la legislación laboral en la planta.", "physical_sexual_violence"),
    ("es", "Varios recolectores sufrieron un golpe de calor en julio.", "physical_sexual_violence"),
    ("fr", "Le chantier a compté jusqu'à 2 500 ouvriers pendant la construction.", "excessive_overtime"),
    ("fr", "En saison, jusqu'à 70 ouvriers logent dans le camp.", "excessive_overtime"),
    ("es", "La temporada reunió hasta 1.200 jornaleros en la finca.", "excessive_overtime"),
]

# (lang, text, indicator): same shape, a real finding that must stay counted
STILL_COUNTED = [
    ("en", "The auditors listed three workers whose passports were kept by the agent.",
     "retention_of_identity_documents"),
    ("en", "The cleaners say EUR 12,400 in wages has not been paid for four months.", "withholding_of_wages"),
    ("fr", "Les ouvriers réclamaient un salaire impayé depuis trois mois.", "withholding_of_wages"),
    ("es", "Los 40 cortadores reclaman 8.000 pesos en sueldos que les debe el contratista.", "withholding_of_wages"),
    ("en", "Workers borrowed money to pay the recruitment fees and now have to repay the loans.", "recruitment_fees"),
    ("en", "The workers paid a visa fee of USD 600 to the agent.", "recruitment_fees"),
    ("en", "The crew were cut off from their families with no phone for months.", "isolation"),
    ("es", "En la zafra trabajan niños de 12 años cortando caña.", "child_labour"),
    ("es", "Entre los abusos figuran el cobro de comisiones ilegales y la retención de pasaportes.",
     "retention_of_identity_documents"),
    ("fr", "NC : passeports gardés par le chef d'équipe | Action : à définir | Statut : ouvert",
     "retention_of_identity_documents"),
    ("en", "Workers said the supervisors threatened them with dismissal.", "intimidation_threats"),
    ("en", "Children aged 10 to 14 were picking cotton on the farm.", "child_labour"),
    ("en", "The supervisor threatened to report them to immigration.", "intimidation_threats"),
    ("en", "The foreman assaulted two workers who asked for their pay.", "physical_sexual_violence"),
    ("en", "Grooms work six or more days a week without the overtime pay the law requires.", "withholding_of_wages"),
    ("en", "Workers were fined USD 10 for every late arrival.", "withholding_of_wages"),
    ("fr", "Les ouvrières étaient enfermées à clé dans l'atelier la nuit.", "restriction_of_movement"),
    ("es", "La trabajadora denunció golpes y violaciones por parte del capataz.", "physical_sexual_violence"),
    ("fr", "Les ouvrières travaillaient jusqu'à 23 h chaque soir.", "excessive_overtime"),
    ("fr", "Les ouvriers travaillaient jusqu'à 70 heures par semaine.", "excessive_overtime"),
    ("es", "Dos de los delitos de trata por los que fueron condenados tenían como víctimas a menores de edad.",
     "child_labour"),
]


# quarantine is also an isolation trap (lexicon7): the rule gives no match at all, so the scope class is not reached
TRAPPED = [
    ("en", "New arrivals with covid symptoms spend five days in isolation in a separate cabin.", "isolation"),
    ("fr", "Les saisonniers testés positifs sont placés à l'isolement pendant la quarantaine.", "isolation"),
]


@pytest.mark.parametrize("lang,text,indicator", TRAPPED)
def test_trapped_sense_gives_no_match(lang: str, text: str, indicator: str) -> None:
    assert _polarities(text, indicator, lang) == set()
    assert not _counted(text, indicator, lang)


@pytest.mark.parametrize("lang,text,indicator,polarity", SCOPED)
def test_scope_class_is_not_counted(lang: str, text: str, indicator: str, polarity: str) -> None:
    assert polarity in _polarities(text, indicator, lang)
    assert not _counted(text, indicator, lang)


@pytest.mark.parametrize("lang,text,indicator", TRAPS)
def test_lexical_trap_is_not_counted(lang: str, text: str, indicator: str) -> None:
    assert not _counted(text, indicator, lang)


@pytest.mark.parametrize("lang,text,indicator", STILL_COUNTED)
def test_same_shape_finding_stays_counted(lang: str, text: str, indicator: str) -> None:
    assert _counted(text, indicator, lang)
