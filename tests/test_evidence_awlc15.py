"""Abusive working and living conditions in Spanish and French (patterns 2026.12.21, awlc15): lack of safety
measures or protective equipment said through "falta de / faute de / sans la moindre / ni equipo de"; degrading or
crowded housing (rooms of N x M metres, N occupants for M rooms, dwellings deprived of water or windows, makeshift
camps, sleeping in cellars or stables); scarce, rationed or bad food; denied or late medical care; mine shafts and
tunnels; crowded transport. Near-misses: sector context, training, compliant statements, workplace rules, laws."""
import pytest

from evidence_helpers import counted

FINDINGS = [
    ('es', 'Los inspectores señalaron la falta de medidas de seguridad en los andamios de la obra.'),
    ('es', 'Denunciaron la carencia de dispositivos de seguridad en la nave.'),
    ('es', 'Los cortadores trabajaban sin contrato, sin seguro ni equipo de protección personal.'),
    ('es', 'Ninguno de los aplicadores llevaba equipo de protección durante la fumigación.'),
    ('es', 'Manipulaban ácidos sin la protección necesaria.'),
    ('es', 'Los peones debían comprarse sus propios guantes de protección.'),
    ('es', 'Vivían en una pieza precaria detrás del corral, con techo de chapa.'),
    ('es', 'Los costureros dormían en cuartos diminutos dentro del mismo galpón.'),
    ('es', 'Las piezas del campamento estaban en pésimo estado.'),
    ('es', 'Alojaban a las familias en cuartos de 3 por 4 metros.'),
    ('es', 'El capataz los metía a 12 en un solo cuarto.'),
    ('es', 'Había un baño para 60 trabajadores en todo el campamento.'),
    ('es', 'En la finca los baños no se podían usar porque estaban rotos.'),
    ('es', 'La comida era mala y llegaba fría, según los jornaleros.'),
    ('es', 'La comida se les racionaba según el rendimiento del día.'),
    ('es', 'Los marineros comían apenas arroz durante semanas.'),
    ('es', 'El agua que les daban en el tajo no era potable.'),
    ('es', 'El barco quedó sin víveres y sin combustible.'),
    ('es', 'La vivienda de los peones no tenía sanitarios ni acceso a agua potable.'),
    ('es', 'El galpón carecía de ventanas y de iluminación.'),
    ('es', 'El alojamiento no cumplía las condiciones mínimas de habitabilidad.'),
    ('es', 'El trabajador herido no ha recibido atención médica desde el accidente.'),
    ('es', 'Tardaron cuatro horas en llevarlo al hospital tras el corte.'),
    ('es', 'A las internas se les prohíbe ducharse en la casa.'),
    ('es', 'Los mineros descienden a pozos de 40 metros cada día.'),
    ('es', 'Trabajan expuestos a derrumbes y gases en los socavones.'),
    ('es', 'Los niños amalgaman el oro mezclando mercurio con las manos.'),
    ('es', 'Los recolectores pasan la jornada con medio cuerpo en el agua.'),
    ('es', 'Las condiciones laborales eran brutales según los pescadores rescatados.'),
    ('es', 'Los llevaban al campo en camiones de ganado.'),
    ('es', 'Los pastores dormían en una paridera junto a las ovejas.'),
    ('es', 'Los costureros vivían con sus familias en el mismo edificio del taller.'),
    ('es', 'Vivían peor que los perros, según relató uno de ellos.'),
    ('es', 'Ninguno de los asentamientos visitados dispone de agua potable.'),
    ('fr', 'Deux ouvriers sont morts faute de dispositifs de sécurité sur le chantier.'),
    ('fr', 'Sur ce chantier, la sécurité fait défaut depuis des mois.'),
    ('fr', "Les inspecteurs ont jugé les mesures de sécurité insuffisantes dans l'atelier."),
    ('fr', 'Ils manipulaient le ciment sans la moindre précaution.'),
    ('fr', 'Le bâtiment était occupé sans dispositif anti-incendie.'),
    ('fr', 'Ils creusaient dans une galerie sans étais ni échelle.'),
    ('fr', "Les ouvriers étaient logés dans un mobil-home dépourvu d'eau courante."),
    ('fr', "Aucun sanitaire n'était prévu pour le personnel de cuisine."),
    ('fr', "Beaucoup n'ont ni lit ni armoire dans le dortoir."),
    ('fr', "Les employées n'ont qu'un accès limité à la douche."),
    ('fr', 'Le tribunal a retenu un hébergement contraire à la dignité humaine.'),
    ('fr', 'Les vendangeurs vivaient dans des conditions scandaleuses.'),
    ('fr', 'Le logement était sordide et humide.'),
    ('fr', 'Les chambres étaient exiguës et sales.'),
    ('fr', "Les sanitaires non conformes ont été signalés par l'inspection."),
    ('fr', 'Ils vivaient dans des campements de fortune le long du canal.'),
    ('fr', "Les contrôleurs ont relevé une surpopulation manifeste dans l'hôtel."),
    ('fr', 'On comptait 40 occupants pour 12 chambres.'),
    ('fr', "Des matelas étaient posés dans les couloirs de l'hôtel."),
    ('fr', 'Elle était logée dans une petite pièce de la cave.'),
    ('fr', 'Les boulangers dormaient au sous-sol de la boutique.'),
    ('fr', 'Les marins décrivent une nourriture médiocre et insuffisante.'),
    ('fr', 'Les ouvriers du chantier étaient mal nourris.'),
    ('fr', 'Les repas étaient réduits à quelques morceaux de pain.'),
    ('fr', "Les ouvriers n'avaient que du riz pour toute la journée."),
    ('fr', 'Elle recevait seulement les restes du dîner.'),
    ('fr', "Elle ne mangeait qu'après la famille."),
    ('fr', 'La patronne lui interdisait de manger pendant deux jours.'),
    ('fr', "Au campement, l'eau est stagnante et sale."),
    ('fr', "Dans les galeries, l'oxygène manque au bout de quelques mètres."),
    ('fr', 'Ils travaillaient par 48 °C sans pause.'),
    ('fr', 'Les enfants descendent à plus de 50 mètres pour creuser.'),
    ('fr', 'Ils rampent dans un boyau étroit pendant des heures.'),
    ('fr', "Un ouvrier est tombé d'un échafaudage mardi."),
    ('fr', "Le patron l'a ramené chez lui au lieu d'appeler les secours."),
    ('fr', 'Il affirme ne pas avoir été soigné après sa blessure.'),
    ('fr', "Blessée, elle n'a reçu ni soins médicaux."),
    ('fr', "Le chef d'équipe a perdu un œil sur le chantier."),
    ('fr', 'Les fumigations se faisaient à proximité, exposant les ouvriers à des produits toxiques.'),
    ('fr', 'Les ouvrières voyagent serrées les unes contre les autres dans des camionnettes.'),
    ('fr', "Un pick-up bondé d'ouvrières s'est renversé."),
    ('fr', 'Elles sont transportées à 25 par pick-up.'),
    ('fr', "Certaines ouvrières finissent par s'évanouir dans les serres."),
    ('fr', 'Les murs de la chambre étaient couverts de salpêtre.'),
    ('fr', "Les logements ne respectaient pas les normes minimales d'hygiène."),
]

