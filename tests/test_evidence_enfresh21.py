"""English wording of the weakest indicators read in fresh real reports (lexicons 2027.01, enfresh21).

US labour-trafficking and H-2 cases, UK gangmaster and Modern Slavery Act cases, Australian and NZ servitude and
migrant-exploitation cases, Gulf sponsorship (kafala) reporting and fishing-crew testimony describe workers kept from
making friends or going to church, calls and letters monitored or rationed, an addiction used to keep them working, a
sponsor who blocks or refuses a change of job, debts that grow or can never be paid back, kickbacks and earnings paid
into accounts the gang controls, brokers' fees taken from wages, exit permits refused, absconding reports filed. These
read as no evidence, or with the wrong polarity ("could only leave once they had repaid" as remediated, "a
no-objection certificate" as negated, "had to ask for permission" as a recommendation). Not the class: a compliance
statement ("does not prevent workers from attending church"), a practice stopped by the authorities, money owed to
workers, a hotline monitoring calls, drugs banned in a dormitory.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

AV = "abuse_of_vulnerability"
ISO = "isolation"
DB = "debt_bondage"
RM = "restriction_of_movement"
RF = "recruitment_fees"
WW = "withholding_of_wages"
IT = "intimidation_threats"

FINDINGS = [
    # isolation: kept from friends, church, other people; communications read, rationed or deleted
    ("Her employer forbade her from making friends or talking to the neighbours.", ISO),
    ("They were prevented from attending church or meeting other Filipinos on their day off.", ISO),
    ("The couple kept the men away from local people and told them not to trust the police.", ISO),
    ("The employer read her letters and listened in on her calls home.", ISO),
    ("The supervisor monitored the workers' messages every evening.", ISO),
    ("She was permitted a single call a month to her family.", ISO),
    ("The family only let her phone her children once every few months.", ISO),
    # abuse of vulnerability: addiction, sponsorship, status thrown back at the worker
    ("The gang kept the victims dependent on drugs so they would keep working.", AV),
    ("The boss paid part of their wages in cannabis and cheap cider.", AV),
    ("The sponsor refused to sign the release she needed to change employers.", AV),
    ("The employer threatened to withdraw his sponsorship if he took time off.", AV),
    ("Workers put up with the abuse because they needed the job to keep their visa.", AV),
    ("Many feared losing their path to permanent residency if they reported the employer.", AV),
    ("Her work visa only allowed her to work for that one household.", AV),
    ("The owner exploited the men's lack of English to make them sign blank papers.", AV),
    ("The company blocked her transfer to a new employer.", AV),
    ("Most of the crew were in the country illegally, which the skipper used to keep them quiet.", AV),
    ("The employer told the workers that they had no rights in this country.", AV),
    # debt bondage: debts that grow, never repayable, worked off
    ("The boss told them the amount they owed had gone up because of interest.", DB),
    ("The rent for the company flats was so high that they could never pay back what they owed.", DB),
    ("He made them work off the cost of their bus tickets.", DB),
    # wages: kickbacks, controlled accounts
    ("The workers were made to repay part of their salary to the boss under the table.", WW),
    ("Each fortnight the employer asked for $300 back in cash from every worker.", WW),
    ("Their wages were paid into accounts controlled by the gang leader.", WW),
    # recruitment fees taken from wages
    ("The brokers' fees were deducted in instalments from the first ten months of wages.", RF),
    # restriction of movement: exit permits, home visits, escape impossible, release bought
    ("The employer refused to give her an exit visa so she could go home.", RM),
    ("The sponsor would not let her travel home for her father's funeral.", RM),
    ("With no money and no papers, escape was impossible.", RM),
    ("The camp was fenced and patrolled at night so that no one could slip away.", RM),
    ("The sponsor demanded 30,000 riyals before he would release the worker.", RM),
    # intimidation: absconding reports
    ("When he quit, the employer filed an absconding report against him.", IT),
    ("Employers used absconding charges to punish workers who complained.", IT),
    # 2nd round: mail, presence at calls, movements watched, doors chained, veiled threats, cash-back, seafarer books,
    # visa costs repaid, visas bought, fees collected, levies passed on, borrowing to migrate, debts sold, newcomers
    ("The owner regularly opened the workers' personal mail.", ISO),
    ("Every phone call she made had to be in front of her employer.", ISO),
    ("He installed cameras to watch the workers' movements around the trailers.", RM),
    ("The exit doors were barricaded with pallets so the workers could not get out.", RM),
    ("He told them he knew where their families lived.", IT),
    ("The cook had to make weekly cash-back payments to the owner.", WW),
    ("The manning agency kept their seafarer books.", "retention_of_identity_documents"),
    ("He depended on the employer to remain in the country.", AV),
    ("The restaurant made the chef repay the cost of his visa.", RF),
    ("Workers had to buy their visas from the agent.", RF),
    ("A fee of $2,500 per worker was collected by the labour contractor.", RF),
    ("The employer charged workers for their work permits.", RF),
    ("The cost of the levy was passed on to the workers.", RF),
    ("Every worker had borrowed money at high interest to migrate.", DB),
    ("Their debts were sold on from one boss to another.", DB),
    ("He preyed on newly arrived migrants.", AV),
    ("The gang targeted people with drug and alcohol problems.", AV),
    ("Her residency depended on her marriage.", AV),
    ("The employer knew she had nowhere else to turn.", AV),
    ("Workers with expired permits were paid half the wage.", AV),
    # 3rd round: kiln bondage, hostages as guarantee, the harm threatened for leaving
    ("The family had been bonded to the landlord for three generations.", DB),
    ("The debt passed from father to son.", DB),
    ("The others stayed behind as a guarantee that he would come back.", RM),
    ("The defendant told the victims that if they tried to leave, immigration would arrest them.", IT),
    # 4th round: retaliation for complaining, fear of being sent home, language, no resigning without a penalty
    ("He was sent back to Mexico shortly after he complained about the housing.", IT),
    ("After reporting the farm for abuse, she was barred from the programme for years.", IT),
    ("Workers kept working while injured because they feared being sent home.", AV),
    ("Workers do not speak Malay or English and rely on the supervisor for translation.", AV),
    ("They cannot terminate the contract early without paying the employer.", RM),
    ("She was rarely allowed to see her children.", ISO),
    ("She had no way of letting her family know she was in trouble.", ISO),
    ("The employer refused to let her call her mother when she fell ill.", ISO),
    ("He was the only Burmese speaker on the boat and could talk to no one.", ISO),
]

# the polarity was wrong: a conditional repayment, an NOC, an obligation to ask, a feared police stop
POLARITY_FIXED = [
    ("The workers were told they could only leave once they had repaid the cost of their recruitment.", RM),
    ("Workers had to pay their employer for a no-objection certificate to change jobs.", RM),
    ("The pickers had to ask the supervisor for permission every time they wanted to leave the camp.", RM),
    ("Without their passports the workers were afraid to go out in case they were stopped by police.", RM),
    ("The contractor told workers that if they went to the police they would be deported.", IT),
    ("Workers feared that if they complained they would be deported.", AV),
    ("The workers cannot report abuse without risking deportation.", IT),
    ("They could not leave without repaying the agency.", DB),
    ("Workers who resign early must repay the recruitment costs borne by the company.", DB),
]

NOT_FINDINGS = [
    ("The company does not prevent workers from attending church.", ISO),
    ("Management did not stop workers from meeting their families.", ISO),
    ("The hotline monitored calls from workers and recorded their complaints.", ISO),
    ("The grievance officer reads all messages sent to the suggestion box.", ISO),
    ("Drugs and alcohol are prohibited in the dormitories.", AV),
    ("The programme helps workers who lost their visa status.", AV),
    ("Workers who want to change jobs need not ask their employer for a release.", AV),
    ("The amount owed to workers went up after the audit found unpaid overtime.", DB),
    ("The company paid workers' visa fees in full.", RF),
    ("Once the agency had repaid the fees, the workers were free to leave.", RM),
    ("The company will reimburse the cost of the visa to every worker.", RF),
    ("The employer repaid the cost of the visas to all workers after the audit.", RF),
    ("All fees are paid by the employer, not the workers.", RF),
    ("Outreach workers approached people with drug and alcohol problems to offer treatment.", AV),
    ("The programme supports newly arrived migrants with housing.", AV),
    ("The government sold its debt to investors.", DB),
    ("If workers leave the site after dark they may be hurt by traffic, the safety officer warned.", IT),
    ("If workers are threatened, they should call the hotline.", IT),
    ("The bank held the property as collateral.", RM),
    ("After reporting the results, the team was dismissed for the day.", IT),
    ("Workers can raise grievances without fear of reprisal.", IT),
    ("Workers can resign at any time without paying any penalty.", RM),
    ("All recruitment costs are borne by the company.", RF),
    ("Workers are allowed to see their families every weekend.", ISO),
    ("Visitors from outside are not permitted in the production area for safety reasons.", ISO),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_fresh_english_wording_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), POLARITY_FIXED)
def test_conditions_and_obligations_keep_the_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FINDINGS)
def test_compliance_and_programmes_are_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")


def test_a_practice_stopped_by_the_authorities_stays_remediated() -> None:
    assert RM not in rule_findings("The practice of locking the gates was stopped by the authorities after the raid.", "en")
