"""False-alarm classes of the ninth precision pass (en/es/fr) for five indicators: abuse of vulnerability,
restriction of movement, excessive overtime, recruitment fees and isolation (issue 11).

Classes (found on the corpus train and dev splits): a bare threat of deportation to workers whose status is not
named (intimidation, not abuse of vulnerability; a threat to report named migrants to immigration stays one); a contract in a language the workers cannot read (deception); a source
who asks not to be named for fear of losing the job; the reform of a sponsorship system; fleeing war, poverty,
inspectors or the police; a witness named by an escape; a public curfew or the end of exit visas; French
"enchaîner" (to do one after another); employing foreigners without a work permit; places guarded or open "day and
night"; the length of a rest period; fee reimbursements and rules on who pays; a household paying the agency;
smugglers and ransoms; where a site is located; coping with isolation as advice; roof insulation; an isolated
statement; phones seized by the police.

Each class has sentences that must not be counted and true findings with the same words that must stay counted.
Every sentence is written for these tests; none comes from the corpus or the shared evaluation sets.
"""
from __future__ import annotations

import pytest

from evidence_helpers import counted


_counted = counted


AV, ROM, OT, RF, ISO = ("abuse_of_vulnerability", "restriction_of_movement", "excessive_overtime",
                        "recruitment_fees", "isolation")

# (lang, text, indicator): a sentence of a false-alarm class; the indicator must not be counted
NOT_COUNTED = [
    # a threat of deportation or of a report to immigration is intimidation
    ("en", "Pickers who asked for overtime pay were threatened with deportation by the foreman.", AV),
    ("en", "The cook said the owner threatened them with deportation when they asked for a day off.", AV),
    ("es", "El encargado los amenazaba con la deportación si pedían su salario.", AV),
    ("fr", "Les cueilleurs étaient menacés d'expulsion s'ils réclamaient leur paie.", AV),
    # a contract in a language the workers cannot read is deception
    ("en", "The drivers signed contracts written in a language they cannot read.", AV),
    ("es", "Les hicieron firmar contratos en un idioma que no sabían leer.", AV),
    ("fr", "Ils ont signé un contrat rédigé dans une langue qu'ils ne savent pas lire.", AV),
    # a source who asks not to be named for fear of losing the job
    ("en", "The nine welders asked not to be named for fear of losing their jobs.", AV),
    ("es", "Los jornaleros pidieron el anonimato por miedo a perder su empleo.", AV),
    ("fr", "Les caissières ont demandé l'anonymat par crainte de perdre leur emploi.", AV),
    # the reform or abolition of a sponsorship system
    ("en", "Oman announced plans to reform its sponsorship system next year.", AV),
    # fleeing war, poverty, inspectors or the police
    ("en", "Most of the pickers fled the war in their home country ten years ago.", ROM),
    ("en", "Several cooks fled when the labour inspectors arrived at the restaurant.", ROM),
    ("es", "Muchos de los temporeros huyeron de la violencia en su país.", ROM),
    ("es", "Al ver llegar a los inspectores, varios albañiles huyeron por la parte trasera.", ROM),
    ("fr", "Ces familles ont fui la guerre avant d'arriver dans la région.", ROM),
    ("fr", "Plusieurs ouvriers ont pris la fuite à l'arrivée des gendarmes.", ROM),
    # a witness named by an escape: what they say is the finding, not the escape
    ("en", "A welder who later escaped said the crew slept on the deck.", ROM),
    ("es", "Un peón que escapó contó que el capataz llevaba las cuentas.", ROM),
    ("fr", "Les jeunes qui ont réussi à s'enfuir racontent leur voyage aux journalistes.", ROM),
    # a public curfew, the end of exit visas
    ("es", "Durante el toque de queda los estibadores no podían llegar al turno de noche.", ROM),
    ("en", "Qatar abolished the exit permit for most migrant workers in 2018.", ROM),
    ("fr", "Le gouvernement a annoncé la suppression du visa de sortie pour les employés de maison.", ROM),
    # French "enchaîner" = to do one after another
    ("fr", "La serveuse enchaîne des services de dix heures sans pause.", ROM),
    ("fr", "Il a enchaîné trois contrats saisonniers dans la même exploitation.", ROM),
    ("fr", "Planning | gardes de nuit enchaînées sur deux semaines | NC", ROM),
    # foreigners employed without a work permit
    ("fr", "L'entreprise a été condamnée pour emploi d'étrangers sans autorisation de travail.", ROM),
    ("fr", "Deux ateliers ont dépassé le contingent d'heures sans autorisation de l'inspection.", ROM),
    # places guarded or open "day and night"
    ("fr", "Le dépôt est gardé jour et nuit par une société de sécurité.", OT),
    ("en", "The warehouse car park is guarded day and night by a security firm.", OT),
    ("es", "El almacén está vigilado día y noche por una empresa de seguridad.", OT),
    # the length of a rest period, a stated maximum
    ("en", "Drivers get an 11-hour rest period between two shifts.", OT),
    ("en", "Rest between shifts at least 12 h on every sampled time card.", OT),
    # fee reimbursements and rules on who pays
    ("en", "The glove maker will pay back the recruitment fees its migrant workers paid to agents.", RF),
    ("en", "Suppliers must show that workers paid no recruitment fees to brokers.", RF),
    ("es", "La empresa reembolsará las comisiones que sus trabajadores pagaron a las agencias.", RF),
    ("es", "Ninguna agencia puede cobrar comisiones a los trabajadores, dice el reglamento.", RF),
    ("fr", "L'hôtel prend en charge les frais de recrutement de ses saisonniers étrangers.", RF),
    # a household paying an agency, smugglers and ransoms
    ("en", "The family paid USD 2,000 to the agency to hire a live-in nanny.", RF),
    ("es", "La familia pagó 800 dólares a la agencia por traer a la empleada.", RF),
    ("fr", "La famille a versé 2 000 euros à l'agence pour faire venir une nounou.", RF),
    ("fr", "Les migrants ont payé 3 000 dollars à des passeurs pour traverser la frontière.", RF),
    # where a site is located
    ("en", "The quarry is located in a remote valley; a company bus runs to the town twice a day.", ISO),
    # coping with isolation as advice
    ("en", "New recruits are told how to cope with the isolation of offshore work.", ISO),
    ("es", "La guía da consejos para sobrellevar el aislamiento en las plataformas.", ISO),
    # roof insulation, an isolated statement, phones seized by the police
    ("es", "Nave 2 | techo de chapa sin aislamiento; 38 °C a mediodía | NC", ISO),
    ("fr", "Une déclaration isolée d'un intérimaire n'a pas été confirmée par les autres.", ISO),
    ("fr", "La police a annoncé 40 interpellations et 300 téléphones saisis.", ISO),
]

