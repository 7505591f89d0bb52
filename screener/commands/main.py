"""The ``screener`` command: thin wiring over the package (DESIGN.md section 4, CLI)."""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Sequence

from screener.errors import InputError

# Each sub-command lives in screener/commands/<name>.py with add_arguments(parser) and run(args) -> int.
COMMANDS: dict[str, str] = {
    "screen": "Screen a supplier sheet (and audit reports) and write the risk register.",
    "scan": "Find forced-labour indicator evidence in one document, in text on stdin, or in a JSON-lines file.",
    "match": "Match supplier names against forced-labour watchlists (UFLPA, CBP or your own list).",
    "train": "Retrain the risk model on reviewers' decisions and print cross-validated metrics.",
    "users": "Manage the app's users, roles and hashed passwords (the file named by SCREENER_USERS).",
}


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every sub-command and option documented."""
    parser = argparse.ArgumentParser(
        prog="screener",
        description="Forced-labour risk screener for supplier portfolios. Exit codes: 0 ok, 2 bad input, 1 internal error.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, help_text in COMMANDS.items():
        module = importlib.import_module(f"screener.commands.{name}")
        p = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):  # odd file names (undecodable bytes) never crash a print
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]  # not on every TextIO: caught below
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except MemoryError:
        print("error: out of memory: the input is too large to process", file=sys.stderr)
        return 2
    except (SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # an internal error (a Rust panic is a BaseException): plainly, no traceback
        from screener.errors import printable

        if os.environ.get("SCREENER_DEBUG", "0") not in ("", "0"):
            raise
        print(f"internal error: {type(exc).__name__}: {printable(exc)[:300]} "
              "(set SCREENER_DEBUG=1 to see where it happened)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
