"""Abuse of vulnerability said as an exploited status, need or dependence (lexicons 2026.12.21, aov15), en/es/fr.

The class: the sentence says the exploiter USED a vulnerable situation (irregular status, poverty or need,
homelessness, disability, illiteracy, no command of the language, dependence on the employer, fear that keeps
workers from complaining). es: "se valía de la necesidad", recruiting people in need or at shelters, "no se
atreverán a reclamar", "prefieren contratar ... porque", "dependía en todo de", "no sabía leer", intellectual
disability, conditions accepted because of the migratory situation. fr: vulnerable or dependent persons subjected
to conditions, profiting from dependence or from "sans-papiers", dependence on the employer named as such,
vulnerability that keeps them from complaining, "ne parlant pas la langue", illiteracy, mental disability,
recruiting among the homeless or in slums. en: vulnerable or homeless people made to work, mentally disabled
workers, recruiting at soup kitchens and shelters or among rough sleepers, kept quiet by threats of deportation,
accepting less because of their status, left dependent on the gangmaster, targeted because they cannot speak up,
destitute parents who sell or send their children.

Not the class (writers label these neither): risk statements ("vulnerable to exploitation", "en riesgo de"),
context ("a third of the workers are undocumented"), programmes for vulnerable groups, and the wording of an
offence in a law. A status word alone never fires.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_ids, rule_findings

AV = "abuse_of_vulnerability"

FOUND = [
    # es
    ("es", "El encargado se valía de la necesidad de los recolectores para pagarles cuatro euros la hora.", AV),
    ("es", "La patrona se valió de la situación migratoria de la interna para no darle ni un día libre.", AV),
    ("es", "Valiéndose de la precariedad de las costureras, el taller les descontaba las horas de enfermedad.", AV),
    ("es", "La banda reclutaba en los barrios más pobres a jóvenes en situación de extrema necesidad.", AV),
    ("es", "El intermediario captaba a los peones en el albergue de la ciudad y los llevaba a las fincas.", AV),
    ("es", "Los capataces sabían que las temporeras difícilmente se atreverían a denunciar los abusos.", AV),
    ("es", "Convencidos de que los jornaleros no irán a denunciar, los dueños les pagan la mitad.", AV),
    ("es", "Los talleres prefieren contratar a costureras recién llegadas porque así las mantienen sometidas.", AV),
    ("es", "La cuidadora dependía en todo de la familia que la empleaba, incluso para comer.", AV),
    ("es", "Tras pagar la cama y la comida, los peones quedaban totalmente en manos del contratista.", AV),
    ("es", "Los peones necesitaban el jornal, y de ello se aprovechan los intermediarios.", AV),
    ("es", "El pastor no sabía leer ni escribir y firmaba con una cruz lo que le ponían delante.", AV),
    ("es", "Los recolectores aceptaban jornadas de doce horas por su situación irregular en el país.", AV),
    ("es", "Su situación irregular les impide denunciar los impagos ante la inspección.", AV),
    # fr
    ("fr", "Selon l'inspection, l'exploitant soumettait des ouvriers vulnérables à des journées sans pause.", AV),
    ("fr", "Le couple aurait obtenu d'une femme dépendante des années de ménage sans aucun salaire.", AV),
    ("fr", "Le patron profitait de la dépendance de ses ouvriers, qu'il logeait et nourrissait.", AV),
    ("fr", "Des marchands de sommeil profitent des sans-papiers qu'ils placent sur les chantiers.", AV),
    ("fr", "L'enquête souligne la dépendance des cueilleurs envers l'exploitant, qui les logeait sur place.", AV),
    ("fr", "La jeune fille était entièrement dépendante de la famille qui l'employait comme domestique.", AV),
    ("fr", "Leur précarité les empêche de porter plainte contre le sous-traitant.", AV),
    ("fr", "Ne parlant pas un mot de français, les bûcherons ignoraient tout de leurs droits.", AV),
    ("fr", "Le réseau allait chercher ses manœuvres dans les bidonvilles de la périphérie.", AV),
    # en
    ("en", "Two vulnerable men were made to dig ditches for food and a bed.", AV),
    ("en", "The court heard that vulnerable women were coerced into cleaning the farmhouse without pay.", AV),
    ("en", "The gang approached rough sleepers outside the station with offers of building work.", AV),
    ("en", "The recruiter picked men from a night shelter and drove them to the farms before dawn.", AV),
    ("en", "Having lost their papers, the cleaners were kept quiet by threats of deportation.", AV),
    ("en", "She was told she would be deported because her visa had lapsed, so she kept working.", AV),
    ("en", "The kitchen staff accepted lower pay because of their immigration status.", AV),
    ("en", "With no right to work, the pickers were left dependent on the gangmaster for everything.", AV),
    ("en", "Brokers hire migrants from the hill districts precisely because they do not speak the local language.", AV),
    ("en", "Destitute families sold their sons to boat owners for a few hundred dollars.", AV),
    ("en", "The owners exploited the newcomers' naivety to cut their pay.", AV),
    ("en", "The foreman controlled vulnerable workers by holding their bank cards.", AV),
]

NOT_FOUND = [
    # risk statements
    ("es", "Los temporeros migrantes son vulnerables a la explotación laboral.", AV),
    ("es", "Las personas sin papeles están en riesgo de ser explotadas en el campo.", AV),
    ("fr", "Les travailleurs saisonniers sont vulnérables à l'exploitation.", AV),
    ("fr", "Les sans-papiers risquent d'être exploités dans le bâtiment.", AV),
    ("en", "Homeless people are vulnerable to exploitation by labour gangs.", AV),
    ("en", "Vulnerable workers are at risk of being forced into unpaid overtime.", AV),
    # context: a status word alone
    ("es", "Un tercio de los recolectores de la finca estaba en situación irregular.", AV),
    ("fr", "Sur les trente ouvriers contrôlés, quatre étaient sans-papiers.", AV),
    ("en", "About 40% of the pickers interviewed were undocumented.", AV),
    ("fr", "Les salariés dépendent de leur employeur pour le transport jusqu'au chantier.", AV),
    # programmes for vulnerable groups
    ("es", "La fundación ofrece un programa de empleo para personas con discapacidad intelectual.", AV),
    ("fr", "Le programme d'insertion accompagne des personnes handicapées vers l'emploi.", AV),
    ("en", "The supplier runs a training programme for homeless people and refugees.", AV),
    # a status named as context, with no exploitation said (review 2026.12.21: the bare-status patterns were removed)
    ("fr", "Le foyer accueille des personnes en situation de handicap mental.", AV),
    ("en", "The cooperative employs two mentally ill veterans under a supported-employment scheme.", AV),
    ("es", "La empresa contrata a personas con discapacidad intelectual a través de un programa de inclusión.", AV),
    # the wording of an offence in a law
    ("fr", "Le code pénal réprime le fait de soumettre une personne vulnérable à des conditions indignes.", AV),
    ("fr", "L'article 225-14 punit le fait d'imposer à une personne dépendante un hébergement indigne.", AV),
    # other senses of the same words
    ("es", "El contrato se vale de una cláusula estándar que revisa el salario cada año.", AV),
    ("en", "The shelter staff recruited volunteers for the winter appeal.", AV),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_not_found(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


def test_new_patterns_fire_on_their_class() -> None:
    """The class sentences are found by an aov15 pattern itself, not only by older rules."""
    ids = set().union(*(pattern_ids(text, lang) for lang, text, _ind in FOUND))
    assert len({i for i in ids if i.startswith("aov15_")}) >= 30
