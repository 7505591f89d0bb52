"""French finding sentences for the sample audit reports (written for this project).

Same structure and placeholders as ``sample_content_en``. Text stays within Latin-1 (no oe ligature)
so that it can be written to PDF with a core font.
"""
from __future__ import annotations

FINDINGS: dict[str, dict[str, list[str]]] = {
    "retention_of_identity_documents": {
        "asserted": [
            "Le chef d'équipe conserve les cartes d'identité des ouvriers pendant toute la durée du contrat.",
            "{le_travailleur} {worker} a déclaré que l'agence garde son passeport (passeport n° {passport}) depuis son arrivée.",
        ],
        "hedged": ["Certains travailleurs semblaient ignorer où se trouvaient leurs pièces d'identité."],
        "negated": ["Aucune rétention de documents d'identité n'a été constatée ; tous les travailleurs interrogés avaient leurs papiers."],
        "remediated": ["Les passeports ont été restitués à tous les travailleurs en {month} {year} et des casiers individuels ont été installés."],
        "policy": ["La politique de l'entreprise interdit de conserver les passeports ou les pièces d'identité des salariés."],
    },
    "recruitment_fees": {
        "asserted": ["Les ouvriers ont versé 150 000 francs CFA à un intermédiaire pour obtenir leur embauche."],
        "hedged": ["Il est possible que certains travailleurs aient payé des frais au recruteur, sans que le montant ait pu être vérifié."],
        "negated": ["Aucun travailleur n'a déclaré avoir payé des frais de recrutement."],
        "remediated": ["Les frais de recrutement perçus par l'agence ont été remboursés aux 40 travailleurs concernés en {year}."],
        "policy": ["La politique de recrutement interdit de facturer des frais d'embauche aux travailleurs."],
    },
    "debt_bondage": {
        "asserted": [
            "[farm] Les familles ont reçu une avance du propriétaire de la plantation et ne peuvent pas partir avant de l'avoir remboursée.",
            "Les ouvriers remboursent par retenue sur salaire une avance du recruteur et ne peuvent pas démissionner avant la fin du remboursement.",
        ],
        "hedged": ["Certains travailleurs semblaient endettés auprès du chef de chantier, sans le dire clairement."],
        "negated": ["Aucun prêt ni avance sur salaire n'a été relevé dans les registres de paie."],
        "remediated": ["Les dettes des travailleurs envers le fournisseur de main-d'oeuvre ont été annulées en {month} {year}."],
        "policy": ["L'entreprise n'accorde aucun prêt remboursable par retenue sur salaire."],
    },
    "withholding_of_wages": {
        "asserted": [
            "Les salaires ne sont versés qu'à la fin de la campagne et l'employeur retient un mois de salaire en garantie.",
            "Les salaires de {month} n'avaient pas été payés au moment de l'audit.",
        ],
        "hedged": ["Quelques ouvriers n'étaient pas sûrs que leur dernier salaire ait été versé en totalité."],
        "negated": ["Les salaires ont été payés à temps par virement et aucune retenue abusive n'a été constatée."],
        "remediated": ["Les arriérés de salaire ont été versés à tout le personnel en {month} {year}."],
        "policy": ["La politique salariale exige le paiement intégral et ponctuel des salaires chaque mois."],
    },
    "excessive_overtime": {
        "asserted": [
            "[factory] Les registres de pointage montrent des semaines de 80 heures dans l'atelier de couture en {month}.",
            "Les ouvriers déclarent travailler 14 heures par jour, sept jours sur sept, pendant la haute saison.",
        ],
        "hedged": ["Les horaires semblent très longs en haute saison, mais les registres étaient incomplets."],
        "negated": ["Aucune heure supplémentaire excessive n'a été relevée dans les registres examinés."],
        "remediated": ["Depuis {month} {year}, la durée hebdomadaire est plafonnée à 60 heures, ce que confirment les registres."],
        "policy": ["Le règlement intérieur limite le temps de travail à 60 heures par semaine avec un jour de repos."],
    },
    "restriction_of_movement": {
        "asserted": ["Les ouvriers logés sur le site doivent demander l'autorisation du superviseur pour sortir du dortoir."],
        "hedged": ["Certains travailleurs ont laissé entendre qu'il n'était pas toléré de quitter le site le soir."],
        "negated": ["Les travailleurs peuvent quitter librement le site en dehors des heures de travail."],
        "remediated": ["Le couvre-feu du dortoir a été supprimé en {month} {year}."],
        "policy": ["L'entreprise garantit la liberté de circulation de ses salariés en dehors du travail."],
    },
    "isolation": {
        "asserted": ["Les téléphones portables sont confisqués par le superviseur du lundi au samedi.",
                     "[mine] Le campement minier se trouve à deux jours de piste du village le plus proche et les travailleurs n'ont aucun moyen de communiquer avec leur famille."],
        "hedged": ["Les travailleurs pourraient avoir peu de contacts avec l'extérieur pendant la saison."],
        "negated": ["Les travailleurs conservent leur téléphone portable et le dortoir dispose d'un accès internet."],
        "remediated": ["Un téléphone satellite a été mis à disposition des travailleurs du campement en {year}."],
        "policy": ["La politique de l'entreprise permet aux travailleurs de garder leur téléphone en permanence."],
    },
    "physical_sexual_violence": {
        "asserted": ["Plusieurs ouvriers ont déclaré avoir été frappés par un contremaître pour ne pas avoir atteint l'objectif."],
        "hedged": ["Certaines ouvrières semblaient réticentes à parler du comportement des superviseurs."],
        "negated": ["Aucun travailleur n'a signalé de violence physique ni de harcèlement sexuel."],
        "remediated": ["Le contremaître mis en cause a été licencié en {month} {year}."],
        "policy": ["La politique anti-harcèlement interdit toute violence physique, verbale ou sexuelle."],
    },
    "intimidation_threats": {
        "asserted": ["Le superviseur menace de licencier les ouvriers qui refusent les heures supplémentaires du dimanche."],
        "hedged": ["Plusieurs travailleurs semblaient craindre des représailles s'ils parlaient aux auditeurs."],
        "negated": ["Les travailleurs n'ont signalé aucune menace ni intimidation."],
        "remediated": ["Une ligne d'alerte anonyme a été mise en place en {month} {year} après des plaintes pour menaces."],
        "policy": ["Le règlement interdit toute sanction contre un travailleur qui dépose une plainte."],
    },
    "deception": {
        "asserted": ["Le recruteur avait promis un salaire de 120 000 francs CFA, mais les ouvriers en reçoivent à peine la moitié."],
        "hedged": ["Il est possible que les retenues pour le logement n'aient pas été expliquées lors de l'embauche."],
        "negated": ["Les conditions du contrat correspondent à ce qui a été annoncé lors du recrutement."],
        "remediated": ["De nouveaux contrats indiquant le salaire réel ont été signés avec tous les ouvriers en {year}."],
        "policy": ["La politique de recrutement exige que l'offre d'emploi indique le salaire et le lieu de travail réels."],
    },
    "abuse_of_vulnerability": {
        "asserted": ["L'employeur profite de la situation irrégulière des travailleurs migrants pour les payer en dessous du salaire minimum."],
        "hedged": ["Certains travailleurs semblaient sans titre de séjour et pourraient craindre de signaler des abus."],
        "negated": ["Tous les travailleurs migrants disposent d'un permis de travail valide."],
        "remediated": ["L'entreprise a pris en charge la régularisation de 25 travailleurs migrants en {year}."],
        "policy": ["L'entreprise dispose d'une politique de protection des travailleurs migrants et des jeunes travailleurs."],
    },
    "abusive_working_living_conditions": {
        "asserted": ["Les ouvriers dorment à 20 par chambre, sans aération, avec une seule latrine pour tout le campement."],
        "hedged": ["Le logement pourrait être surpeuplé, car un seul bâtiment a pu être visité."],
        "negated": ["Le dortoir était propre, aéré et conforme aux normes d'occupation."],
        "remediated": ["Un nouveau dortoir a été ouvert en {month} {year}, avec quatre lits par chambre."],
        "policy": ["La norme de logement exige un lit par personne et l'accès à l'eau potable."],
    },
    "child_labour": {
        "asserted": [
            "[cocoa] Des enfants de moins de 15 ans ont été observés en train de transporter des sacs de fèves de cacao.",
            "[mine] Des enfants de 12 à 14 ans travaillent au lavage du minerai sur le site d'orpaillage.",
            "Deux ouvriers âgés de 14 ans ont été trouvés au poste de conditionnement.",
        ],
        "hedged": ["Plusieurs ouvriers semblaient avoir moins de 15 ans, mais aucun document d'âge n'était disponible."],
        "negated": ["Aucun travail des enfants n'a été constaté lors de la visite."],
        "remediated": ["Les enfants identifiés lors du précédent audit ont été retirés du travail et scolarisés en {year}."],
        "policy": ["La politique de l'entreprise interdit l'emploi de toute personne de moins de 18 ans."],
    },
}

MIXED: list[tuple[str, list[tuple[str, str]]]] = [
    ("Les travailleurs ne paient pas de frais de recrutement, mais plusieurs ont déclaré que l'agence garde leur passeport.",
     [("recruitment_fees", "negated"), ("retention_of_identity_documents", "asserted")]),
    ("Bien que les salaires soient désormais payés à temps, les ouvriers travaillent encore 70 heures par semaine.",
     [("withholding_of_wages", "remediated"), ("excessive_overtime", "asserted")]),
]
