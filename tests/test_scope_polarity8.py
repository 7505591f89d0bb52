"""Polarity classes of the scope8 pass (en/es/fr): absent labels the engine asserted on the corpus train and dev
splits, grouped by construction (bench/precision_errors.py): a rule stated by law or by a party in authority
("employers cannot make workers pay for the visa", "un menor de 15 años no puede ser contratado", "tout travail
doit être payé"), remediation reported in the past or as a settlement ("will pay back", "recuperó ... en
salarios", "a remboursé", "ont été rapatriés"), a quantifier subject that denies what follows ("Not a single
worker ...", "No worker who complained was dismissed", "Ninguna de las empleadas entrevistadas ... dijo"),
denials ("negó los malos tratos", "rejette comme infondées"), and corrective-action rows closed by a verdict cell
("| verificado", "| Vérifié à l'audit de suivi").

Each class also has true findings of the same shape that must stay counted (a worker who cannot leave, workers
who must pay the agency, a worker barred from leaving, permission refused). Every sentence is written for these
tests; none comes from the corpus or the shared evaluation sets.
"""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities


_counted = counted


_rule_polarities = rule_polarities


# (lang, text, indicator, polarity of the rule match): absent labels that must not be counted
NOT_COUNTED = [
    # a rule stated by law or by the party in authority
    ("en", "Employers cannot make seasonal staff pay for the visa process.", "recruitment_fees", "policy"),
    ("en", "A recruiter cannot charge a nanny any fee for her work permit.", "recruitment_fees", "policy"),
    ("en", "A licensed agency may not charge jobseekers any placement fee.", "recruitment_fees", "policy"),
    ("en", "The regulation bars labour contractors from charging recruitment fees to seasonal workers.",
     "recruitment_fees", "policy"),
    ("es", "Un chico menor de 16 años no puede ser contratado para la zafra.", "child_labour", "policy"),
    ("es", "La ley prohíbe retener el pasaporte de los trabajadores extranjeros.", "retention_of_identity_documents",
     "policy"),
    ("fr", "L'employeur n'a pas le droit de retenir le passeport d'un salarié étranger.",
     "retention_of_identity_documents", "policy"),
    # remediation reported in the past or as a settlement
    ("en", "The agency will pay back all recruitment fees charged to the 60 nurses.", "recruitment_fees", "remediated"),
    ("es", "La inspección recuperó 45.000 dólares en salarios adeudados a los jornaleros.", "withholding_of_wages",
     "remediated"),
    # a quantifier subject that denies what follows
    ("en", "Not a single worker we interviewed said the supervisors had hit them.", "physical_sexual_violence",
     "negated"),
    ("en", "No interviewed worker had paid a fee to the broker.", "recruitment_fees", "negated"),
    ("en", "No worker who complained was dismissed.", "intimidation_threats", "negated"),
    ("en", "No worker who refused overtime was dismissed.", "intimidation_threats", "negated"),
    ("es", "Ninguna de las empleadas entrevistadas en la planta dijo haber sido amenazada con el despido.",
     "intimidation_threats", "negated"),
    # denials
    ("es", "La empresa negó los malos tratos denunciados por los marineros.", "physical_sexual_violence", "negated"),
    ("fr", "Le fabricant rejette comme fausse l'affirmation que ses saisonniers sont sous-payés.",
     "withholding_of_wages", "negated"),
    # a corrective-action row closed by its verdict cell
    ("fr", "Constat : portail fermé la nuit | Action : badge de sortie remis à chaque ouvrier | Vérifié à l'audit de suivi",
     "restriction_of_movement", "remediated"),
]

# (lang, text, indicator): true findings of the same shape that must stay counted
COUNTED = [
    ("en", "Workers cannot leave the compound after the night shift.", "restriction_of_movement"),
    ("en", "The agency made each worker pay 1,500 dollars for the visa.", "recruitment_fees"),
    ("en", "Workers who refused overtime were dismissed the next day.", "intimidation_threats"),
    ("en", "The company refused to hand back the passports until the workers paid their debts.",
     "retention_of_identity_documents"),
    ("en", "The workers were barred from leaving the premises.", "restriction_of_movement"),
    ("en", "No worker was allowed to keep his passport.", "retention_of_identity_documents"),
    ("en", "Not one of the 12 drivers had paid less than 900 dollars in recruitment fees to the broker.", "recruitment_fees"),
    ("es", "Los trabajadores deben pagar 500 dólares a la agencia para conseguir el empleo.", "recruitment_fees"),
    ("es", "Los trabajadores no pueden salir del campamento sin permiso del capataz.", "restriction_of_movement"),
    ("es", "Le negaron el permiso para salir de la finca.", "restriction_of_movement"),
    ("fr", "Les ouvriers n'ont pas le droit de sortir du camp le soir.", "restriction_of_movement"),
    ("fr", "Le gérant a confisqué les passeports des ouvriers à leur arrivée.", "retention_of_identity_documents"),
]


@pytest.mark.parametrize("lang,text,indicator,polarity", NOT_COUNTED)
def test_absent_label_is_not_counted(lang: str, text: str, indicator: str, polarity: str) -> None:
    assert not _counted(text, indicator, lang)
    assert polarity in _rule_polarities(text, indicator, lang)


@pytest.mark.parametrize("lang,text,indicator", COUNTED)
def test_same_shape_finding_stays_counted(lang: str, text: str, indicator: str) -> None:
    assert _counted(text, indicator, lang)
