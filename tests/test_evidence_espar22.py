"""Spanish recall and polarity classes read in real reports (lexicons/patterns 2027.01, espar22).

Notas de la Guardia Civil, la Policía Nacional, la STPS mexicana, SUNAFIL y las subsecretarías de trabajo argentinas,
sentencias de Audiencias Provinciales (Castellón, Teruel, Zaragoza), prensa sobre enganchadores de jornaleros,
trabajadoras del hogar internas y talleres textiles, y textos sobre la tienda de raya, la habilitación-enganche y el
Código de Trabajo de Guatemala describe: the enganchador or fletero charging the trip ("les cobraba el traslado",
"exigían un pago por llevarlos"), a debt that never ends or is inherited, an advance that ties the peón to the patrón,
the employer refusing to put the worker on the phone, workers never told their pay, papers held or ransomed,
and workers hidden from the inspectors. Each read as no finding, or with the wrong
polarity ("ya no percibían salario" as a remediation, "No le permitían usar el teléfono." as a heading).
Not the class: the transport or trip at the employer's cost, a free transfer, free contact with the family, a
denial that anyone paid for the job, wage differences paid after the inspection (a remediation), the bare status of
workers found without papers, and a promise that the trip "era gratuito". Workers without papers hired or paid on those
terms were tried as abuse of vulnerability and left out: the validation sets do not label the status alone so.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings, rule_polarities

DOCS = "retention_of_identity_documents"
FEES = "recruitment_fees"
DEBT = "debt_bondage"
ISO = "isolation"
AOV = "abuse_of_vulnerability"
DEC = "deception"
WAGES = "withholding_of_wages"

FINDINGS = [
    # the broker charges the trip or a payment to carry them
    ("El enganchador les cobraba el traslado y se lo restaba de la raya semanal.", FEES),
    ("Los fleteros les exigían una cuota por llevarlos hasta los surcos.", FEES),
    ("Cada cortador debía pagar el billete de autobús al contratista.", FEES),
    ("Un gestor le quería cobrar por conseguirle la visa de temporada.", FEES),
    ("Pagaron por obtener el contrato de temporada en la finca.", FEES),
    ("Pidió dinero prestado para pagarle al reclutador el cupo en el autobús.", FEES),
    # debts that never end, are inherited, tie the worker
    ("La deuda con la tienda nunca terminaba de saldarse.", DEBT),
    ("Jamás lograban cancelar su deuda con el patrón.", DEBT),
    ("Las deudas de la familia se heredaban de padres a hijos en la hacienda.", DEBT),
    ("Con el anticipo quedaban atados al maderero hasta pagarlo.", DEBT),
    ("Al acabar la zafra debían más de lo que habían ganado.", DEBT),
    # calls refused, no phone, hidden from inspectors
    ("La dueña de la casa se negaba a pasarle el teléfono a su madre.", ISO),
    ("Los patrones no permitían que la muchacha hiciera llamadas a su pueblo.", ISO),
    ("No le permitían usar el teléfono.", ISO),
    ("La cuidadora no tenía móvil ni nadie a quien avisar.", ISO),
    ("Cada vez que venía la inspección, el encargado los hacía esconderse en el almacén.", ISO),
    ("A la niña no la dejaban jugar con otras niñas del barrio.", ISO),
    # never told the pay
    ("Nunca les explicaron cuánto iban a cobrar por cada caja.", DEC),
    ("Empezaron a trabajar sin saber qué salario tendrían.", DEC),
    ("Los peones desconocían el salario que iban a recibir.", DEC),
    # papers held or ransomed
    ("Para devolverles los pasaportes les pedía 300 euros a cada uno.", DOCS),
    ("El encargado tenía los documentos de las trabajadoras en su despacho.", DOCS),
    ("Las temporeras reclamaban recuperar sus pasaportes antes de volver a casa.", DOCS),
    # the wage stopped
    ("Con los descuentos de los préstamos ya no percibían salario alguno.", WAGES),
]

NOT_FINDINGS = [
    # costs borne by the employer, free transfers, promises
    ("El transporte hasta los campos corre a cargo de la empresa.", FEES),
    ("La empresa asume todos los gastos de viaje de los temporeros.", FEES),
    ("El traslado desde el albergue es gratuito para los jornaleros.", FEES),
    ("Les dijeron que el viaje era gratuito.", FEES),
    ("Ningún trabajador manifestó haber pagado por su contratación.", FEES),
    ("El viaje de vuelta corre por cuenta de la empresa contratante.", FEES),
    # free contact, debts paid off, other payers
    ("Los trabajadores pueden comunicarse con sus familias cuando lo deseen.", ISO),
    ("Todas las internas tienen libre acceso a sus teléfonos.", ISO),
    ("La deuda se saldó en tres meses.", DEBT),
    # remediation of wage differences
    ("La empresa abonó las diferencias salariales adeudadas tras la inspección.", WAGES),
    ("Las diferencias salariales fueron abonadas a toda la plantilla.", WAGES),
    # the bare status of workers found without papers, and services to them
    ("La inspección halló a siete empleados sin permiso de residencia.", AOV),
    ("El albergue atiende a migrantes indocumentados y les da comida.", AOV),
]

COMPLIANT = [
    ("El transporte hasta los campos corre a cargo de la empresa.", FEES),
    ("La empresa asume todos los gastos de viaje de los temporeros.", FEES),
    ("El traslado desde el albergue es gratuito para los jornaleros.", FEES),
    ("Los trabajadores pueden comunicarse con sus familias cuando lo deseen.", ISO),
    ("Todas las internas tienen libre acceso a sus teléfonos.", ISO),
]

REMEDIATED = [
    ("La empresa abonó las diferencias salariales adeudadas tras la inspección.", WAGES),
    ("Las diferencias salariales fueron abonadas a toda la plantilla.", WAGES),
]

NEGATED = [
    ("Ningún trabajador manifestó haber pagado por su contratación.", FEES),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_spanish_report_wording_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "es")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_costs_borne_free_contact_and_bare_status_are_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "es")


@pytest.mark.parametrize(("text", "indicator"), COMPLIANT)
def test_compliance_statements_are_absent(text: str, indicator: str) -> None:
    assert rule_polarities(text, indicator, "es") == {"compliant"}


@pytest.mark.parametrize(("text", "indicator"), REMEDIATED)
def test_wage_differences_paid_are_remediated(text: str, indicator: str) -> None:
    assert rule_polarities(text, indicator, "es") == {"remediated"}


@pytest.mark.parametrize(("text", "indicator"), NEGATED)
def test_denials_are_negated(text: str, indicator: str) -> None:
    assert "negated" in rule_polarities(text, indicator, "es")
    assert indicator not in rule_findings(text, "es")
