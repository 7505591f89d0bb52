"""Write the list of pages a new blind set may not use: every URL in the repository (blind-set source lists, the
corpus, tests, lexicons, docs) and in the shared evaluation folder, one a line, sorted.

Writers of a new blind set skip any page whose URL contains a listed URL's host and path, or is contained in one.
Usage: python bench/blind_exclusion.py [--shared ../shared] [--out excluded_sources.txt]
"""
from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
URL = re.compile(r"https?://[^\s\"'<>)\]]+")
# A real page has a dotted host; placeholders such as "http://x" would match almost every address by containment.
REAL_HOST = re.compile(r"https?://[^/\s.]+\.[^/\s]+")


def urls_in(paths: list[Path]) -> set[str]:
    """The URLs written in these text files, without trailing punctuation."""
    found: set[str] = set()
    for p in paths:
        try:
            text = p.read_text(encoding="utf-8", errors="ignore")
        except OSError:
            continue
        found |= {u.rstrip(".,;") for u in URL.findall(text) if REAL_HOST.match(u.rstrip(".,;"))}
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (eval/ is read)")
    ap.add_argument("--out", type=Path, default=Path("excluded_sources.txt"))
    args = ap.parse_args()
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    urls = urls_in([ROOT / f for f in tracked])
    if (args.shared / "eval").is_dir():
        urls |= urls_in(sorted((args.shared / "eval").iterdir()))
    args.out.write_text("\n".join(sorted(u for u in urls if u)) + "\n", encoding="utf-8")
    print(f"{len(urls)} URLs written to {args.out}")


if __name__ == "__main__":
    main()
