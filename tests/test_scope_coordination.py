"""A negation or prohibition that opens a coordinated predicate which is itself a finding ("... and were not
allowed to leave", "... and they were forbidden to leave") does not reach back over the coordinator to the finding
before it (scope 2026.12.18, ``coordinators``)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screener.evidence import get_engine
from screener.lexicon import LexiconError, load_lexicon, load_lexicon_from

ROOT = Path(__file__).resolve().parent.parent


def _polarities(text: str, lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in get_engine().scan_text(text, lang=lang):
        if out.get(e.indicator) != "asserted":
            out[e.indicator] = e.polarity
    return out


@pytest.mark.parametrize("text, lang, kept, other", [
    # each of these first findings was negated by the second predicate's negation before 2026.12.18
    ("The workers were beaten and were not allowed to leave.", "en",
     "physical_sexual_violence", "restriction_of_movement"),
    ("She was beaten by her employer and was not allowed to call her family.", "en",
     "physical_sexual_violence", "isolation"),
    ("Workers had been made to work long hours under threat and were not permitted to leave the premises.", "en",
     "intimidation_threats", "restriction_of_movement"),
    ("Seasonal pickers work 14-hour days and are not paid for the driving they do after their shifts.", "en",
     "excessive_overtime", "withholding_of_wages"),
    # Spanish and French negations do not reach back: they stay right
    ("Los trabajadores eran golpeados y no podían salir de la finca.", "es",
     "physical_sexual_violence", "restriction_of_movement"),
    ("Les ouvriers étaient frappés et n'avaient pas le droit de sortir.", "fr",
     "physical_sexual_violence", "restriction_of_movement"),
    # a prohibition imposed on the workers: policy before 2026.12.18
    ("Their passports were taken and they were forbidden to leave the farm.", "en",
     "retention_of_identity_documents", "restriction_of_movement"),
    ("Les avocats ont décrit un logement insalubre et l'interdiction de sortir de l'exploitation.", "fr",
     "abusive_working_living_conditions", "restriction_of_movement"),
])
def test_a_coordinated_negated_finding_leaves_the_first_finding_asserted(text, lang, kept, other) -> None:
    got = _polarities(text, lang)
    assert got.get(kept) == "asserted", got
    assert got.get(other) == "asserted", got


@pytest.mark.parametrize("text, indicator", [
    ("Child labour was assessed during the audit and was not found.", "child_labour"),
    ("Overtime and night work were not required of any worker.", "excessive_overtime"),
    ("Passports were checked by the auditors and were not retained by the employer.",
     "retention_of_identity_documents"),
    ("Recruitment fees were reviewed and were not charged to workers.", "recruitment_fees"),
    ("Child labour is not tolerated and is prohibited by our supplier code.", "child_labour"),
    ("Confiscating passports and restricting movement are prohibited.", "retention_of_identity_documents"),
    ("Confiscating passports and restricting movement are prohibited.", "restriction_of_movement"),
])
def test_a_negation_that_denies_the_first_match_still_negates_it(text, indicator) -> None:
    assert _polarities(text, "en").get(indicator, "none") != "asserted"


def test_every_language_has_coordinators_of_one_word() -> None:
    rules = load_lexicon().scope
    for lang in ("en", "es", "fr"):
        assert rules[lang].coordinators, lang
        assert all(" " not in c for c in rules[lang].coordinators)


@pytest.mark.parametrize("key, written, phrase", [
    ("coordinators", "coordinators: [and]", 'coordinators: ["and then"]'),
    ("limiters", "limiters: [only,", 'limiters: ["only a", '),  # scope 2026.12.20 (tests/test_scope_limiters.py)
])
def test_one_word_lists_refuse_a_phrase(tmp_path: Path, key: str, written: str, phrase: str) -> None:
    copy = tmp_path / "lexicons"
    shutil.copytree(ROOT / "lexicons", copy)
    scope = copy / "scope.yaml"
    text = scope.read_text(encoding="utf-8")
    assert written in text
    scope.write_text(text.replace(written, phrase, 1), encoding="utf-8")
    with pytest.raises(LexiconError, match=key):
        load_lexicon_from(copy)
