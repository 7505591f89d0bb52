"""Spanish recall classes read in real reports (lexicons/patterns 2027.01, espar21).

Sentencias and notes of the Guardia Civil, Policía Nacional, PROTEX, RENATRE, SUNAFIL and the Spanish Labour
Inspectorate, and press on temporeros, manijeros, cuadrilleros, talleres textiles and trabajadoras del hogar
internas describe: hours over the legal limit ("las jornadas superaban el límite legal", "más de 60 horas
semanales"), weekly rest denied ("no libraba ningún día"), documents hidden or kept "en custodia", fees paid to the
manijero or cuadrillero or his cut of the pay, visits and calls prevented, debts that keep workers from leaving,
and vulnerability exploited. Each read as no finding, or as a rule ("le prohibieron todo contacto ... y la
mantenían encerrada": the locking was read as policy). Not the class: rules and codes, compliance statements
("cada trabajador conserva en su poder su documentación", "las nóminas se pagan en plazo"), a denial ("la empresa
no custodia los pasaportes", "ningún trabajador ha pagado comisiones"), the farmer paying his foreman, and
services open round the clock.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

DOCS = "retention_of_identity_documents"
FEES = "recruitment_fees"
DEBT = "debt_bondage"
OT = "excessive_overtime"
ROM = "restriction_of_movement"
ISO = "isolation"
AOV = "abuse_of_vulnerability"
THR = "intimidation_threats"
WAGES = "withholding_of_wages"

FINDINGS = [
    # the locking after "le prohibieron ..." is what was done, not a rule
    ("Le prohibieron hablar con los vecinos y la tenían encerrada en el piso.", ROM),
    ("Les prohibieron llamar a sus casas y los mantenían encerrados en el almacén.", ROM),
    # hours over the limit
    ("Las trabajadoras hacían más de 60 horas semanales en el invernadero.", OT),
    ("Las jornadas de los peones superaban el límite legal durante la cosecha.", OT),
    ("Los turnos excedían ampliamente el máximo legal de horas.", OT),
    ("Las jornadas sobrepasaban la jornada máxima legal casi todos los días.", OT),
    # weekly rest denied
    ("La interna no libraba nunca, ni siquiera los domingos.", OT),
    ("Los camareros no disfrutaron de descanso semanal durante toda la temporada.", OT),
    ("En la nave no se respetaba el descanso semanal de la plantilla.", OT),
    ("En cuatro meses la cuidadora apenas había librado.", OT),
    ("Cuidaba al anciano las 24 horas sin relevo.", OT),
    ("El peón trabajaba en el tambo sin días francos.", OT),
    ("La empleada no tenía días francos desde que entró en la casa.", OT),
    ("El patrón no les daba el día de descanso semanal.", OT),
    # documents hidden or kept in custody
    ("El dueño le escondió el pasaporte nada más llegar.", DOCS),
    ("Los DNI de los costureros fueron escondidos por la tallerista.", DOCS),
    ("La dirección custodia los pasaportes de los temporeros.", DOCS),
    ("El encargado mantenía en custodia la documentación de los jornaleros.", DOCS),
    ("Las trabajadoras no tenían acceso a sus pasaportes.", DOCS),
    ("No podían recuperar su documentación sin el visto bueno del patrón.", DOCS),
    ("Para recuperar su pasaporte tenían que pedir permiso al capataz.", DOCS),
    ("Le quitaron la credencial al llegar y nunca se la regresaron.", DOCS),
    ("La agencia tenía en su poder los pasaportes de las internas.", DOCS),
    ("Los pasaportes de las temporeras estaban en posesión del manijero.", DOCS),
    ("El capataz se hizo cargo de los documentos de la cuadrilla al llegar.", DOCS),
    ("El patrón del pesquero retenía las libretas de embarque de la tripulación.", DOCS),
    # fees to the manijero, cuadrillero or listero, and his cut
    ("Cada temporera pagaba 200 euros al manijero para que la llevara a la finca.", FEES),
    ("Tenían que pagar al cuadrillero 15 euros por cada jornada conseguida.", FEES),
    ("El listero les cobraba 40 euros por meterlos en la cuadrilla.", FEES),
    ("Los cuadrilleros cobraban a los jornaleros el viaje desde el norte.", FEES),
    ("Los intermediarios se quedaban con un porcentaje del jornal de cada peón.", FEES),
    ("El enganchador les descontaba 80 pesos diarios para cobrarse el pasaje.", FEES),
    ("Al llegar les pidieron más dinero para regularizar sus papeles.", FEES),
    # debts that keep them
    ("Les dijeron que no podrían marcharse hasta que pagaran el billete.", DEBT),
    ("No podían irse de la casa sin saldar antes la deuda del viaje.", DEBT),
    # visits and calls prevented, not knowing where they were
    ("La señora no permitía que su hermana la visitara.", ISO),
    ("Los encargados impedían que las familias los llamaran.", ISO),
    ("Las temporeras desconocían la ubicación de la finca.", ISO),
    ("No sabían en qué pueblo estaban ni quién les pagaba.", ISO),
    ("La señora le revisaba el móvil y le controlaba los mensajes.", ISO),
    ("Vivían en un cortijo a 20 kilómetros del pueblo, sin ningún medio de transporte.", ISO),
    ("Los vigilantes les impedían la salida de la finca.", ROM),
    ("El matrimonio retenía a la empleada en la casa contra su voluntad.", ROM),
    ("Pasaron meses en el barco sin posibilidad de desembarcar en puerto.", ISO),
    # vulnerability exploited, threats
    ("La joven dependía por completo de sus captores.", AOV),
    ("Eran migrantes sin recursos, lo que los acusados aprovecharon para pagarles menos.", AOV),
    ("Era analfabeto y le obligaron a firmar unos papeles que no entendía.", AOV),
    ("La empleadora decía tener contactos en la policía para que la detuvieran.", THR),
]

NOT_FINDINGS = [
    # rules, compliance statements and denials
    ("Las horas de trabajo no deben superar el límite legal.", OT),
    ("La jornada máxima legal es de 40 horas semanales.", OT),
    ("El servicio de urgencias atiende 24 horas sin relevo de turno.", OT),
    ("La empresa no custodia los pasaportes de los trabajadores.", DOCS),
    ("El empleador no guarda ningún documento original de la plantilla.", DOCS),
    ("Cada trabajador es responsable de la custodia de su propio pasaporte.", DOCS),
    ("Todos los trabajadores conservan en su poder su documentación.", DOCS),
    ("Los empleados pueden retirar su pasaporte de la caja fuerte cuando lo necesiten.", DOCS),
    ("Ningún trabajador ha pagado comisiones de contratación.", FEES),
    ("Los pasaportes están en poder de sus titulares.", DOCS),
    ("El empleador no pide ni guarda los pasaportes de los temporeros.", DOCS),
    ("El agricultor pagaba 40 euros al manijero por cada jornalero.", FEES),
    ("La empresa abonó 1.800 euros al capataz en concepto de salario.", FEES),
    ("El capataz cobraba 1.500 euros al mes.", FEES),
    ("Nadie puede entrar ni salir de la planta sin tarjeta de acceso.", ROM),
    ("La empresa controla las llamadas del servicio de atención al cliente.", ISO),
    ("La economía del pueblo depende por completo de la empresa.", AOV),
    ("La cooperativa da clases a los jornaleros analfabetos para que puedan firmar sus contratos.", AOV),
]

COMPLIANT = [
    ("Las nóminas se pagan siempre en plazo.", WAGES),
    ("Los salarios se abonan sin retrasos cada mes.", WAGES),
    ("Todos los trabajadores conservan en su poder su documentación.", DOCS),
    ("Los empleados pueden retirar su pasaporte de la caja fuerte cuando lo necesiten.", DOCS),
]

NEGATED = [
    ("El empleador no pide ni guarda los pasaportes de los temporeros.", DOCS),
    ("La empresa no custodia los pasaportes de los trabajadores.", DOCS),
    ("Ningún trabajador ha pagado comisiones de contratación.", FEES),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_spanish_report_wording_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "es")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_rules_compliance_and_other_payers_are_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "es")


@pytest.mark.parametrize(("text", "indicator"), COMPLIANT)
def test_compliance_statements_are_absent(text: str, indicator: str) -> None:
    assert rule_polarities(text, indicator, "es") == {"compliant"}


@pytest.mark.parametrize(("text", "indicator"), NEGATED)
def test_denials_are_negated(text: str, indicator: str) -> None:
    assert "negated" in rule_polarities(text, indicator, "es")
    assert indicator not in rule_findings(text, "es")
