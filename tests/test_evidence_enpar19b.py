"""English lexicon parity (lexicons/patterns/en.yaml 2026.12.29, enpar19b) for withholding_of_wages,
excessive_overtime, physical_sexual_violence, abuse_of_vulnerability and child_labour.

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

WAGES = "withholding_of_wages"
OVERTIME = "excessive_overtime"
VIOLENCE = "physical_sexual_violence"
VULN = "abuse_of_vulnerability"
CHILD = "child_labour"

FINDINGS = [
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

NEAR_MISSES = [
    (WAGES, "Workers said their take home pay rose after the new collective agreement."),
    (WAGES, "The cooperative paid the pickers a bonus for every crate above the target."),
    (WAGES, "The union asked for a pay rise of eight per cent in the next agreement."),
    (OVERTIME, "The overtime shift to 6 p.m. is paid at time and a half."),
    (OVERTIME, "A worker cannot be pressured into overtime under the new code."),
    (OVERTIME, "The canteen stays open until midnight for workers on the night shift."),
    (VIOLENCE, "The workers were kept in line by threats of violence against their families."),
    (VIOLENCE, "The brand cut its orders with the supplier after the audit."),
    (VULN, "The report describes migrants with little English as being at risk of exploitation."),
    (CHILD, "Parents send their children to school in the town during the week."),
    (CHILD, "The factory opened a creche where workers can leave their children during shifts."),
]


@pytest.mark.parametrize(("indicator", "text"), FINDINGS)
def test_english_parity_finding(indicator: str, text: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("indicator", "text"), NEAR_MISSES)
def test_english_parity_near_miss(indicator: str, text: str) -> None:
    assert indicator not in rule_findings(text, "en")
