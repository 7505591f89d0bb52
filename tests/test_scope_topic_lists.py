"""Definitions, lists of indicators or signs, what a report covers, rights and job titles name a practice; they are not
findings (scope 2026.12.20, topic14). The scope cues cover list heads in the present tense ("Warning signs include",
"Red flags include"), a list that closes on "among the ILO's indicators", what a report, study or chapter covers
("The briefing covers ...", "El informe dedica un capítulo a ...", "Le rapport consacre un chapitre aux ..."),
definitions ("defines X as", "se entiende por", "on entend par", "regroupe ... en quatre familles"), rights
("entitled to be free from", "derecho a cobrar") and a job title on the indicator noun ("the union's forced labour
officer"). What an audit found, what a report documents or shows, and a clause of the report that says what happened
stay findings. All sentences are written for these tests."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def asserted(text: str, indicator: str, lang: str) -> bool:
    """True when the engine asserts ``indicator`` in ``text`` (any confidence)."""
    return any(e.indicator == indicator and e.polarity == "asserted"
               for e in get_engine().scan_text(text, lang=lang))


NOT_FINDINGS = [
    # list heads
    ("en", "Other signs to watch for include employers who keep workers' passports and recruiters who charge large "
           "fees.", "recruitment_fees"),
    ("en", "Typical hallmarks of trafficking include debts owed to the recruiter that keep growing.", "debt_bondage"),
    ("en", "The report's authors list debt bondage, deception about pay and physical punishment among the ILO's "
           "eleven indicators.", "debt_bondage"),
    ("en", "The brand names deception about wages and the confiscation of identity documents among the typical forced "
           "labour indicators.", "retention_of_identity_documents"),
    ("es", "Los indicadores de la OIT incluyen el engaño, el aislamiento y la retención de salarios.", "isolation"),
    ("fr", "Ces indicateurs comprennent la violence, les menaces, la retenue du salaire et la confiscation des "
           "documents d'identité.", "intimidation_threats"),
    ("fr", "Le guide classe les indicateurs du BIT en trois groupes : recrutement, contrainte et isolement.",
     "isolation"),
    # what a report covers
    ("en", "The briefing covers passport confiscation, restrictions on movement and unpaid wages in the hotel "
           "sector.", "retention_of_identity_documents"),
    ("en", "The second chapter looks at confiscation of identity documents and bonded labour in brick kilns.",
     "retention_of_identity_documents"),
    ("es", "El informe dedica un capítulo a las amenazas y golpes que sufren las trabajadoras del hogar.",
     "physical_sexual_violence"),
    ("es", "El documento enumera como prácticas de riesgo la retención de pasaportes y el cobro de comisiones.",
     "retention_of_identity_documents"),
    ("fr", "Le rapport consacre un chapitre aux violences et aux menaces subies par les saisonniers.",
     "intimidation_threats"),
    # definitions
    ("en", "The guidance defines wage theft as any non-payment of earned wages, including unpaid overtime and "
           "illegal deductions.", "withholding_of_wages"),
    ("en", "The toolkit uses 'forced labour' as an umbrella for work that people cannot leave because of threats "
           "or violence.", "intimidation_threats"),
    ("es", "Por trabajo forzoso se entiende todo trabajo exigido bajo amenaza, como la retención de pasaportes o de "
           "salarios.", "retention_of_identity_documents"),
    ("es", "La campaña define el robo de salario como cualquier impago, incluidas las horas extra no pagadas y las "
           "deducciones ilegales.", "withholding_of_wages"),
    # rights
    ("en", "Trainers remind domestic workers that they are entitled to a day off and to be free from beatings and "
           "insults.", "physical_sexual_violence"),
    ("es", "Los jornaleros tienen derecho a cobrar el salario mínimo más el pago de las horas extra trabajadas.",
     "withholding_of_wages"),
    # job titles on the indicator noun
    ("en", "The figures are rough estimates, according to the union's bonded labour officer in Lahore.",
     "debt_bondage"),
    ("es", "Según la coordinadora de trabajo infantil de la fundación, las familias no llevan registros de edad.",
     "child_labour"),
]


@pytest.mark.parametrize("lang, text, indicator", NOT_FINDINGS)
def test_definitions_lists_and_topics_are_not_findings(lang: str, text: str, indicator: str) -> None:
    assert not asserted(text, indicator, lang)


def test_job_title_on_the_indicator_noun() -> None:
    text = "The figures are rough estimates, according to the union's bonded labour officer in Lahore."
    evs = [e for e in get_engine().scan_text(text, lang="en") if e.indicator == "debt_bondage"]
    assert evs and all(e.polarity == "hypothetical" for e in evs)


STAY_FINDINGS = [
    ("en", "The audit found passport retention, unpaid overtime and threats of dismissal at the spinning mill.",
     "retention_of_identity_documents"),
    ("en", "The report documents that workers were beaten and their passports confiscated.",
     "physical_sexual_violence"),
    ("en", "The report covers three factories where supervisors beat workers who refused overtime.",
     "physical_sexual_violence"),
    ("en", "The union's coordinator said workers were beaten when they asked for their passports back.",
     "physical_sexual_violence"),
    ("en", "Campaigners point to beatings, withheld wages and broker-fee debts among the foreign crew.",
     "withholding_of_wages"),
    ("en", "Among the workers interviewed, five said their passports were held by the manager.",
     "retention_of_identity_documents"),
    ("es", "La auditoría constató la retención de pasaportes y amenazas de despido en la planta.",
     "retention_of_identity_documents"),
    ("es", "El informe constató que los trabajadores eran golpeados y no cobraban su salario.",
     "physical_sexual_violence"),
    ("es", "La coordinadora de la ONG contó que a las trabajadoras les quitaban el pasaporte al llegar.",
     "retention_of_identity_documents"),
    ("fr", "L'audit a relevé la confiscation des passeports et des menaces de licenciement.",
     "retention_of_identity_documents"),
    ("fr", "Le rapport montre que les ouvriers étaient frappés et privés de salaire.", "physical_sexual_violence"),
    ("es", "Según el coordinador de trabajo infantil de la ONG, muchos menores trabajan en los hornos durante las "
           "vacaciones.", "child_labour"),
]


@pytest.mark.parametrize("lang, text, indicator", STAY_FINDINGS)
def test_findings_near_the_new_cues_stay_asserted(lang: str, text: str, indicator: str) -> None:
    assert asserted(text, indicator, lang)
