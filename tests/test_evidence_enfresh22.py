"""Cannabis-farm, nail-bar, seafarer, care, farm-visa and domestic-servitude wording read as evidence (lexicons 2027.01, enfresh22).

Fresh English pages (Operation Fort reporting, nail-bar and cannabis-farm cases, abandoned-seafarer features, posted
construction workers, Canadian and US farm-visa cases, domestic workers of diplomats and under kafala) state isolation,
restriction of movement, abuse of vulnerability and deception in ways the engine missed: no private talk with a husband
or children, no way of getting in touch with the family, shore leave refused, escorted to and from the fields, never out
alone, neither a new job nor a way home, victims picked from the poorest families or "who would not be missed", told one
thing "yet" given another, hired for one job and put to work at another, bank accounts opened so the gang could control
the pay. Two scope fixes: a quantifier subject that denies a freedom ("None of the men had ever been truly free to leave")
states the restriction, and the lack named in a gerund subject ("Having no ID and no one who spoke their language left
them dependent") does not negate the dependence. Near-misses: staying in after dark, aid for the poorest, threats told
with "if", training after hiring, workers' own bank accounts, shore leave granted, freedom stated for all.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FINDINGS = [
    ("She could not speak privately with her husband or her children back home.", "isolation"),
    ("He had no private phone calls with his family for the whole two years.", "isolation"),
    ("The boys had no way of getting in touch with their parents in Vietnam.", "isolation"),
    ("She was never able to talk to her mother in private.", "isolation"),
    ("The seafarers were refused shore leave for the entire contract.", "restriction_of_movement"),
    ("Shore leave was denied to the crew in every port.", "restriction_of_movement"),
    ("The pickers were escorted to and from the fields by the crew boss.", "restriction_of_movement"),
    ("The girls never left the salon on their own.", "restriction_of_movement"),
    ("The maids may not go out alone, even on a Sunday.", "restriction_of_movement"),
    ("They could neither change jobs nor leave the country.", "restriction_of_movement"),
    ("After the shift they waited until a manager came to let them out of the building.", "restriction_of_movement"),
    ("None of the men had ever been truly free to leave the farm.", "restriction_of_movement"),
    ("Not one of the women was free to leave the house.", "restriction_of_movement"),
    ("The gang chose girls from the poorest families in the province.", "abuse_of_vulnerability"),
    ("The traffickers looked for homeless men who would not be missed.", "abuse_of_vulnerability"),
    ("Having no ID and no one who spoke their language left them dependent on the agent.", "abuse_of_vulnerability"),
    ("He was told he would have Fridays off, yet he did not get a single day off in a year.", "deception"),
    ("A man who came to look after his employer's father was put to work in the family restaurant.", "deception"),
    ("She was hired as a nanny but made to clean three other houses as well.", "deception"),
    ("The students arrived expecting to be trained and found themselves owing the agency for lessons and food.", "deception"),
    ("They were made to open bank accounts so that the gang could control their wages.", "withholding_of_wages"),
    ("Their wages were withdrawn from their bank accounts by the traffickers on payday.", "withholding_of_wages"),
    ("The gangmaster kept their bank cards and emptied the accounts every week.", "withholding_of_wages"),
    ("The deckhands were never allowed to set foot on shore for two years.", "restriction_of_movement"),
    ("The engineer had not had shore leave for eight months.", "restriction_of_movement"),
    ("She paid the broker for a hotel job in Dubai that never started.", "deception"),
    ("The teachers were recruited for a language school in Leeds that did not exist.", "deception"),
    ("After paying the agent, the men were left without the jobs they came for.", "deception"),
    ("The agency kept their passports, and promises made about overtime pay were broken.", "deception"),
    ("The pickers lacked any means of transport and knew nothing of the nearby towns.", "isolation"),
    ("Their phones were checked every night by the supervisor.", "isolation"),
    ("The grower watched the women working in the rows through binoculars.", "restriction_of_movement"),
]

NOT_FINDINGS = [
    ("She never walked home alone after dark because the road was unlit.", "restriction_of_movement"),
    ("The crew were granted shore leave at every port.", "restriction_of_movement"),
    ("Workers are bussed to and from the factory every day.", "restriction_of_movement"),
    ("All of the workers said they were free to leave.", "restriction_of_movement"),
    ("The charity selected girls from the poorest families for scholarships.", "abuse_of_vulnerability"),
    ("Nobody would notice if the shipment was late.", "abuse_of_vulnerability"),
    ("They were told they would be fired if they complained, but they went to the union anyway.", "deception"),
    ("He was hired as a driver and sent to a two-day training course.", "deception"),
    ("The company helped workers open bank accounts so that they could control their own wages.", "withholding_of_wages"),
    ("Workers can speak privately with their families using the free wifi in the dormitory.", "isolation"),
    ("None of them complained and all are free to leave.", "restriction_of_movement"),
    ("The company that did not exist until 2015 was founded by two engineers we hired.", "deception"),
    ("The construction job that never started was cancelled by the council.", "deception"),
    ("He did not have shore leave in Rotterdam because he chose to rest.", "restriction_of_movement"),
    ("The guards watched the stock through cameras.", "restriction_of_movement"),
    ("The company runs a minibus, so no worker lacks a means of transport.", "isolation"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_fresh_page_wording_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_near_miss_is_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")
