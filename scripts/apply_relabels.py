#!/usr/bin/env python3
"""Apply a second-pass labelling (``corpus/relabel_s10/decisions_*.jsonl``) to the corpus: each decision adds
indicators to a sentence's ``present`` (or ``absent``) labels, and never removes one.

Records written from a compact authoring file (``corpus/src/<lang>_<batch>.txt``) are changed there, then
``scripts/build_corpus_en.py`` rebuilds their JSON lines; the other records are changed in their JSON-lines file.
An absent label is only added where the sentence already has an absent kind (the decisions give none).
Usage: python scripts/apply_relabels.py [--decisions DIR]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from build_corpus_en import CODES, parse  # noqa: E402

SHORT = {v: k for k, v in CODES.items()}


def load_decisions(folder: Path) -> dict[str, dict]:
    """id -> {"add_present": [...], "add_absent": [...]} over every decisions file of ``folder``."""
    out: dict[str, dict] = {}
    for path in sorted(folder.glob("decisions_*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            if d["id"] in out:
                raise SystemExit(f"{path.name}:{n}: {d['id']} decided twice")
            out[d["id"]] = {"add_present": list(d.get("add_present", [])), "add_absent": list(d.get("add_absent", []))}
    return out


def amended(rec: dict, dec: dict, stats: Counter) -> tuple[list[str], list[str]]:
    """The record's new present and absent lists."""
    present, absent = list(rec["present"]), list(rec["absent"])
    for ind in dec["add_present"]:
        if ind in CODES.values() and ind not in present and ind not in absent:
            present.append(ind)
            stats["present added"] += 1
    for ind in dec["add_absent"]:
        if ind in present or ind in absent or ind not in CODES.values():
            continue
        if not rec.get("absent_kind"):
            stats["absent skipped (no kind)"] += 1
            continue
        absent.append(ind)
        stats["absent added"] += 1
    return present, absent


def label_field(present: list[str], absent: list[str], kind: str, ambiguous: bool) -> str:
    """The compact label field of an authoring line."""
    kinds = {"negated": "n", "compliant": "c", "remediated": "r", "policy": "p", "hypothetical": "h"}
    lab = ",".join(SHORT[p] for p in present) or "-"
    if absent:
        lab += "/" + ",".join(SHORT[a] for a in absent) + ":" + kinds[kind]
    return lab + ("?" if ambiguous else "")


def patch_src(path: Path, lang: str, decisions: dict[str, dict], stats: Counter) -> set[str]:
    """Rewrite the label fields of decided lines of one authoring file; the ids it holds."""
    recs = parse(path, lang)
    by_line: list[int] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, raw in enumerate(lines):
        s = raw.strip()
        if s and not s.startswith("#") and not s.startswith("@") and " | " in s:
            by_line.append(n)
    if len(by_line) != len(recs):
        raise SystemExit(f"{path}: {len(by_line)} labelled lines but {len(recs)} records")
    for rec, n in zip(recs, by_line):
        dec = decisions.get(rec["id"])
        if dec is None:
            continue
        present, absent = amended(rec, dec, stats)
        if (present, absent) != (rec["present"], rec["absent"]):
            text = lines[n].split(" | ", 1)[1]
            lines[n] = label_field(present, absent, rec["absent_kind"], rec["ambiguous"]) + " | " + text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {r["id"] for r in recs}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--decisions", default=str(ROOT / "corpus" / "relabel_s10"))
    args = ap.parse_args()
    decisions = load_decisions(Path(args.decisions))
    stats: Counter = Counter()
    from_src: set[str] = set()
    for path in sorted((ROOT / "corpus" / "src").glob("*_*.txt")):
        lang = path.stem.split("_", 1)[0]
        if lang in ("en", "es", "fr"):
            from_src |= patch_src(path, lang, decisions, stats)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_corpus_en.py")], check=True, capture_output=True)
    for path in sorted((ROOT / "corpus" / "sentences").glob("*.jsonl")):
        if (ROOT / "corpus" / "src" / f"{path.stem}.txt").exists():
            continue
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            dec = decisions.get(rec["id"])
            if dec is not None and rec["id"] not in from_src:
                rec["present"], rec["absent"] = amended(rec, dec, stats)
            out.append(json.dumps(rec, ensure_ascii=False))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
