"""French phrasings of the indicators that gave no finding or the wrong polarity (lexicons/patterns 2026.12.31, frpar20).

French court, labour-inspection, press and NGO reports (grape pickers and seasonal farm workers, domestic servitude,
Gulf and Lebanese domestic workers, fishing crews, garment workshops, Haitian restaveks) word the indicators in ways
the French rules did not read: "on lui a retiré son passeport" read as a remediation, "les enfants n'allaient pas à
l'école et travaillaient" as a negation, "n'ont jamais obtenu les papiers promis" as a denial; fear of the boss,
threats in the conditional, forced prostitution, victims with a mental disability, fines for each mistake, pay only
once the harvest is over gave nothing. Not the class: rights stated, codes, risks, remediation and promises kept.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FINDINGS = [
    # scope: taking from a person is not the remediation "a retiré les enfants"
    ("retention_of_identity_documents", "Dès son arrivée, le patron lui a retiré son passeport."),
    ("isolation", "La patronne leur avait retiré leur téléphone portable."),
    ("child_labour", "Les fillettes n'allaient pas à l'école et travaillaient toute la journée au marché."),
    ("debt_bondage", "Il devait rembourser son passage en travaillant gratuitement pour le restaurant."),
    # restriction of movement
    ("restriction_of_movement", "Le patron leur interdisait de quitter la ferme le soir."),
    ("restriction_of_movement", "Il lui était défendu de sortir seule."),
    ("restriction_of_movement", "Il a été obligé de demeurer sur le bateau pendant un an."),
    ("restriction_of_movement", "Le campement était gardé jour et nuit."),
    ("restriction_of_movement", "Les ouvrières étaient surveillées par des vigiles."),
    ("restriction_of_movement", "Elle a été retenue prisonnière dans la villa pendant un an."),
    ("restriction_of_movement", "Le garçon était attaché à un arbre pour la nuit."),
    ("restriction_of_movement", "Elle ne pouvait aller nulle part seule."),
    ("restriction_of_movement", "Interdiction leur était faite de quitter le domaine."),
    # intimidation
    ("intimidation_threats", "Les vendangeurs avaient peur de leur chef d'équipe."),
    ("intimidation_threats", "Le patron disait qu'il leur couperait les vivres."),
    ("intimidation_threats", "Le contremaître répétait qu'il allait les virer tous."),
    ("intimidation_threats", "Il a juré qu'il ferait du mal à ses enfants restés au pays."),
    # isolation
    ("isolation", "Elle n'avait pas de téléphone et ne connaissait personne."),
    ("isolation", "Les marins n'avaient ni téléphone ni accès à internet."),
    # deception
    ("deception", "Ils n'ont jamais obtenu le titre de séjour promis."),
    ("deception", "On leur avait laissé croire qu'un logement les attendait."),
    ("deception", "Les promesses faites au Maroc n'ont jamais été honorées."),
    ("deception", "Le recruteur leur avait assuré qu'elles travailleraient dans un hôtel."),
    # withholding of wages
    ("withholding_of_wages", "Les cueilleurs n'étaient payés qu'à leur retour en Bulgarie."),
    ("withholding_of_wages", "Elle ne recevait son salaire qu'une fois par an."),
    ("withholding_of_wages", "Le prestataire ne payait les vendangeurs qu'une fois la saison terminée."),
    ("withholding_of_wages", "Sur les 900 euros promis, ils n'en ont touché que 200."),
    ("withholding_of_wages", "Il ne leur a jamais versé le moindre centime."),
    ("withholding_of_wages", "Des amendes étaient retenues pour chaque retard."),
    ("withholding_of_wages", "Le logement était facturé 250 euros et déduit du salaire."),
    ("withholding_of_wages", "Une caution de 300 euros était exigée et n'a jamais été rendue."),
    # violence, abuse of vulnerability, conditions, hours, fees, children
    ("physical_sexual_violence", "La jeune femme a été forcée à se prostituer pour rembourser le passeur."),
    ("abuse_of_vulnerability", "L'agriculteur exploitait un ouvrier handicapé mental depuis quinze ans."),
    ("abuse_of_vulnerability", "Le prévenu a profité de leur méconnaissance du français."),
    ("abuse_of_vulnerability", "Le tribunal a souligné la vulnérabilité des victimes."),
    ("abuse_of_vulnerability", "Les victimes étaient en situation de grande précarité."),
    ("abusive_working_living_conditions", "La petite bonne était nourrie des restes de la famille."),
    ("excessive_overtime", "Elle n'avait pas le temps de dormir plus de quatre heures."),
    ("excessive_overtime", "Il n'a eu aucun congé en cinq ans."),
    ("recruitment_fees", "Les ouvriers avaient dû acheter leur contrat à un intermédiaire."),
    ("child_labour", "Des mineurs non accompagnés travaillaient sur le chantier."),
]

NOT_FINDINGS = [
    ("restriction_of_movement", "Les salariés ont le droit de sortir librement du site."),
    ("restriction_of_movement", "Le règlement intérieur garantit que personne n'est forcé de rester après le service."),
    ("intimidation_threats", "Les salariés interrogés n'ont pas peur de leur employeur."),
    ("retention_of_identity_documents", "L'employeur ne leur a jamais retiré leur passeport."),
    ("child_labour", "Les enfants ont été retirés des plantations et scolarisés."),
    ("deception", "Ils ont obtenu le logement promis à leur arrivée."),
    ("withholding_of_wages", "Aucune amende n'est retenue pour les retards."),
    ("isolation", "Les travailleurs ont le droit de garder leur téléphone."),
    ("abuse_of_vulnerability", "Les travailleurs migrants risquent de se retrouver en situation de précarité."),
]


@pytest.mark.parametrize(("indicator", "text"), FINDINGS)
def test_french_phrasings_are_findings(indicator: str, text: str) -> None:
    assert indicator in rule_findings(text, "fr")


@pytest.mark.parametrize(("indicator", "text"), NOT_FINDINGS)
def test_rights_codes_risks_and_remediation_are_no_finding(indicator: str, text: str) -> None:
    assert indicator not in rule_findings(text, "fr")
