"""French recall and precision classes of 2027.01 (frpar21), read in French-language court, inspection, NGO and press reports.

Recall: abuse of vulnerability (dependence stated with a verb and an intensifier, fear of losing a residence status, "tirer
profit" of a precarious situation or status), isolation (no means to warn the family, no news, letters kept back, calls
controlled, no right to speak to the neighbours, no transport, visits forbidden, phones handed in or taken, mixing forbidden,
kilometres from any house), restriction of movement (no right to go to church, to town or to the
market; let go nowhere; could not move about without the employer), debt bondage (a sum repaid to the boss or the smuggler,
never done repaying, working to repay the passage, repaying the agency, repaying before being paid, the fee recovered from
the wage), withholding of wages (pay suspended, paid "mais pas en intégralité", only
a fraction, a share taken by intermediaries, pay kept by the employers, paid only the first months, payment put off, never
seen, paid to the guardian, deducted from the first wages) and recruitment fees (a sum paid "pour obtenir leur premier contrat", agents demanding sums from candidates).

Precision and scope: documents recovered by the workers ("ont récupéré leurs passeports", "ont pu récupérer leurs papiers")
are no retention, unless the employer's side is the subject; a right stated ("ont le droit de voir leur famille") is no
isolation; compensating the workers "dont les salaires n'avaient pas été payés" is remediation; "n'avait plus ses papiers,
que le patron détenait" is retention; an indicator named as the topic of a question, debate, film or campaign is no finding.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

AOV = "abuse_of_vulnerability"
ISO = "isolation"
MOV = "restriction_of_movement"
DEBT = "debt_bondage"
WAGES = "withholding_of_wages"
FEES = "recruitment_fees"
DOCS = "retention_of_identity_documents"

FINDINGS = [
    ("Sans famille en France, la cuisinière dépendait entièrement du couple qui l'employait.", AOV),
    ("Les saisonniers dépendaient totalement de l'exploitant pour se loger et se nourrir.", AOV),
    ("Elle n'osait rien demander car elle craignait de perdre son titre de séjour.", AOV),
    ("Les ouvriers avaient peur de perdre leur carte de séjour s'ils parlaient aux inspecteurs.", AOV),
    ("Le gérant a tiré profit de la précarité des manucures pour les faire travailler sans contrat.", AOV),
    ("Le restaurateur profitait de leur statut irrégulier pour les sous-payer.", AOV),
    ("La domestique n'avait aucun moyen de prévenir ses proches restés au pays.", ISO),
    ("Pendant deux ans, il n'a pu donner aucune nouvelle à sa famille.", ISO),
    ("La patronne ne lui remettait jamais les lettres envoyées par sa mère.", ISO),
    ("Ses employeurs surveillaient ses appels et lisaient ses messages.", ISO),
    ("Elle n'avait plus de nouvelles de ses enfants depuis son arrivée.", ISO),
    ("Elle n'avait pas le droit de parler aux voisines de l'immeuble.", ISO),
    ("La jeune femme n'avait pas le droit d'aller à la messe le dimanche.", MOV),
    ("Il leur était interdit de se rendre en ville sans le contremaître.", MOV),
    ("Le patron ne les laissait aller nulle part après le travail.", MOV),
    ("Sans voiture, les saisonniers ne pouvaient pas se déplacer sans le chef d'équipe.", MOV),
    ("Ramenés chaque soir au campement, ils ne pouvaient aller ailleurs.", MOV),
    ("Chaque année, ils remboursaient une partie de la somme au chef de culture.", DEBT),
    ("Elle ne parvenait jamais à finir de rembourser ce que la famille lui réclamait.", DEBT),
    ("Les jeunes travaillaient six jours sur sept pour rembourser le prix de leur voyage.", DEBT),
    ("Son salaire a été gelé pendant quatre mois.", WAGES),
    ("La patronne a suspendu sa paie dès qu'elle s'est plainte.", WAGES),
    ("Le plongeur était payé en liquide, mais pas en intégralité.", WAGES),
    ("Elle ne recevait qu'une fraction du salaire promis.", WAGES),
    ("Les intermédiaires prélèvent une partie des gages des petites bonnes.", WAGES),
    ("Les employeurs conservaient ses gages « pour plus tard ».", WAGES),
    ("Le salaire convenu ne lui a été versé que les trois premiers mois.", WAGES),
    ("Le patron repoussait sans cesse le versement des salaires.", WAGES),
    ("En cinq ans, elle n'a jamais vu la couleur de son argent.", WAGES),
    ("Beaucoup ont payé plus de 5 000 euros pour obtenir leur premier contrat saisonnier.", FEES),
    ("Les faux agents exigeaient aux jeunes des sommes considérables pour un poste au Koweït.", FEES),
    ("Les ouvriers étaient sans titre de séjour, ce dont l'exploitant a profité.", AOV),
    ("Les juges relèvent l'état de dépendance matérielle de la domestique à l'égard du couple.", AOV),
    ("Il ne connaissait ni l'adresse de la ferme ni le nom du village.", ISO),
    ("Il devait rembourser les frais de son transport avant d'être rémunéré.", DEBT),
    ("Les ouvrières devaient rembourser l'agence sur leurs salaires.", DEBT),
    ("L'agence récupérait ensuite cette somme sur le salaire de la domestique.", DEBT),
    ("Le salaire de la petite bonne était versé directement à sa tante.", WAGES),
    ("Le coût du voyage était déduit de ses premiers salaires.", WAGES),
    ("Le contremaître abusait de la crédulité des jeunes recrues.", AOV),
    ("Les cueilleurs n'avaient pas accès à un moyen de transport depuis la ferme.", ISO),
    ("Le propriétaire interdisait toute visite dans les dortoirs.", ISO),
    ("Chaque soir, ils devaient remettre leurs portables au gérant.", ISO),
    ("Les saisonniers ne pouvaient recevoir personne dans leur logement.", ISO),
    ("Son garant refusait de la laisser changer d'employeur.", MOV),
    ("Les domestiques ne peuvent pas rompre leur contrat sans l'accord du sponsor.", MOV),
    ("En trois ans, il n'a été payé qu'une seule fois.", WAGES),
    ("Licenciés, les ouvriers sont partis sans toucher leur dernier mois de salaire.", WAGES),
    ("Il était analphabète, ce que son patron savait parfaitement.", AOV),
    ("On lui interdisait de se lier avec les autres employées de l'immeuble.", ISO),
    ("Le campement se trouvait à cinq kilomètres de toute habitation.", ISO),
    ("Son portable lui a été pris à l'arrivée.", ISO),
    ("Il n'avait le droit de téléphoner à sa femme que le dimanche soir.", ISO),
    ("Sa patronne la suivait partout, jusque chez le coiffeur.", MOV),
    ("Le recruteur leur faisait payer les examens médicaux et le billet d'avion.", FEES),
    ("Les frais de formation étaient facturés aux saisonniers.", FEES),
    ("Chacun avait dû débourser 1 800 euros pour être embauché.", FEES),
    ("Le responsable de salle empochait les pourboires du personnel.", WAGES),
    ("Le sous-traitant a fermé l'entreprise sans payer ses salariés.", WAGES),
    ("Il n'avait plus sa carte de séjour, que le gérant conservait.", DOCS),
    ("Il n'avait plus ses papiers, que son employeur gardait dans un tiroir.", DOCS),
]

NOT_FINDINGS = [
    ("Les ouvriers ont récupéré leurs passeports après le contrôle de l'inspection du travail.", DOCS),
    ("Grâce à l'ambassade, elle a pu récupérer ses papiers d'identité.", DOCS),
    ("L'association aide les victimes à récupérer leurs papiers.", DOCS),
    ("Les employées de maison ont le droit de voir leur famille chaque dimanche.", ISO),
    ("Les saisonniers ont le droit de téléphoner à leurs proches quand ils le souhaitent.", ISO),
    ("L'État a créé un fonds pour indemniser les travailleurs dont les salaires n'avaient pas été payés.", WAGES),
    ("Le débat a porté sur la dépendance des saisonniers envers leur employeur.", AOV),
    ("La journée d'étude était consacrée à l'isolement des travailleuses domestiques.", ISO),
    ("Le ministre a évoqué la question des salaires impayés dans le bâtiment.", WAGES),
    ("Elle n'avait plus de papiers, son titre de séjour ayant expiré.", DOCS),
    ("Les saisonniers sont libres d'aller en ville le dimanche.", MOV),
    ("L'entreprise rembourse ses prêts au Crédit agricole sur cinq ans.", DEBT),
    ("Depuis la réforme, les domestiques peuvent changer d'employeur sans l'accord de leur garant.", MOV),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_french_classes_are_findings(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "fr")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_french_near_misses_are_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "fr")


def test_documents_recovered_are_remediated_but_taken_by_the_employer_are_retention() -> None:
    assert "remediated" in rule_polarities("Les ouvrières ont récupéré leurs passeports à la fin de l'enquête.", DOCS, "fr")
    assert DOCS in rule_findings("Les agences ont récupéré leurs passeports à l'aéroport.", "fr")
    assert DOCS in rule_findings("Le patron leur a récupéré leurs papiers dès leur arrivée.", "fr")
    assert DOCS in rule_findings("Ils n'ont jamais récupéré leurs passeports.", "fr")


def test_a_right_denied_is_isolation() -> None:
    assert ISO in rule_findings("Elle n'avait pas le droit d'appeler sa famille.", "fr")
    assert ISO in rule_findings("Elle était privée du droit de voir ses proches.", "fr")


def test_compensation_never_paid_is_a_finding() -> None:
    assert "remediated" in rule_polarities(
        "L'entreprise a indemnisé les ouvriers dont les salaires n'avaient pas été versés.", WAGES, "fr")
    assert WAGES in rule_findings(
        "L'entreprise n'a jamais indemnisé les ouvriers dont les salaires n'avaient pas été versés.", "fr")
