"""Intimidation and threats, physical and sexual violence, retention of identity documents as classes of fact
(lexicons 2026.12.10), en/es/fr.

Retention of documents: workers left without their passports, documents taken, seized or handed over on arrival,
refusal to return them, a deposit demanded to get them back. Violence: chained or handcuffed, grabbed or dragged by
force, sex demanded for work, shooting at workers, beating in its many verb forms. Intimidation: a penalty tied to a
refusal ("or face the sack", "sous peine de"), immigration or police called on workers, pressure to drop a claim,
retaliation after a complaint, conditional threats, orders to keep quiet, fear for one's life.
Each class has a compliance sentence that must not be asserted, and the traps (undocumented status, "enchaîner des
journées", "atados de pies y manos" as a figure of speech) must not be findings of these indicators.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

IT, PV, RD = "intimidation_threats", "physical_sexual_violence", "retention_of_identity_documents"


_asserted = rule_findings


FOUND = [
    # RD without their passports
    ("en", "Stripped of their passports, the welders could not look for another job.", RD),
    ("es", "La cuidadora vivía sin pasaporte desde que llegó a la casa.", RD),
    ("fr", "Le jardinier est resté deux ans sans son passeport.", RD),
    ("fr", "Les maçons ont été privés de leur passeport dès l'arrivée.", RD),
    # RD documents taken, seized or handed over
    ("en", "On the first night their passports and phones were taken by the driver.", RD),
    ("es", "Al llegar a la finca les retiraron el pasaporte a todos.", RD),
    ("es", "El pasaporte lo tiene el encargado, contó una recolectora.", RD),
    ("fr", "Le patron a pris leur passeport aux cueilleurs dès le premier jour.", RD),
    ("fr", "Les passeports des soudeurs avaient été saisis par le contremaître.", RD),
    # RD refusal to return, deposit to get them back
    ("en", "The agency refused to return her passport when she resigned.", RD),
    ("en", "The cooks had to pay a deposit to retrieve their passports.", RD),
    ("es", "La agencia se negó a devolverle el pasaporte cuando renunció.", RD),
    ("fr", "Son employeur refuse de lui rendre son passeport depuis des mois.", RD),
    # PV chained or handcuffed
    ("en", "The deckhand was chained to the mast for two nights.", PV),
    ("es", "El capataz mantuvo encadenado al peón junto al corral.", PV),
    ("fr", "Les gardiens les enchaînaient la nuit dans le hangar.", PV),
    # PV grabbed or dragged
    ("en", "The foreman grabbed the packer by the neck and pushed her out.", PV),
    ("es", "El dueño la jaló del pelo delante de todos.", PV),
    # PV sex demanded for work
    ("en", "The picker was told to have sex with her supervisor to keep her place.", PV),
    ("fr", "Le chef exigeait des rapports sexuels en échange d'un contrat.", PV),
    ("es", "El encargado exigía sexo a las temporeras a cambio del puesto.", PV),
    # PV shooting, beating verb forms
    ("en", "The guards shot at the workers who asked for their wages.", PV),
    ("es", "Los vigilantes dispararon contra los jornaleros que reclamaban.", PV),
    ("es", "El capataz azotó al cortador con un rebenque.", PV),
    ("fr", "La patronne la giflait chaque matin.", PV),
    ("fr", "Les bergers qui se plaignaient étaient tabassés.", PV),
    # IT a penalty tied to a refusal
    ("en", "The drivers had to work the extra shift or face the sack.", IT),
    ("fr", "Les couturières doivent finir 800 pièces sous peine de licenciement.", IT),
    # IT immigration or police called on workers
    ("en", "The contractor called immigration on the roofers who asked to be paid.", IT),
    ("es", "El dueño llamó a Migración para no pagar a los albañiles.", IT),
    # IT pressure to drop a claim, blackmail
    ("en", "The cleaner was pressured into dropping her complaint.", IT),
    ("fr", "Les vendeuses subissent du chantage quand elles se plaignent.", IT),
    # IT retaliation after a complaint
    ("en", "After they complained about the dust, the two pickers were dismissed.", IT),
    ("es", "La empresa despide a los peones cuando se quejan de la fumigación.", IT),
    ("fr", "Deux cueilleurs ont été renvoyés après s'être plaints de leurs heures.", IT),
    # IT conditional threats
    ("fr", "Le patron disait que si on partait avant la fin, on ne serait pas payés.", IT),
    # IT orders to keep quiet, fear for life
    ("en", "The broker warned them to keep quiet about the camp.", IT),
    ("es", "Nos dijeron que no habláramos con nadie de fuera.", IT),
    ("es", "El ordeñador temía por su vida tras reclamar el sueldo.", IT),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang)


NOT_FOUND = [
    # compliance forms, one per class
    ("en", "All workers keep their own passports in lockers they alone can open.", RD),
    ("es", "Cada trabajadora conserva su pasaporte en su habitación.", RD),
    ("fr", "Les salariés conservent leur passeport sur eux.", RD),
    ("en", "No worker was chained, grabbed or dragged, according to the interviews.", PV),
    ("fr", "Aucune ouvrière n'a signalé de gestes déplacés ou de violences.", PV),
    ("en", "Workers may refuse overtime without any penalty.", IT),
    ("es", "La empresa nunca llamó a Migración contra ningún trabajador.", IT),
    # traps: undocumented status is not document retention
    ("es", "Las familias cruzan la frontera sin papeles y dependen del finquero.", RD),
    ("fr", "Les vendangeurs étaient sans papiers et recrutés devant les gares.", RD),
    ("en", "Many of the men had no papers and feared the police.", RD),
    # traps: "enchaîner" a run of days; a figure of speech
    ("fr", "Les saisonniers enchaînaient 14 heures par jour dans les vignes.", PV),
    ("es", "Los peones se sienten atados de pies y manos ante la empresa.", PV),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_not_found(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)
