"""Deception, abuse of vulnerability, restriction of movement and isolation as classes of fact (lexicons
2026.12.13, helper r10b), en/es/fr: the recall half of round ten for these four indicators.

Deception: job ads and offers that promised pay or perks, being told one would earn good money or be educated,
forged or faked time sheets and papers, contracts written in a language the worker cannot read or never translated,
contracts never given, people sold on to someone else, work unrelated to the studies promised, not being told the
truth, expecting one job and being put to another; es "les ofrecían un empleo en", "algo que nunca cumplió",
"pago real", "no se ajustaba a la realidad", "si hubiera sabido", "les mintieron"; fr "l'annonce promettait",
"contrats incompréhensibles", "rien de ce qui avait été promis", "fiches horaires trafiquées", "ne nous a pas dit
la vérité".
Abuse of vulnerability: easy prey or targets, open to abuse, state of need, exploiting fear or desperation, speaking
no English, being sent back home if one complains, "they own me", homeless men picked up; es "sin papeles, ...",
"estaban en situación irregular", "se aprovechó de ello"; fr "sans papiers, ...", "en profite", "tiré parti de",
"jouant sur leur situation", "sous l'emprise de l'employeur".
Restriction of movement: visits or outings approved by management, slipping out, guards who search or log those
leaving or are posted at the quarters, movements controlled, fences metres high, a guard needed to unlock the
door, the gate code withheld, paying the fare, rent or damages on quitting, bonds that restrict leaving, begging to
be sent home and being refused, chains on the legs, kept indoors, brought back; es "no le daba permiso",
"salidas autorizadas", "control de entradas y salidas", "a escondidas", "para evitar que abandonen"; fr "permis
fermé", "seul le sponsor décide", "pénalité en cas de démission", "registre des sorties", "rattrapés par",
"descendre à terre", "sous escorte policière".
Isolation: calls too costly or charged by the minute, no way to call, word got out with a hidden phone, not having
seen the family for months, families not allowed, contact with relatives restricted, told not to mix, no staff who
speak the language, no life outside the camp; es "llamada costaba", "en un descuido", "para que nadie los viera",
"ni siquiera sabían", "no hablaban castellano"; fr "appel ... coûtait", "ni appeler", "appel au secours", "sans voir
leur famille", "aucun ... ne parle birman".
Each class family has compliance sentences that must not be asserted, and traps (other senses of the same words).

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_ids, rule_findings

DC, AV = "deception", "abuse_of_vulnerability"
RM, ISO = "restriction_of_movement", "isolation"


FOUND = [
    # deception
    ("en", "A social media advert promised a warehouse job paying EUR 2,000 a month with free housing.", DC),
    ("en", "The broker told the families their sons could earn good money on the boats.", DC),
    ("en", "The agent assured her that the pay would be excellent.", DC),
    ("en", "The girls' parents were told they would be educated in the city.", DC),
    ("en", "The drivers were made to sign false time sheets every week.", DC),
    ("en", "The cleaners signed contracts written in Polish that none of them could read.", DC),
    ("en", "The waiver had never been translated for the workers.", DC),
    ("en", "The pickers were never given a copy of the contract they signed.", DC),
    ("en", "The middleman sold them on to a boat owner for a few hundred dollars.", DC),
    ("en", "The trainees did work unrelated to their studies.", DC),
    ("en", "The recruiter never told them the truth about the camp.", DC),
    ("en", "They left home expecting hotel work, but were put to work in the fields.", DC),
    ("es", "Un anuncio en redes ofrecía trabajo con buen sueldo y alojamiento en España.", DC),
    ("es", "Les ofrecían un empleo en un restaurante de Madrid.", DC),
    ("es", "El enganchador aseguraba que ganarían muy buenos salarios.", DC),
    ("es", "Le prometieron regularizar sus papeles, algo que nunca cumplió.", DC),
    ("es", "Oferta de 120 MXN por día; pago real 50 MXN.", DC),
    ("es", "Los peones firmaron una declaración que no se ajustaba a la realidad.", DC),
    ("es", "Si hubiera sabido cómo era, no habría venido.", DC),
    ("es", "Los jornaleros creían que iban a trabajar en una fábrica.", DC),
    ("es", "El reclutador les mintió sobre el salario.", DC),
    ("fr", "L'annonce promettait un emploi bien payé et un logement gratuit.", DC),
    ("fr", "Les contrats étaient incompréhensibles pour les saisonniers.", DC),
    ("fr", "Leur contrat était rédigé en arabe, une langue qu'ils ne lisent pas.", DC),
    ("fr", "Rien de ce qui avait été promis ne leur a été fourni.", DC),
    ("fr", "Le patron faisait signer aux ouvriers des fiches horaires trafiquées.", DC),
    ("fr", "Elle croyait suivre une formation de cuisinière.", DC),
    ("fr", "On nous a dit qu'on viendrait travailler dans un hôtel.", DC),
    ("es", "A los cosecheros les ofrecieron 9.000 pesos por día.", DC),
    ("es", "Le ofrecieron un sueldo de oficina en la capital.", DC),
    ("es", "Con la visa ya tramitada, el pago bajó a la mitad.", DC),
    ("es", "Las ofertas de empleo resultaron ser ficticias.", DC),
    ("es", "Les hicieron firmar un contrato cuyo contenido desconocían.", DC),
    ("es", "Se anunciaban en la radio con ofertas de empleos bien pagados.", DC),
    ("en", "A stranger at the station offered him a job on a farm.", DC),
    ("en", "On arrival each nurse was handed a second contract with a lower salary.", DC),
    ("en", "They were sent to the boats without being told they could not go ashore.", DC),
    ("en", "The grower failed to give the pickers written contracts.", DC),
    ("en", "Women recruited for hotel jobs were made to work in bars instead.", DC),
    ("en", "The crew were made to paint the ship, work their contracts did not cover.", DC),
    ("es", "Les dieron el uniforme sin decirles qué iban a hacer.", DC),
    ("es", "Contesté a un anuncio de niñera y acabé limpiando tres casas.", DC),
    ("es", "El jornal que cobraba era la mitad de lo que fijaba el contrato.", DC),
    ("es", "El sueldo era inferior al que anunciaban los carteles.", DC),
    ("es", "Les hacían firmar una nómina que no se correspondía con lo que cobraban.", DC),
    ("es", "Sus contratos resultaron fraudulentos según la inspección.", DC),
    ("fr", "Elles ont été placées comme domestiques sans qu'on les prévienne.", DC),
    ("fr", "On m'avait promis un poste de vendeuse, mais tout était faux.", DC),
    ("fr", "L'agence promettait un travail de cueillette inexistant.", DC),
    ("fr", "Partis pour des emplois de maçon, ils ont fini par garder des troupeaux.", DC),
    # abuse of vulnerability
    ("en", "New arrivals without papers were easy prey for the gangmasters.", AV),
    ("en", "The new recruits were easy to frighten into silence.", AV),
    ("en", "The boss used their state of need to pay them two euros an hour.", AV),
    ("en", "The owners exploited the desperation of the new arrivals.", AV),
    ("en", "Most of the packers spoke little English.", AV),
    # 2026.12.19 (aov13): a threat to send workers home is intimidation, not abuse of vulnerability
    ("en", "The foreman threatened to send them home if they asked for their wages.", "intimidation_threats"),
    ("en", "The men were picked up at soup kitchens because they were homeless.", AV),
    ("es", "Sin papeles, los jornaleros aceptaban cualquier salario.", AV),
    ("es", "Sin papeles ni contrato, no podía dejar el trabajo.", AV),
    ("es", "La joven estaba sola en el país y el dueño se aprovechó de ello.", AV),
    ("fr", "Sans papiers, les cueilleurs n'osaient pas se plaindre.", AV),
    ("fr", "Le gérant savait qu'ils étaient sans titre de séjour et en profitait.", AV),
    ("fr", "L'employeur a tiré parti de la précarité des saisonniers.", AV),
    ("fr", "Le patron jouait sur leur situation administrative pour les sous-payer.", AV),
    ("fr", "Les employeurs profitent de la misère des familles pour les recruter.", AV),
    ("fr", "Ils disent n'avoir d'autre choix que de travailler pour le propriétaire.", AV),
    ("fr", "Constat : titre de séjour lié au sous-traitant.", AV),
    ("fr", "Perdre son emploi voulait dire perdre aussi son permis de séjour.", AV),
    ("fr", "Ces ouvriers acceptent des salaires bien en deçà du minimum.", AV),
    ("es", "Las familias dependen totalmente del hacendado para comer.", AV),
    ("es", "Aguantaban por necesidad y por sus hijos.", AV),
    ("es", "Los recolectores aceptan casi cualquier salario.", AV),
    ("es", "Acuciados por la necesidad, los padres firmaron el papel.", AV),
    ("en", "Driven by poverty, the families sent their sons to the boats.", AV),
    ("en", "In the crisis people would accept almost any rate.", AV),
    ("en", "The broker kept control by exploiting their weak legal position.", AV),
    ("en", "Most of the deckhands spoke no Thai.", AV),
    ("en", "Police said the gang was targeting vulnerable men outside hostels.", AV),
    ("en", "The court pointed to her economic vulnerability.", AV),
    ("es", "Eran extranjeros recién llegados, y de eso se aprovechaban los dueños.", AV),
    ("es", "La falta de empleo en la zona es aprovechada por los intermediarios.", AV),
    ("es", "Los capataces sabían aprovechar la necesidad de los recién llegados.", AV),
    ("es", "Su única salida fue aceptar el trabajo en la finca.", AV),
    ("fr", "Les ouvriers étaient logés dans des conditions indignes du fait de leur dépendance.", AV),
    ("fr", "Arrivés sur le chantier, ils ne pouvaient ni rester ni repartir.", AV),
    ("fr", "Après trois mois, elles tombent dans l'irrégularité.", AV),
    # restriction of movement
    ("en", "Outings had to be approved by the dormitory manager.", RM),
    ("en", "The maid slipped out while the family slept.", RM),
    ("en", "Guards searched the workers leaving the compound and logged the time they went out.", RM),
    ("en", "Armed guards were stationed at the workers' quarters every night.", RM),
    ("en", "The contractor controlled their movements from morning to night.", RM),
    ("en", "A fence four metres high ran round the whole site.", RM),
    ("en", "At night the supervisor had to unlock the door for them to use the toilet.", RM),
    ("en", "The employer took away her gate opener.", RM),
    ("en", "Workers who quit had to pay back their own airfare.", RM),
    ("en", "They begged the owner to send them home, and he refused.", RM),
    ("en", "The boy was kept inside the house for months.", RM),
    ("es", "El capataz no les daba permiso para ir al pueblo.", RM),
    ("es", "Trabajadora interna | sin salidas autorizadas durante un año | NC crítica", RM),
    ("es", "Había un control de entradas y salidas en la puerta de la finca.", RM),
    ("es", "Se fue del taller a escondidas, de madrugada.", RM),
    ("es", "Retienen la última paga para evitar que abandonen la finca.", RM),
    ("es", "Solo les abrían la puerta para comer.", RM),
    ("es", "La familia huyó de noche por el monte.", RM),
    ("fr", "Avec un permis de travail fermé, elle ne pouvait pas changer d'employeur.", RM),
    ("fr", "Seul le garant décide si l'ouvrier peut quitter le pays.", RM),
    ("fr", "Le contrat prévoit une pénalité de deux mois de salaire en cas de démission.", RM),
    ("fr", "Un registre des sorties est tenu par le gardien.", RM),
    ("fr", "Les bergers qui s'enfuient sont rattrapés par les hommes du patron.", RM),
    ("fr", "Les travailleurs ont été conduits jusqu'à l'usine sous escorte policière.", RM),
    ("en", "The welders said they had no right to quit before the project ended.", RM),
    ("en", "Dozens of workers had been locked in a basement for months.", RM),
    ("en", "After each shift they waited for a manager to let them out of the building.", RM),
    ("en", "Her requests to go home were refused by the agency.", RM),
    ("en", "Workers who wanted to end their contracts early had to pay heavy fines.", RM),
    ("en", "Armed guards patrolled the camp day and night.", RM),
    ("en", "Guards watched the barracks so no one could leave.", RM),
    ("es", "Los peones trabajaban sin derecho a salir de la finca.", RM),
    ("es", "Cerraban el portón con candado para que nadie pudiera salir.", RM),
    ("es", "Los niños pasaban la noche encerrados en el sótano.", RM),
    ("fr", "Les domestiques n'avaient pas le droit de sortir seules.", RM),
    ("fr", "Les ouvriers étaient enfermés la nuit dans une cave.", RM),
    ("en", "He had to pay his old employer to be allowed to change jobs.", RM),
    ("en", "The captain carried a gun, and no one could leave the boat.", RM),
    ("en", "The maids were allowed out once a month.", RM),
    ("en", "The pickers worked watched by an overseer and dogs.", RM),
    ("en", "The men lived in the camp under the watch of armed supervisors.", RM),
    ("en", "The family was let go only after the police arrived.", RM),
    ("en", "Cameras tracked the workers' movements around the site.", RM),
    ("en", "When inspectors came, the boys were made to hide in the loft.", RM),
    ("es", "Tuvo que pagar 500 dólares para poder cambiar de empleador.", RM),
    ("es", "La salida del taller estaba permitida solo los domingos.", RM),
    ("es", "Tenía que estar en casa antes de las ocho, y la llamaban para comprobarlo.", RM),
    ("es", "La dueña la obligaba a esconderse cuando venían visitas.", RM),
    ("es", "El programa impide cambiar de empleo durante tres años.", RM),
    ("fr", "Il a dû payer 800 euros pour pouvoir changer d'employeur.", RM),
    ("fr", "Sortie autorisée seulement le dimanche après-midi.", RM),
    ("fr", "Les ouvriers restent cantonnés à leurs camps en dehors du travail.", RM),
    ("fr", "Les marins étaient interdits de mettre pied à terre.", RM),
    ("fr", "La police surveille les allées et venues des pêcheurs.", RM),
    # isolation
    ("en", "Calls home by satellite were too expensive for the crew.", ISO),
    ("en", "The fishers had no way to call for help.", ISO),
    ("en", "He finally got word to his brother through a hidden phone.", ISO),
    ("en", "She had not seen her children for two years.", ISO),
    ("en", "No families were allowed on the island during the season.", ISO),
    ("en", "Their contact with family and friends was restricted by the agency.", ISO),
    ("en", "The nurses were warned not to mix with other staff.", ISO),
    ("en", "The clinic has no staff who speak Khmer.", ISO),
    ("en", "The boys had no life outside the camp.", ISO),
    ("es", "Cada minuto de llamada costaba cinco dólares.", ISO),
    ("es", "Pudo avisar a su madre en un descuido del capataz.", ISO),
    ("es", "Trabajaban de noche para que nadie los viera.", ISO),
    ("es", "Los peones ni siquiera sabían en qué provincia estaban.", ISO),
    ("es", "Las costureras no hablaban castellano.", ISO),
    ("fr", "Un appel vers le pays coûtait dix euros la minute.", ISO),
    ("fr", "Elles ne pouvaient ni sortir ni appeler leur famille.", ISO),
    ("fr", "Il a lancé un appel au secours sur les réseaux sociaux.", ISO),
    ("fr", "Elle a envoyé un appel à l'aide par message.", ISO),
    ("fr", "Les marins sont restés deux ans sans voir leur famille.", ISO),
    ("fr", "Aucun chef d'équipe ne parle birman.", ISO),
    ("es", "La señora le guardaba el celular toda la semana.", ISO),
    ("es", "Solo podía llamar a su familia los domingos, delante de la patrona.", ISO),
    ("es", "Habla con sus hijos una vez por semana desde el baño.", ISO),
    ("es", "Los patrones dejaron de pasarle las llamadas.", ISO),
    ("es", "Sus empleadores le prohíben recibir visitas.", ISO),
    ("es", "Le negaron el permiso para ir al entierro de su padre.", ISO),
    ("es", "La red cortaba todo contacto de las víctimas con sus familias.", ISO),
    ("es", "La joven no entendía el idioma de los policías.", ISO),
    ("es", "Los pastores pasan meses sin ver a otra persona.", ISO),
    ("fr", "Tout le courrier des apprenties était lu par la directrice.", ISO),
    ("fr", "Pour téléphoner à sa mère, elle devait demander la permission.", ISO),
    ("fr", "Les visites des familles étaient découragées par la direction.", ISO),
    ("fr", "L'agence cherchait à couper tout contact avec les syndicats.", ISO),
    ("fr", "Aucun interprète n'est disponible sur le site.", ISO),
    ("fr", "Les personnes libérées ne comprenaient pas la langue parlée autour d'elles.", ISO),
    ("fr", "Le campement se trouve à 40 km du premier village.", ISO),
    ("fr", "Les plates-formes gardent les garçons loin du regard des autorités.", ISO),
    ("en", "All letters home were opened and read by the supervisor.", ISO),
    ("en", "Phone calls needed the permission of the house manager.", ISO),
    ("en", "She was not allowed to attend her mother's funeral.", ISO),
    ("en", "The agents cut off all contact with their families.", ISO),
    ("en", "The employer kept their mobile phones in a locked drawer.", ISO),
    ("en", "The logging camps are reachable only by river.", ISO),
    ("en", "She was kept from talking to the other maids on the street.", ISO),
    ("en", "Mobile phones | prohibited in the dormitory | NC", ISO),
    ("en", "She had no way of calling her embassy.", ISO),
    ("en", "Many did not even know where they were.", ISO),
    ("en", "The gang cut the men off from the outside world.", ISO),
    ("en", "Outreach workers were turned away from the labour camps.", ISO),
    ("es", "No la dejaban ni hablar con nadie del barrio.", ISO),
    ("es", "La patrona le prohibía tener amigos en el barrio.", ISO),
    ("es", "Las internas no tienen contactos fuera de la casa.", ISO),
    ("es", "Los patrones apenas pierden de vista a las empleadas.", ISO),
    ("es", "Los escondían en naves para que nadie los encontrara.", ISO),
    ("fr", "Dans la maison, téléphone interdit et sorties surveillées.", ISO),
    ("fr", "Elles ne savaient même pas dans quel quartier elles vivaient.", ISO),
]

NOT_FOUND = [
    # 2026.12.19 (aov13): bare irregular status is not abuse of vulnerability (until then found here)
    ("es", "Los cinco albañiles estaban en situación irregular.", AV),
    ("es", "Dos peones paraguayos en situación migratoria irregular dormían en el galpón.", AV),
    ("es", "Habían entrado como turistas y trabajaban sin contrato.", AV),
    ("es", "Todos habían entrado de forma clandestina al país.", AV),
    ("es", "Diez de los costureros tenían la residencia irregular.", AV),
    ("es", "Eran extranjeras sin documentación que las habilitara a trabajar.", AV),
    # compliance statements, per class family and language
    ("en", "The advert offered EUR 2,000 a month, and every worker received that amount.", DC),
    ("en", "Each worker received a copy of the contract in their own language.", DC),
    ("es", "El contrato se ajusta a la realidad y se entregó una copia a cada trabajador.", DC),
    ("fr", "Tout ce qui avait été promis a été fourni.", DC),
    ("en", "All workers speak English and hold valid work permits.", AV),
    ("es", "Todos los trabajadores tienen permiso de residencia y trabajo.", AV),
    ("fr", "Aucun salarié n'est en situation irrégulière.", AV),
    ("es", "Ningún trabajador depende del empleador para su alojamiento.", AV),
    ("en", "Workers are free to quit at any time with one week's notice.", RM),
    ("es", "Los trabajadores tienen derecho a salir de la finca cuando quieran.", RM),
    ("en", "Workers may go out whenever they like; no approval is needed.", RM),
    ("es", "Los trabajadores salen del albergue libremente cuando quieren.", RM),
    ("fr", "Les ouvriers peuvent démissionner sans aucune pénalité.", RM),
    ("en", "Workers call their families every evening on free wifi.", ISO),
    ("es", "La empresa paga las llamadas de los marineros a sus familias.", ISO),
    ("fr", "Les familles peuvent rendre visite aux saisonniers chaque dimanche.", ISO),
    ("es", "Las candidatas guardan su pasaporte y su teléfono y salen cuando quieren.", ISO),
    ("fr", "Dans ce centre d'appels, il faut demander la permission pour aller aux toilettes.", ISO),
    ("en", "Workers keep their own mobile phones and may call home at any time.", ISO),
    ("en", "Every worker received the contract before departure and the terms matched the job.", DC),
    ("es", "El salario pagado coincide con el que fijaba el contrato.", DC),
    ("en", "Workers may change employers freely without paying anything.", RM),
    ("fr", "Les salariés peuvent changer d'employeur librement.", RM),
    ("en", "The camp is reachable by a paved road and a daily bus.", ISO),
    # traps: other senses of the same words
    ("en", "The regulator reported falsified records and underpayment in the franchise.", DC),
    ("es", "La cooperativa vendió la cosecha a un comprador de Lima.", DC),
    ("fr", "Les produits ont été vendus à des grossistes.", DC),
    ("en", "There are about two million undocumented migrants in the country.", AV),
    ("es", "Entre 2 y 4 millones de migrantes viven sin papeles, según la OIM.", AV),
    ("es", "El registro de entradas y salidas es voluntario y la puerta se abre desde dentro.", RM),
    ("en", "The site lies 250 kilometres from the capital, on a paved road.", ISO),
    ("fr", "Le navire pêche loin des côtes pendant la saison.", ISO),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_not_found(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


def test_new_patterns_fire_on_their_class() -> None:
    """The class sentences are found by an r10b pattern itself, not only by older rules: a pattern broken by a
    multi-token slot or a lemma surprise fails this."""
    ids = set().union(*(pattern_ids(text, lang) for lang, text, _ind in FOUND))
    assert len({i for i in ids if i.startswith("r10b_")}) >= 60
