"""The lexicon loads, carries version and checksum, and an invalid lexicon is rejected with a clear message."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screener.lexicon import LEXICON_DIR, LexiconError, load_lexicon, load_lexicon_from
from screener.contracts import INDICATOR_IDS

REMEDIATION_KEYS = {
    "retention_of_identity_documents": {"return_documents", "personal_lockers"},
    "recruitment_fees": {"reimburse_recruitment_fees", "employer_pays_policy"},
    "child_labour": {"child_labour_remediation", "refer_victim_assistance"},
    "excessive_overtime": {"cap_working_hours"},
}


def test_lexicon_has_all_indicators_with_ilo_framework() -> None:
    lex = load_lexicon()
    assert set(lex.indicators) == set(INDICATOR_IDS)
    assert len(lex.checksum) == 64 and lex.version
    for ind in lex.indicators.values():
        assert ind.dimensions and ind.elements and ind.severity in ("critical", "high", "medium")
        assert ind.remediation
    for iid, keys in REMEDIATION_KEYS.items():
        assert set(lex.indicators[iid].remediation) == keys
    for lang in ("en", "es", "fr"):
        covered = {p.indicator for p in lex.patterns[lang]}
        assert covered == set(INDICATOR_IDS), (lang, set(INDICATOR_IDS) - covered)


@pytest.fixture()
def lexdir(tmp_path: Path) -> Path:
    dst = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, dst, ignore=shutil.ignore_patterns("risk", "*.csv"))
    return dst


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_copy_loads_and_checksum_tracks_content(lexdir: Path) -> None:
    a = load_lexicon_from(lexdir)
    assert a.checksum == load_lexicon().checksum
    _replace(lexdir / "patterns" / "en.yaml", "passport retention,", "passport retention, passports held,")
    assert load_lexicon_from(lexdir).checksum != a.checksum


@pytest.mark.parametrize("file,old,new,needle", [
    ("indicators.yaml", "severity: critical", "severity: extreme", "severity"),
    ("indicators.yaml", "dimensions: [unfree_recruitment]", "dimensions: [unfree_hiring]", "unfree_hiring"),
    ("indicators.yaml", "id: deception", "id: trickery", "trickery"),
    ("patterns/en.yaml", 'seq: "subject =to =the? worst', 'seq: "*3 subject =to =the? worst', "subjected_worst_forms"),
    ("patterns/en.yaml", 'seq: "threaten|', 'seq: "threaten||', "threaten"),
    ("patterns/fr.yaml", "  child_labour:", "  child_labor:", "child_labor"),
    ("scope.yaml", "type: hedge", "type: maybe", "type must be one of"),
    ("scope.yaml", "direction: post", "direction: sideways", "direction"),
    ("patterns/numeric.yaml", "hours_per_day_max: 10", "hours_per_day_max: ten", "threshold"),
])
def test_invalid_lexicon_is_rejected_naming_file_and_entry(lexdir: Path, file: str, old: str, new: str,
                                                            needle: str) -> None:
    _replace(lexdir / file, old, new)
    with pytest.raises(LexiconError) as err:
        load_lexicon_from(lexdir)
    msg = str(err.value)
    assert Path(file).name in msg and needle in msg


def test_missing_file_and_bad_yaml(lexdir: Path) -> None:
    (lexdir / "scope.yaml").unlink()
    with pytest.raises(LexiconError, match="missing"):
        load_lexicon_from(lexdir)
    (lexdir / "scope.yaml").write_text("languages: [unclosed", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid YAML"):
        load_lexicon_from(lexdir)
