"""Sanctions and abolitions state the law, not a finding (lexicons/scope.yaml 2026.12.25, pen19), en/es/fr.

The class, read in real government pages and news on labour-law penalties (ministry notices on passport retention
fines, trafficking and child-labour penalty clauses, news of the end of exit permits): a penalty is announced or set
for a generic offender ("inspectors will fine agencies that ...", "would face fines of", "is liable to seven years'
imprisonment", "seven years in prison for anyone who ...", "multará a las agencias que ...", "Quien ... se enfrentará a
penas", "une amende ... à tout employeur qui ...", "un délit puni de"), or a practice is abolished ("scrapped the old
rule under which ...", "exempt from the exit permit", "dispensés du permis de sortie", "sera supprimé"). By the
labelling rules, a practice named only to prohibit it in law is absent, not present.

Not the class: a fine or a conviction imposed on a named party for what it did ("the labour court fined the
plantation owner for keeping the passports ...") states that the practice happened, and a threat of fines or prison
made to workers is intimidation; both stay findings.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import assert_seen_not_asserted, rule_findings

PENALTIES = [
    ("en", "From July, inspectors will fine agencies that keep a helper's passport after her visa has been stamped.",
     ["retention_of_identity_documents"]),
    ("en", "The bill proposes seven years in prison for anyone who uses a child in mining.", ["child_labour"]),
    ("en", "Whoever forces a child to beg on the streets is liable to five years in prison and a fine.", ["child_labour"]),
    ("en", "A labour contractor who charges a migrant any fee for a job is liable to seven years' imprisonment.",
     ["recruitment_fees"]),
    ("en", "Companies will now be fined for every month that wages are paid late.", ["withholding_of_wages"]),
    ("en", "Any household that keeps a maid's passport could lose the right to employ foreign workers.",
     ["retention_of_identity_documents"]),
    ("es", "Desde enero, la inspección multará a las agencias que cobren a los jornaleros cualquier comisión de "
           "contratación.", ["recruitment_fees"]),
    ("es", "El Gobierno sancionará a los empleadores que paguen con retraso los salarios de las temporeras.",
     ["withholding_of_wages"]),
    ("es", "Quien obligue a un niño a mendigar se enfrentará a penas de hasta ocho años de cárcel.", ["child_labour"]),
    ("fr", "Les inspecteurs pourront infliger une amende de 1 500 euros à tout employeur qui retient le salaire d'un "
           "saisonnier.", ["withholding_of_wages"]),
    ("fr", "Dans l'émirat, un patron qui garde le passeport d'une domestique commet une infraction et risque une forte "
           "amende.", ["retention_of_identity_documents"]),
    ("fr", "Le projet fait de la retenue des salaires un délit puni de deux ans de prison.", ["withholding_of_wages"]),
    ("fr", "Le gouvernement promet une amende de 5 000 euros à l'entreprise qui fait travailler des enfants de moins de "
           "16 ans.", ["child_labour"]),
]

ABOLITIONS = [
    ("en", "Since the 2021 reform, seafarers are exempt from the exit permit their sponsor once had to sign.",
     ["restriction_of_movement"]),
    ("en", "The decree scrapped the old rule under which workers needed their sponsor's exit permit to travel home.",
     ["restriction_of_movement"]),
    ("fr", "Les marins sont désormais dispensés du permis de sortie.", ["restriction_of_movement"]),
    ("fr", "Le permis de sortie, qui obligeait les marins à demander l'accord de l'armateur, sera supprimé l'an "
           "prochain.", ["restriction_of_movement"]),
]

NO_FINDING = [
    ("es", "Los marineros quedan exentos del permiso de salida desde la reforma de 2021."),
]

FINDINGS = [
    ("en", "In March the labour court fined the plantation owner for keeping the passports of 30 harvest workers.",
     "retention_of_identity_documents"),
    ("en", "The agency lost its licence last year after inspectors found it had charged placement fees to 40 nurses.",
     "recruitment_fees"),
    ("en", "The foreman warned the pickers they would be fined a day's wage if they left the farm without his "
           "permission.", "intimidation_threats"),
    ("es", "El juzgado multó a la empresa constructora por retener los pasaportes de nueve albañiles.",
     "retention_of_identity_documents"),
    ("es", "El encargado amenazó a las trabajadoras con multas y con la cárcel si denunciaban el impago de salarios.",
     "intimidation_threats"),
    ("fr", "Le tribunal a infligé une amende à l'agence pour avoir confisqué les passeports de quinze aides à domicile.",
     "retention_of_identity_documents"),
    ("fr", "Le patron menaçait les saisonniers de les faire emprisonner s'ils réclamaient leurs salaires impayés.",
     "intimidation_threats"),
]


@pytest.mark.parametrize(("lang", "text", "indicators"), PENALTIES)
def test_a_penalty_for_a_generic_offender_is_policy(lang: str, text: str, indicators: list[str]) -> None:
    assert_seen_not_asserted(text, lang, indicators, "policy")


@pytest.mark.parametrize(("lang", "text", "indicators"), ABOLITIONS)
def test_an_abolished_practice_is_no_finding(lang: str, text: str, indicators: list[str]) -> None:
    assert_seen_not_asserted(text, lang, indicators, "remediated")


@pytest.mark.parametrize(("lang", "text"), NO_FINDING)
def test_an_exemption_states_no_finding(lang: str, text: str) -> None:
    assert not rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), FINDINGS)
def test_fines_imposed_and_threats_stay_findings(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
