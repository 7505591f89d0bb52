"""English classes of real report phrasing (issue 11, third pass): who holds the passport or the bank card,
deductions and promised-versus-paid pay, a job switched on arrival, children named with their age far from the
work verb, penalties for resigning, loans secured on land, fees paid straight to agents; and lists, definitions
and campaign lines that name indicators without reporting them.

Every sentence is written for these tests (our own words, in the register of audit, NGO and news reports); none
comes from the labelled corpus or the shared evaluation sets.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _asserted(text: str) -> set[str]:
    """Indicators with an asserted rule finding (the sentence model's possible findings do not count)."""
    return {e.indicator for e in get_engine().scan_text(text, lang="en")
            if e.confidence == "finding" and e.polarity == "asserted"}


FOUND = [
    ('Girls as young as 12 were found sorting shrimp at the peeling shed.', 'child_labour'),
    ('Rahim, 13, carries bricks to the kiln from six in the morning.', 'child_labour'),
    ('Two 14-year-olds were seen stacking cartons in the warehouse.', 'child_labour'),
    ('Minors aged 14-15 were on the packing line during the night shift.', 'child_labour'),
    ('She has been weeding cotton since she was nine.', 'child_labour'),
    ('He started work in the quarry at the age of ten.', 'child_labour'),
    ('Boys of only 13 dive to free the nets.', 'child_labour'),
    ('A restavek girl of 11 cooks and cleans for the host family.', 'child_labour'),
    ('Personnel files show three employees were under age when they were hired.', 'child_labour'),
    ('The youngest boy we met was eight when he first went down the pit.', 'child_labour'),
    ('Young boys haul sacks of ore up from the shafts.', 'child_labour'),
    ('All the workers interviewed said their passports are with the agent in Dubai.', 'retention_of_identity_documents'),
    ('Confiscation of identity documents was the most common complaint at the hotline.', 'retention_of_identity_documents'),
    ('The captain took all our passports when we boarded.', 'retention_of_identity_documents'),
    ('Workers who wanted to go home had to pay the broker to get their passports back.', 'retention_of_identity_documents'),
    ("The company charged 4,000 baht to release a worker's passport.", 'retention_of_identity_documents'),
    ('The employer refused to return the passports of workers who resigned.', 'retention_of_identity_documents'),
    ('ATM cards and bank books are held by the dormitory supervisor.', 'retention_of_identity_documents'),
    ('Passport confiscation by labour agents was widespread on the estates.', 'retention_of_identity_documents'),
    ("The cost of food delivered to the camp is deducted from the pickers' pay.", 'withholding_of_wages'),
    ('If a worker missed the quota, the supervisor deducted a quarter of her earnings.', 'withholding_of_wages'),
    ('The contractor underpaid 40 workers a total of USD 12,000 over two seasons.', 'withholding_of_wages'),
    ('Underpayment and non-payment of wages were the most frequent grievances.', 'withholding_of_wages'),
    ('She received only 40 percent of the salary she had been promised.', 'withholding_of_wages'),
    ("The broker keeps the workers' ATM cards and withdraws their wages.", 'withholding_of_wages'),
    ('Deduction for "spoiled fabric" taken from piece-rate sewers | NC', 'withholding_of_wages'),
    ('Workers said the agent promised USD 400 a month; payslips show USD 260.', 'deception'),
    ('He was told he would work in a hotel kitchen, not on a fishing boat.', 'deception'),
    ('Instead of the garment factory they had signed up for, the women were taken to a farm.', 'deception'),
    ('Crew sign one contract for the port authorities and a second one with a lower wage.', 'deception'),
    ('The contract says eight hours a day, but in practice it is twelve.', 'deception'),
    ('Everything was different from the contract we signed at home, one worker said.', 'deception'),
    ('Meals that were supposed to be free were deducted from wages on arrival.', 'deception'),
    ('Documented abuses included deception in recruitment and unpaid overtime.', 'deception'),
    ('The job advertisement described packing work, but on arrival workers were sent to the chemical section.', 'deception'),
    ('Management knew several workers were undocumented and paid them less than registered staff.', 'abuse_of_vulnerability'),
    ("Employers use the workers' dependence on them for a visa to make them accept long hours.", 'abuse_of_vulnerability'),
    ('Their right to stay in the country is tied to a single employer.', 'abuse_of_vulnerability'),
    ('The sponsorship rules leave domestic workers at the mercy of the families who employ them.', 'abuse_of_vulnerability'),
    ("Some employers exploit their control over workers' immigration status.", 'abuse_of_vulnerability'),
    ('The supervisor knew the men had overstayed their visas and used it to make them work unpaid.', 'abuse_of_vulnerability'),
    ('Workers paid recruitment fees of up to USD 3,000 to agents in Nepal.', 'recruitment_fees'),
    ('Debt bondage was found at two of the kilns visited.', 'debt_bondage'),
    ('Operators who resign before the end of the season forfeit their last two months of pay.', 'restriction_of_movement'),
    ('The deposit is lost if a worker quits within the first year.', 'restriction_of_movement'),
    ('Workers said they were afraid to resign because the agency would keep their bond.', 'restriction_of_movement'),
    ('The debt to the farm owner keeps the pickers from going home.', 'restriction_of_movement'),
    ('The women were held in a locked room above the workshop.', 'restriction_of_movement'),
    ('The recruits could barely leave the hostel without a supervisor.', 'restriction_of_movement'),
    ("The broker holds the family's land title as security for the loan.", 'debt_bondage'),
    ('Paying the broker put her parents deep into debt.', 'debt_bondage'),
    ('Months later the men were still paying back their airfares from their wages.', 'debt_bondage'),
    ('Each worker paid sub-agents in the village about USD 1,500 for the job.', 'recruitment_fees'),
    ('Families sell land to buy factory jobs abroad for their sons.', 'recruitment_fees'),
    ('The placement fee equalled five months of the wage they later earned.', 'recruitment_fees'),
    ('Most migrants have to pay for their own recruitment and travel.', 'recruitment_fees'),
]

NOT_FOUND = [
    ('Amina, 34, has sewn collars at the factory for ten years.', 'child_labour'),
    ('Workers aged 18 to 25 make up most of the sewing workforce.', 'child_labour'),
    ('The youngest worker on the payroll was 19 years old.', 'child_labour'),
    ('Children of workers attend the village school from the age of six.', 'child_labour'),
    ('Children under 15 must not be employed, the code says.', 'child_labour'),
    ('On lines 3, 4, 5 and 6 the machines were guarded.', 'child_labour'),
    ('Workers keep their passports in lockers in their rooms.', 'retention_of_identity_documents'),
    ('Passports are held by the workers themselves.', 'retention_of_identity_documents'),
    ('Each worker holds a valid work permit in his own name.', 'retention_of_identity_documents'),
    ('Wages are paid on time into personal bank accounts.', 'withholding_of_wages'),
    ('Social security contributions are deducted from pay as required by law.', 'withholding_of_wages'),
    ('Workers who were underpaid last year received the difference in March.', 'withholding_of_wages'),
    ('Wages matched those promised at recruitment.', 'deception'),
    ('The contract was explained to workers in their own language before departure.', 'deception'),
    ('All migrant workers held valid permits in their own name.', 'abuse_of_vulnerability'),
    ('Migrant workers are vulnerable to exploitation in the sector.', 'abuse_of_vulnerability'),
    ('Debt bondage is the most widespread form of modern slavery.', 'debt_bondage'),
    ('The ILO lists deception, debt from recruitment fees and passport retention among its indicators of forced labour.', 'recruitment_fees'),
    ('Fees charged to workers can, in the worst case, lead to debt bondage.', 'debt_bondage'),
    ('The foundation campaigns to end bonded labour in brick kilns.', 'debt_bondage'),
    ('Forced labour indicators include: retention of identity documents, debt bondage and withheld wages.', 'retention_of_identity_documents'),
    ('Examples of abuse are slapping, pushing and sexual harassment.', 'physical_sexual_violence'),
    ('Wage theft means any failure to pay wages owed to a worker.', 'withholding_of_wages'),
    ("Workers may resign with one month's notice and receive all wages due.", 'restriction_of_movement'),
    ('The company pays for the recruitment and travel of all workers.', 'recruitment_fees'),
    ("Workers can resign at any time without penalty after giving two weeks' notice.", 'restriction_of_movement'),
    ('Staff who resign receive their final pay without any deduction.', 'restriction_of_movement'),
    ('Small fishing crews are at the mercy of the weather in the monsoon.', 'abuse_of_vulnerability'),
]


@pytest.mark.parametrize("text, indicator", FOUND)
def test_class_found(text: str, indicator: str) -> None:
    assert indicator in _asserted(text)


@pytest.mark.parametrize("text, indicator", NOT_FOUND)
def test_near_miss_not_asserted(text: str, indicator: str) -> None:
    assert indicator not in _asserted(text)


def test_list_cue_covers_every_item() -> None:
    """A list opened by "indicators include" is a definition in all its items, not only the nearest one."""
    got = _asserted("Forced labour indicators include: retention of identity documents, debt bondage, "
                    "withheld wages and excessive overtime.")
    assert not got & {"retention_of_identity_documents", "debt_bondage", "withholding_of_wages",
                      "excessive_overtime"}


def test_daily_hours_limit() -> None:
    """More than 10 hours a day is excessive; 10 is not."""
    assert "excessive_overtime" in _asserted("Sewers said they worked 11 hours a day in the peak month.")
    assert "excessive_overtime" not in _asserted("Sewers said they worked 10 hours a day in the peak month.")
