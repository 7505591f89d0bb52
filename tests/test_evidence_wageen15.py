"""English withholding of wages said plainly (patterns 2026.12.21, wageen15): a passive "never paid" ("she was never
paid", "none of them was ever paid", "..., never paid, and ..."); "unpaid" said of people ("unpaid and without
blankets", "stay on unpaid"); with no pay, neither pay nor ..., low pay or none; paychecks skipped and paydays missed;
paid nothing, for little or nothing; cuts to their pay; never paid for the overtime; sums skimmed, pocketed,
confiscated or seized from pay; tips not kept; pay in flour or wheat; illegal or excessive deductions with a word
between; deductions or takings from their pay; severance refused; failure to pay wages; overtime miscalculated,
straight-time, no time-and-a-half; pay handed back, handed over or waived; money held by the employer.
Near misses stay uncounted: a fee never paid by workers, pay not late or not below the minimum, statutory
contributions taken from pay, pay slips, pay cuts denied, unpaid leave or internships, overtime at time-and-a-half."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

WAGES = "withholding_of_wages"


@pytest.mark.parametrize("text", [
    'The domestic worker told the tribunal she was never paid during her two years in the household.',
    'The deckhands spent a year on the trawler, never paid, and beaten when they protested.',
    'None of the welders hired through the agency was ever paid for the final quarter.',
    'The rescued farmhands had been sleeping in a barn, unpaid and without blankets.',
    'The apprentices were expected to stay on unpaid after their shifts to clean the machines.',
    'The seafarers were left in port with no wages and dwindling supplies.',
    "The orchard's labour provider skipped two paychecks in August, workers told the inspector.",
    'Cleaners at the hotel complained of missed paydays and unexplained fines.',
    'Inmates sewed uniforms for a private contractor and got paid nothing, former prisoners said.',
    'Residents of the rehabilitation centre worked on building sites for little or nothing.',
    'Drivers reported sudden cuts to their pay after the platform changed its rules.',
    'The hotel required weekend banquet shifts but never paid for the overtime.',
    'The packers worked through the national holiday and received no overtime, the union said.',
    "The crew boss skimmed 15 percent from every picker's wages.",
    'Delivery riders said the restaurant did not let them keep their tips.',
    'The bonded herders were paid in wheat and a few rupees each month.',
    'Inspectors said the supervisor pocketed roughly a third of their wages each week.',
    "The militia confiscated the miners' earnings at the checkpoint.",
    'Workers at the warehouse alleged illegal overtime deductions.',
    "The agency routinely docked money from the cleaners' weekly envelopes.",
    'Dozens of dismissed packers were denied the severance pay the law entitles them to.',
    'The audit recorded failure to pay overtime to night-shift guards.',
    'Overtime hours were calculated wrongly on every payslip reviewed.',
    'Forklift drivers were paid straight-time for Sunday shifts.',
    'The security guards worked 60-hour weeks with no time-and-a-half.',
    'The maid was made to sign a statement waiving her salary for the last year.',
    'The madam held most of their money and all of their phones.',
    "The recruiter made each nurse hand her first month's salary back in cash.",
    'The girls had to turn over their earnings to the madam every night.',
    'Some pickers said they were receiving almost no money at the end of each week.',
    'Children were made to herd goats for the family with neither pay nor schooling.',
    'The brick moulders earn low pay or none at all during the monsoon.',
    'The shipowner seized the wages of the crew after the cargo dispute.',
    'Contract workers at the port faced deductions from their salaries for safety boots.',
])
def test_withholding_said_plainly_is_counted(text: str) -> None:
    assert counted(text, WAGES, "en")


@pytest.mark.parametrize("text", [
    'Wages were never paid late during the period reviewed.',
    'Social insurance contributions are taken from their pay each month as the law requires.',
    'Wages were never paid below the legal minimum at the site.',
])
def test_pay_not_late_not_below_minimum_or_statutory_is_not_withholding(text: str) -> None:
    """Counted on the data before 2026.12.21: "never paid late" read as late pay, statutory contributions as a
    deduction."""
    assert not counted(text, WAGES, "en")


@pytest.mark.parametrize("text", [
    'Workers never paid a fee to the agency for their jobs.',
    'None of the workers had paid recruitment fees, the audit found.',
    'Employees may take unpaid leave for family reasons.',
    'The audit found no salary deductions in the payroll sample.',
    'The company closed its gender gap with no pay cuts for any grade.',
    'Workers paid nothing for their recruitment or travel.',
    'Workers received no overtime requests during the quiet season.',
    'Families in the district have almost no money for school books.',
    'The supervisor hands over the wages to each worker in a sealed envelope.',
    'Each worker keeps their tips in full, according to the handbook.',
    'Overtime is paid at time-and-a-half under the collective agreement.',
    'Workers were paid on time and in full every month.',
    'The unpaid internship programme runs for three months.',
])
def test_near_misses_are_not_withholding(text: str) -> None:
    assert not counted(text, WAGES, "en")
