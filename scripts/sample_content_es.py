"""Spanish finding sentences for the sample audit reports (written for this project).

Same structure and placeholders as ``sample_content_en``.
"""
from __future__ import annotations

FINDINGS: dict[str, dict[str, list[str]]] = {
    "retention_of_identity_documents": {
        "asserted": [
            "[farm] El contratista conserva los documentos de identidad de los cortadores durante toda la zafra.",
            "{el_trabajador} {worker} declaró que el encargado guarda su pasaporte (pasaporte n.º {passport}) desde que llegó en {month}.",
        ],
        "hedged": ["Algunos trabajadores parecían no saber dónde se encontraban sus cédulas de identidad."],
        "negated": ["No se encontró evidencia de retención de documentos de identidad; todos los entrevistados tenían su cédula."],
        "remediated": ["Los documentos de identidad fueron devueltos a todos los trabajadores en {month} de {year} y se instalaron casilleros personales."],
        "policy": ["La política de la empresa prohíbe retener pasaportes o documentos de identidad del personal."],
    },
    "recruitment_fees": {
        "asserted": [
            "Los trabajadores pagaron al enganchador el equivalente a dos semanas de salario para obtener el puesto.",
            "{el_trabajador} {worker} indicó que pagó {fee} a un intermediario por el transporte y la 'inscripción'.",
        ],
        "hedged": ["Es posible que algunos trabajadores hayan pagado una cuota al reclutador, aunque no se pudo confirmar el monto."],
        "negated": ["Ningún trabajador entrevistado reportó haber pagado comisiones de contratación."],
        "remediated": ["La empresa reembolsó en {year} las cuotas de contratación cobradas por el intermediario a 64 trabajadores."],
        "policy": ["La política de contratación establece que ningún trabajador debe pagar por obtener su empleo."],
    },
    "debt_bondage": {
        "asserted": [
            "[farm] Los trabajadores deben en la tienda de la finca y el saldo se descuenta de su salario cada quincena, sin que la deuda disminuya.",
            "Los trabajadores pagan con descuentos quincenales un préstamo del contratista y no pueden renunciar hasta saldarlo.",
        ],
        "hedged": ["Algunos trabajadores parecían estar endeudados con el capataz, aunque no lo afirmaron de forma directa."],
        "negated": ["No se identificaron préstamos ni anticipos descontados de la nómina."],
        "remediated": ["Las deudas pendientes de los trabajadores con la tienda de la finca fueron condonadas en {month} de {year}."],
        "policy": ["La empresa no otorga préstamos que se descuenten del salario, según su política salarial."],
    },
    "withholding_of_wages": {
        "asserted": [
            "[farm] El salario se paga solo al final de la cosecha y la empresa retiene el 15% como 'fondo de garantía'.",
            "Los salarios de {month} no se habían pagado al momento de la auditoría.",
        ],
        "hedged": ["Algunos trabajadores no estaban seguros de si les habían retenido parte del pago."],
        "negated": ["Los salarios se pagaron puntualmente por transferencia y no se encontraron descuentos indebidos."],
        "remediated": ["Los salarios atrasados fueron pagados a todo el personal en {month} de {year}."],
        "policy": ["La política salarial exige el pago completo y puntual de los salarios cada quincena."],
    },
    "excessive_overtime": {
        "asserted": [
            "Durante la temporada alta los empacadores trabajan jornadas de 15 horas, siete días a la semana.",
            "Los registros de asistencia muestran 78 horas semanales en el área de selección durante {month}.",
        ],
        "hedged": ["Al parecer, en temporada alta las jornadas se extienden más allá del límite legal."],
        "negated": ["No se identificaron horas extras excesivas en los registros revisados."],
        "remediated": ["Desde {month} de {year} la jornada se limita a 60 horas semanales, lo que confirman los registros."],
        "policy": ["El reglamento interno limita la jornada total a 60 horas semanales con un día de descanso."],
    },
    "restriction_of_movement": {
        "asserted": [
            "[farm] Los trabajadores alojados en el campamento necesitan permiso del capataz para salir los domingos.",
            "El portón del albergue se cierra con candado por la noche y solo el vigilante tiene la llave.",
        ],
        "hedged": ["Algunos trabajadores insinuaron que no se les permite salir del campamento sin avisar."],
        "negated": ["Los trabajadores pueden salir libremente del albergue fuera del horario de trabajo."],
        "remediated": ["Se eliminó el toque de queda del albergue en {month} de {year}."],
        "policy": ["La empresa garantiza la libertad de movimiento del personal fuera de la jornada laboral."],
    },
    "isolation": {
        "asserted": ["Los supervisores guardan los teléfonos celulares de los trabajadores de lunes a sábado.",
                     "[farm] La finca está a cuatro horas del pueblo más cercano y los jornaleros no tienen transporte ni señal telefónica."],
        "hedged": ["Es posible que los trabajadores tengan poco contacto con sus familias durante la temporada."],
        "negated": ["Los trabajadores conservan sus teléfonos móviles y el albergue cuenta con acceso a internet."],
        "remediated": ["En {year} se instaló una antena y un teléfono comunitario en el campamento."],
        "policy": ["La política de la empresa permite a los trabajadores conservar sus teléfonos en todo momento."],
    },
    "physical_sexual_violence": {
        "asserted": ["Dos trabajadoras denunciaron que un capataz las acosó sexualmente en el área de empaque."],
        "hedged": ["Algunas trabajadoras parecían incómodas al hablar del trato de los supervisores."],
        "negated": ["Ningún trabajador reportó golpes, acoso sexual ni violencia física."],
        "remediated": ["El capataz denunciado fue despedido en {month} de {year} y la trabajadora recibió apoyo psicológico."],
        "policy": ["La política contra el acoso prohíbe toda forma de violencia física, verbal o sexual."],
    },
    "intimidation_threats": {
        "asserted": ["Los trabajadores dijeron que el capataz amenaza con no pagar la quincena a quien se queje."],
        "hedged": ["Varios entrevistados parecían temer represalias por hablar con los auditores."],
        "negated": ["Los trabajadores no reportaron amenazas ni intimidación por parte de la gerencia."],
        "remediated": ["Se creó una línea de denuncia anónima en {month} de {year} tras las quejas por amenazas."],
        "policy": ["El reglamento prohíbe cualquier represalia contra los trabajadores que presenten una queja."],
    },
    "deception": {
        "asserted": ["Al reclutarlos se les prometió un salario de 3.000 pesos semanales, pero reciben cerca de la mitad."],
        "hedged": ["Es posible que los trabajadores no conocieran los descuentos por alojamiento antes de ser contratados."],
        "negated": ["Las condiciones del contrato coinciden con lo ofrecido durante el reclutamiento."],
        "remediated": ["En {year} se entregaron nuevos contratos en español y en idioma q'eqchi' con el salario prometido."],
        "policy": ["La política exige que las ofertas de empleo indiquen el salario y el lugar de trabajo reales."],
    },
    "abuse_of_vulnerability": {
        "asserted": ["El contratista aprovecha la situación migratoria irregular de los jornaleros para pagarles menos del salario mínimo."],
        "hedged": ["Algunos trabajadores parecían no tener permiso de trabajo y podrían temer denunciar abusos."],
        "negated": ["Todos los trabajadores migrantes cuentan con permiso de trabajo vigente."],
        "remediated": ["La empresa financió en {year} la regularización migratoria de 30 trabajadores."],
        "policy": ["La empresa cuenta con una política de protección de trabajadores migrantes e indígenas."],
    },
    "abusive_working_living_conditions": {
        "asserted": ["Los jornaleros duermen en galeras sin ventanas, con un solo baño para 80 personas y sin agua potable."],
        "hedged": ["El albergue podría estar sobreocupado, ya que solo se permitió visitar una de las galeras."],
        "negated": ["El albergue estaba limpio, ventilado y dentro de la ocupación permitida."],
        "remediated": ["En {month} de {year} se inauguraron nuevas viviendas con baños y agua potable."],
        "policy": ["La norma de alojamiento exige camas individuales y agua potable para todos los residentes."],
    },
    "child_labour": {
        "asserted": [
            "[farm] Se observaron niños de entre 11 y 14 años cosechando en los surcos junto a sus padres.",
            "{el_trabajador} {worker}, de 15 años, declaró que trabaja en el empaque durante las vacaciones escolares y también en época de clases.",
        ],
        "hedged": ["Algunos trabajadores parecían menores de 15 años, pero no se encontraron documentos de edad."],
        "negated": ["No se encontró trabajo infantil durante la visita."],
        "remediated": ["Los tres menores identificados en la auditoría anterior fueron retirados del trabajo y matriculados en la escuela en {year}."],
        "policy": ["La política de la empresa prohíbe la contratación de menores de 18 años."],
    },
}

MIXED: list[tuple[str, list[tuple[str, str]]]] = [
    ("No se cobran comisiones de contratación, pero varios trabajadores indicaron que el contratista guarda sus cédulas.",
     [("recruitment_fees", "negated"), ("retention_of_identity_documents", "asserted")]),
    ("Aunque ya no hay trabajo infantil en las fincas, los cortadores siguen trabajando 14 horas diarias en zafra.",
     [("child_labour", "remediated"), ("excessive_overtime", "asserted")]),
]
