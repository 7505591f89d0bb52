"""Back pay remediates wages only (lexicons 2026.12.23, en17 class 4; from bpay16, commit 7e68275).

The class, read in real reports (US Department of Labor wage-and-hour releases, news of settlements with farm
labour contractors and of court awards to domestic workers): back pay or back wages paid to workers is remediation of
withholding of wages, as the labelling rules say ("back pay settled" is absent). The remediation cues "back pay",
"back wages" and "paid back" had no indicator limit, so they turned the other findings of the same sentence into
remediation ("the firm paid back wages to the workers, who had worked 80-hour weeks": the hours stay a finding). They
are now limited to wages (and, for "paid back", to fees and debts). "paid back wages" itself is no kickback pattern
any more ("paid back part of their wages" still is), and "paid USD 30,000 in back pay" is remediation.

Not the class: back pay still owed ("were still owed back pay") stays a finding, and so does a kickback.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FOUND = [
    ("The contractor paid back wages to the pickers, who had worked 80-hour weeks through the harvest.",
     "excessive_overtime"),
    ("The supplier paid back wages to 40 sewers who had been made to work 16-hour days in peak season.",
     "excessive_overtime"),
    ("After the inspection the farm paid back pay to the crew, whose passports the manager had kept.",
     "retention_of_identity_documents"),
    # still owed, and kickbacks
    ("Workers were still owed back pay while working 14-hour days.", "withholding_of_wages"),
    ("Recruits had to pay back part of their wages to the broker every month.", "withholding_of_wages"),
]

NOT_FOUND = [
    ("The company paid back wages of USD 12,000 to the crew after the audit.", "withholding_of_wages"),
    ("The hotel paid 30,000 dollars in back pay to its housekeepers last year.", "withholding_of_wages"),
]


@pytest.mark.parametrize(("text", "indicator"), FOUND)
def test_other_findings_of_a_back_pay_sentence_are_found(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FOUND)
def test_back_pay_paid_is_remediation(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")
