"""French phrasings of isolation, movement, debt, fees, documents and housing (lexicons/patterns 2026.12.31, frpar20b).

French court reports (vineyard seasonal workers in Gironde and Champagne), CCEM domestic-servitude cases, press and NGO
reports on Lebanese and Gulf domestic and construction workers, and Quebec research on temporary farm workers word these
indicators in ways the French rules did not read: papers "entre les mains de son employeur" or "que la gérante
conservait", a contract "vendu contre le paiement de 10 000 euros", "devait rembourser son voyage", "devait encore 3000
euros à la patronne", "ne pouvait jamais sortir", "escortés jusqu'au chantier", "allées et venues contrôlées", "ne
connaissait ni la ville ni la langue", mattresses "posés directement sur le sol", "à dix dans une pièce", a disused
sheepfold. Not the class: the employer's duty to pay the trip, rent paid "contre le paiement de 250 euros par mois",
papers handed to the prefecture, visitors escorted during an audit, a loan "remboursable sur cinq ans".

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

DOCS = "retention_of_identity_documents"
FEES = "recruitment_fees"
DEBT = "debt_bondage"
MOVE = "restriction_of_movement"
ISO = "isolation"
AWLC = "abusive_working_living_conditions"

FINDINGS = [
    # documents
    (DOCS, "Les papiers d'identité des cueilleurs restaient entre les mains du gérant."),
    (DOCS, "On leur retirait leurs titres de séjour à l'embauche."),
    (DOCS, "Le contrat autorisait l'exploitant à conserver leur permis de travail."),
    (DOCS, "Les ouvrières n'ont jamais récupéré leurs passeports."),
    (DOCS, "Ses titres de séjour étaient entre les mains de la patronne."),
    (DOCS, "Le chef d'équipe s'était emparé des passeports des saisonniers."),
    (DOCS, "Chaque domestique devait laisser son passeport à l'agence."),
    # recruitment fees
    (FEES, "Le poste leur avait été vendu 9 000 euros par un intermédiaire."),
    (FEES, "L'oncle du gérant vendait des contrats saisonniers au Maroc."),
    (FEES, "Ils ont obtenu ce travail contre le paiement de 7 000 euros."),
    (FEES, "Ils avaient payé 6000 euros en échange d'un contrat de trois ans."),
    (FEES, "Les ouvriers avaient dû payer leur visa eux-mêmes."),
    (FEES, "Les saisonniers remettaient une commission au contremaître."),
    (FEES, "Ils avaient payé leur billet de leur poche."),
    (FEES, "Les recrues paient leur visa et leur billet d'avion."),
    (FEES, "Une somme de 5000 euros leur était demandée pour le contrat."),
    (FEES, "Il avait laissé 3500 euros auprès d'un recruteur à Casablanca."),
    # debt
    (DEBT, "La patronne exigeait le remboursement du billet."),
    (DEBT, "La patronne lui réclamait le remboursement de son voyage."),
    (DEBT, "Il devait toujours 2500 euros à la patronne."),
    (DEBT, "Le billet était remboursable sur ses gages."),
    (DEBT, "Ses six premiers mois de salaire servaient à rembourser l'agence."),
    (DEBT, "Ils étaient redevables de 5000 euros envers la société."),
    (DEBT, "Ils n'avaient pas terminé de rembourser leur dette."),
    # restriction of movement
    (MOVE, "La jeune fille ne pouvait jamais quitter la maison."),
    (MOVE, "Les vendangeurs étaient escortés jusqu'aux vignes chaque matin."),
    (MOVE, "Ses allées et venues étaient surveillées par la patronne."),
    (MOVE, "Leurs déplacements étaient encadrés par le chef de culture."),
    (MOVE, "Elle était cloîtrée dans l'appartement depuis trois ans."),
    (MOVE, "Les domestiques étaient interdites de sortie."),
    (MOVE, "Elle n'était jamais sortie seule de la villa."),
    (MOVE, "Il leur était impossible de s'éloigner de la ferme."),
    (MOVE, "Les ouvrières ne pouvaient aller au marché qu'escortées."),
    # isolation
    (ISO, "Elle n'avait le droit de parler à personne."),
    (ISO, "Les saisonniers ne connaissaient ni la région ni la langue."),
    (ISO, "La ferme était à trois heures du premier village."),
    (ISO, "Elle ne parlait à personne en dehors de la famille."),
    (ISO, "Les filles ne pouvaient communiquer avec personne."),
    (ISO, "Les ouvriers étaient logés à l'écart du village."),
    (ISO, "Ils n'avaient aucun contact avec les habitants."),
    (ISO, "Il leur était impossible de contacter leurs proches."),
    (ISO, "La gérante les empêchait de parler aux voisins."),
    (MOVE, "Les gardes ramenaient de force les ouvriers qui s'enfuyaient."),
    # housing and conditions
    (AWLC, "Les couchages étaient posés directement sur le sol."),
    (AWLC, "Les ouvriers dormaient à huit dans une chambre."),
    (AWLC, "Les vendangeurs étaient hébergés dans une étable."),
    (AWLC, "Les chambres étaient envahies de punaises."),
    (AWLC, "Les douches étaient hors d'usage."),
    (AWLC, "Le dortoir n'était pas chauffé en hiver."),
    (AWLC, "Ils étaient logés sous une bâche au bord du champ."),
    (AWLC, "Les saisonniers vivaient dans une ferme abandonnée."),
    (AWLC, "Les ouvriers étaient nourris avec des restes."),
]

NOT_FINDINGS = [
    (DOCS, "Le salarié a remis son passeport entre les mains de la préfecture pour le renouvellement."),
    (FEES, "Le logement loué contre le paiement de 250 euros par mois était propre."),
    (FEES, "Les travailleurs ont été payés 80 euros en échange de leur travail."),
    (FEES, "Les entreprises versent une commission à l'agent immobilier."),
    (FEES, "L'employeur doit payer le billet d'avion et le visa des travailleurs."),
    (FEES, "L'employeur paie leur visa et leur billet."),
    (FEES, "L'entreprise a acheté 2000 euros de matériel auprès d'un agent local."),
    (ISO, "Le bruit empêchait de parler dans l'atelier."),
    (DEBT, "L'employeur doit rembourser le transport des travailleurs saisonniers."),
    (DEBT, "Le prêt est remboursable sur cinq ans."),
    (DEBT, "Les contrôles sanitaires servaient à rembourser les dépenses."),
    (DEBT, "Les travailleuses doivent laisser leur passeport à l'agence."),
    (MOVE, "Les visiteurs étaient escortés par le personnel de sécurité pendant l'audit."),
    (MOVE, "Les auditeurs ont été accompagnés partout par la direction."),
    (MOVE, "Il ne pouvait plus partir en vacances faute d'argent."),
    (MOVE, "Il ne sortait jamais sans son casque."),
    (AWLC, "Les ouvriers logeaient à deux dans une chambre équipée."),
    (AWLC, "Le chauffage est hors d'usage dans le bureau de la direction."),
    (AWLC, "Le site manquait d'eau lors de la sécheresse."),
]


@pytest.mark.parametrize(("indicator", "text"), FINDINGS)
def test_french_phrasings_are_findings(indicator: str, text: str) -> None:
    assert indicator in rule_findings(text, "fr")


@pytest.mark.parametrize(("indicator", "text"), NOT_FINDINGS)
def test_duties_rent_audits_and_loans_are_no_finding(indicator: str, text: str) -> None:
    assert indicator not in rule_findings(text, "fr")
