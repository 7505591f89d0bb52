"""Spanish and French error classes fixed in round ev_esfr2 (lexicons 2026.12.3): corrective-action paragraphs
closed two lines later, working spans in words, late pay, fees for a post or paid to a recruiter, no phone
signal and hours from the nearest village, debts never paid off, "tenían prohibido salir", threats not to pay,
children who no longer go to school, and "mineurs" who are miners.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _asserted(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings (the sentence model's lower "possible" band does not count)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and getattr(e, "confidence", "finding") == "finding"}


FOUND = [
    ("es", "Los peones trabajaban desde las cuatro de la madrugada hasta las once de la noche.", "excessive_overtime"),
    ("fr", "Les cueilleurs travaillaient de quatre heures du matin à onze heures du soir.", "excessive_overtime"),
    ("es", "Los sueldos de los operarios se pagan con atrasos de seis semanas.", "withholding_of_wages"),
    ("es", "El patrón se negó a pagarles lo que les debía de la temporada.", "withholding_of_wages"),
    ("es", "Las trabajadoras denunciaron cobros por la plaza de 300 euros cada una.", "recruitment_fees"),
    ("es", "Para viajar al norte tuvieron que pagar 150 dólares al enganchador del pueblo.", "recruitment_fees"),
    ("es", "En el aserradero no hay señal y el poblado más cercano queda a cinco horas de camino.", "isolation"),
    ("es", "Los cortadores estaban a dos días de camino de la ciudad más próxima.", "isolation"),
    ("es", "Les cobraban el alojamiento y nunca lograban saldar la deuda con el patrón.", "debt_bondage"),
    ("fr", "Avec le loyer retenu sur la paie, elles ne pouvaient jamais rembourser leur dette.", "debt_bondage"),
    ("es", "Las empleadas tenían prohibido salir de la casa sin la señora.", "restriction_of_movement"),
    ("es", "Si se quejaban, el capataz decía que no les iba a pagar la quincena.", "intimidation_threats"),
    ("fr", "Des mineurs de 14 ans n'allaient plus à l'école et travaillaient au tamisage.", "child_labour"),
    # round 2: start and end times, pay months late, no way to contact, kept from leaving, shoving, fee demanded
    ("es", "Los cortadores entraban a trabajar a las 5 y salían a las 20 horas.", "excessive_overtime"),
    ("fr", "Le travail des ouvrières commençait à 6 heures et se terminait à 22 heures.", "excessive_overtime"),
    ("es", "Los sueldos de febrero se pagaron a finales de abril.", "withholding_of_wages"),
    ("fr", "Les paies sont versées avec trois semaines de retard.", "withholding_of_wages"),
    ("es", "Las horas extras no se les abonaban a los temporeros.", "withholding_of_wages"),
    ("es", "Las internas no tenían manera de contactar con nadie fuera de la casa.", "isolation"),
    ("es", "El capataz impedía que las trabajadoras abandonaran la finca.", "restriction_of_movement"),
    ("fr", "Les vigiles empêchaient les saisonniers de sortir de l'exploitation.", "restriction_of_movement"),
    ("es", "Los encargados empujaban a los operarios cuando iban lentos.", "physical_sexual_violence"),
    ("fr", "L'intermédiaire leur demandait 500 euros pour un contrat de six mois.", "recruitment_fees"),
    ("es", "El enganchador les pedía 300 dólares por cabeza.", "recruitment_fees"),
    # round 3: locked in from outside, no visitors, deductions above a share of pay, months of pay held back,
    # never paid, commissions taken by agencies
    ("es", "Cerraban el dormitorio con un candado durante la noche.", "restriction_of_movement"),
    ("fr", "Le soir, le contremaître verrouillait le baraquement de l'extérieur.", "restriction_of_movement"),
    ("es", "Las empleadas internas no podían recibir visitas de sus familiares.", "restriction_of_movement"),
    ("fr", "Les saisonnières n'avaient pas le droit de recevoir des visites au foyer.", "restriction_of_movement"),
    ("es", "Las deducciones por comida y cama se llevaban la mitad del sueldo.", "withholding_of_wages"),
    ("fr", "Les prélèvements pour le transport atteignaient le tiers du salaire.", "withholding_of_wages"),
    ("es", "La empresa retenía tres meses de salario a cada trabajador.", "withholding_of_wages"),
    ("fr", "L'employeur retenait deux mois de salaire jusqu'à la fin de la saison.", "withholding_of_wages"),
    ("fr", "Le travail du dimanche n'était jamais payé.", "withholding_of_wages"),
    ("fr", "Des frais de 600 euros étaient exigés par les intermédiaires au départ.", "recruitment_fees"),
    # a status line that closes something else two lines later does not close an open finding
    ("es", "Hallazgo: las horas extra no se pagan desde enero. Acción: pagar los atrasos. Estado: pendiente.",
     "withholding_of_wages"),
]

NOT_ASSERTED = [
    ("es", "NC 2: jornadas de 13 horas en el área de empaque. Acción: contratar un segundo turno. "
           "Estado: cerrada el 04/05.", "excessive_overtime"),
    ("fr", "NC : deux passeports gardés par le chef de site. Action corrective : restitution et registre signé. "
           "Statut : clôturée le 12/01/2026.", "retention_of_identity_documents"),
    ("fr", "Les mineurs artisanaux creusent des puits de vingt mètres sans protection.", "child_labour"),
    ("fr", "Les mineurs de cobalt transportent le minerai sur leur dos.", "child_labour"),
    ("es", "El horario de la oficina es de nueve de la mañana a cinco de la tarde.", "excessive_overtime"),
    ("fr", "Le travail commence à 8 heures et se termine à 17 heures.", "excessive_overtime"),
    ("fr", "NC 4 : retards de paiement des salaires. Action : calendrier de paie. Statut : clôturé le 3 mars.",
     "withholding_of_wages"),
    ("es", "La empresa paga el transporte y ningún trabajador paga al reclutador.", "recruitment_fees"),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_is_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_ASSERTED)
def test_class_is_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)
