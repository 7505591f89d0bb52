""""And" with an inflected verb and its object opens another clause (lexicons/scope.yaml 2026.12.31, objcl20).

Real complaint and trafficking reports chain what a threat said with what was done next: guards "threatened to shoot
anyone who resisted and locked them in", an employer "did not pay wages and took their phones". The threat or the
negation used to reach the next predicate, so the locking read as hypothetical and the phones as negated. Not the
class: participles sharing the negation ("were not confiscated and kept"), a verb form that may be an infinitive
("threatened to call the police and beat him"), and a threat whose object is a plain noun.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from evidence_helpers import rule_findings, rule_polarities
from screener.lexicon_scope import load_scope

FINDINGS = [
    ("The overseers threatened to beat the new recruits and locked them in a storeroom overnight.",
     "restriction_of_movement"),
    ("The foreman threatened to call immigration and confiscated their passports.", "retention_of_identity_documents"),
    ("The employer did not pay wages and confiscated their passports.", "retention_of_identity_documents"),
    ("The agent never paid them and took their phones.", "isolation"),
    ("Supervisors threatened to deport them and withheld their wages for three months.", "withholding_of_wages"),
]

NOT_FINDINGS = [
    ("Passports were not confiscated and kept by the employer.", "retention_of_identity_documents", "negated"),
    ("No worker was beaten and locked up.", "restriction_of_movement", "negated"),
    ("He threatened to call the police and beat him with a stick.", "physical_sexual_violence", "hypothetical"),
]


@pytest.mark.parametrize(("text", "indicator"), FINDINGS)
def test_the_next_clause_is_a_finding(text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, "en")


@pytest.mark.parametrize(("text", "indicator", "polarity"), NOT_FINDINGS)
def test_shared_negation_or_infinitive_keeps_its_cue(text: str, indicator: str, polarity: str) -> None:
    assert indicator not in rule_findings(text, "en")
    assert polarity in rule_polarities(text, indicator, "en")


def test_an_unknown_cue_type_in_object_clauses_is_an_error_naming_it(tmp_path: Path) -> None:
    p = tmp_path / "scope.yaml"
    p.write_text('version: "t"\nlanguages:\n  en:\n    terminators: [but]\n'
                 '    object_clauses: {openers: [and], objects: [them], cue_types: [negated]}\n    cues:\n'
                 '      - type: policy\n        direction: pre\n        window: 4\n        cues: ["=must"]\n',
                 encoding="utf-8")
    with pytest.raises(Exception, match=r"en\.object_clauses\.cue_types.*'negated'"):
        load_scope(p)
