"""A short sentence made only of the matched words is a heading unless an auxiliary makes it a clause (scope.yaml
``heading_verbs``, 2027.01, head21).

Audit reports and case notes state findings in very short sentences ("Passports were confiscated.", "No tenían días de
descanso."). The heading rule read any sentence that is nothing but the matched words as a section heading or checklist
item, so these findings became hypothetical. Headings and checklist items without a finite verb stay hypothetical.

Sentences are written for these tests; none comes from the shared evaluation sets, the blind sets or the corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from evidence_helpers import rule_polarities
from screener.lexicon_scope import load_scope

FINDINGS = [
    ("Passports were confiscated.", "en", "retention_of_identity_documents"),
    ("Overtime was compulsory.", "en", "excessive_overtime"),
    ("Visits from family were not permitted.", "en", "isolation"),
    ("No tenían días de descanso.", "es", "excessive_overtime"),
    ("Los pasaportes eran retenidos.", "es", "retention_of_identity_documents"),
    ("Les passeports étaient confisqués.", "fr", "retention_of_identity_documents"),
]

HEADINGS = [
    ("Forced overtime", "en", "excessive_overtime"),
    ("Passport retention", "en", "retention_of_identity_documents"),
    ("Retención de pasaportes", "es", "retention_of_identity_documents"),
    ("Rétention des passeports", "fr", "retention_of_identity_documents"),
    ("Aucun jour de repos.", "fr", "excessive_overtime"),
]


@pytest.mark.parametrize("text, lang, indicator", FINDINGS)
def test_a_short_sentence_with_an_auxiliary_is_a_finding(text: str, lang: str, indicator: str) -> None:
    assert rule_polarities(text, indicator, lang) == {"asserted"}


@pytest.mark.parametrize("text, lang, indicator", HEADINGS)
def test_headings_without_a_finite_verb_stay_hypothetical(text: str, lang: str, indicator: str) -> None:
    assert rule_polarities(text, indicator, lang) == {"hypothetical"}


def test_heading_verbs_must_be_single_words(tmp_path: Path) -> None:
    p = tmp_path / "scope.yaml"
    p.write_text('version: "t"\nlanguages:\n  en:\n    terminators: [but]\n    headings_hypothetical: true\n'
                 '    heading_verbs: [was, "had been"]\n    cues: []\n', encoding="utf-8")
    with pytest.raises(Exception, match="heading_verbs"):
        load_scope(p)
