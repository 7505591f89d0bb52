"""English parity with the Spanish and French lexicons for four indicators (lexicons/patterns/en.yaml 2026.12.28, enpar19a).

The class, read in real NGO, press and court reports on forced labour (domestic servitude in the Gulf, trafficked fishers,
labour camps) and set against the concepts the es/fr patterns already read: workers made to stay somewhere
("obligados a quedarse"), employers refusing to let them go home, workers shut in a room, unable to get away or go
anywhere, guarded or fenced camps, crews not allowed off the boat, outings only at set times, virtual prisoners;
remote barracks and lodgings, workers cut off or barred from contacting their families, no phone, seldom ashore, far into
the forest, no idea where they were; led to expect more, recruited "on the promise of", offers that ended in other work,
a job nothing like the description, recruiters posing as someone else, forged permits, no job there at all, schooling
promised to a child's family; fear of reprisals or of the employer, threats in the first person ("they will sack me"),
"on pain of", "or be beaten", retaliation, false absconding or theft reports, pressure to sign, sworn
threats of death or mutilation, and warnings that pay or benefits would be cut.

Not the class (near-misses that stay silent): overtime ("made to stay on after their shifts"), debts ("cannot walk away
from what they owe"), a phone used as a weapon, fear of losing a job or of the police without a threat, pressure to
resign, and a figure that bears no relation to the hours worked.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

ROM = "restriction_of_movement"
ISO = "isolation"
DEC = "deception"
ITM = "intimidation_threats"

FINDINGS = [
    (ROM, "The recruits were made to stay in a warehouse next to the packing shed for the whole season."),
    (ROM, "The pickers were forced to remain on the estate until the harvest ended."),
    (ROM, "Her employer refused to let her go home to Manila for her father's funeral."),
    (ROM, "The agent shut them in a flat above the shop for two weeks."),
    (ROM, "For three months the cook was kept shut away in the back of the restaurant."),
    (ROM, "The girls were locked in every night after the last shift."),
    (ROM, "Without papers or money, the men were unable to travel anywhere."),
    (ROM, "Armed men patrolled the dirt road, so the cutters could not get away."),
    (ROM, "The brick makers lived in a fenced camp beside the kiln."),
    (ROM, "The shrimp sheds were guarded round the clock by the owner's men."),
    (ROM, "The crew were never allowed off the longliner during the two-year trip."),
    (ROM, "The housekeeper was forbidden to go outside on her own."),
    (ROM, "The trainees could leave the hostel only at fixed hours on Sundays."),
    (ROM, "The workers were allowed only one escorted trip to the market each month."),
    (ROM, "The nanny became virtually a captive in the family's flat."),
    (ROM, "At night the boy was tied to a window grille."),
    (ISO, "The cutters slept in remote barracks without electricity."),
    (ISO, "Living on the estate cut them off completely from the rest of the country."),
    (ISO, "The helper was barred from contacting her family for a year."),
    (ISO, "She had no phone and no one outside the house knew she was there."),
    (ISO, "The deckhands seldom got ashore during the three-year voyage."),
    (ISO, "The loggers were camped 120 km into the forest."),
    (ISO, "After a month on the boats, the men had no idea where they were."),
    (DEC, "Most respondents earned far less than they had been led to expect."),
    (DEC, "The women travelled to Dubai on the promise of jobs in a beauty salon."),
    (DEC, "Offered work in a bakery, the teenagers ended up picking tomatoes for no pay."),
    (DEC, "The farm was nothing like the description the agent had given them."),
    (DEC, "The trafficker was posing as a recruiter for a cleaning company."),
    (DEC, "The broker sold them forged work permits for 800 dollars each."),
    (DEC, "On arrival, there was never a job waiting for them."),
    (DEC, "Her aunt told the family she would put her in school in the capital."),
    (ITM, "The women stayed silent for fear of repercussions from the contractor."),
    (ITM, "They kept quiet because they were afraid of the boss."),
    (ITM, "We cannot turn down the night shift because they will sack us."),
    (ITM, "The pickers had to meet the quota on pain of dismissal."),
    (ITM, "The captain told the crew to keep hauling or be beaten."),
    (ITM, "When the workers went to the labour office, the employer retaliated by evicting them."),
    (ITM, "Employers often file false absconding reports against the helpers who run away."),
    (ITM, "The agency pressed them to sign papers waiving their wage claims."),
    (ITM, "The foreman swore he would bury anyone who talked to the inspectors."),
    (ITM, "The workers were warned that their bonuses would be cut if they joined the union."),
]

NEAR_MISSES = [
    (ROM, "The kitchen staff were made to stay on after their shifts without overtime pay."),
    (ROM, "With debts growing every month, the workers cannot walk away from what they owe."),
    (ISO, "He struck her with his fists and a telephone during the argument."),
    (ITM, "Many workers are afraid of losing their jobs when the season ends."),
    (ITM, "The manager pushed him to resign after twenty years at the plant."),
    (DEC, "The working week written on the permit bears no relation to the hours fished."),
    (ROM, "The site is fenced and has a first-aid room next to the gate."),
]


@pytest.mark.parametrize(("indicator", "text"), FINDINGS)
def test_english_parity_finding(indicator: str, text: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("indicator", "text"), NEAR_MISSES)
def test_english_parity_near_miss(indicator: str, text: str) -> None:
    assert indicator not in rule_findings(text, "en")
