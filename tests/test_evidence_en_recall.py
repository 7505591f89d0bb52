"""Recall classes of English report text (issue 11): each class of phrasing found in real audit reports,
complaint investigations and NGO reports has sentences that must be found, and near-misses that must not be.

The sentences are written for these tests (our own words, in the register of such reports); none comes from
the shared evaluation sets.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _polarities(text: str) -> dict[str, str]:
    """Polarity per indicator of the rule findings (the sentence model's possible findings do not count)."""
    out: dict[str, str] = {}
    for e in get_engine().scan_text(text, lang="en"):
        if e.confidence == "finding" and out.get(e.indicator) != "asserted":
            out[e.indicator] = e.polarity
    return out


def _asserted(text: str) -> set[str]:
    return {i for i, p in _polarities(text).items() if p == "asserted"}


# ---------------------------------------------------------------- numbers: overtime word, "exceeded", "hours > N/week"
NUMERIC_FOUND = [
    "During peak season most sampled operators logged 70 to 90 overtime hours a month.",
    "Time cards show 9 of 15 employees exceeded 36 h of OT per month in the sample period.",
    "Packing line | working hours > 68/week in 5 of 12 weeks | NC",
    "Weekly working hours of 74 per week were recorded for the dyeing unit.",
    "Interviewed sewers said they worked more than 60 hours a week before the holidays.",
]
NUMERIC_NOT_FOUND = [
    "Records show 20 to 30 overtime hours a month, within the legal limit.",
    "Sampled workers worked 60 hours a week in the peak month.",
    "Overtime stood at 30 hours per month.",
    "Working hours of 48 per week are set in the contract.",
]


@pytest.mark.parametrize("text", NUMERIC_FOUND)
def test_numeric_hours_classes_found(text: str) -> None:
    assert "excessive_overtime" in _asserted(text)


@pytest.mark.parametrize("text", NUMERIC_NOT_FOUND)
def test_numeric_hours_within_limits_not_found(text: str) -> None:
    assert "excessive_overtime" not in _asserted(text)


# ---------------------------------------------------------------- corrective-action lines: finding and status apart
def _polarity_of(text: str, indicator: str) -> str | None:
    return _polarities(text).get(indicator)


@pytest.mark.parametrize("text, indicator", [
    ("NC 2: ID cards of 9 contract workers locked in the admin cabinet.\nStatus: Closed", "retention_of_identity_documents"),
    ("Finding 3: March salaries paid 25 days after the due date. Status: Resolved.", "withholding_of_wages"),
    ("Finding: weekly hours of 72 recorded in the cutting room.\nRemediated", "excessive_overtime"),
    ("Major | ID cards of 9 contract workers kept by security | Closed - cards handed back on 4 May",
     "retention_of_identity_documents"),
    ("Critical | Agency fees of USD 900 charged to migrant workers | Status: Remediated, repaid in full", "recruitment_fees"),
    ("Major | Rest day not given in 3 of 8 weeks sampled | Completed 14/06", "excessive_overtime"),
])
def test_finding_closed_by_its_status_is_remediated(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) == "remediated"


@pytest.mark.parametrize("text, indicator", [
    ("NC 2: ID cards of 9 contract workers locked in the admin cabinet.\nStatus: Open", "retention_of_identity_documents"),
    ("Major | Rest day not given in 3 of 8 weeks sampled | In progress", "excessive_overtime"),
    ("Major | Weekly hours above 60 in packing | Open - follow-up in 30 days", "excessive_overtime"),
    ("Passports were kept by the broker. The police closed the case in May after a long investigation.",
     "retention_of_identity_documents"),
    ("ID cards of contract workers kept by security | 2024", "retention_of_identity_documents"),
])
def test_open_or_unrelated_status_stays_a_finding(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) == "asserted"


# ---------------------------------------------------------------- scope: "describe" and "failed to provide"
@pytest.mark.parametrize("text, indicator", [
    ("Crew members describe beatings by the boatswain and months without pay.", "physical_sexual_violence"),
    ("Interviewed pickers described excessive working hours during the harvest.", "excessive_overtime"),
    ("The contractor failed to provide enough food, leaving the men hungry in remote camps for weeks.", "isolation"),
])
def test_reporting_and_failure_verbs_assert(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) == "asserted"


@pytest.mark.parametrize("text, indicator", [
    ("The term debt bondage is used to describe situations where workers are threatened with dismissal.",
     "intimidation_threats"),
    ("The supplier must provide drinking water and stop forced overtime.", "excessive_overtime"),
])
def test_definitions_and_corrective_actions_stay_not_asserted(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) not in (None, "asserted")


def test_hours_of_rest_are_not_hours_of_work() -> None:
    assert "excessive_overtime" not in _asserted("Under the new contract crews get at least 72 hours of rest a week.")
    assert "excessive_overtime" in _asserted("Under the old contract crews worked 72 hours a week.")


# ---------------------------------------------------------------- lexicon classes (one family of phrasings each)
FOUND = [
    # rest days denied, not given, worked, or work on them forced
    ("Kitchen staff were denied their weekly day off during the festival season.", "excessive_overtime"),
    ("Rest day | not granted in 4 of 6 weeks reviewed | Major NC", "excessive_overtime"),
    ("Packers worked on their rest days for most of October.", "excessive_overtime"),
    ("Sunday shifts were compulsory in the peak season.", "excessive_overtime"),
    ("Anyone who declined weekend overtime was docked a day's wage.", "excessive_overtime"),
    ("The pickers toil from morning till night during the harvest.", "excessive_overtime"),
    ("Shifts were extremely long and breaks were short.", "excessive_overtime"),
    # isolation at sea, on remote farms, without contact
    ("Some deckhands went eleven months without setting foot on land.", "isolation"),
    ("The herders have barely any contact with anyone outside the ranch.", "isolation"),
    ("A borrowed radio was their only link to home.", "isolation"),
    ("The camp lies two hours' drive from the nearest town, far from any road.", "isolation"),
    ("Mobile coverage at the plantation was patchy or non-existent.", "isolation"),
    ("The crew stayed on the high seas for months while carrier vessels took the catch.", "isolation"),
    # conditions: subhuman, no heating, toilet breaks, crammed, food running out, clothing not provided
    ("Inspectors described the bunkhouses as subhuman.", "abusive_working_living_conditions"),
    ("Line workers said supervisors refused their toilet breaks.", "abusive_working_living_conditions"),
    ("Six men were crammed into each container with one fan.", "abusive_working_living_conditions"),
    ("By the third week the rations were running out.", "abusive_working_living_conditions"),
    ("Freezer workers were not provided with thermal clothing.", "abusive_working_living_conditions"),
    # wages: premium not paid, owed for months, paid late, deductions, unrecorded hours
    ("Holiday work was paid at the normal rate instead of the legal premium.", "withholding_of_wages"),
    ("The loaders had not been compensated at overtime rates for a year.", "withholding_of_wages"),
    ("Dock workers said they were owed five months of pay.", "withholding_of_wages"),
    ("June wages were paid 18 days past the payday.", "withholding_of_wages"),
    ("Money for rent and transport was deducted from their wages every week.", "withholding_of_wages"),
    ("The supervisor did not record the extra hours worked on Saturdays.", "withholding_of_wages"),
    ("They were paid for only 40 of the 70 hours they worked.", "withholding_of_wages"),
    # abuse of vulnerability and threats tied to immigration status
    ("The owner leveraged the workers' irregular status to keep them quiet.", "abuse_of_vulnerability"),
    ("Her manager said he would report her to immigration if she complained.", "intimidation_threats"),
    # 2026.12.19 (aov13): a threat of deportation is intimidation, not abuse of vulnerability
    ("The employer used the threat of deportation to stop the cleaners from claiming overtime.",
     "intimidation_threats"),
    # debts taken on to migrate or with interest
    ("Most of the crew had gone into debt to pay the manning agency.", "debt_bondage"),
    ("He borrowed from a moneylender at 5 percent interest a month.", "debt_bondage"),
    ("Part of each payslip was kept for their so-called debts to the recruiter.", "debt_bondage"),
    # violence: struck on the head
    ("A foreman hit trainees on the head when they fell behind.", "physical_sexual_violence"),
    # deception: cheated over terms, new worse contract
    ("The broker cheated them over the wage terms they had been shown at home.", "deception"),
    ("On arrival they had to sign a second contract with lower pay.", "deception"),
    # movement: kept on board, barred from going ashore, penalty to leave
    ("The fishermen were kept on board even when the boat was in port.", "restriction_of_movement"),
    ("Crew were barred from going ashore in Cape Town.", "restriction_of_movement"),
    ("The agency charged a fee to any worker who wanted to leave before two years.", "restriction_of_movement"),
    # documents held by an employer or captain
    ("Captains hold the fishers' passports for the length of the contract.", "retention_of_identity_documents"),
]

NOT_FOUND = [
    ("Workers take their weekly day off on Sundays.", "excessive_overtime"),
    ("The morning shift runs from 6 to 2.", "excessive_overtime"),
    ("The farm is remote but has a daily bus to town and good mobile coverage.", "restriction_of_movement"),
    ("The report describes the health benefits of paid rest days.", "excessive_overtime"),
    ("Wages were paid on time in each of the 12 months reviewed.", "withholding_of_wages"),
    ("The labour office fined the agency USD 5,000 for hiring minors.", "withholding_of_wages"),
    ("Some minors used fake ID cards to get hired.", "retention_of_identity_documents"),
    ("Workers hold their own passports and bank cards.", "retention_of_identity_documents"),
    ("The owners were ordered to pay 30 workers USD 90,000 in unpaid wages.", "withholding_of_wages"),
    ("Workers have access to their passports at any time.", "retention_of_identity_documents"),
]


@pytest.mark.parametrize("text, indicator", FOUND)
def test_recall_class_found(text: str, indicator: str) -> None:
    assert indicator in _asserted(text)


@pytest.mark.parametrize("text, indicator", NOT_FOUND)
def test_recall_class_near_miss_not_asserted(text: str, indicator: str) -> None:
    assert indicator not in _asserted(text)


# ---------------------------------------------------------------- numbers: spelled ages, 12-hour spans, negated remediation
@pytest.mark.parametrize("text", [
    "An eight-year-old girl was sorting cotton seeds on the farm.",
    "He started working at the brick kiln at the age of nine.",
    "Two 12-year-olds were found working at the brick kiln.",
])
def test_spelled_ages_of_child_workers_found(text: str) -> None:
    assert "child_labour" in _asserted(text)


@pytest.mark.parametrize("text", [
    "The minimum working age of fourteen applies to light work.",
    "An eight-year-old survey of the district found no working children.",
    "The school admits children from the age of five.",
    "Children from the age of five attend the factory creche while their mothers work.",
])
def test_spelled_ages_without_child_work_not_found(text: str) -> None:
    assert "child_labour" not in _asserted(text)


def test_span_without_am_pm_read_on_a_twelve_hour_clock() -> None:
    assert "excessive_overtime" not in _asserted("The cutting room shift runs from 6 to 2.")
    assert "excessive_overtime" in _asserted("The cutting room shift runs from 6 am to 2 am.")


@pytest.mark.parametrize("text, indicator", [
    ("Two of six workers said their April wages had still not been paid in June.", "withholding_of_wages"),
    ("Passports were not returned to the workers after the audit.", "retention_of_identity_documents"),
])
def test_negated_remediation_states_the_practice(text: str, indicator: str) -> None:
    assert _polarity_of(text, indicator) == "asserted"


def test_raid_findings_are_asserted() -> None:
    assert "child_labour" in _asserted("Among the 40 pickers found in the raids were children aged 12.")


# ---------------------------------------------------------------- movement, deception, threats, debts (second pass)
FOUND_2 = [
    ("Resignation is accepted only with the approval of the plant director.", "restriction_of_movement"),
    ("Operators who quit before the season ends forfeit their last two weeks of pay.", "withholding_of_wages"),
    ("Migrant cleaners cannot change employer without the sponsor's written consent.", "restriction_of_movement"),
    ("The recruits had not left the compound since they arrived in March.", "restriction_of_movement"),
    ("Guards chained the men to their bunks at night.", "restriction_of_movement"),
    ("Their employment contracts were in Arabic only, which none of the drivers could read.", "deception"),
    ("Most welders never received a copy of their contract.", "deception"),
    ("The wage on their payslips was lower than the amount the agency had promised.", "deception"),
    ("The agent said they would work in a supermarket, but they were sent to a chicken farm.", "deception"),
    ("Workers were sacked for joining the union meeting.", "intimidation_threats"),
    ("The manager warned the pickers not to talk to the auditors.", "intimidation_threats"),
    ("The men owe money to the agency that arranged their visas.", "debt_bondage"),
    ("She borrowed the placement fee from a village moneylender.", "debt_bondage"),
    ("Staff could drink water only during the scheduled breaks, even in the heat.", "abusive_working_living_conditions"),
    ("Mobile phones were kept in a locker by management for the whole contract.", "isolation"),
]
NOT_FOUND_2 = [
    ("Workers may resign at any time by giving one month's notice.", "restriction_of_movement"),
    ("The brand maps its supply chain down to the spinning mills.", "restriction_of_movement"),
    ("Every worker received a copy of the contract in Nepali.", "deception"),
    ("Workers who quit receive their final pay within seven days.", "restriction_of_movement"),
    ("After their rescue they told police about the long hours.", "abuse_of_vulnerability"),
]


@pytest.mark.parametrize("text, indicator", FOUND_2)
def test_second_pass_class_found(text: str, indicator: str) -> None:
    assert indicator in _asserted(text)


@pytest.mark.parametrize("text, indicator", NOT_FOUND_2)
def test_second_pass_near_miss_not_asserted(text: str, indicator: str) -> None:
    assert indicator not in _asserted(text)


def test_total_hours_with_overtime_named_are_total_hours() -> None:
    assert "excessive_overtime" not in _asserted("The plant limits working hours to 60 per week, including overtime.")
    assert "excessive_overtime" in _asserted("Sewing line | OT hours > 40/month in 6 of 12 months | NC")
