"""A list of signs or indicators stated as a general occurrence (lexicons 2026.12.23, en17 class 2).

The labelling rules of dev_realdocs (and corpus/ANNOTATION.md, rule 2) count a condition "stated as a general
occurrence in a sector or country" as present, and a definition, checklist or guidance on "signs to look for" as
not a finding. The class, read in real reports (NGO and news reports on Thai seafood, Gulf construction and
Malaysian plantations): a list opened by "indicators such as" or "signs of forced labour such as" whose predicate says
the listed practices are common, widespread or reported among a group of workers or in a sector ("Indicators such as
confiscated documents and unpaid wages are common among migrant workers in the sector"). "such as" read the whole
list as a definition. An inert phrase from "indicators such as" to "are common among / in ..." now drops that cue.
Also a finding that cites evidence of indicators and then lists them ("cited evidence of several forced labour
indicators, among them ...").

Not the class: a list of signs in guidance ("Indicators such as ... may include", "Signs such as ... can point to"),
a definition ("are common indicators of forced labour"), and a negation ("were not found").

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

FOUND = [
    ("Trafficking indicators such as confiscated documents and unpaid wages are common among migrant workers on the "
     "fishing fleet.", "retention_of_identity_documents"),
    ("Trafficking indicators such as confiscated documents and unpaid wages are common among migrant workers on the "
     "fishing fleet.", "withholding_of_wages"),
    ("Signs of forced labour such as passport retention, debt bondage and excessive overtime were widespread on the "
     "estates we visited.", "debt_bondage"),
    ("Red flags such as wage theft, recruitment fees and confiscated passports remain rife in the Gulf construction "
     "sector.", "recruitment_fees"),
    ("The union's submission cited evidence of several trafficking indicators at the mill, among them debt bondage "
     "and withheld wages.", "debt_bondage"),
]

NOT_FOUND = [
    # guidance and definitions keep the list reading
    ("Indicators such as confiscated passports and unpaid wages may point to forced labour in a supplier's workforce.",
     "retention_of_identity_documents"),
    ("Signs such as debt bondage and excessive overtime should be raised with the auditor.", "debt_bondage"),
    ("Signs of forced labour such as debt bondage and passport retention are listed in the annex to the code.",
     "debt_bondage"),
    ("Indicators such as confiscated passports and unpaid wages were not found among the workers interviewed.",
     "retention_of_identity_documents"),
]


@pytest.mark.parametrize(("text", "indicator"), FOUND)
def test_general_occurrence_is_found(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator"), NOT_FOUND)
def test_guidance_list_is_no_finding(text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, "en")
