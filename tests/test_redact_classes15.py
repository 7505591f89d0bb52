"""Classes of redaction errors found on blind set 15 (invented examples, with hard negatives)."""
from __future__ import annotations

import pytest
from redaction_helpers import found as _found


@pytest.mark.parametrize("text", [
    "Operator\tMon\tTue\tWed\tThu\tTotal\nK. Ramos\t9\t10\t10\t9\t38\nT. Huanca\t11\t10\t12\t0\t33",
    "Base\tJours\tNet\n64 500\t21\t70 120\n64 500\t0\t58 300",
    "Lote\tCajas\tKilos\n14\t220\t4 410\n15\t198\t3 960",
])
def test_table_cells_of_numbers_are_no_phone(text: str) -> None:
    assert _found(text, "phone") == []


@pytest.mark.parametrize("text,phone", [
    ("N.º\tNombre\tDNI\tTeléfono\n1\tROJAS PARI, Elmer\t40392817\t962 441 380\n", "962 441 380"),
    ("ID\tName\tSection\tMobile\nW-07\tRina\tPacking\t01722-381904\n", "01722-381904"),
    ("Nom\tTéléphone\nKonan\t+225 07 48 21 90 33\n", "+225 07 48 21 90 33"),
])
def test_phone_in_its_own_cell_is_still_found(text: str, phone: str) -> None:
    assert phone in _found(text, "phone")


def test_phone_written_with_spaces_in_prose_is_still_found() -> None:
    text = "She gave her number, 0977 412 388, to the interviewer."
    assert _found(text, "phone") == ["0977 412 388"]


def _names(text: str) -> list[str]:
    return _found(text, "name")


@pytest.mark.parametrize("text,name", [
    ("Témoignage de Clémence (Kara, 22 ans) : « On travaillait la nuit. »", "Clémence"),
    ("Témoignage de Victoire (Bénin), ouvrière agricole.", "Victoire"),
    ("Testimonio de Rosa (Quito, 22 años): no le pagaban las horas extra.", "Rosa"),
    ("Testimony of Liberty (Monrovia, 31): she was never paid.", "Liberty"),
    ("Declaración de Dulce María: \"Trabajé desde los doce.\"", "Dulce María"),
])
def test_a_testimony_heading_names_its_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Madre de Dios (Perú) es una región minera.",
    "Témoignage de la direction (Abidjan) : rien à signaler.",
    "Statement of Work (SOW), annex 2.",
    "Entrevista de Salida (formato RH).",
    "Interview of Hope (2019), a documentary.",
])
def test_a_heading_of_no_person_stays(text: str) -> None:
    assert _names(text) == []


def test_declaration_heading_word_is_not_redacted_with_the_name() -> None:
    text = "Declaración de Dulce María: \"Trabajé desde los doce.\""
    assert not any("Declaración" in n for n in _names(text))


@pytest.mark.parametrize("text", [
    "N.B. the figures were reported by the factory.",
    "The supplier (Textiles Andinos S.A.) signed the plan.",
])
def test_listed_abbreviations_are_never_a_name(text: str) -> None:
    assert not any("." in n and len(n) <= 6 for n in _names(text))


@pytest.mark.parametrize("text", [
    "El taller queda en la calle Luis Viale, frente a la plaza.",
    "El comedor está en la avenida Víctor Larco Herrera, cerca del mercado.",
    "The dormitory is on the road Jalan Tun Razak, behind the mill.",
])
def test_a_street_named_after_a_person_stays(text: str) -> None:
    assert _names(text) == []


def test_a_person_after_a_street_is_still_found() -> None:
    text = "Vive en la avenida Pedro Montt con su hija Rosa Quispe, de 15 años."
    assert "Rosa Quispe" in _names(text)
