"""French recall and polarity classes read in fresh French-language pages (lexicons 2027.01, frpar22).

Belgian trafficking judgments summarised by Myria, press on Moroccan farm and vineyard workers in France, CGT notes
on Champagne grape pickers, Le Devoir and Métro on Guatemalan farm workers in Quebec, press on talibés, on child
gold miners in Mali and Guinea, and on Moroccan and Malagasy domestic workers in the Gulf and Lebanon describe: pay
that stopped ("n'étaient plus payés", "un petit acompte, puis plus rien"), pay in food, the wage cashed by the
intermediary or paid into his account; a debt the boss claims ("ils lui devaient encore 9 000 euros", "le prix du
logement"), kept "tant qu'il n'a pas remboursé"; the wage "supprimé"; not knowing where they were; pressure to
withdraw a complaint; papers handed to the foreman "et jamais rendus"; a vulnerable situation "dont le prévenu a
tiré profit"; eating once a day, no doctor; workers paying their own plane ticket. The negation of a first clause no
longer reaches over "et ne VERB" into the next one ("n'avaient pas de contrat et ne pouvaient pas quitter la
ferme"), and "rien n'indique que" / "aucun élément ne permet d'établir que" deny what follows. Not the class: a
change of pay method, a low monthly wage, the ticket home after quitting, an employer paying workers back, nothing
paid late.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

DOCS = "retention_of_identity_documents"
FEES = "recruitment_fees"
DEBT = "debt_bondage"
ROM = "restriction_of_movement"
ISO = "isolation"
AOV = "abuse_of_vulnerability"
THR = "intimidation_threats"
WAGES = "withholding_of_wages"
COND = "abusive_working_living_conditions"
FV = "physical_sexual_violence"

FINDINGS = [
    # pay that stopped, or never more than a first advance
    ("Les maçons n'étaient plus payés depuis la fin du chantier de Gand.", WAGES),
    ("Passé le troisième mois, la cuisinière ne fut plus payée.", WAGES),
    ("Les cueilleurs ne sont plus rémunérés, selon le syndicat.", WAGES),
    ("Ils ont touché une petite avance en espèces, puis plus rien.", WAGES),
    ("Après la première semaine, plus rien ne leur a été versé.", WAGES),
    ("Rien ne lui était payé, et elle travaillait sept jours sur sept.", WAGES),
    # pay in kind, pocket money, a few notes now and then
    ("En guise de salaire, le gérant leur laissait un sac de riz.", WAGES),
    ("Pour seule rémunération, la fillette recevait ses repas.", WAGES),
    ("Le patron leur donnait quelques billets de temps en temps pour acheter à manger.", WAGES),
    # the wage cashed by someone else
    ("C'est le passeur qui percevait leurs salaires chaque mois.", WAGES),
    ("Le chef d'équipe encaissait leur paie à leur place.", WAGES),
    ("Les salaires des ouvriers étaient virés sur le compte du recruteur.", WAGES),
    # a debt the boss or recruiter claims
    ("Le recruteur affirmait qu'ils lui devaient encore 9 000 euros.", DEBT),
    ("Selon le patron, elles lui devaient toujours de l'argent.", DEBT),
    ("Il leur répétait qu'ils devaient le prix du voyage et de l'hébergement.", DEBT),
    # kept until the debt is repaid: the negation belongs to the condition
    ("Le briquetier ne peut pas changer de four tant qu'il n'a pas remboursé l'avance.", DEBT),
    ("Elles ne pourront pas rentrer tant qu'elles n'auront pas soldé leur dette.", DEBT),
    # the wage taken away
    ("Son salaire était supprimé quand l'objectif n'était pas atteint.", WAGES),
    ("Le contremaître supprimait la paie de ceux qui ralentissaient.", WAGES),
    # not knowing where they were
    ("Les ouvriers ignoraient l'adresse du chantier où on les conduisait.", ISO),
    ("Elle ne connaissait même pas l'adresse de la maison où elle travaillait.", ISO),
    ("Ils ne savaient pas où ils se trouvaient.", ISO),
    ("Les saisonniers ne savaient pas dans quelle région ils étaient.", ISO),
    ("Les deux domestiques n'avaient pas le droit de parler entre elles.", ISO),
    # vulnerability exploited, language
    ("Les ouvriers étaient sans titre de séjour, situation dont le gérant a tiré profit.", AOV),
    ("Leur précarité, dont les prévenus ont tiré avantage, les empêchait de se plaindre.", AOV),
    ("Ils ne pouvaient rien faire, ne comprenant ni la langue ni la procédure.", AOV),
    # pressure to withdraw a complaint
    ("Des proches de l'intermédiaire sont venus pour les forcer à retirer leur plainte.", THR),
    ("Le patron a appelé leurs familles pour qu'ils retirent leur plainte.", THR),
    # papers handed over and never returned
    ("Leurs passeports ont été remis au contremaître le premier jour.", DOCS),
    ("Les papiers des ouvriers, pris à l'arrivée, ne leur ont jamais été rendus.", DOCS),
    ("Elle a dû s'enfuir sans avoir récupéré son passeport.", DOCS),
    ("Il est rentré au pays sans pouvoir récupérer ses papiers.", DOCS),
    # food, doctor, housing
    ("Le petit talibé ne mangeait qu'une fois par jour.", COND),
    ("Blessée au dos, elle ne pouvait pas voir de médecin.", COND),
    ("La patronne lui refusait l'accès aux soins.", COND),
    ("Ils dormaient à douze dans une maison prévue pour quatre.", COND),
    # workers paying their own ticket
    ("Les aides familiales devaient payer leur propre billet d'avion.", FEES),
    ("Les ouvriers ont dû financer eux-mêmes leur visa.", FEES),
    ("Le voyage jusqu'à Beyrouth était entièrement à leurs frais.", FEES),
    # a second clause with its own negation is not negated by the first
    ("Ils n'avaient pas de contrat et ne pouvaient pas quitter la ferme.", ROM),
    ("Elle n'avait pas de chambre à elle et ne recevait aucun salaire.", WAGES),
    ("Ils ne furent jamais déclarés et n'étaient pas payés.", WAGES),
    ("Elle ne sortait jamais seule et ne parlait pas la langue du pays.", ISO),
    ("Ils n'avaient pas de papiers et ne pouvaient pas se plaindre.", AOV),
]

NOT_FINDINGS = [
    # a change of pay method, a low monthly wage, the ticket home, an employer paying back, nothing late
    ("Les vendangeurs ne sont plus payés à la pièce depuis l'accord.", WAGES),
    ("Depuis janvier, ils ne sont plus payés en liquide mais par virement.", WAGES),
    ("Elle n'était payée que 150 euros par mois.", WAGES),
    ("Rien ne leur a été versé en retard cette saison.", WAGES),
    ("En partant, les ouvriers devaient payer eux-mêmes leur billet de retour.", FEES),
    ("L'exploitant rembourse aux saisonniers leur billet d'avion dès l'arrivée.", DEBT),
    ("Les travailleurs n'ont pas à payer eux-mêmes leur visa.", FEES),
    ("Aucun ouvrier ne s'est vu refuser l'accès aux soins.", COND),
]

NEGATED = [
    ("Rien n'indique que les saisonniers aient été privés de contact avec leurs familles.", ISO),
    ("Aucun élément ne permet d'établir que les ouvriers étaient empêchés de partir.", ROM),
    ("Rien ne laisse penser que les travailleurs aient payé des frais de recrutement.", FEES),
    ("Aucun témoignage n'indique que les passeports aient été confisqués.", DOCS),
    ("Il n'existe aucune preuve que les salaires aient été retenus.", WAGES),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_french_report_wording_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "fr")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_pay_method_low_wage_ticket_home_and_refunds_are_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "fr")


@pytest.mark.parametrize(("text", "indicator"), NEGATED)
def test_nothing_shows_that_is_negated(text: str, indicator: str) -> None:
    assert "negated" in rule_polarities(text, indicator, "fr")
    assert indicator not in rule_findings(text, "fr")
