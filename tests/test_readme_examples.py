"""Every `screener` command in the README's fenced blocks runs as written, from a copy of the repository layout.

The quick-start block (`make run`, `make test`) is what CI itself runs; the CLI reference blocks are help text,
checked by test_cli_docs.py. Outputs go to a temporary folder, never into the checkout.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.S | re.M)


def readme_commands() -> list[str]:
    """Lines of fenced blocks that call the screener CLI (directly or at the end of a pipe)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in FENCE.findall(text):
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("screener ") or re.search(r"\|\s*screener ", line):
                commands.append(line)
    return commands


def test_readme_has_examples_of_every_command() -> None:
    cmds = readme_commands()
    for sub in ("screen", "scan", "match"):
        assert any(re.search(rf"\bscreener {sub}\b", c) for c in cmds), sub


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    for name in ("sample_suppliers", "lexicons", "models"):
        (work / name).symlink_to(REPO / name)
    shutil.copytree(REPO / "examples", work / "examples")  # commands may write beside their inputs
    return work


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs(command: str, workdir: Path) -> None:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("SCREENER_DB", None)
    proc = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], cwd=workdir, env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, f"{command}\n{proc.stderr[-2000:]}"
    out_files = re.findall(r"--out (\S+)", command)
    for out in out_files:
        target = workdir / out
        assert target.exists() and (target.is_dir() and any(target.iterdir()) or target.stat().st_size > 0), out
    if "--out" not in command:
        assert proc.stdout.strip(), command
