"""The catalogue of data-quality issue codes (screener/issues.py) is the only place codes are spelt: every code
the package emits is in it, every entry is emitted somewhere and documented, and no code is written as a literal."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from screener import issues
from screener.issues import CATALOGUE, COUNTRY_UNKNOWN, ROW_NO_NAME, default_severity

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*(ROOT / "screener").rglob("*.py"), *(ROOT / "app_pages").rglob("*.py"), ROOT / "app.py"])
CONSTANTS = {name: value for name, value in vars(issues).items() if name.isupper() and isinstance(value, str) and value in CATALOGUE}
CODE_LIKE = re.compile(r"^[a-z]+(?:_[a-z]+)+$")
EMITTERS = {"DataQualityIssue", "issue", "note"}  # the constructor and the helpers that wrap it


def _trees() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in SOURCES
            if p.is_file() and p != ROOT / "screener" / "issues.py"]


def _code_arg(call: ast.Call) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == "code":
            return kw.value
    return call.args[0] if call.args else None


def test_every_constant_is_in_the_catalogue_once() -> None:
    assert len(CONSTANTS) == len(CATALOGUE) == len(set(CONSTANTS.values()))
    for kind in CATALOGUE.values():
        assert kind.severity in issues.SEVERITIES and kind.meaning.endswith(".") and len(kind.meaning) > 20


def test_no_issue_is_emitted_with_a_literal_code() -> None:
    literal = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                arg = _code_arg(node)
                if name in EMITTERS and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    literal.append(f"{path.relative_to(ROOT)}:{node.lineno} {arg.value}")
    assert not literal, literal


def test_no_catalogued_code_is_spelt_outside_the_catalogue() -> None:
    spelt = [f"{path.relative_to(ROOT)}:{node.lineno} {node.value}" for path, tree in _trees()
             for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in CATALOGUE]
    assert not spelt, spelt


def test_every_catalogued_code_is_emitted_somewhere() -> None:
    used: set[str] = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "screener.issues":
                used.update(a.name for a in node.names)
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "issues":
                used.add(node.attr)
    dead = sorted(set(CONSTANTS) - used)
    assert not dead, f"catalogued codes nothing emits: {dead}"


def test_every_code_is_documented_with_its_severity() -> None:
    doc = (ROOT / "docs" / "issue_codes.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z_]+)` \| (error|warning|info) \|", doc, flags=re.M))
    assert rows == {code: kind.severity for code, kind in CATALOGUE.items()}


def test_the_codes_look_like_codes_and_default_severities_resolve() -> None:
    assert all(CODE_LIKE.match(code) for code in CATALOGUE)
    assert default_severity(ROW_NO_NAME) == "error" and default_severity(COUNTRY_UNKNOWN) == "warning"
    with pytest.raises(KeyError):
        default_severity("row_empty_name")  # a code the screener never emitted
