"""Recruitment fees, debt bondage, intimidation and threats, physical and sexual violence, retention of identity
documents as classes of fact (patterns 2026.12.13, rules10 helper r10c), en/es/fr.

Recruitment fees: a sum charged or paid to work, for the papers of the job (visa, permit, sponsorship certificate,
contract, course), to be recruited, or sent to agents; a broker paid a sum; a fee taken out of wages; "cobraron 20
euros por tramitar el NIE", "pago de entrada", "dinero por hacer el contrato"; "versé 10 000 euros pour le départ",
"frais de 5 000 € payés", "font payer des emplois", "pour décrocher un poste, il faut verser", "revend des contrats".
Debt bondage: advances taken against wages, a sum demanded for release, borrowing to pay the agent, loan repayments
deducted, "debe dinero a la señora", "adelanta dinero", "a cuenta de la deuda", "nunca se saldaba" (written as the compliance form "la deuda se saldaba"), "emprunté pour
payer l'agent", "prêts à 36 %", "éponger des dettes", "doivent davantage qu'au début".
Intimidation: harm to the family as a threat, told they would be killed, buried, hurt or confined, "dig his own grave",
"harían daño a su familia", "promis de le tuer".
Violence: sex demanded or refused, sex sold to meet a quota, sex work against their will, molested or caned,
"abusan de ellas física o sexualmente", "un palo para pegarle", "céder aux avances d'un chef", "relations sexuelles"
exigées, "esclaves sexuelles", "intimidation sexuelle", "violences de la part des gérants".
Retention: holding on to or keeping hold of cards and visas, identification taken, "el contratista tiene mi carnet",
"carnet retenido por la agencia", "los guardaban los dueños", "passeports saisis à leur arrivée".
Each class has a compliance sentence that must not be asserted, and there are traps that must not be findings.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_ids, rule_findings

RF, DB, IT = "recruitment_fees", "debt_bondage", "intimidation_threats"
PV, RD = "physical_sexual_violence", "retention_of_identity_documents"

FOUND = [
    # RF: sums charged or paid to work or for the papers of the job
    ("en", "A foreman charged each of the packers EUR 900 to work at the plant.", RF),
    ("en", "The carers were charged large sums for certificates of sponsorship.", RF),
    ("en", "The welders paid about 110,000 taka to buy their contracts in Qatar.", RF),
    ("en", "He paid NPR 900,000 for himself and his brother for warehouse jobs in Croatia.", RF),
    ("en", "She had to pay a broker tens of thousands of pesos to get the post.", RF),
    ("en", "The gangmaster takes a 'fee' out of the pickers' wages every week.", RF),
    ("en", "Each cook paid USD 300 to be hired by the catering firm.", RF),
    ("en", "After sending about 3,000 euros to agents, she is still waiting for her ticket.", RF),
    ("es", "Les cobraron 40 euros por tramitar el NIE, que nunca llegó.", RF),
    ("es", "Los jornaleros pagaron 120 euros para el viaje y los papeleos de un contrato de vendimia.", RF),
    ("es", "Cada repartidor pagó 300 € de entrada al titular de la cuenta.", RF),
    ("es", "El intermediario cobraba a cada temporero una cuota por gestionar sus papeles.", RF),
    ("es", "El dueño del taller exigía dinero por hacer el contrato.", RF),
    ("es", "Cada vigilante pagó 200 euros para ser contratado por la empresa.", RF),
    ("fr", "Leurs familles ont versé jusqu'à 8 000 euros pour le départ.", RF),
    ("fr", "Des frais de 3 000 à 6 000 € payés avant de quitter la Tunisie.", RF),
    ("fr", "Des officines font payer aux chômeurs des emplois qui n'existent pas.", RF),
    ("fr", "Pour décrocher un poste, il faut verser 200 dollars au gérant.", RF),
    ("fr", "Chaque cueilleur a payé 300 € pour être recruté.", RF),
    ("fr", "Un passeur revend les contrats saisonniers de village en village.", RF),
    # DB: advances, release sums, borrowing to pay the agent, loan repayments
    ("en", "Each family takes an advance from the kiln owner before the season.", DB),
    ("en", "The cutters are paid through advances on future wages.", DB),
    ("en", "Anyone who wanted to go home was told to pay RM 40,000 to be released.", DB),
    ("en", "A couple borrowed heavily to pay the recruitment agency for the care jobs.", DB),
    ("en", "The broker kept deducting loan repayments from the fishers' wages.", DB),
    ("en", "On payday the foreman said his work had only covered what he owed.", DB),
    ("es", "La niña trabaja en la casa porque su madre le debe dinero a la señora.", DB),
    ("es", "El contratista adelanta dinero a los zafreros y esa deuda los obliga a trabajar.", DB),
    ("es", "La comida la sacaban de la tienda a cuenta de la deuda.", DB),
    ("es", "La cuenta pendiente crecía y nunca se saldaba.", DB),
    ("fr", "Il a emprunté 200 000 roupies pour payer son agent recruteur.", DB),
    ("fr", "Les salaires ont été financés par des prêts à 40 %.", DB),
    ("fr", "Les coupeurs travaillent pour éponger des dettes envers le patron.", DB),
    ("fr", "À la fin de la récolte, beaucoup doivent davantage qu'au début.", DB),
    # IT: harm to the family, told they would be killed or confined
    ("en", "The agent warned that men in Dhaka could hurt her family.", IT),
    ("en", "They were told to keep quiet or their families would suffer.", IT),
    ("en", "The foreman told the boy he would be buried behind the barn.", IT),
    ("en", "The guards made one worker dig his own grave.", IT),
    ("es", "El capataz les dijo que harían daño a su familia si escapaban.", IT),
    ("fr", "Le patron, armé, lui a promis de le tuer.", IT),
    # PV: sexual coercion, molestation, blows with objects, violence by managers
    ("en", "A picker lost her place after refusing to have sex with the foreman.", PV),
    ("en", "Hostesses who miss the quota must sell sex to make up the difference.", PV),
    ("en", "The women were used as sex workers against their will.", PV),
    ("en", "The children were molested by the men running the camp.", PV),
    ("en", "Her supervisor demanded sex to keep her on the line.", PV),
    ("es", "Hay patronas que abusan de ellas física o sexualmente.", PV),
    ("es", "El capataz agarró un palo para pegarle al chico.", PV),
    ("fr", "Certaines ont dû céder aux avances d'un chef pour garder leur place.", PV),
    ("fr", "Le chef conditionne l'embauche des cueilleuses à des relations sexuelles.", PV),
    ("fr", "Les serveuses ont décrit des violences de la part des gérants.", PV),
    # RD: holding on to documents, holder has the card
    ("en", "The school held on to the teachers' work visas for months.", RD),
    ("en", "The contractor kept hold of the cutters' Social Security cards.", RD),
    ("en", "Any identification the recruits carried was taken and destroyed.", RD),
    ("en", "The couple were accused of taking away the nanny's phone and passport.", RD),
    ("es", "El contratista tiene mi carnet desde que llegamos a la finca.", RD),
    ("es", "El carnet de los guardias nuevos queda retenido por la agencia.", RD),
    ("es", "Los pasaportes de las costureras los guardaban los dueños del taller.", RD),
    ("fr", "Les passeports des ouvriers avaient été saisis à leur arrivée.", RD),
    # wave 3
    ("en", "Most of the masons borrowed the fee from relatives and neighbours.", RF),
    ("en", "The gang took cash from would-be migrants on the promise of visas.", RF),
    ("en", "Each fitter paid BDT 600,000 before the flight to Doha.", RF),
    ("en", "Brokers regularly charge more than the legal limit.", RF),
    ("en", "The men were charged for false papers after they arrived.", RF),
    ("es", "Las comisiones de las agencias llegan a la mitad del sueldo.", RF),
    ("es", "Contraen deudas de dos años de salario para conseguir un empleo en Corea.", RF),
    ("es", "La organización cobró tasas ilegales de hasta 900 libras.", RF),
    ("fr", "Deux chefs d'équipe leur ont soutiré de l'argent pour pouvoir continuer à travailler.", RF),
    ("fr", "De faux agents se font remettre de l'argent liquide en promettant un visa.", RF),
    ("fr", "Il a remis 1 500 $ à un « intermédiaire » sans garantie d'emploi.", RF),
    ("fr", "Certains ont payé jusqu'à 4 000 dollars pour décrocher l'emploi.", RF),
    ("fr", "De faux recruteurs promettent un emploi au Canada et réclament jusqu'à 300 000 roupies.", RF),
    ("en", "Clients are told they must work or go to jail.", IT),
    ("en", "She threatened to have them jailed for living in the country illegally.", IT),
    ("en", "The manager put them under mounting psychological pressure.", IT),
    ("en", "The foreman used blackmail to keep the pickers quiet.", IT),
    ("en", "Workers who protested were arrested and deported within days.", IT),
    ("es", "Los funcionarios mantienen atemorizados a los médicos.", IT),
    ("es", "Denunciaron presión psicológica por parte del encargado.", IT),
    ("fr", "Les employées peuvent faire l'objet de chantage lors des contrôles.", IT),
    ("fr", "Les employeurs sanctionnent les ouvriers qui tentent de protester.", IT),
    ("fr", "Le contremaître terrorisait les saisonniers.", IT),
    ("en", "He grabbed the intern by the hair for forgetting a task.", PV),
    ("en", "The agency started charging interest after three months.", DB),
    ("en", "Some risked losing their land to the brokers.", DB),
    ("en", "She mortgaged her home to pay for the move.", DB),
    ("en", "With a loan still owed at home, he cannot leave the job.", DB),
    ("en", "They first pay off agents at home who charged huge sums.", DB),
    ("en", "We were handed a receipt for a fee that we now owed.", DB),
    ("es", "El sueldo prometido quedaba recortado por descuentos del billete de avión.", DB),
    ("es", "Si quería marcharse, tendría que pagar la multa de 3.000 riales.", DB),
    ("es", "La lista de gastos que se les cargaba crecía cada semana.", DB),
    ("es", "El peón no podía cambiarse de hacienda sin saldar la deuda.", DB),
    ("fr", "« Je ne pourrai jamais rembourser », dit une ouvrière.", DB),
    ("fr", "Tant que la dette n'est pas remboursée, le patron les garde.", DB),
    # wave 4
    ("en", "Staff had to hand back part of the rate in cash or lose their shifts.", IT),
    ("es", "En la ceremonia le advirtieron que moriría si hablaba.", IT),
    ("es", "Tenían que quedarse doce horas o perder el puesto.", IT),
    ("fr", "Le gardien l'a prévenu qu'on le tuerait s'il parlait.", IT),
    ("fr", "Les saisonnières devaient accepter ou perdre leur place.", IT),
]

COMPLIANT = [
    ("en", "No worker was charged any sum to work at the plant.", RF),
    ("en", "None of the welders paid anything to buy their contracts.", RF),
    ("en", "No worker paid a broker any money to get the post.", RF),
    ("es", "A ningún trabajador se le cobró nada por tramitar el NIE.", RF),
    ("fr", "Aucun cueilleur n'a payé pour être recruté.", RF),
    ("en", "No family takes an advance from the kiln owner.", DB),
    ("es", "Ningún trabajador le debe dinero al patrón.", DB),
    ("es", "La deuda del viaje se saldaba en el primer mes.", DB),
    ("fr", "Sa dette a été remboursée en mars, avant la fin du contrat.", DB),
    ("fr", "Le prêt a été entièrement remboursé l'an dernier.", DB),
    ("en", "No worker was charged interest on the advance.", DB),
    ("en", "No worker said the supervisor used blackmail.", IT),
    ("fr", "Aucune saisonnière n'a dû choisir entre accepter ou perdre sa place.", IT),
    ("es", "Ninguna agencia cobró tasas ilegales a los trabajadores.", RF),
    ("fr", "Aucun ouvrier n'a emprunté pour payer son agent.", DB),
    ("en", "No worker was told that anyone would hurt her family.", IT),
    ("es", "Nadie les dijo que harían daño a su familia.", IT),
    ("en", "No picker was asked to have sex with the foreman, and none refused to have sex to keep a job.", PV),
    ("es", "Ninguna patrona abusa de ellas física o sexualmente.", PV),
    ("fr", "Aucune employée n'a décrit de violences de la part des gérants.", PV),
    ("en", "The school did not hold on to the teachers' visas.", RD),
    ("es", "El contratista no tiene mi carnet; lo guardo yo.", RD),
]

TRAPS = [
    ("en", "Several candidates sold themselves as experienced welders at the interview.", PV),
    ("en", "Workers may take an interest-free advance on request.", DB),
    ("es", "La empresa tiene una copia del pasaporte de cada trabajador en el expediente.", RD),
    ("es", "La empresa pagó 300 euros por el curso de cada trabajador.", RF),
    ("fr", "L'employeur a versé 2 000 euros pour le départ à la retraite de chaque employé.", RF),
    ("fr", "L'agence lui a proposé de l'argent en échange de faveurs sexuelles.", PV),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_sentence_is_found_by_a_rule(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang), text


@pytest.mark.parametrize(("lang", "text", "indicator"), COMPLIANT)
def test_compliance_sentence_is_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang), text


@pytest.mark.parametrize(("lang", "text", "indicator"), TRAPS)
def test_trap_is_not_a_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang), text


def test_new_ids_fire_on_the_class_sentences() -> None:
    """A pattern broken by a multi-token slot never fires: at least 40 distinct r10 ids must fire on FOUND."""
    ids = {i for lang, text, _ in FOUND for i in pattern_ids(text, lang, asserted_only=False) if i.startswith("r10_")}
    assert len(ids) >= 40, sorted(ids)
