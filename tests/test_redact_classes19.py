"""Classes of redaction errors found on blind18 (invented examples, with hard negatives)."""
from __future__ import annotations

import pytest
from redaction_helpers import found as _spans


# 1. A role mailbox (compliance@, committee@, ethics@, payroll@ ...) is an office: it stays; a person's address goes.
@pytest.mark.parametrize("text,mailbox", [
    ("Complaints can be sent to compliance@pinewoodknit.example at any time.", "compliance@pinewoodknit.example"),
    ("The worker committee answers at committee@lotusgarments.example.", "committee@lotusgarments.example"),
    ("Escriba a cumplimiento@textilandino.example o a denuncias@textilandino.example.", "denuncias@textilandino.example"),
    ("Contact : ethique@maisonbleue.example, paie@maisonbleue.example.", "paie@maisonbleue.example"),
])
def test_role_mailbox_stays(text: str, mailbox: str) -> None:
    assert mailbox not in " ".join(_spans(text, "email"))
    assert _spans(text, "email") == []


@pytest.mark.parametrize("text,address", [
    ("She wrote from rosa.quispe.example@mailbox.example about her wages.", "rosa.quispe.example@mailbox.example"),
    ("Send ethics questions to compliance@brand.example, not to kbhatta77@mailbox.example.",
     "kbhatta77@mailbox.example"),
    ("L'adresse du recruteur est moussa.traore.bko@mailbox.example.", "moussa.traore.bko@mailbox.example"),
])
def test_personal_mailbox_goes(text: str, address: str) -> None:
    assert _spans(text, "email") == [address]


# 2. A particle name or hyphenated initials right after a title is a name.
@pytest.mark.parametrize("text,name", [
    ("Nous avons rencontré Mme de Montaubert au bureau du personnel.", "de Montaubert"),
    ("Habló con la señora De la Vega sobre el contrato de su hija.", "De la Vega"),
    ("La lettre de Mme A.-L. Perrichon est arrivée trop tard.", "A.-L. Perrichon"),
    ("El Sr. de la Torre Quispe firmó los recibos.", "de la Torre Quispe"),
    ("Le Dr. van der Heijden a examiné les ouvriers blessés.", "van der Heijden"),
])
def test_particle_name_after_title(text: str, name: str) -> None:
    assert name in _spans(text, "name")


@pytest.mark.parametrize("text", [
    "Madame la Directrice a signé. Monsieur le Maire a parlé aux ouvriers.",
    "Elle dit que c'est un don de Dieu d'avoir du travail.",
    "Los peregrinos del Señor de Luz llegan en julio a la finca.",
    "Rose a arrosé les roses de Madame avant la visite.",
    "La iglesia de Nuestra Señora de Fátima cierra a las ocho.",
])
def test_no_particle_name_without_a_person(text: str) -> None:
    names = _spans(text, "name")
    assert not any(w in n for n in names for w in ("Directrice", "Maire", "Dieu", "roses", "Fátima", "Luz"))
