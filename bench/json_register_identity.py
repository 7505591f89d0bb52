"""Are two JSON registers byte-identical, timestamps aside (generated_at, run.started_at, run.duration_s)?

    python bench/json_register_identity.py BEFORE.json AFTER.json

Exits 0 when they are; otherwise prints the first differing line of each and exits 1.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

# The run's timestamps sit in the head, one key a line ("run" is written on one line by the streaming writer).
_STAMPS = [re.compile(rb'("generated_at": )"[^"]*"'), re.compile(rb'("started_at": )"[^"]*"'),
           re.compile(rb'("duration_s": )[0-9.eE+-]+')]


def without_timestamps(data: bytes) -> bytes:
    """``data`` with the run's timestamps blanked (only in the head, before the suppliers)."""
    head, sep, rest = data.partition(b'"suppliers": [')
    for pattern in _STAMPS:
        head = pattern.sub(rb'\1"-"', head, count=1)
    return head + sep + rest


def main() -> int:
    a, b = (without_timestamps(Path(p).read_bytes()) for p in sys.argv[1:3])
    if a == b:
        print(f"identical apart from timestamps ({len(a):,} bytes)")
        return 0
    la, lb = a.split(b"\n"), b.split(b"\n")
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            at = next(k for k in range(min(len(x), len(y)) + 1) if k == min(len(x), len(y)) or x[k] != y[k])
            print(f"line {i + 1} differs at byte {at}:\n  before: {x[max(0, at - 200):at + 300]!r}\n"
                  f"  after:  {y[max(0, at - 200):at + 300]!r}")
            return 1
    print(f"one register has more lines: {len(la)} against {len(lb)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
