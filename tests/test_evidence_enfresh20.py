"""English recall for isolation, restriction, abuse of vulnerability, child labour and abusive conditions
(lexicons/patterns 2026.12.31, enfresh20).

Prosecutors' releases, police statements, ombudsman and NGO reports on nail bars, cannabis farms, shrimp sheds, care
visas, seasonal farm work, H-2A camps and meat-plant sanitation phrase these indicators in ways the English patterns
missed: workers hidden from inspectors, barred from making friends, phones surrendered on arrival, locked in a flat,
someone controlling her movements, watched day and night, dependent on the gangmaster for housing and transport, the
victims were minors, the employment of minors, treated like animals, slept in shifts. Near misses stay no finding:
records hidden from auditors, auditors barred from talking to workers, police tracking a suspect, machines watched at
all times, a flat rate, visitors escorted, children of workers, minimum-age laws, phones handed in at the factory gate.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

ISO = "isolation"
RM = "restriction_of_movement"
AOV = "abuse_of_vulnerability"
CL = "child_labour"
AWLC = "abusive_working_living_conditions"

FINDINGS = [
    ("The girls were concealed from labour inspectors whenever officials came to the salon.", ISO),
    ("The supervisor hid the boys in a storeroom whenever the auditors visited.", ISO),
    ("She was forbidden from making friends or chatting with the other maids in the building.", ISO),
    ("Pickers were not allowed to talk to other workers from the neighbouring farm.", ISO),
    ("On arrival the crew had to surrender their phones to the skipper.", ISO),
    ("The fishermen went months without speaking to their wives.", ISO),
    ("She had no idea which town the house was in.", ISO),
    ("He was locked in the flat for six weeks with the plants.", RM),
    ("The women were bolted into a caravan every night.", RM),
    ("Police allege the pair controlled his movements and took his wages.", RM),
    ("The victims were watched day and night by the gang.", RM),
    ("She had not set foot outside the house in two years.", RM),
    ("Two workers who fled were tracked down and returned to the farm.", RM),
    ("He was escorted everywhere by the gangmaster's son.", RM),
    ("The men depended on the gangmaster for their beds, their food and their transport.", AOV),
    ("The couple knew she was in the country illegally and paid her nothing.", AOV),
    ("The operator exploited students who had little knowledge of their employment rights.", AOV),
    ("Three of the victims were minors when they were brought to the farm.", CL),
    ("Two of the cleaners were under 16.", CL),
    ("Inspectors confirmed the employment of minors on the night shift.", CL),
    ("The plant used teenagers who should have been at school.", CL),
    ("The crew said they were treated like dogs by the captain.", AWLC),
    ("Nine men slept in shifts in a two-room flat.", AWLC),
    ("Seven workers shared two mattresses.", AWLC),
    ("The employer deprived her of adequate food for months.", AWLC),
    ("Their living quarters were described as appalling.", AWLC),
    ("For a year she had nobody to talk to.", ISO),
    ("Paying them only in cash made them dependent on the gang.", AOV),
    ("The landlord knew they had nowhere else to stay.", AOV),
    ("A dozen children were among the pickers on the estate.", CL),
    ("The labourers were housed in an old chicken shed.", AWLC),
    ("The boys worked with mercury all day without protection.", AWLC),
]

NOT_FINDINGS = [
    ("Time sheets were hidden from the auditors.", ISO),
    ("Auditors were not allowed to talk to other workers without a manager present.", ISO),
    ("Workers must hand over their phones at the security gate before entering the factory.", ISO),
    ("I rarely see anyone complain about the canteen.", ISO),
    ("Police tracked the suspect's movements for weeks before the arrest.", RM),
    ("The machines are watched at all times by trained operators.", RM),
    ("The site is monitored constantly by CCTV for fire safety.", RM),
    ("The agency locked in a flat rate for the season.", RM),
    ("Visitors were escorted everywhere by security staff.", RM),
    ("The fish were caught and brought back to port.", RM),
    ("The farm depends on the agency for workers at harvest time.", AOV),
    ("The victims were children of the plantation workers.", CL),
    ("The minimum age for the employment of children is 15.", CL),
    ("Animals on the farm were treated humanely.", AWLC),
    ("Children were among the visitors to the open day.", CL),
    ("The UN report pointed to no access to health care for seasonal workers.", AWLC),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_report_phrasings_are_findings(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_near_misses_are_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")


def test_phones_kept_by_the_worker_stay_no_finding() -> None:
    assert ISO not in rule_findings("Workers have their own phones and call home every evening.", "en")
    assert ISO in rule_findings("The workers had their phones taken by the agent on arrival.", "en")
