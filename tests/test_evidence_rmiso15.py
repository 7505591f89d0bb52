"""Restriction of movement and isolation in Spanish and French (patterns 2026.12.21, rmiso15).

Restriction of movement: a negated permission or ability with a movement verb ("no las dejaban circular
libremente", "no podían moverse con libertad"); going out only with leave ("solo podían salir", "ne pouvait
sortir qu'accompagnée"); never leaving the workshop or house; held captive, under lock and key, locked from
outside, kept against their will, "verrouillé à clé", "séquestrée", held hostage, house arrest; freedom or
movements limited; watched by cameras; no possibility of escape; barred from another job.
Isolation: no social life or social contacts; cut off from any network; not speaking a word of the language;
never seeing land; kept apart from the local population; months on vessels; transshipment; sites far from roads
or reachable only by 4x4; not knowing where they were; phones requisitioned; calls only under control; hidden so
they could not speak to inspectors; few means to communicate.
Near-misses stay uncounted: free movement, voluntary staying in, lockable lockers, "captive market", figurative
"ne sortent plus" of a debt, assigned to a post, remote audits, far-from-town geography said of a product."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

RM = "restriction_of_movement"
ISO = "isolation"


@pytest.mark.parametrize("text, lang", [
    # negated permission or ability + movement verb
    ("Según la inspección, a las jornaleras no las dejaban circular libremente fuera del invernadero.", "es"),
    ("La trabajadora interna denunció que sus empleadores no la dejaban regresar a su casa los domingos.", "es"),
    ("Los peones relataron que no podían moverse con libertad por la estancia.", "es"),
    ("Las costureras declararon que no podían desplazarse libremente por el barrio.", "es"),
    # going out only with leave, never going out
    ("Los jornaleros solo podían salir del fundo si el capataz los llevaba.", "es"),
    ("A la empleada solo la dejaban salir a comprar el pan.", "es"),
    ("Los operarios nunca salían de la fábrica porque dormían en el altillo.", "es"),
    ("Los ladrilleros trabajaban de sol a sol sin salir nunca del horno.", "es"),
    # held captive, locked, against their will
    ("Según la fiscalía, los tenían cautivos en un galpón al fondo del predio.", "es"),
    ("Las empleadas contaron que el encargado las tenía bajo llave durante el turno.", "es"),
    ("El encargado cerraba el taller desde fuera cada noche con los costureros dentro.", "es"),
    ("Los pescadores afirman que los mantenían en el barco contra su voluntad.", "es"),
    ("Según la denuncia, las mujeres habían sido retenidas durante meses por la red.", "es"),
    # freedom limited, watched, impossible to leave, living inside
    ("El tribunal describió graves limitaciones a la libertad de las víctimas.", "es"),
    ("La deuda impuesta por el contratista limitaba su libertad.", "es"),
    ("Las empleadas eran vigiladas con cámaras mientras cosían.", "es"),
    ("Con la finca a dos días del pueblo, a los peones les era imposible marcharse.", "es"),
    ("El taller obligaba a los costureros a vivir dentro de las naves.", "es"),
    # French
    ("En pleine mer, les matelots n'avaient aucune chance de s'échapper.", "fr"),
    ("Les saisonniers n'avaient aucune possibilité de quitter l'exploitation.", "fr"),
    ("L'atelier était verrouillé à clé pendant les heures de travail.", "fr"),
    ("Le dortoir était bouclé à double tour chaque soir.", "fr"),
    ("La jeune fille ne pouvait sortir que le dimanche matin, pour la messe.", "fr"),
    ("L'employée ne sortait qu'accompagnée de la fille de ses patrons.", "fr"),
    ("Selon les ouvriers, ils n'avaient pas le droit de bouger du camp le soir.", "fr"),
    ("Les ouvrières ne peuvent pas se déplacer librement hors de l'usine.", "fr"),
    ("La domestique ne quittait jamais la villa de ses employeurs.", "fr"),
    ("Le régisseur aurait séquestré trois ouvriers agricoles dans une grange.", "fr"),
    ("Le passeur les retenait en otage dans un entrepôt jusqu'au paiement.", "fr"),
    ("Après leur plainte, les ouvriers ont été assignés à résidence par le contremaître.", "fr"),
    ("La confiscation de leurs papiers limitait leurs déplacements.", "fr"),
    ("Son employeur lui a interdit de chercher un autre travail.", "fr"),
    ("Le patron refusait de laisser les cueilleurs rentrer chez eux.", "fr"),
    ("L'agence gardait les passeports afin qu'ils ne quittent pas l'émirat.", "fr"),
    ("Les ouvrières étaient sous contrôle permanent du gérant, même le dimanche.", "fr"),
])
def test_restriction_of_movement_counts(text: str, lang: str) -> None:
    assert counted(text, RM, lang)


@pytest.mark.parametrize("text, lang", [
    ("Las trabajadoras pueden circular libremente y salir del recinto al terminar el turno.", "es"),
    ("La empresa tiene un mercado cautivo en la región.", "es"),
    ("Con la pandemia, muchos vecinos nunca salían de casa por miedo al contagio.", "es"),
    ("Algunos trabajadores no sabían si les habían retenido parte del sueldo.", "es"),
    ("Los contenedores de uva fueron retenidos en la aduana de Arica.", "es"),
    ("Les saisonniers peuvent se déplacer librement et sortir le soir.", "fr"),
    ("Les familles s'enfoncent dans une dette dont elles ne sortent plus.", "fr"),
    ("Pendant le confinement je ne sortais plus, raconte la retraitée.", "fr"),
    ("Chaque ouvrier est assigné à son poste de travail au début de la journée.", "fr"),
])
def test_restriction_of_movement_near_misses(text: str, lang: str) -> None:
    assert not counted(text, RM, lang)


@pytest.mark.parametrize("text, lang", [
    ("La empleada llevaba años sin vida social fuera de la casa de sus patrones.", "es"),
    ("El campamento de los recolectores quedaba lejos de la civilización.", "es"),
    ("Las llevaban cada mañana a campos cuya ubicación desconocían.", "es"),
    ("Los tripulantes eran trasbordados entre buques sin volver a puerto.", "es"),
    ("El aserradero está a 80 kilómetros de la carretera más próxima.", "es"),
    ("Los campamentos mineros son solo accesibles en lancha o avioneta.", "es"),
    ("El capataz les requisaba el teléfono al llegar al fundo.", "es"),
    ("La patrona nunca le pasaba el teléfono a la muchacha cuando llamaba su madre.", "es"),
    ("Solo le permitían hablar con su familia delante de la dueña.", "es"),
    ("El encargado ordenó que nadie le dirigiera la palabra a la delegada.", "es"),
    ("Encerraron a los peones en un depósito para que no pudieran hablar con los inspectores.", "es"),
    ("Les retiraban los documentos para impedir que pidieran ayuda.", "es"),
    ("La tripulación estuvo meses con muy pocos medios para comunicarse con tierra.", "es"),
    ("Los marineros podrán pisar tierra por primera vez en meses.", "es"),
    ("Les jeunes filles étaient privées de vie sociale hors de la maison.", "fr"),
    ("La jeune femme vivait coupée de tout lien avec ses proches.", "fr"),
    ("Ne parlant pas un mot d'anglais, les marins dépendaient entièrement du capitaine.", "fr"),
    ("Les pêcheurs ne touchaient jamais la terre ferme pendant la campagne.", "fr"),
    ("Les ouvriers étrangers étaient tenus à l'écart des habitants du village.", "fr"),
    ("L'équipage est resté huit mois sur le cargo sans relève.", "fr"),
    ("Les matelots devaient capter le wifi d'un bateau voisin pour appeler chez eux.", "fr"),
])
def test_isolation_counts(text: str, lang: str) -> None:
    assert counted(text, ISO, lang)


@pytest.mark.parametrize("text, lang", [
    ("Existe un riesgo de aislamiento para los trabajadores rurales.", "es"),
    ("La empresa ofrece transporte gratuito desde la ciudad a la planta.", "es"),
    ("Los trabajadores conservan sus teléfonos y llaman a su familia cada día.", "es"),
    ("La auditoría se hizo en remoto por la pandemia.", "es"),
    ("Les ouvriers gardent leur téléphone et appellent leur famille le soir.", "fr"),
    ("Le chalutier revient au port chaque semaine pour débarquer la pêche.", "fr"),
    ("Le stagiaire a été tenu à l'écart des décisions du comité.", "fr"),
])
def test_isolation_near_misses(text: str, lang: str) -> None:
    assert not counted(text, ISO, lang)
