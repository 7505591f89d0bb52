"""Named slots of scope.yaml: a cue writes ``$NAME`` for a long list of alternatives defined once per language."""
from __future__ import annotations

from pathlib import Path

import pytest

from screener.lexicon_scope import load_scope

SCOPE = Path(__file__).resolve().parents[1] / "lexicons" / "scope.yaml"


def _write(tmp_path: Path, slots: str, cue: str) -> Path:
    p = tmp_path / "scope.yaml"
    p.write_text(f'version: "t"\nlanguages:\n  en:\n    terminators: [but]\n{slots}    cues:\n'
                 f'      - type: policy\n        direction: pre\n        window: 4\n        cues: ["{cue}"]\n',
                 encoding="utf-8")
    return p


def test_a_slot_expands_in_place_and_may_be_optional(tmp_path: Path) -> None:
    p = _write(tmp_path, '    slots:\n      ACTORS: "=suppliers|=agents"\n', "=our $ACTORS =must $ACTORS? =not")
    (cue,) = load_scope(p)["en"].cues
    assert cue.text == "=our =suppliers|=agents =must =suppliers|=agents? =not"


def test_an_unknown_slot_is_an_error_naming_it(tmp_path: Path) -> None:
    p = _write(tmp_path, "", "=our $ACTORS =must")
    with pytest.raises(Exception, match=r"unknown slot \$ACTORS"):
        load_scope(p)


def test_the_shipped_code_rule_cues_use_the_employer_side_slot() -> None:
    text = SCOPE.read_text(encoding="utf-8")
    assert text.count("$EMPLOYER_SIDE") >= 3
    cues = [c.text for c in load_scope(SCOPE)["es"].cues]
    assert not any("$" in c for c in cues)
    assert any("=proveedores|" in c and "=deben" in c for c in cues)
