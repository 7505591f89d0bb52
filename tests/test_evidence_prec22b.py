"""Names and lists that hold an indicator noun read as findings (lexicons 2027.01, prec22b).

Statistical publications (household-survey modules on child labour, national child labour surveys), committees,
networks and campaigns named after bonded labour or debt bondage, guidance and training on recruitment fees, labels
for products made "without child labour", and lists of the worst forms of child labour in a convention, a decree or a
report title name a topic; they do not report that the practice happened. Mined as a class from false findings on
the corpus train and dev split and confirmed on public pages (ILO and INEGI statistical manuals, an ILO committee
record, pages on child-labour-free labels). Near-misses: what a survey found, children "engaged in the worst forms",
products that were made by children, workers who paid recruitment fees.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

NOT_FINDINGS = [
    # names of surveys, modules, committees, networks, campaigns
    ("en", "The third National Child Labour Survey was carried out by the statistics bureau in 2018.", "child_labour"),
    ("en", "The district bonded labour vigilance committee campaign met the collector in March.", "debt_bondage"),
    ("en", "A delegation from the Anti-Debt Bondage Network visited the brick kilns last week.", "debt_bondage"),
    ("en", "Members of the Bonded Labour Committee travelled to the capital for the hearing.", "debt_bondage"),
    ("en", "The buyer offers its suppliers guidance on recruitment fees and ethical hiring.", "recruitment_fees"),
    ("en", "Our plant managers attended a recruitment fees workshop organised by the brand.", "recruitment_fees"),
    ("en", "The cooperative sells child-labour-free cocoa to European chocolate makers.", "child_labour"),
    ("en", "The shop stocks only rugs that carry a child labour free label.", "child_labour"),
    ("es", "La Encuesta Nacional de Trabajo Infantil se levantó por segunda vez en 2019.", "child_labour"),
    ("es", "Las cifras salen del módulo de trabajo infantil que acompaña a la encuesta de empleo.", "child_labour"),
    ("es", "El Comité Provincial de Trabajo Infantil presentó su boletín trimestral.", "child_labour"),
    ("es", "La cooperativa vende café sin trabajo infantil a tostadores de Europa.", "child_labour"),
    ("fr", "Les chiffres viennent du module sur le travail des enfants de l'enquête auprès des ménages.", "child_labour"),
    ("fr", "Le comité national du travail des enfants a tenu sa session annuelle.", "child_labour"),
    ("fr", "La coopérative vend un cacao certifié sans travail des enfants.", "child_labour"),
    ("fr", "L'observatoire du travail des enfants a publié son rapport annuel.", "child_labour"),
    # lists of the worst forms of child labour
    ("en", "The convention lists debt bondage among the worst forms of child labour.", "child_labour"),
    ("en", "The convention lists debt bondage among the worst forms of child labour.", "debt_bondage"),
    ("en", "The annual Findings on the Worst Forms of Child Labor cover more than 130 countries.", "child_labour"),
    ("es", "El anexo enumera las peores formas de trabajo infantil en la agricultura.", "child_labour"),
    ("es", "La OIT incluye la pesca nocturna entre las peores formas de trabajo infantil.", "child_labour"),
    ("fr", "Le décret classe la mendicité forcée parmi les pires formes de travail des enfants.", "child_labour"),
    ("fr", "Le pays a ratifié les conventions sur l'âge minimum et sur les pires formes de travail des enfants.", "child_labour"),
    ("fr", "Les chocolatiers se sont engagés à réduire de moitié les pires formes de travail des enfants.", "child_labour"),
]

FINDINGS = [
    ("en", "The national survey found that 1.2 million children work in agriculture.", "child_labour"),
    ("en", "Children in the district are engaged in the worst forms of child labor, including in quarrying.", "child_labour"),
    ("en", "The workers had paid recruitment fees of up to USD 3,000 to agents in Dhaka.", "recruitment_fees"),
    ("en", "The families have lived in bonded labour at the kiln for three generations.", "debt_bondage"),
    ("es", "Los inspectores encontraron trabajo infantil en tres fincas de la zona.", "child_labour"),
    ("es", "Niños de la comunidad trabajan en las peores formas de trabajo infantil, como la minería.", "child_labour"),
    ("fr", "Les inspecteurs ont constaté du travail des enfants dans deux ateliers.", "child_labour"),
    ("fr", "Des enfants sont astreints aux pires formes de travail des enfants dans les mines d'or.", "child_labour"),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FINDINGS)
def test_names_and_lists_are_no_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), FINDINGS)
def test_reported_practice_stays_a_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
