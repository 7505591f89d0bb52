"""Background sentences that define, count or describe the law are no finding (lexicons 2027.01, prec21b).

Guidance pages, summaries of the ILO global estimates, news background paragraphs and certification standards
define forced labour by situation ("refers to situations where people cannot leave"), give the share of girls
among the victims, describe a bill that would make passport confiscation a crime, or a scheme that audits farms for
child labour, or what a helpline receives. None of these states that the practice happened. The same words in a report of what was found stay
findings.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

NOT_FINDINGS = [
    ("Forced labour refers to situations where workers cannot leave their employer because of threats.", "en",
     "restriction_of_movement"),
    ("The concept describes situations in which people cannot refuse work because they fear punishment.", "en",
     "abuse_of_vulnerability"),
    ("The new bill would make it a crime for agencies to confiscate migrants' passports.", "en",
     "retention_of_identity_documents"),
    ("The certification body audits plantations for child labour and excessive working hours.", "en",
     "excessive_overtime"),
    ("El trabajo forzoso se refiere a situaciones en las que las personas no pueden marcharse del lugar de trabajo.",
     "es", "restriction_of_movement"),
    ("Las niñas representan casi el 30 por ciento de las víctimas del trabajo forzoso en la región.", "es",
     "child_labour"),
    ("Le travail forcé désigne les situations dans lesquelles une personne ne peut quitter son poste sous la menace.",
     "fr", "restriction_of_movement"),
    ("Les filles représentent 40 % des victimes du travail forcé dans la région.", "fr", "child_labour"),
    ("The helpline receives calls from migrant workers about unpaid wages.", "en", "withholding_of_wages"),
    ("La línea de ayuda atiende denuncias por salarios impagos.", "es", "withholding_of_wages"),
    ("Le service reçoit des signalements de salaires impayés.", "fr", "withholding_of_wages"),
]

FINDINGS = [
    ("Pickers described situations in which the foreman threatened them and they could not leave the farm.", "en",
     "restriction_of_movement"),
    ("The auditor found that workers could not leave the dormitory at night.", "en", "restriction_of_movement"),
    ("Los trabajadores describen situaciones en las que no podían salir de la finca.", "es",
     "restriction_of_movement"),
    ("En la finca, varios niños trabajaban en la cosecha de café.", "es", "child_labour"),
    ("The workers we interviewed reported unpaid wages for three months.", "en", "withholding_of_wages"),
    ("Les ouvrières décrivent des situations où elles ne pouvaient pas sortir du site.", "fr",
     "restriction_of_movement"),
]


@pytest.mark.parametrize(("text", "lang", "indicator"), NOT_FINDINGS)
def test_definitions_shares_and_laws_are_no_finding(text: str, lang: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


@pytest.mark.parametrize(("text", "lang", "indicator"), FINDINGS)
def test_situations_described_by_workers_stay_findings(text: str, lang: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
