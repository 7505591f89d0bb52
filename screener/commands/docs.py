"""The CLI reference for the README, generated from the argument parser so it can never drift."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from screener.commands.main import build_parser

START, END = "<!-- CLI-OPTIONS -->", "<!-- /CLI-OPTIONS -->"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse has no public accessor for sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def cli_reference() -> str:
    """Markdown with the ``--help`` text of every sub-command."""
    parser = build_parser()
    parts = ["### CLI reference", "", "Generated from `screener COMMAND --help` by `python -m screener.commands.docs`.", ""]
    for name, sub in _subparsers(parser).items():
        sub.formatter_class = lambda prog: argparse.HelpFormatter(prog, width=100)
        parts += [f"#### `screener {name}`", "", "```", sub.format_help().rstrip(), "```", ""]
    return "\n".join(parts)


def option_strings() -> list[str]:
    """Every option flag of every sub-command, e.g. ``--reports``."""
    flags = []
    for sub in _subparsers(build_parser()).values():
        for action in sub._actions:
            flags += [s for s in action.option_strings if s.startswith("--") and s != "--help"]
    return flags


def update_readme(path: Path) -> bool:
    """Rewrite the generated block of the README; True when it changed."""
    text = path.read_text(encoding="utf-8")
    block = f"{START}\n{cli_reference()}\n{END}"
    pattern = re.compile(re.escape(START) + r".*?(" + re.escape(END) + r"|$)", re.S)
    new = pattern.sub(lambda _m: block, text, count=1) if START in text else text + "\n" + block + "\n"
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    changed = update_readme(Path(__file__).resolve().parents[2] / "README.md")
    print("README.md updated" if changed else "README.md already up to date")
