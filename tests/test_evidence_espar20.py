"""Spanish concept gaps closed in lexicons/patterns/es.yaml (2026.12.31, espar20).

Read in Spanish-language reports: labour-trafficking rulings (domestic servitude in Colombia), raids on garment
workshops (Argentina, Bolivia, São Paulo), rescues on farms in Argentina and Mexico, police operations on farms in
Murcia and Huelva, fishing and mining press. Each phrasing below gave no evidence, or the wrong polarity, before:
locked in "bajo llave" in the passive, guarded day and night or by armed men, tied to a bed, permission needed to
leave the farm; contact forbidden or prevented, not knowing where they were, nobody to turn to, far from any town;
pay that arrived late or never, part of the pay deducted, taken or pocketed, "hace tres meses que no cobramos";
paying so that "la contrataran", a fee to join the crew; the ID "se la quedaba"; never finishing paying "lo que
debían", a circle of debt; whipped, boiling water, forced into prostitution; fear of the boss, a knife to the throat;
not in a position to refuse, total dependence; blank papers signed, conditions changed on arrival; no time to
sleep, never a day off; kept working while injured, sleeping in a stable; a parent sending a daughter to work.

Not the class (near misses): a judge forbidding contact with the victims, passports kept "bajo llave" in a safe,
security guards watching premises, pay that arrives on time, unpaid social-security contributions, a manager
taking a cooperative's profits, "no había ningún trabajo infantil", a rule ("Queda prohibido"), a risk ("riesgo de"),
a farm that pays the crew boss.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

ROM = "restriction_of_movement"
ISO = "isolation"
WAGES = "withholding_of_wages"
FEES = "recruitment_fees"
DOCS = "retention_of_identity_documents"
DEBT = "debt_bondage"
VIOL = "physical_sexual_violence"
THREAT = "intimidation_threats"
AOV = "abuse_of_vulnerability"
DEC = "deception"
OT = "excessive_overtime"
AWLC = "abusive_working_living_conditions"
CHILD = "child_labour"

FINDINGS = [
    (ROM, "Según la sentencia, la joven era dejada cada mañana bajo llave mientras la familia salía."),
    (ROM, "Cuando pidió volver a su pueblo, la patrona se negaba a dejarla marcharse."),
    (ROM, "Contaron a los fiscales que no podían ir a ningún lado sin el encargado."),
    (ROM, "Los costureros dijeron que no había forma de escaparse del taller."),
    (ROM, "Los tripulantes estaban custodiados todo el tiempo por el contramaestre."),
    (ROM, "Los peones estaban vigilados las 24 horas por gente del patrón."),
    (ROM, "Decían que los de seguridad los custodiaban y llevaban escopetas."),
    (ROM, "La empleada fue hallada atada a una silla en la cocina de la vivienda."),
    (ROM, "Para salir de la estancia necesitaban el permiso del capataz."),
    (ROM, "En todo el verano no nos dejaban ni ir al pueblo a comprar pan."),
    (ISO, "Durante meses se le impidió todo contacto con su madre y sus hermanos."),
    (ISO, "A la muchacha le prohibieron cualquier llamada con su familia en Mitú."),
    (ISO, "Las jornaleras declararon que no sabían dónde se encontraban ni cómo volver."),
    (ISO, "La trabajadora interna no tenía a quién recurrir en la ciudad."),
    (ISO, "Los tripulantes casi nunca bajaban a tierra en dos años de marea."),
    (ISO, "El campamento quedaba a tres horas de cualquier poblado, sin acceso a transporte."),
    (ISO, "La patrona no nos dejaba llamar por el celular a la familia, contó una de ellas."),
    (WAGES, "En la finca de ajos los pagos llegaban retrasados por semanas."),
    (WAGES, "El contratista incumplía con los pagos desde el inicio de la cosecha."),
    (WAGES, "El tallerista les descontaba la mitad de la remuneración con distintas excusas."),
    (WAGES, "El jefe de cuadrilla se quedaba con una parte del jornal de cada peón."),
    (WAGES, "La red se apoderaba de buena parte de los jornales de las temporeras."),
    (WAGES, "Los jornaleros contaron que hace tres meses que no cobran."),
    (WAGES, "A los recolectores les pagaban menos horas de las que trabajaban."),
    (WAGES, "Les hacían la vida imposible para que renunciaran y no tener que pagarles."),
    (WAGES, "El capataz se fue con la plata de toda la cuadrilla al terminar la zafra."),
    (WAGES, "A mí me pagaron solo la mitad de lo trabajado en la temporada."),
    (FEES, "Una temporera contó que tuvo que pagar para que la contrataran en la finca."),
    (FEES, "Cada peón debía dar una cuota para entrar en la cuadrilla del puntero."),
    (DOCS, "El puntero se llevó el DNI de cada peón y se lo quedó toda la campaña."),
    (DOCS, "La agencia pide a las trabajadoras el pasaporte para quedárselo mientras dure el contrato."),
    (DOCS, "Entregaban su pasaporte a la empresa al llegar y no lo recuperaban hasta marcharse."),
    (DEBT, "Los trabajadores del horno nunca terminaban de pagar lo que debían al dueño."),
    (DEBT, "Las costureras quedaron atrapadas en un círculo de deudas con el tallerista."),
    (DEBT, "Cada semana el encargado anotaba lo que debían por la comida y el alquiler."),
    (DEBT, "Mientras no pagues lo que debes no te vas, le repetía el patrón al peón."),
    (VIOL, "La niñera contó que fue azotada con un cable por el dueño de la casa."),
    (VIOL, "Según la denuncia, le echaron agua hirviendo en el brazo por romper un plato."),
    (VIOL, "Según la fiscal, el tallerista obligaba a dos costureras a prostituirse los sábados."),
    (THREAT, "Los peones dijeron que tenían miedo del capataz y de sus hombres."),
    (THREAT, "El capataz le puso un cuchillo en el cuello delante de toda la cuadrilla."),
    (THREAT, "A la costurera la presionaron para que firmara la renuncia sin cobrar."),
    (AOV, "Las víctimas explicaron que no estaban en condiciones de negarse a nada."),
    (AOV, "Sin papeles ni idioma, dependían completamente del intermediario."),
    (DEC, "A los trabajadores les hicieron firmar papeles en blanco antes del viaje."),
    (DEC, "A los temporeros les cambiaron las condiciones al llegar a la finca de Lepe."),
    (DEC, "Las costureras dijeron que no recibieron nada de lo prometido en Bolivia."),
    (DEC, "Cuando llegaron a Buenos Aires no había ningún trabajo en la fábrica."),
    (OT, "Las internas contaron que no tenían tiempo para dormir en plena temporada."),
    (OT, "En los seis meses a bordo nunca tuvimos un día libre, según un marinero."),
    (OT, "En el taller se trabajaba incluso los domingos y festivos."),
    (AWLC, "El patrón le obligó a seguir trabajando en vez de buscar atención médica para su ojo."),
    (AWLC, "Los trabajadores golondrina dormían en una caballeriza junto a los animales."),
    (CHILD, "La madre mandaba a su hija a trabajar a la ladrillera desde el amanecer."),
]

NOT_FINDINGS = [
    (ISO, "La jueza dictó medidas cautelares y le prohibió todo contacto con las víctimas."),
    (ISO, "Los inspectores preguntaron si sabían dónde estaban sus pasaportes y dijeron que sí."),
    (ROM, "Los pasaportes estaban guardados bajo llave en una caja fuerte a la que cada uno tenía acceso."),
    (ROM, "Las instalaciones están vigiladas las 24 horas por seguridad privada para evitar robos."),
    (ROM, "Queda prohibido mantener a las trabajadoras bajo llave o atadas a cualquier objeto."),
    (WAGES, "El salario llegaba puntualmente cada quincena a la cuenta de los trabajadores."),
    (WAGES, "El trabajador fue con el dinero al banco para enviarlo a su familia."),
    (FEES, "La empresa paga al cuadrillero una comisión por cada trabajador que recluta."),
    (DEBT, "Existe riesgo de que los jornaleros caigan en un círculo de deudas durante la temporada."),
    (THREAT, "Los trabajadores dijeron que no tenían miedo del encargado y que podían quejarse."),
    (WAGES, "La empresa incumplía con el pago de las cotizaciones a la Seguridad Social."),
    (WAGES, "El gerente se apropiaba de las ganancias de la cooperativa."),
    (DEC, "En la zona no había ningún trabajo infantil, según la inspección."),
]


@pytest.mark.parametrize(("indicator", "text"), FINDINGS)
def test_spanish_gap_is_a_finding(indicator: str, text: str) -> None:
    assert indicator in rule_findings(text, "es")


@pytest.mark.parametrize(("indicator", "text"), NOT_FINDINGS)
def test_spanish_near_miss_is_no_finding(indicator: str, text: str) -> None:
    assert indicator not in rule_findings(text, "es")
