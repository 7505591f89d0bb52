"""Validate the real-phrasing sentence corpus (corpus/sentences/*.jsonl).

Checks schema, unique ids and texts, valid indicator ids, present/absent disjointness, absent_kind
consistency, and that no source URL is a page of a blind set (bench/blind/*_sources.txt) or, when the
../shared/eval source lists exist, a held-back or dev_realdocs source. `--counts` prints present/absent counts per
indicator and language, and per register.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

INDICATORS = (
    "abuse_of_vulnerability", "deception", "restriction_of_movement", "isolation",
    "physical_sexual_violence", "intimidation_threats", "retention_of_identity_documents",
    "withholding_of_wages", "debt_bondage", "recruitment_fees", "abusive_working_living_conditions",
    "excessive_overtime", "child_labour",
)
REGISTERS = (
    "audit_finding", "audit_table_row", "cap_row", "interview_note", "complaint_investigation",
    "better_work", "ngo_report", "government_report", "news", "code_of_conduct", "modern_slavery_statement",
)
ABSENT_KINDS = ("negated", "compliant", "remediated", "policy", "hypothetical")
FIELDS = {"id": str, "text": str, "lang": str, "present": list, "absent": list, "ambiguous": bool,
          "source": str, "register": str, "absent_kind": str, "kind": str}
LANGS = ("en", "es", "fr")


def load(paths: list[Path]) -> list[tuple[str, int, dict]]:
    """Read records as (file, line number, object); a line that is not JSON yields an empty dict."""
    out = []
    for p in paths:
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append((p.name, n, json.loads(line)))
            except json.JSONDecodeError:
                out.append((p.name, n, {}))
    return out


_NORMLEX_COMMENT = re.compile(r"comment_id.*?lang_code(?:%3a|:)(\d{5,})", re.I)


def _norm_url(u: str) -> str:
    """A key for "the same document": scheme, "www." and a trailing slash left out; an ILO NORMLEX comment is
    one document in every language and interface ("nrmlx_en/...4417597,es" is "nrmlx_fr/...4417597,fr")."""
    u = u.strip().rstrip("/").lower()
    m = _NORMLEX_COMMENT.search(u) if "normlex" in u else None
    if m:
        return f"normlex-comment:{m.group(1)}"
    u = re.sub(r"^https?://", "", u)
    return u[4:] if u.startswith("www.") else u


def check(records: list[tuple[str, int, dict]], forbidden: set[str] | None = None) -> list[str]:
    """Return a list of human-readable problems (empty when the corpus is valid)."""
    problems: list[str] = []
    ids: Counter = Counter()
    texts: Counter = Counter()
    forbidden = {_norm_url(u) for u in (forbidden or set())}
    for fname, n, r in records:
        where = f"{fname}:{n}"
        if not r:
            problems.append(f"{where}: not valid JSON")
            continue
        for k, t in FIELDS.items():
            if k not in r:
                problems.append(f"{where}: missing field {k}")
            elif not isinstance(r[k], t):
                problems.append(f"{where}: field {k} is not {t.__name__}")
        if set(r) - set(FIELDS):
            problems.append(f"{where}: unknown fields {sorted(set(r) - set(FIELDS))}")
        if any(k not in r or not isinstance(r[k], FIELDS[k]) for k in FIELDS):
            continue
        ids[r["id"]] += 1
        texts[r["text"].strip().lower()] += 1
        if not r["text"].strip():
            problems.append(f"{where}: empty text")
        if r["lang"] not in LANGS:
            problems.append(f"{where}: bad lang {r['lang']!r}")
        if not r["id"].startswith(f"pe-{r['lang']}-"):
            problems.append(f"{where}: id {r['id']} does not match lang")
        if r["kind"] != "paraphrase":
            problems.append(f"{where}: kind must be 'paraphrase'")
        if r["register"] not in REGISTERS:
            problems.append(f"{where}: bad register {r['register']!r}")
        for lab in ("present", "absent"):
            for ind in r[lab]:
                if ind not in INDICATORS:
                    problems.append(f"{where}: unknown indicator {ind!r} in {lab}")
            if len(set(r[lab])) != len(r[lab]):
                problems.append(f"{where}: duplicate id in {lab}")
        if set(r["present"]) & set(r["absent"]):
            problems.append(f"{where}: present and absent share {sorted(set(r['present']) & set(r['absent']))}")
        if r["absent"] and r["absent_kind"] not in ABSENT_KINDS:
            problems.append(f"{where}: absent labels need absent_kind in {ABSENT_KINDS}")
        if not r["absent"] and r["absent_kind"]:
            problems.append(f"{where}: absent_kind set without absent labels")
        if not r["source"].startswith(("http://", "https://")):
            problems.append(f"{where}: source is not a URL")
        elif _norm_url(r["source"]) in forbidden:
            problems.append(f"{where}: source is a held-back or dev_realdocs URL")
    problems += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    problems += [f"duplicate text {t[:60]!r}" for t, c in texts.items() if c > 1]
    return problems


def counts(records: list[tuple[str, int, dict]]) -> str:
    """Markdown tables of present/absent counts per indicator and language, and per register."""
    langs = sorted({r["lang"] for _, _, r in records if r})
    per: Counter = Counter()
    for _, _, r in records:
        for lab in ("present", "absent"):
            for ind in r.get(lab, []):
                per[(ind, r["lang"], lab)] += 1
    lines = ["| indicator | " + " | ".join(f"{l} P/A" for l in langs) + " |",
             "|---|" + "---:|" * len(langs)]
    for ind in INDICATORS:
        lines.append(f"| {ind} | " + " | ".join(f"{per[(ind, l, 'present')]}/{per[(ind, l, 'absent')]}"
                                                 for l in langs) + " |")
    lang_n = Counter(r["lang"] for _, _, r in records if r)
    neutral = Counter(r["lang"] for _, _, r in records if r and not r["present"] and not r["absent"])
    lines += ["", "| lang | sentences | neutral | sources |", "|---|---:|---:|---:|"]
    for l in langs:
        srcs = {r["source"] for _, _, r in records if r and r["lang"] == l}
        lines.append(f"| {l} | {lang_n[l]} | {neutral[l]} | {len(srcs)} |")
    regs = Counter((r["register"], r["lang"]) for _, _, r in records if r)
    lines += ["", "| register | " + " | ".join(langs) + " |", "|---|" + "---:|" * len(langs)]
    for reg in REGISTERS:
        lines.append(f"| {reg} | " + " | ".join(str(regs[(reg, l)]) for l in langs) + " |")
    kinds = Counter(r["absent_kind"] for _, _, r in records if r and r["absent"])
    lines += ["", "absent_kind: " + ", ".join(f"{k} {kinds[k]}" for k in ABSENT_KINDS)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    root = Path(__file__).resolve().parent.parent
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--counts", action="store_true")
    ap.add_argument("--eval-dir", type=Path, default=root.parent / "shared" / "eval",
                    help="folder of the eval source lists (default: the shared data beside the checkout)")
    a = ap.parse_args(argv)
    files = a.files or sorted((root / "corpus" / "sentences").glob("*.jsonl"))
    forbidden: set[str] = set()
    for name in ("held_back_sources.txt", "dev_realdocs_sources.txt"):
        p = a.eval_dir / name
        if p.exists():
            forbidden |= {l.strip() for l in p.read_text(encoding="utf-8").splitlines() if l.strip()}
    for p in sorted((root / "bench" / "blind").glob("*_sources.txt")):  # the blind sets' pages stay unseen
        forbidden |= {l.strip() for l in p.read_text(encoding="utf-8").splitlines() if l.strip()}
    recs = load(files)
    probs = check(recs, forbidden)
    for p in probs:
        print(p)
    print(f"{len(recs)} records in {len(files)} files, {len(probs)} problems"
          + ("" if forbidden else " (source lists not found: URL check skipped)"))
    if a.counts:
        print(counts(recs))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
