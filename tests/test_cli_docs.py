"""Every CLI option is documented in the README (sqlite-utils style), and the block is current."""
from __future__ import annotations

from screener.commands.docs import END, START, cli_reference, option_strings


def test_every_option_is_in_the_readme(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    missing = [flag for flag in option_strings() if flag not in readme]
    assert not missing, f"options missing from README.md: {missing}; run python -m screener.commands.docs"


def test_generated_reference_is_current(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    assert START in readme and END in readme
    block = readme.split(START, 1)[1].split(END, 1)[0].strip()
    assert block == cli_reference().strip(), "README CLI reference is stale; run python -m screener.commands.docs"


def test_options_cover_the_design_contract():
    flags = set(option_strings())
    for flag in ("--reports", "--out", "--sheet", "--map", "--jsonl", "--lang", "--list", "--from-reviews"):
        assert flag in flags
