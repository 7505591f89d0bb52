"""Classes of redaction errors found on blind set 16 (invented examples, with hard negatives)."""
from __future__ import annotations

import pytest

from screener.redact import find_personal_data


def _names(text: str) -> list[str]:
    return [text[s.start:s.end].rstrip(".") for s in find_personal_data(text) if s.kind == "name"]


# 1. A department head named by one lowercase department word, then a name ("chef de sécurité Mutombo").
@pytest.mark.parametrize("text,name", [
    ("Le chef de sécurité Mutombo nous a menacés devant la fosse.", "Mutombo"),
    ("La jefa de cuadrilla Eustaquia anotaba las horas en un cuaderno.", "Eustaquia"),
    ("The head of security Banda locked the dormitory gate at night.", "Banda"),
    ("El jefe de personal Rigoberto firmó las liquidaciones.", "Rigoberto"),
    ("La responsable de production Fatoumata a signé la feuille.", "Fatoumata"),
])
def test_department_head_names_the_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "The head of the Labour Department spoke at the meeting.",
    "El jefe de Gabinete llegó a la planta.",
    "Le chef de chantier a refusé de répondre.",
    "The head of procurement said the audit was late.",
])
def test_department_head_without_a_name_redacts_nothing(text: str) -> None:
    assert _names(text) == []


# 2. The trade words of labour recruiters and overseers (Brazil's "gato", the diving boats' "sacabuzo").
@pytest.mark.parametrize("text,name", [
    ("El gato Josué llevó a los trabajadores a la hacienda en un camión.", "Josué"),
    ("En la lancha, el sacabuzo Tiburcio no ofreció ayuda al buzo.", "Tiburcio"),
    ("O gato Valmir prometeu salário de dois mil reais.", "Valmir"),
])
def test_recruiter_trade_word_names_the_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "The gato system is common in the charcoal camps of Pará.",
    "O gato chegou às cinco da manhã com o caminhão.",
])
def test_recruiter_trade_word_alone_redacts_nothing(text: str) -> None:
    assert _names(text) == []


# 3. Initials followed by a person's profile in brackets ("A.B. (f, 24)").
@pytest.mark.parametrize("text,initials", [
    ('Notes: "B.T. (f, 22) — paid fee; G.H. (m, 40) — no fee."', ["B.T", "G.H"]),
    ("Interviews held with J.P. (m, 19) and L.C. (f, 33) in the canteen.", ["J.P", "L.C"]),
    ("Entrevistas: R.C. (mujer, 27) y V.Q. (31 años) en el comedor.", ["R.C", "V.Q"]),
    ("Notes : P.L. (24 ans, h) et W.G. (femme) ont payé des frais.", ["P.L", "W.G"]),
])
def test_initials_with_a_profile_are_names(text: str, initials: list[str]) -> None:
    found = _names(text)
    assert all(i in found for i in initials), found


@pytest.mark.parametrize("text", [
    "Sites: U.K. (2), U.S. (4) and the E.U. (12) were covered.",
    "The company J.K. Holdings (2019) was audited twice.",
    "See section B.C. (7) of the contract.",
])
def test_initials_without_a_profile_stay(text: str) -> None:
    assert _names(text) == []


# 4. The speaker of a timestamped chat line ("[08:02] Vero: ...").
@pytest.mark.parametrize("text,name", [
    ("Chat pasted in the report:\n[08:02] Rosmery: they made us sign\n[08:03] Yanet: me too", "Rosmery"),
    ("Conversación:\n[21:40] Dayana Quispe: no nos pagaron\n[21:41] Lidia: tampoco a mí", "Dayana Quispe"),
    ("[3/4/26, 9:15 PM] Ladji Koné: on n'a pas été payés", "Ladji Koné"),
    ("Export WhatsApp :\n12/03/2026, 21:14 - Aminata: le chef a pris nos passeports", "Aminata"),
])
def test_chat_speaker_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "[21:14] Supervisor: everyone back to work",
    "At 08:02: the bus left the depot.\n[10:30] Note: meeting moved to the canteen.",
    "Agenda\n[09:00] Opening: welcome and scope\n[09:30] Document review: payroll",
])
def test_chat_line_without_a_person_redacts_nothing(text: str) -> None:
    assert _names(text) == []


# 5. A list of nicknames: in its "Nickname — Full Name" lines the nickname is a name too.
@pytest.mark.parametrize("text,nicks", [
    ("Liste des ouvriers avec surnoms :\n« Doudou » — Papa Malick Faye\n« Baye Fall » — Cheikh Mbacké",
     ["Doudou", "Baye Fall"]),
    ("Worker list with nicknames:\nBabu — Abdul Kader\nLambu — Rafiqul Islam", ["Babu", "Lambu"]),
    ("Lista con apodos del campamento:\nPeque — Wilson Ortiz Parra\nChato — Fredy Ramírez Soto", ["Peque", "Chato"]),
])
def test_nickname_paired_with_a_full_name(text: str, nicks: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in nicks), found


@pytest.mark.parametrize("text,kept", [
    ("Lista con apodos:\nSupervisor — Javier Ruiz Gómez", "Supervisor"),
    ("Sections of the factory:\nCutting — Abdul Kader\nFinishing — Rafiqul Islam", "Cutting"),
    ("Nicknames were used on the board:\nCorte — Línea 3", "Corte"),
])
def test_nickname_list_keeps_roles_and_headings(text: str, kept: str) -> None:
    assert kept not in _names(text)


# 6. An ID number never runs over a tab: the next cell ("87 500") is not part of it.
@pytest.mark.parametrize("text,number,cell", [
    ("Matricule\tSalaire\nmatricule 0412\t87 500 FCFA\nmatricule 0419\t92 000 FCFA", "0412", "87 500"),
    ("Nombre\tDNI\tHoras\nRuth\tDNI 40392817\t48 60", "40392817", "48 60"),
])
def test_id_number_stops_at_a_tab(text: str, number: str, cell: str) -> None:
    ids = [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "id_number"]
    assert any(number in i for i in ids) and not any(cell in i for i in ids), ids


def test_id_number_with_inner_spaces_is_still_whole() -> None:
    text = "Su DNI 0601 1990 01827 quedó retenido por el capitán."
    assert "0601 1990 01827" in [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "id_number"]
