"""Recall classes of the eighth scope pass (en/es/fr): true findings that the scope rules turned around, found on
the corpus train and dev splits (bench/polarity_losses.py): wages that were never received, lack of water or food,
a rest day never given, documents taken or not returned, a purpose clause of a restriction ("para que no
pudieran irse"), promises that never came, and threats reported with their condition ("warned them they would be
reported to immigration if they complained").

Each class has findings that must now be counted, and compliance or denial sentences of the same shape that must
stay not counted (a denied threat, a checklist question, a closed NC row, "never paid in cash", "ne conserve ni
passeport"). Every sentence is written for these tests; none comes from the corpus or the shared evaluation sets.
"""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities


_counted = counted


_rule_polarities = rule_polarities


# (lang, text, indicator): a true finding whose negation, condition or purpose clause is part of the finding
COUNTED = [
    # wages never received (base: negated by "n'", "ya no" read as remediation)
    ("fr", "Les ouvriers du chantier n'ont perçu aucun salaire depuis le mois de mars.", "withholding_of_wages"),
    ("es", "Al terminar el contrato ya no se les pagaba a los marineros.", "withholding_of_wages"),
    ("es", "Los peones no cobraban salario desde hacía cuatro meses.", "withholding_of_wages"),
    # lack of water or light, in a list after the negation
    ("es", "En el galpón no había luz, agua potable ni baños.", "abusive_working_living_conditions"),
    ("fr", "Les saisonniers logent dans des caravanes sans eau potable ni toilettes.",
     "abusive_working_living_conditions"),
    ("en", "In the camp there was no running water and no toilets for the sixty pickers.",
     "abusive_working_living_conditions"),
    # a rest day never given
    ("es", "La interna no tuvo un solo día libre en cuatro meses.", "excessive_overtime"),
    ("es", "Las internas no tenían un solo día libre en el mes.", "excessive_overtime"),
    ("fr", "Les domestiques travaillaient sans jour de congé ni vacances.", "excessive_overtime"),
    # documents not given back (base: "rendre leur passeport" read as remediation)
    ("fr", "Le gérant refuse de leur rendre leurs passeports depuis leur démission.", "retention_of_identity_documents"),
    ("fr", "L'usine refuse de rendre leur passeport aux ouvriers qui veulent partir.", "retention_of_identity_documents"),
    # what was never told, promises that never came
    ("en", "The recruits were never told the terms and conditions of the job.", "deception"),
    ("es", "Les prometieron un contrato de un año que nunca llegó.", "deception"),
    # threats reported with their condition
    ("en", "The supervisor warned the pickers they would be reported to immigration if they complained.",
     "intimidation_threats"),
    ("es", "El capataz les advirtió que si hablaban con los inspectores los despediría.", "intimidation_threats"),
    ("fr", "Le contremaître les a menacés de les dénoncer à la police s'ils quittaient la ferme.",
     "intimidation_threats"),
]

# (lang, text, indicator, polarity a rule match must carry): compliance, denials, questions and closed rows of the
# same shapes, which must stay not counted
NOT_COUNTED = [
    ("en", "Contract terms matched the payslips for all sampled workers; no contract substitution was found.",
     "deception", "negated"),
    ("en", "None of the workers interviewed had been warned they would be reported to immigration if they complained.",
     "intimidation_threats", "negated"),
    ("en", "No worker was threatened with dismissal if they refused overtime.", "intimidation_threats", "negated"),
    ("en", "Have workers been told they will be dismissed if they refuse overtime?", "intimidation_threats",
     "hypothetical"),
    ("en", "NC 4.1: no drinking water in dormitory B | Action: water dispenser installed | Closed",
     "abusive_working_living_conditions", "remediated"),
    ("en", "Workers said they were never paid in cash.", "withholding_of_wages", "negated"),
    ("en", "Workers keep their own passports in personal lockers.", "retention_of_identity_documents", "compliant"),
    ("es", "NC: barracón sin agua corriente | Acción: conexión a la red | Estado: verificado",
     "abusive_working_living_conditions", "remediated"),
    ("es", "Nadie les advirtió que si se quejaban los despedirían.", "intimidation_threats", "negated"),
    ("es", "Los trabajadores conservan su pasaporte y pueden retirarlo cuando quieran.",
     "retention_of_identity_documents", "compliant"),
    ("fr", "Le fournisseur ne conserve ni passeport ni titre de séjour de ses salariés.",
     "retention_of_identity_documents", "negated"),
    ("fr", "Aucun travailleur n'a été menacé de renvoi s'il refusait les heures supplémentaires.",
     "intimidation_threats", "negated"),
    ("fr", "Les salaires sont versés à temps et aucune retenue n'a été constatée.", "withholding_of_wages",
     "compliant"),
]


@pytest.mark.parametrize("lang,text,indicator", COUNTED)
def test_turned_finding_is_counted(lang: str, text: str, indicator: str) -> None:
    assert _counted(text, indicator, lang), text


@pytest.mark.parametrize("lang,text,indicator,polarity", NOT_COUNTED)
def test_same_shape_compliance_or_denial_is_not_counted(lang: str, text: str, indicator: str, polarity: str) -> None:
    assert polarity in _rule_polarities(text, indicator, lang), text  # a match exists, so the test can fail
    assert not _counted(text, indicator, lang), text


def test_row_verdict_beats_an_asserted_cue_in_its_row() -> None:
    """A closing verdict covers the whole row, even where a cue in the row states the finding ("no hot water")."""
    row = "NC 2.3: 14 workers per room, no hot water | Action: heaters fitted | Closed"
    assert "remediated" in _rule_polarities(row, "abusive_working_living_conditions", "en")
    assert _counted("Inspectors found 14 workers per room and no hot water in the dormitory.",
                    "abusive_working_living_conditions", "en")
