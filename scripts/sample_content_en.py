"""English finding sentences for the sample audit reports, by indicator and polarity.

Written for this project (not taken from any evaluation set). Placeholders are filled by
``sample_reports.fill``: {worker} {agent} {origin} {fee} {month} {year} {n} {passport}, and the worker's
pronouns {he} {his} (es: {el_trabajador}, fr: {le_travailleur}).
Polarity keys: asserted, hedged (asserted but uncertain), negated, remediated, policy, hypothetical.
"""
from __future__ import annotations

FINDINGS: dict[str, dict[str, list[str]]] = {
    "retention_of_identity_documents": {
        "asserted": [
            "Passports of {n} migrant workers were found in a locked cabinet in the HR office, and workers could not get them back on request.",
            "Worker {worker} stated that the agent has kept {his} passport (passport no. {passport}) since {he} arrived in {month} {year}.",
            "The employer holds the original identity cards of all production workers for 'safekeeping' and gives them only a photocopy.",
            "Management confirmed that passports and work permits stay with the company until the end of the contract.",
            "Workers must apply in writing to get their passports back, and two workers said such requests had been refused.",
            "Residence permits of the foreign workers are kept by the agent 'for renewal', and some expired while in his hands.",
        ],
        "hedged": [
            "Several interviewees suggested that their passports may still be with the recruitment agent, although this could not be verified.",
            "It appears that the dormitory manager keeps the identity documents of some foreign workers.",
        ],
        "negated": [
            "No evidence of passport retention was found; all interviewed workers had their documents with them.",
            "Workers keep their own passports and identity cards, and none said that the employer holds them.",
            "The audit team found no indication that management or agents retain workers' identity documents.",
        ],
        "remediated": [
            "Passports were returned to all workers in {month} {year} and personal lockers with individual keys were installed in the dormitory.",
            "Since the previous audit the company no longer holds identity documents, and workers confirmed that their passports were handed back.",
        ],
        "policy": [
            "The company policy prohibits the retention of workers' passports or other identity documents.",
            "The code of conduct states that the employer and its agents must never hold original identity documents.",
        ],
        "hypothetical": [
            "If documents were ever kept for safekeeping, workers would need free access to them at any time.",
        ],
    },
    "recruitment_fees": {
        "asserted": [
            "Workers from {origin} reported paying {fee} to a sub-agent in their home district to secure the job.",
            "All {n} interviewed migrant workers had paid between USD 1,200 and USD 1,800 to brokers before departure.",
            "Worker {worker} said {he} paid {fee} to {agent} for the medical check, the visa and a 'service charge'.",
            "The labour agency charges new hires a placement fee equal to one month's wage, taken back in instalments.",
            "The cost of the visa and the flight is deducted from the first six payslips of every migrant worker.",
            "Interviewed workers stated that they had paid an intermediary for the job offer, the pre-departure training and the flight.",
        ],
        "hedged": [
            "Some workers appeared to have paid fees to intermediaries in {origin}, but the amounts were unclear.",
        ],
        "negated": [
            "No worker reported paying recruitment fees or related costs; the employer covers visa, medical and travel expenses.",
            "Interviews did not reveal any payment to agents or brokers for obtaining the job.",
        ],
        "remediated": [
            "The company reimbursed recruitment fees of USD 84,000 to 112 workers in {month} {year}, as shown by bank transfer records.",
            "Fees previously charged by the agent were repaid in full to the workers concerned in {year}.",
        ],
        "policy": [
            "The company policy prohibits the charging of recruitment fees to workers.",
            "Under the site's Employer Pays policy, all recruitment costs are borne by the employer.",
        ],
        "hypothetical": [
            "If any worker were found to have paid a fee, the company would have to reimburse it in full.",
        ],
    },
    "debt_bondage": {
        "asserted": [
            "Monthly deductions for a loan advanced by the agent leave several workers with less than half of their wage, and they said they cannot resign until it is repaid.",
            "[kiln] Workers described an advance from the kiln owner that grows every season and that they have no means to repay.",
            "Worker {worker} stated that {his} debt of {fee} to the broker will take about two years to pay off from {his} salary.",
            "Payslips of 37 migrant workers show a recurring deduction labelled 'agent loan'.",
            "New hires sign a 'training bond' of three months' wages that they must repay if they leave within two years.",
            "[farm,kiln,mine] Families took cash advances from the contractor at the start of the season and must keep working until the advance is cleared.",
        ],
        "hedged": [
            "The audit team suspects that some workers are tied to the site by debts owed to the labour contractor.",
        ],
        "negated": [
            "Payroll records show no loans or salary advances, and no worker said he owed money to the employer or an agent.",
            "No debts to the employer, the contractor or recruiters were identified during interviews.",
        ],
        "remediated": [
            "Outstanding loan balances of all affected workers were cancelled in {month} {year} and the deduction was removed from payroll.",
        ],
        "policy": [
            "The wage policy states that the company does not grant loans repaid through wage deductions.",
        ],
        "hypothetical": [
            "Any future salary advance should be limited to one month's wage and must not stop a worker from resigning.",
        ],
    },
    "withholding_of_wages": {
        "asserted": [
            "Wages are paid quarterly, and the employer keeps one month's wage as a 'guarantee' until the contract ends.",
            "Wages for {month} had not been paid at the time of the audit, 45 days after the due date.",
            "The employer holds back the first two months of salary of new hires until they complete one year of service.",
            "[boat] Crew are paid only at the end of the trip, and they said the captain decides how much each man receives.",
            "Payslips show a 'bond' deduction of 20% of the basic wage that workers only recover after three years.",
            "Earnings are paid into an account controlled by the labour contractor, who hands each worker a monthly 'allowance'.",
        ],
        "hedged": [
            "Some workers seemed unsure whether their last month's pay had been withheld or simply delayed.",
        ],
        "negated": [
            "Wages were paid on time by bank transfer in all sampled months, and no unauthorised deductions were found.",
            "The audit team found no evidence of wages being withheld or paid late.",
        ],
        "remediated": [
            "Back pay for the delayed months was paid to all workers in {month} {year}, as confirmed by bank records.",
        ],
        "policy": [
            "The wage policy states that wages are paid in full every month, with no deposits or bonds.",
        ],
        "hypothetical": [
            "If payment were ever delayed beyond the legal deadline, the site would owe interest to the workers.",
        ],
    },
    "excessive_overtime": {
        "asserted": [
            "[factory] Time records show sewing operators working 16 hours per day in peak season, with one day off every two weeks.",
            "Weekly hours reached 84 in {month} {year} for packing staff, far above the legal limit.",
            "[factory] Workers reported working seven days a week for three weeks in a row before shipment deadlines.",
            "[farm] During harvest, pickers reported working from 4 am until dark with no rest day for six weeks.",
            "Overtime is compulsory on Saturdays and Sundays, and workers who refuse are marked absent.",
            "A second set of time cards was found, showing daily shifts of 14 hours.",
            "[factory] Records for the finishing section show 96 hours in the week before the audit, including two night shifts.",
        ],
        "hedged": [
            "Workers appeared to work very long hours in peak season, although the time records were incomplete.",
        ],
        "negated": [
            "Total working hours did not exceed 60 per week in any sampled week, and overtime was voluntary.",
            "No excessive overtime was identified in the time records reviewed.",
        ],
        "remediated": [
            "Since {month} {year} the site has capped weekly hours at 60 and added a second shift, which the time records confirm.",
        ],
        "policy": [
            "The working hours policy limits total hours to 60 per week and requires one rest day in seven.",
        ],
        "hypothetical": [
            "Should orders rise again, the site would need to hire more staff rather than extend shifts.",
        ],
    },
    "restriction_of_movement": {
        "asserted": [
            "Workers must ask the supervisor's permission to leave the dormitory, even on their rest day.",
            "The dormitory gate is locked from 9 pm to 6 am and the security guards keep the keys.",
            "Migrant workers may not leave the compound unless a supervisor goes with them.",
            "Residents need a gate pass signed by the hostel warden to go to the market.",
            "Worker {worker} stated that {he} may go to town only once a month, on a day the manager chooses.",
        ],
        "hedged": [
            "Some workers implied that leaving the hostel at night would not be tolerated.",
        ],
        "negated": [
            "Workers are free to leave the premises after their shift and the dormitory has no curfew.",
            "No restrictions on workers' freedom of movement were observed.",
        ],
        "remediated": [
            "The curfew at the worker hostel was lifted in {month} {year} and residents now hold their own gate keys.",
        ],
        "policy": [
            "The company policy guarantees that workers may leave the workplace and the housing freely outside working hours.",
        ],
        "hypothetical": [
            "Any new security measure would have to leave residents free to come and go from the dormitory.",
        ],
    },
    "isolation": {
        "asserted": [
            "[boat] Crew members spend up to eleven months at sea without a port call and have no way to contact their families.",
            "Mobile phones are collected at the start of the week and kept by the supervisor until Sunday.",
            "Workers in the compound may take calls only on the supervisor's phone, on Sundays.",
            "[farm] The estate lies three hours from the nearest town and workers have no transport off the plantation.",
            "[farm] Workers housed on the farm have no access to a telephone and are not allowed visitors.",
        ],
        "hedged": [
            "Workers may have little contact with their families, as there is no mobile signal at the camp.",
        ],
        "negated": [
            "Workers keep their mobile phones and the dormitory has free Wi-Fi.",
        ],
        "remediated": [
            "[boat] Satellite communication was installed on all vessels in {year} and crew can now call home every week.",
            "Since {month} {year} workers keep their phones, and free Wi-Fi is available in the housing.",
        ],
        "policy": [
            "The company policy lets workers keep personal phones and contact their families at any time.",
        ],
        "hypothetical": [
            "If workers were posted to the remote camp, a means of communication would have to be provided.",
        ],
    },
    "physical_sexual_violence": {
        "asserted": [
            "[factory] Two workers reported being slapped by a line supervisor for missing the hourly target.",
            "A female worker stated that a supervisor touched her inappropriately and that she was afraid to report it.",
            "[boat] Crew members described being beaten by the boatswain when they were too sick to work.",
            "Interviewed workers said a security guard hit a worker who came back late to the dormitory.",
            "A worker showed the audit team a bruise and said a supervisor had kicked him for sitting down during the shift.",
        ],
        "hedged": [
            "Some workers appeared reluctant to talk about how supervisors treat them, and one mentioned being pushed.",
        ],
        "negated": [
            "No worker reported physical punishment, sexual harassment or violence, and the grievance log holds no such complaint.",
        ],
        "remediated": [
            "The supervisor involved in the assault was dismissed in {month} {year} and the worker received medical care and counselling.",
        ],
        "policy": [
            "The anti-harassment policy prohibits all physical, verbal and sexual abuse and sets out a confidential reporting channel.",
        ],
        "hypothetical": [
            "If a case of harassment were reported, the welfare committee would investigate it within five working days.",
        ],
    },
    "intimidation_threats": {
        "asserted": [
            "Workers said supervisors threatened to report them to immigration if they complained about pay.",
            "Workers who refused overtime were told they would be dismissed and sent home at their own cost.",
            "Worker {worker} said the agent warned that {his} family would pay a penalty if {he} left before the end of the contract.",
            "Managers told workers that anyone speaking to the auditors would lose the monthly bonus.",
            "Supervisors keep a list of workers who complained, and the agent told them they would not be hired again next season.",
        ],
        "hedged": [
            "Several workers seemed to have been coached for the audit and looked afraid of retaliation.",
        ],
        "negated": [
            "Workers did not report any threats or intimidation and described management as approachable.",
        ],
        "remediated": [
            "The manager who threatened workers was removed and an anonymous hotline was set up in {month} {year}.",
        ],
        "policy": [
            "The disciplinary procedure forbids threats, fines or other penalties against workers who raise complaints.",
        ],
        "hypothetical": [
            "If a worker filed a grievance, management should not be able to identify them.",
        ],
    },
    "deception": {
        "asserted": [
            "Workers were promised USD 450 a month in contracts signed in {origin}, but receive about USD 280 on arrival.",
            "Worker {worker} said the job was described as factory work in the city, but {he} was sent to a remote plantation.",
            "Contracts signed before departure were in English, which the workers do not read, and differ from those signed on arrival.",
            "The recruiter told workers that food and housing would be free, yet both are deducted from wages.",
            "The job advertisement promised an eight-hour day, free meals and a return ticket, none of which is provided.",
        ],
        "hedged": [
            "It is possible that workers were not told about the housing deductions before they were hired.",
        ],
        "negated": [
            "The terms in the contract match what workers were told during recruitment, and contracts are issued in the workers' languages.",
        ],
        "remediated": [
            "New contracts in Nepali and Burmese showing the promised wage were issued to all migrant workers in {month} {year}.",
        ],
        "policy": [
            "The recruitment policy requires job offers to state the real wage, hours and place of work in a language the worker understands.",
        ],
        "hypothetical": [
            "Were the site to hire through a new agency, each contract would need to be checked against the job offer.",
        ],
    },
    "abuse_of_vulnerability": {
        "asserted": [
            "Most workers are undocumented migrants from {origin}, and the employer uses their irregular status to pay below the minimum wage.",
            "The manager said that workers without valid permits 'have nowhere else to go' and therefore accept lower pay.",
            "Indigenous workers who do not speak the local language depend entirely on the contractor for food and transport.",
            "Refugees without work permits are employed off the books and paid in cash at half the legal wage.",
            "The contractor recruits mainly young women from remote villages who have no other income and cannot read their contracts.",
        ],
        "hedged": [
            "Some workers appeared to lack valid work permits and may fear reporting problems to the authorities.",
        ],
        "negated": [
            "All migrant workers hold valid work permits and none depends on the employer for their legal status.",
        ],
        "remediated": [
            "The company paid for the regularisation of 46 workers' visas in {year}.",
        ],
        "policy": [
            "The company has a policy to protect vulnerable workers, including migrants and young workers, from exploitation.",
        ],
        "hypothetical": [
            "If undocumented workers were hired through contractors, they would be at high risk of exploitation.",
        ],
    },
    "abusive_working_living_conditions": {
        "asserted": [
            "The dormitory houses 24 workers in one room without ventilation, with a single toilet for 60 people.",
            "[farm] Workers in the spraying area had no respirators and reported headaches and skin rashes.",
            "[factory] There was no drinking water on the production floor and toilet breaks are limited to two per shift.",
            "[farm] Pickers have no shade or toilets in the fields and must buy drinking water from the foreman.",
            "[kiln] Workers sleep at the kiln in shelters made of plastic sheets, with no electricity or running water.",
            "[boat] The crew sleep below deck in a space shared by 18 men, without proper bedding.",
        ],
        "hedged": [
            "Housing may be overcrowded, as the auditor was shown only one of the four dormitory blocks.",
        ],
        "negated": [
            "Dormitory rooms were clean, well ventilated and within the legal occupancy limit.",
        ],
        "remediated": [
            "A new dormitory block opened in {month} {year}, bringing occupancy down to four workers per room.",
        ],
        "policy": [
            "The housing standard requires at least 4.5 square metres per resident and separate facilities for men and women.",
        ],
        "hypothetical": [
            "If more workers were housed on site, a second dormitory block would be required.",
        ],
    },
    "child_labour": {
        "asserted": [
            "Two workers aged 14 and 15 were found in the packing area; their ages were confirmed from school records.",
            "[kiln] Children were seen carrying bricks at the kiln and stacking them in the drying yard.",
            "[factory] Worker {worker}, aged 15, stated that {he} works night shifts in the spinning section.",
            "A 13-year-old boy was found working alongside his parents on the day of the audit.",
            "[mine] Children as young as 12 were seen washing ore at the pits.",
            "[cocoa] The auditor saw children under 15 opening cocoa pods with machetes on two of the farms visited.",
        ],
        "hedged": [
            "Several workers looked younger than 15, but no reliable age documents were available.",
        ],
        "negated": [
            "No workers under 18 were found, and ages are checked against original ID documents at hiring.",
            "[farm] No child labour was observed on any of the farms visited.",
        ],
        "remediated": [
            "The two underage workers found at the previous audit were withdrawn from work in {month} {year} and enrolled in school with a company stipend.",
        ],
        "policy": [
            "The company policy prohibits the employment of anyone under 18 in production.",
        ],
        "hypothetical": [
            "If a child were found working, the remediation procedure would require school enrolment and support to the family.",
        ],
    },
}

# One sentence, several indicators with different polarities.
MIXED: list[tuple[str, list[tuple[str, str]]]] = [
    ("Workers are not required to pay recruitment fees, but several reported that the agent retained their passports.",
     [("recruitment_fees", "negated"), ("retention_of_identity_documents", "asserted")]),
    ("Although passports were returned to workers in {month}, they are still repaying a loan advanced by the agent.",
     [("retention_of_identity_documents", "remediated"), ("debt_bondage", "asserted")]),
    ("No workers under 15 were found, but overtime reached 80 hours per week in the finishing section.",
     [("child_labour", "negated"), ("excessive_overtime", "asserted")]),
    ("The dormitory has no curfew; however, workers said wages are paid only every three months.",
     [("restriction_of_movement", "negated"), ("withholding_of_wages", "asserted")]),
    ("Weekly hours are now capped at 60, yet workers said the supervisor threatens to cut their bonus if they refuse Saturday work.",
     [("excessive_overtime", "remediated"), ("intimidation_threats", "asserted")]),
    ("Workers keep their own identity cards, yet each of them paid {fee} to a broker to get the job.",
     [("retention_of_identity_documents", "negated"), ("recruitment_fees", "asserted")]),
]
