"""Withheld pay and abusive living and working conditions read as evidence (lexicons 2027.01, wagecond22).

The two indicators with the most missed findings in the corpus train and dev split. Reports on farmworker housing, heat
deaths in the fields and vineyards, gangmasters and labour-hire agencies (English, Spanish and French press, union and NGO
material) describe board, beds, vans and tools taken out of the pay, hours worked that the payslip leaves out, a cut of the
pay kept by a middleman, final pay lost; work under a burning sun or above 40 degrees, people sleeping in garages, depots,
cold stores or on deck, rooms shared by ten, washing with a hose, a toilet in the woods, spoiled food. Near-misses: lawful
deductions (tax, social security), housing described as adequate, protective gear provided, shade and water given, normal
weather talk and a worker who keeps the whole of a sum.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

W = "withholding_of_wages"
C = "abusive_working_living_conditions"

FINDINGS = [
    # pay: board, rent, tools taken from it
    ("en", "Every fortnight the contractor deducted 200 dollars from each picker's pay for the bunks.", W),
    ("en", "The rent for the caravan came straight out of their wages.", W),
    ("en", "The gangmaster docked the cost of the gloves and the bus from the men's earnings.", W),
    ("en", "The cleaners had to buy their own work equipment.", W),
    ("en", "The tree planters were charged rent for the trailers they slept in.", W),
    ("en", "Out of her pay she had to cover the room and the meals.", W),
    # pay: hours left out, a cut kept, final pay lost
    ("en", "He worked 70 hours that week and was paid for 40.", W),
    ("en", "Her payslips showed fewer hours than she had actually worked.", W),
    ("en", "Whole shifts had been wiped from the time sheets before the wages were calculated.", W),
    ("en", "The foreman pays the boys only after keeping 25 percent of it.", W),
    ("en", "She was sent home without her gratuity.", W),
    ("en", "The employer held back their final paychecks.", W),
    ("en", "Overtime was paid at the normal hourly rate.", W),
    ("es", "Las horas extra se pagaban como horas normales.", W),
    ("es", "La empresa se quedó con el finiquito de los trabajadores.", W),
    ("fr", "Les heures supplémentaires étaient payées au taux normal.", W),
    ("es", "A cada recolector le restaban 5 euros diarios por el transporte a la finca.", W),
    ("es", "La comida y el alojamiento se les descontaban de la nómina sin explicación.", W),
    ("es", "Los guantes y las botas los tenían que comprar ellos.", W),
    ("es", "El capataz les cobraba 60 euros por el colchón.", W),
    ("es", "Las camareras denuncian que las nóminas no reflejan las horas que hacen.", W),
    ("es", "El encargado les pagaba a medias y siempre tarde.", W),
    ("es", "Los titulares de las cuentas se quedan con el 35% de lo que ganan los repartidores.", W),
    ("fr", "Sur chaque paie, le chef d'équipe retire 10 euros pour le logement.", W),
    ("fr", "Les ouvriers faisaient 55 heures par semaine mais étaient payés sur la base de 35 heures.", W),
    ("fr", "L'intermédiaire en prélève 3 000 sur chaque paie.", W),
    ("fr", "Les heures supplémentaires s'évaporent d'un mois à l'autre.", W),
    # conditions: heat and sun
    ("en", "The men cut cane under a blazing sun with no break until noon.", C),
    ("en", "They had no protection from the sun while they weeded the rows.", C),
    ("en", "The pickers worked in 44 degrees without a single break.", C),
    ("es", "Los jornaleros cortan la caña bajo un sol abrasador, sin sombra ni agua.", C),
    ("es", "Un jornalero murió de un golpe de calor bajo el sol de mediodía.", C),
    ("es", "En el invernadero la temperatura supera los 45 grados.", C),
    ("fr", "Les vendangeurs ont travaillé sous une chaleur écrasante, sans pause ni ombre.", C),
    ("fr", "Deux saisonniers sont morts sous un soleil de plomb.", C),
    ("fr", "Plusieurs ouvrières se sont évanouies à cause de la chaleur dans l'atelier.", C),
    # conditions: where people sleep, crowding, washing, toilets, food
    ("en", "The kitchen porters slept in a storage cupboard behind the bar.", C),
    ("en", "Twelve workers shared a room above the shop.", C),
    ("en", "They washed with a hose in the yard.", C),
    ("en", "The only toilet the crew had was the bushes behind the packing shed.", C),
    ("en", "The hostel was infested with cockroaches.", C),
    ("en", "The maid was fed rotten vegetables.", C),
    ("en", "His wounds were never treated.", C),
    ("en", "There was only one toilet for 80 workers.", C),
    ("en", "The tannery hands mixed the dyes with their bare hands.", C),
    ("en", "The boat had no life jackets.", C),
    ("es", "Los temporeros dormían en el garaje de la finca.", C),
    ("es", "Dormían sobre cartones en el suelo del almacén.", C),
    ("es", "Se duchaban con una manguera detrás del almacén.", C),
    ("es", "Les daban comida caducada.", C),
    ("fr", "Les saisonniers dormaient dans la camionnette du patron.", C),
    ("fr", "Les cueilleurs étaient logés à dix dans un mobil-home.", C),
    ("fr", "Elle partageait une chambre avec huit autres femmes.", C),
    ("fr", "Pour se laver, ils n'avaient qu'un seau d'eau froide.", C),
    ("fr", "On leur servait de la viande avariée.", C),
]

NOT_FINDINGS = [
    ("en", "Income tax and national insurance were deducted from the workers' pay as required by law.", W),
    ("en", "The employer provides the tools and the safety boots free of charge.", W),
    ("en", "The workers keep 100 percent of their tips.", W),
    ("en", "Hours recorded on the payslips matched the clock-in records for every worker sampled.", W),
    ("es", "Las retenciones del IRPF y la Seguridad Social se descuentan de la nómina.", W),
    ("es", "La empresa entrega gratis las tijeras y los guantes.", W),
    ("fr", "Les cotisations sociales sont prélevées sur le salaire brut.", W),
    ("en", "Shade tents and cool water were set up next to every row.", C),
    ("en", "The car-wash crew washed the vans with a hose.", C),
    ("fr", "Elle devait laver le sol de la cuisine avec un seau.", C),
    ("en", "The accommodation was clean, with two workers per room and working showers.", C),
    ("en", "Each picker was given a hat, sunscreen and gloves.", C),
    ("en", "The workers sleep in a heated dormitory with lockers for each bed.", C),
    ("es", "La finca instaló toldos y puntos de agua en todas las parcelas.", C),
    ("es", "Dos trabajadores comparten cada habitación, con baño propio.", C),
    ("fr", "Chaque saisonnier dispose d'une chambre individuelle avec douche.", C),
    ("fr", "Les équipements de protection sont fournis et renouvelés chaque mois.", C),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FINDINGS)
def test_report_wording_is_a_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FINDINGS)
def test_lawful_or_adequate_is_no_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)
