"""Physical and sexual violence said with words the lexicon lacked (lexicons 2026.12.23, real16), es/fr.

The class, read in real reports (news of raids in Argentine and Spanish farms and sweatshops, court reports on
domestic servitude in France, NGO reports on child domestic workers in Morocco and on miners in Congo): the violent
act is named by a verb or noun the patterns did not hold. es: pulling hair ("le tiraban del pelo"), burning with an
iron, a cigarette or boiling liquid ("la quemó con la plancha", "quemaduras de cigarrillo"), groping ("la manoseaba",
"las toqueteaba"), shaking or shoving ("los zarandeaba", "la zamarreaba"). fr: shoving or manhandling ("les
bousculait", "molestés"), pulling hair or ears ("lui tirait les cheveux"), burning ("brûlée au fer à repasser",
"brûlures de cigarette"), slaps received or handed out ("recevait des claques"), groping ("la tripotait").

Not the class: the same words in other senses ("tirer les conclusions", "tiraban de los carros", "el incendio
quemó dos galpones"), burns from a work accident named as such ("quemaduras" alone, "s'est brûlé" without an iron, a cigarette
or boiling liquid), "bousculer le calendrier" has no person; a violent word in a negated sentence or a policy.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_ids, rule_findings

PV = "physical_sexual_violence"

FOUND = [
    # es
    ("es", "Las costureras contaron que la encargada les tiraba del pelo cuando se atrasaban con las prendas.", PV),
    ("es", "La empleada doméstica declaró que la patrona la quemó con la plancha por haber roto un plato.", PV),
    ("es", "El médico forense constató quemaduras de cigarrillo en los brazos de la menor.", PV),
    ("es", "Varias temporeras denunciaron que el manijero las manoseaba dentro de la nave de envasado.", PV),
    ("es", "Las operarias contaron que el jefe de planta las toqueteaba en el depósito.", PV),
    ("es", "Cuando no alcanzaban la meta, el capataz los zarandeaba delante de los demás peones.", PV),
    ("es", "Según la denuncia, la señora la zamarreaba y la encerraba en el lavadero.", PV),
    ("es", "Al más joven le jalaban las orejas si se dormía en el turno de noche.", PV),
    # fr
    ("fr", "Selon les saisonniers, le chef d'équipe les bousculait lorsqu'ils ralentissaient la cadence.", PV),
    ("fr", "Plusieurs ouvriers ont déclaré avoir été molestés par le gérant devant le hangar.", PV),
    ("fr", "La jeune domestique a raconté que sa patronne lui tirait les cheveux et l'insultait.", PV),
    ("fr", "La victime avait été brûlée au fer à repasser par son employeuse pour une chemise mal pliée.", PV),
    ("fr", "Les médecins ont relevé des brûlures de cigarette sur les bras de l'adolescente.", PV),
    ("fr", "Les apprentis recevaient des claques dès qu'une pièce était ratée.", PV),
    ("fr", "Une ouvrière a porté plainte parce que le contremaître la tripotait dans l'entrepôt.", PV),
]

NOT_FOUND = [
    # other senses of the same words
    ("es", "Los peones tiraban de los carros cargados de caña hasta el camión.", PV),
    ("es", "El incendio quemó dos galpones de la finca y la cosecha almacenada.", PV),
    ("es", "Dos operarios sufrieron quemaduras leves al manipular la caldera.", PV),
    ("fr", "L'enquête permet de tirer les conclusions sur la chaîne d'approvisionnement.", PV),
    ("fr", "La crise a bousculé le calendrier des vendanges.", PV),
    ("fr", "Un cuisinier s'est brûlé la main sur la plaque pendant le service.", PV),
    ("fr", "Les ouvriers ont reçu des primes dès que la production dépassait l'objectif.", PV),
]

NEGATED = [
    # negation and policy keep their reading
    ("es", "Ninguna de las trabajadoras entrevistadas dijo que la encargada las zarandeara o les tirara del pelo.", PV),
    ("fr", "Aucun des apprentis interrogés n'a dit avoir été bousculé par le chef d'atelier.", PV),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_not_found(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NEGATED)
def test_negated_stays_negated(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


def test_new_patterns_fire_on_their_class() -> None:
    """The class sentences are found by a real16 pattern itself, not only by older rules."""
    ids = set().union(*(pattern_ids(text, lang) for lang, text, _ind in FOUND))
    assert len({i for i in ids if i.startswith("r16_")}) >= 10


# --- class W: sexual harassment and coercion said with words the lexicon lacked (es/fr) ---
# Read in reports on seasonal farm workers (Huelva, Morocco), domestic workers and miners: favours demanded (not
# offered for money) for a job or a bed ("favores sexuales", "faveurs sexuelles"), sexual propositions, insinuations, comments or obscene
# messages from a supervisor, sex forced as a condition ("l'obligeait à avoir des rapports"), attempted rape ("a tenté
# de la violer"), "chantaje sexual", "a abusé d'elle".
# Not the class: "favores" or "propuestas" of another kind, comments on work, photos used as blackmail (threats),
# "relaciones laborales", the same words in a policy or a negated sentence.

FOUND_W = [
    ("es", "Una recolectora contó que el encargado le pedía favores sexuales a cambio de no dejarla sin jornada.", PV),
    ("es", "Las temporeras denunciaron insinuaciones y propuestas sexuales del jefe de cuadrilla.", PV),
    ("es", "El gerente le hacía comentarios sexuales sobre su cuerpo delante de los demás empleados.", PV),
    ("es", "La trabajadora recibía mensajes obscenos del supervisor a cualquier hora.", PV),
    ("es", "Fue víctima de chantaje sexual por parte del contratista que le había conseguido el empleo.", PV),
    ("fr", "Le chef d'équipe exigeait des faveurs sexuelles en échange d'un contrat pour la saison suivante.", PV),
    ("fr", "Les saisonnières dénoncent les propositions sexuelles répétées du contremaître.", PV),
    ("fr", "La domestique recevait des messages obscènes du fils de son employeur.", PV),
    ("fr", "Selon la plainte, le patron l'obligeait à avoir des rapports sexuels avec lui.", PV),
    ("fr", "Elle affirme que le gérant a tenté de la violer dans la réserve du restaurant.", PV),
    ("fr", "Elle raconte que son employeur a abusé d'elle à plusieurs reprises.", PV),
]

NOT_FOUND_W = [
    # favours offered for money, not demanded of the worker (as the r10c trap: "proposé de l'argent en échange de ...")
    ("es", "Un cliente le ofreció dinero a cambio de favores sexuales.", PV),
    ("es", "El contratista pedía favores políticos a los alcaldes de la zona.", PV),
    ("es", "Las propuestas salariales de la empresa fueron rechazadas por el sindicato.", PV),
    ("es", "Los trabajadores hicieron comentarios sobre la falta de sombra en el campo.", PV),
    ("es", "Las relaciones laborales en la finca se deterioraron durante la cosecha.", PV),
    ("fr", "Le syndicat a fait des propositions salariales à la direction.", PV),
    ("fr", "L'inspecteur a formulé des remarques sur l'état des sanitaires.", PV),
    ("fr", "Les rapports sociaux de l'entreprise sont publiés chaque année.", PV),
]

NEGATED_W = [
    ("es", "Ninguna de las trabajadoras entrevistadas recibió propuestas sexuales del personal de supervisión.", PV),
    ("fr", "Aucune des ouvrières interrogées n'a reçu de propositions sexuelles de la part des chefs de ligne.", PV),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND_W)
def test_w_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND_W + NEGATED_W)
def test_w_not_found(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


def test_w_patterns_fire_on_their_class() -> None:
    ids = set().union(*(pattern_ids(text, lang) for lang, text, _ind in FOUND_W))
    assert len({i for i in ids if i.startswith("r16_")}) >= 8
