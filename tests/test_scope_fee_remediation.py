"""Money paid back for recruitment fees or wages is remediation, and an employer that pays its workers' recruitment
fees is compliance (scope 2026.12.19): "paid USD 80,000 in compensation to the workers for the fees", "to remediate
past recruitment fees", "has begun refunding 900 workers the fees", "pays its workers' recruitment fees". Workers
repaying fees, demanding compensation or paying an agent stay findings."""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_polarities

FEES = "recruitment_fees"


@pytest.mark.parametrize("text, lang, polarity", [
    ("The glove maker said it had paid out 9 million ringgit to former workers to remediate past recruitment fees.",
     "en", "remediated"),
    ("The supplier has begun refunding 900 workers the recruitment fees they were charged in Nepal.", "en", "remediated"),
    ("The tuna processor now pays its workers' recruitment fees in full.", "en", "compliant"),
    ("La empresa pagó una indemnización a los 40 trabajadores por las comisiones de contratación cobradas.", "es",
     "remediated"),
    ("L'usine a versé une indemnisation aux ouvriers pour les frais de recrutement payés au pays.", "fr",
     "remediated"),
])
def test_fees_paid_back_or_borne_by_the_employer_are_not_findings(text: str, lang: str, polarity: str) -> None:
    assert not counted(text, FEES, lang)
    assert polarity in rule_polarities(text, FEES, lang)


@pytest.mark.parametrize("text, lang", [
    ("Workers spend months repaying the recruitment fees they owe to brokers.", "en"),
    ("Workers demanded compensation for the recruitment fees they had paid to the agency.", "en"),
    ("Each worker pays their recruitment fees to the agent before departure.", "en"),
    ("Los jornaleros trabajaban para devolver las comisiones de contratación al enganchador.", "es"),
])
def test_fees_the_workers_paid_or_repay_stay_findings(text: str, lang: str) -> None:
    assert counted(text, FEES, lang)
