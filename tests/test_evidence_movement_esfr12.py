"""Spanish and French restriction of movement in forms the rules missed before patterns 2026.12.18."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

RM = "restriction_of_movement"


@pytest.mark.parametrize("text, lang", [
    ("La señora vigilaba cada uno de sus movimientos dentro y fuera de la casa.", "es"),
    ("Las costureras solo podían salir en grupo los domingos por la tarde.", "es"),
    ("Los mantenían dentro del recinto de la ladrillera durante toda la temporada.", "es"),
    ("Según la fiscalía, su libertad de movimiento estaba restringida por los capataces.", "es"),
    ("Les saisonniers étaient maintenus à l'intérieur de l'exploitation après le travail.", "fr"),
    ("Selon l'inspection, leur liberté de mouvement était restreinte par le gérant.", "fr"),
    ("Los encargados controlaban los movimientos de los trabajadores dentro y fuera del taller.", "es"),
    ("Les controlaban los movimientos día y noche con cámaras y capataces.", "es"),
])
def test_restriction_of_movement_in_these_forms_is_found(text: str, lang: str) -> None:
    assert counted(text, RM, lang)


@pytest.mark.parametrize("text, lang", [
    ("Su libertad de movimiento no estaba restringida, según las entrevistas.", "es"),
    ("Aucun travailleur n'était maintenu à l'intérieur du site après son poste.", "fr"),
    # stock control, not people (a false finding before 2026.12.18)
    ("La empresa controla los movimientos de mercancías en el almacén con un sistema informático.", "es"),
])
def test_denials_and_goods_are_not_findings(text: str, lang: str) -> None:
    assert not counted(text, RM, lang)