# (lang, text, indicator): a true finding with the same words; it must stay counted
COUNTED = [
    ("en", "Undocumented workers without valid papers were paid half the wage, knowing they could not complain.", AV),
    ("en", "The workers were threatened with deportation if they complained.", "intimidation_threats"),
    ("es", "El encargado los amenazaba con la deportación si pedían su salario.", "intimidation_threats"),
    ("en", "The owner threatened to report the undocumented cleaners to immigration if they complained.", AV),
    ("es", "El encargado amenazaba con llamar a migración a los jornaleros sin papeles.", AV),
    ("fr", "Le patron menaçait de dénoncer à la préfecture les ouvriers sans papiers.", AV),
    # 2026.12.19 (aov13): a threat of deportation is intimidation, not abuse of vulnerability
    ("en", "Managers threatened migrant workers with deportation when they asked for their wages.", "intimidation_threats"),
    ("en", "The boys were beaten when they tried to escape from the kiln.", ROM),
    ("en", "She escaped through the bathroom window after months locked in the flat.", ROM),
    ("fr", "Des enfants étaient enchaînés la nuit pour les empêcher de s'enfuir.", ROM),
    ("fr", "Les ouvriers ne pouvaient pas sortir sans autorisation du chef de chantier.", ROM),
    ("es", "Los jornaleros intentaron huir del campamento y fueron golpeados.", ROM),
    ("fr", "La domestique travaillait jour et nuit pour la famille, sans jour de repos.", OT),
    ("en", "The pickers worked 14 hours a day, seven days a week.", OT),
    ("en", "Workers paid recruitment fees of USD 1,500 to agents in Nepal.", RF),
    ("es", "Cada trabajador pagó 2.000 dólares a la agencia de colocación.", RF),
    ("fr", "Les ouvriers ont payé des frais de recrutement de 1 200 euros à l'agence.", RF),
    ("en", "Workers were housed at a remote site with no transport and no phone signal.", ISO),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_COUNTED)
def test_false_alarm_class_not_counted(lang: str, text: str, indicator: str) -> None:
    assert not _counted(text, indicator, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), COUNTED)
def test_true_finding_stays_counted(lang: str, text: str, indicator: str) -> None:
    assert _counted(text, indicator, lang)
