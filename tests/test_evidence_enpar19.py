"""English parity with the Spanish and French lexicons (patterns/en.yaml 2026.12.28 enpar19a, 2026.12.29 enpar19b).

Part A (restriction of movement, isolation, deception, threats).
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

Part B (withholding of wages, excessive overtime, violence, abuse of vulnerability, child labour).
The Spanish and French patterns read concepts the English ones did not: pay never handed over ("ni un solo euro",
"se lo quedaba el capataz"), workers who claim their pay ("reclamar salario"), fewer hours paid than worked, overtime
imposed or running into the night ("hasta la madrugada", "de sol a sol", "domingos incluidos"), violence with a named
object or weapon ("la quemó con la plancha", "a punta de cuchillo"), forced prostitution and sexual blackmail, the
exploiter using the victims' need ("se aprovechan de su necesidad"), children sent or pressed into work. The English
phrasing was read in NGO, court and news reports on forced labour (domestic-worker abuse cases, wage-theft suits,
garment-factory overtime reports).

Near-misses: money words that are no withheld pay ("take home pay", fees paid), hours that are no excess (an
overtime shift to 6 p.m. paid at a premium, opening hours until midnight), rules saying a worker cannot be pressed
into overtime, threats of violence alone, school and children of workers.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

ROM = "restriction_of_movement"
ISO = "isolation"
DEC = "deception"
ITM = "intimidation_threats"
WAGES = "withholding_of_wages"
OVERTIME = "excessive_overtime"
VIOLENCE = "physical_sexual_violence"
VULN = "abuse_of_vulnerability"
CHILD = "child_labour"

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
    (ISO, "Water was cut off in the dormitories for two days after the pipe burst."),
    (ITM, "She said she would send her earnings to her mother every month."),
    (ITM, "The auditor said she would report her findings to the board in May."),
]

FINDINGS_B = [
    (WAGES, "The herders said they had tended the flock for three seasons without a single payment."),
    (WAGES, "The gang master paid them no wages for the whole harvest and kept their bank cards."),
    (WAGES, "Interviewed cleaners said the subcontractor pays them next to nothing once rent is taken."),
    (WAGES, "Migrant loggers in the camp are paid a pittance and live on credit from the company shop."),
    (WAGES, "According to the indictment, the recruiter pocketed most of each picker's weekly earnings."),
    (WAGES, "The agency took their pay and gave them a few coins for food."),
    (WAGES, "When the tiler asked for his outstanding wages, the foreman told him to leave the site."),
    (WAGES, "Two of the kitchen staff who asked to be paid were locked out of the hostel that night."),
    (WAGES, "The drivers worked ten-hour routes but were paid for six, the labour inspectorate found."),
    (WAGES, "Payroll records showed cooks being paid for fewer hours than they had clocked."),
    (WAGES, "After eleven months at sea each deckhand was handed just 90 dollars by the agent."),
    (WAGES, "She has not received a single peso since the farm owner took her to the ranch in March."),
    (OVERTIME, "Sewing operators said they were pushed into overtime almost every night in the peak season."),
    (OVERTIME, "The line leaders made them do overtime after the official shift whenever orders were late."),
    (OVERTIME, "Packers at the warehouse are regularly kept working until after midnight before shipments."),
    (OVERTIME, "The maid said there was no time to sleep because the baby woke her every two hours."),
    (OVERTIME, "The boys on the vessel were given only three hours of rest a night during the catch."),
    (OVERTIME, "The cane cutters are in the field from dawn to dark throughout the harvest."),
    (OVERTIME, "Labour inspectors recorded illegal levels of overtime in four of the six spinning units."),
    (VIOLENCE, "The housemaid told police that her employer scalded her with an iron for a creased shirt."),
    (VIOLENCE, "The employer poured boiling water on her back because the floor was still wet."),
    (VIOLENCE, "A guard held a machete to the picker's throat in front of the others."),
    (VIOLENCE, "Workers who tried to run away were put in chains overnight, the survivors said."),
    (VIOLENCE, "Several of the women were later held in forced prostitution in the port town."),
    (VIOLENCE, "The canning-line workers described harassment and violence by the shift managers."),
    (VULN, "The subcontractor exploited the fact that the pickers could not read the pay sheets."),
    (VULN, "Loan sharks play on the poverty of families who lost their harvest."),
    (VULN, "The brokers chose recruits with little English so they could not complain to the authorities."),
    (CHILD, "Children are routinely pressed into field work during the cotton harvest."),
    (CHILD, "The moneylender forced the widow to send her son to herd his cattle."),
    (CHILD, "Many children labour on the coffee estates to clear their parents' debts."),
]

NEAR_MISSES_B = [
    (WAGES, "Workers said their take home pay rose after the new collective agreement."),
    (WAGES, "The cooperative paid the pickers a bonus for every crate above the target."),
    (WAGES, "The union asked for a pay rise of eight per cent in the next agreement."),
    (WAGES, "The workers were given only a warning for arriving late."),
    (WAGES, "Staff are given only two days of training before they start on the line."),
    (WAGES, "Each worker was handed just a leaflet about their rights."),
    (OVERTIME, "The overtime shift to 6 p.m. is paid at time and a half."),
    (OVERTIME, "A worker cannot be pressured into overtime under the new code."),
    (OVERTIME, "The canteen stays open until midnight for workers on the night shift."),
    (VIOLENCE, "The workers were kept in line by threats of violence against their families."),
    (VIOLENCE, "The brand cut its orders with the supplier after the audit."),
    (VULN, "The report describes migrants with little English as being at risk of exploitation."),
    (CHILD, "Parents send their children to school in the town during the week."),
    (CHILD, "The factory opened a creche where workers can leave their children during shifts."),
]


@pytest.mark.parametrize(("indicator", "text"), FINDINGS + FINDINGS_B)
def test_english_parity_finding(indicator: str, text: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("indicator", "text"), NEAR_MISSES + NEAR_MISSES_B)
def test_english_parity_near_miss(indicator: str, text: str) -> None:
    assert indicator not in rule_findings(text, "en")
