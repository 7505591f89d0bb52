"""Every YAML file of the lexicons is read through one loader (screener.resources) and checked against its
schema (screener.lexicon_schema); a malformed file is a clear user error naming the file and the key."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from screener.errors import InputError, LexiconError
from screener.lexicon_schema import SCHEMAS
from screener.resources import lexicon_data, lexicon_dir, read_yaml

ROOT = Path(__file__).resolve().parents[1]
LEXICON_FILES = sorted(p.relative_to(lexicon_dir()).as_posix() for p in lexicon_dir().rglob("*.yaml"))


def test_every_lexicon_file_has_a_schema_and_no_schema_is_stale() -> None:
    assert LEXICON_FILES and set(LEXICON_FILES) == set(SCHEMAS)


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_every_lexicon_file_loads_through_the_loader(name: str) -> None:
    data = lexicon_data(name)
    assert isinstance(data, dict) and data
    assert lexicon_data(name) is data  # cached: read once per process


def _copy(tmp_path: Path, name: str, edit) -> Path:
    data = yaml.safe_load((lexicon_dir() / name).read_text(encoding="utf-8"))
    edit(data)
    out = tmp_path / Path(name).name
    out.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return out


def test_a_missing_key_names_the_file_and_the_key(tmp_path: Path) -> None:
    path = _copy(tmp_path, "risk/match_weights.yaml", lambda d: d["token_match"].pop("fuzzy_min_length"))
    with pytest.raises(LexiconError) as err:
        read_yaml(path, "risk/match_weights.yaml")
    assert isinstance(err.value, InputError)  # the CLI exits with code 2, not "internal error"
    assert str(path) in str(err.value) and "'token_match.fuzzy_min_length' is missing" in str(err.value)


def test_a_wrong_type_names_the_file_the_key_and_the_item(tmp_path: Path) -> None:
    path = _copy(tmp_path, "columns.yaml", lambda d: d["fields"]["country"]["en"].insert(1, ["nested"]))
    with pytest.raises(LexiconError, match=re.escape("key 'fields.country.en[1]' must be text or a whole number")):
        read_yaml(path, "columns.yaml")
    path = _copy(tmp_path, "export.yaml", lambda d: d["due_days"].update(default=True))  # a bare "yes" in YAML
    with pytest.raises(LexiconError, match=re.escape("key 'due_days.default' must be a whole number, found true")):
        read_yaml(path, "export.yaml")


def test_bad_yaml_and_a_missing_file_are_lexicon_errors(tmp_path: Path) -> None:
    bad = tmp_path / "scoring.yaml"
    bad.write_text("tiers: [high\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid YAML"):
        read_yaml(bad, "scoring.yaml")
    with pytest.raises(LexiconError, match="missing"):
        read_yaml(tmp_path / "nothing.yaml")
    top = tmp_path / "labels.yaml"
    top.write_text("- a list, not a mapping\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="'the top level' must be a mapping"):
        read_yaml(top, "labels.yaml")


def test_no_module_parses_yaml_itself() -> None:
    """Only the loader calls the YAML parser (the users file of screener/access.py is configuration, not a
    lexicon, and is read where it is managed)."""
    allowed = {ROOT / "screener" / "resources.py", ROOT / "screener" / "access.py"}
    sources = [*(ROOT / "screener").rglob("*.py"), *(ROOT / "app_pages").rglob("*.py"), ROOT / "app.py"]
    parsing = [str(p.relative_to(ROOT)) for p in sources if p not in allowed and p.is_file()
               and re.search(r"yaml\.(safe_)?load\(", p.read_text(encoding="utf-8"))]
    assert not parsing, parsing
