"""Withholding of wages said through a negated, refused or owed payment in French and Spanish (patterns 2026.12.21,
wagefr15): a negation, a pay verb and a pay noun ("n'ont toujours pas touché leurs primes", "ne réglait pas les heures
de nuit", "nunca cobraron el aguinaldo"), a refusal to pay wages, money "qui leur est dû", deductions taken from the
pay by a finite verb, unpaid chores done "gratuitement", "payées zéro euro", pay that never arrives. Also the scope
rule: a negation right before a remediation cue that precedes its object ("ne leur a payé aucun salaire") voids the
cue, so no payment is read as a remediation. Wages received, nothing owed, no deduction and workers who paid no fee
stay uncounted."""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities

WAGES = "withholding_of_wages"
FEES = "recruitment_fees"


@pytest.mark.parametrize("text, lang", [
    # negation + pay verb + pay noun
    ("Selon la CGT, les vendangeurs n'ont toujours pas touché leurs primes de fin de saison.", "fr"),
    ("Le gérant ne réglait pas les heures de nuit aux plongeurs du restaurant.", "fr"),
    ("L'agence d'intérim ne reversait pas leurs salaires aux chauffeurs détachés.", "fr"),
    ("D'après l'inspection, la société ne leur a payé aucun salaire depuis le mois de mars.", "fr"),
    ("La nourrice affirme que les 1 200 euros prévus par son contrat ne lui ont jamais été réglés.", "fr"),
    ("Les saisonnières ne percevaient qu'un acompte chaque quinzaine, le solde étant repoussé.", "fr"),
    # refusal, sums owed, claims
    ("Le sous-traitant refusait de régler les salaires de septembre aux maçons détachés.", "fr"),
    ("Les marins attendent encore l'argent qui leur est dû depuis l'abandon du navire.", "fr"),
    ("Les arriérés restant dus aux cueilleurs dépassent 40 000 euros, selon le syndicat.", "fr"),
    ("Il a été licencié après avoir réclamé le paiement de ses heures supplémentaires.", "fr"),
    # no pay at all
    ("Le jeune homme est rentré au pays sans avoir perçu un euro de ses trois mois de récolte.", "fr"),
    ("La fillette faisait la vaisselle et la lessive gratuitement pour la famille d'accueil.", "fr"),
    ("Des ouvriers du bâtiment ont été payés zéro euro pour deux semaines de chantier.", "fr"),
    ("Le tribunal a retenu le non-paiement des primes d'ancienneté et des heures de nuit.", "fr"),
    # deductions by a finite verb
    ("Le chef de culture prélevait chaque semaine sur leur paie le prix du car et du logement.", "fr"),
    ("Le patron retranchait de leurs salaires une somme pour l'eau et l'électricité.", "fr"),
    # Spanish
    ("El contratista no pagaba a los cortadores de caña los jornales de la última quincena.", "es"),
    ("La empleada doméstica afirma no haber recibido el sueldo de los últimos dos meses.", "es"),
    ("Los cheques de la quincena nunca llegaron a manos de los peones.", "es"),
    ("El encargado les restaba del jornal el alquiler de las camas.", "es"),
    ("La patrona no le ha abonado el aguinaldo ni las vacaciones.", "es"),
    ("Al final de la cosecha les entregaron 300 de los 1.200 euros pactados.", "es"),
])
def test_negated_refused_or_owed_pay_is_withholding(text: str, lang: str) -> None:
    assert counted(text, WAGES, lang)


@pytest.mark.parametrize("text, lang", [
    ("Les ouvriers ont touché leur salaire à la fin de chaque mois.", "fr"),
    ("Aucune retenue n'est pratiquée sur les salaires des saisonniers.", "fr"),
    ("L'employeur prélève les cotisations sociales sur la paie, comme la loi l'exige.", "fr"),
    ("Les cueilleurs n'ont payé aucun frais à l'agence de recrutement.", "fr"),
    ("Le logement est fourni gratuitement aux saisonniers par l'exploitant.", "fr"),
    ("Les trabajadores cobraron su salario puntualmente cada quincena.", "es"),
    ("No se les adeuda nada a los jornaleros, según el acta de inspección.", "es"),
    ("A los trabajadores se les retuvieron los pasaportes en la oficina del capataz.", "es"),
])
def test_pay_received_nothing_owed_and_near_misses_are_not_withholding(text: str, lang: str) -> None:
    assert not counted(text, WAGES, lang)


def test_negated_payment_cue_is_no_remediation() -> None:
    text = "Les ouvriers sont en grève parce que l'entreprise ne leur a versé aucun salaire depuis six mois."
    assert "remediated" not in rule_polarities(text, WAGES, "fr")
    assert counted(text, WAGES, "fr")


def test_worker_paying_no_fee_stays_negated() -> None:
    assert not counted("Les cueilleurs n'ont payé aucun frais de recrutement à l'agence.", FEES, "fr")