NOT_FINDINGS = [
    ('es', 'La construcción es un sector peligroso para los trabajadores del país.'),
    ('es', 'Todos los aplicadores llevaban equipo de protección completo durante la fumigación.'),
    ('es', 'La empresa imparte cursos sobre el uso de equipos de protección.'),
    ('es', 'Los campamentos visitados disponen de agua potable y duchas.'),
    ('es', 'Los mineros bajan al socavón cada mañana en turnos de ocho horas.'),
    ('es', 'Un cuarto de los trabajadores de la finca son mujeres.'),
    ('es', 'La pensión que cobra es miserable y no le alcanza para vivir.'),
    ('es', 'Se prohíbe comer en la zona de producción por razones de higiene.'),
    ('fr', 'Les logements respectaient les normes minimales.'),
    ('fr', "Il est interdit de manger dans l'atelier."),
    ('fr', 'Le travail forcé est par nature incompatible avec la dignité humaine.'),
    ('fr', "Les ouvriers blessés ont été soignés à l'hôpital le jour même."),
    ('fr', 'La formation porte sur les mesures de sécurité sur les chantiers.'),
    ('fr', "Les mesures prises par l'entreprise restent insuffisantes pour prévenir le travail forcé."),
    ('fr', "Les saisonniers disposent d'un accès libre à la douche et à la cuisine."),
]


@pytest.mark.parametrize("lang,text", FINDINGS)
def test_awlc15_findings(lang: str, text: str) -> None:
    assert counted(text, "abusive_working_living_conditions", lang)


@pytest.mark.parametrize("lang,text", NOT_FINDINGS)
def test_awlc15_near_misses(lang: str, text: str) -> None:
    assert not counted(text, "abusive_working_living_conditions", lang)
