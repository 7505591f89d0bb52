"""Dump or compare the evidence engine's output on fixed inputs, to prove a speed change leaves it identical.

Inputs: the shared dev set (``../shared/eval/dev_*.jsonl``, found beside the checkout or beside its
worktree folder; env ``SCREENER_SHARED`` names it elsewhere), ``tests/evidence_fresh*.jsonl`` and the
labelled corpus ``corpus/sentences/*.jsonl`` (each text scanned with its language and with detection;
then the corpus again as pages of 20 sentences, so page-level caches see repeats), the sample reports (``sample_suppliers/reports/*``) and a
slice of the synthetic benchmark corpus (``bench/bench_evidence.py``, many numbers and rare words).

    .venv/bin/python bench/evidence_identity.py dump /tmp/evidence_ref.jsonl    # before a change
    .venv/bin/python bench/evidence_identity.py check /tmp/evidence_ref.jsonl   # after it: exit 1 on a difference
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """The shared data folder: env ``SCREENER_SHARED``, else ``../shared`` of the checkout or of its parent."""
    env = os.environ.get("SCREENER_SHARED")
    if env:
        return Path(env)
    for cand in (REPO.parent / "shared", REPO.parent.parent / "shared"):
        if cand.is_dir():
            return cand
    return REPO.parent / "shared"


SHARED = _shared()


def records(bench_words: int) -> list[str]:
    """Every evidence record of every input, as one JSON line each (input name first)."""
    sys.path.insert(0, str(REPO / "bench"))
    from bench_evidence import as_documents, make_corpus  # noqa: E402

    from screener.evidence import get_engine
    from screener.ingest.documents import read_document

    engine = get_engine()
    out: list[str] = []

    def emit(source: str, evs) -> None:
        out.append(json.dumps({"source": source, "n": len(evs)}))
        out.extend(json.dumps({"source": source, **dataclasses.asdict(e)}, ensure_ascii=False) for e in evs)

    corpus = sorted((REPO / "corpus" / "sentences").glob("*.jsonl"))
    files = (sorted((SHARED / "eval").glob("dev_*.jsonl")) + sorted((REPO / "tests").glob("evidence_fresh*.jsonl"))
             + corpus)
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            emit(f"{path.name}:{row['id']}", engine.scan_text(row["text"], lang=row.get("lang")))
            emit(f"{path.name}:{row['id']}:detect", engine.scan_text(row["text"]))
    for path in corpus:  # the same sentences as pages: sentences of a page see each other's caches
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for i in range(0, len(rows), 20):
            page = " ".join(r["text"] for r in rows[i:i + 20])
            emit(f"{path.name}:page{i // 20}", engine.scan_text(page, lang=rows[i].get("lang")))
    for path in sorted((REPO / "sample_suppliers" / "reports").iterdir()):
        try:
            doc = read_document(path)
        except Exception as exc:  # an unreadable report is part of the fixed output too
            out.append(json.dumps({"source": path.name, "error": type(exc).__name__}))
            continue
        emit(path.name, engine.scan_document(doc, "S"))
    if bench_words:
        items = as_documents(make_corpus(bench_words))
        emit("bench_corpus", engine.scan_documents(items, workers=1))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("dump", "check"))
    ap.add_argument("reference", type=Path)
    ap.add_argument("--bench-words", type=int, default=150_000)
    a = ap.parse_args()
    lines = records(a.bench_words)
    if a.mode == "dump":
        a.reference.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} lines to {a.reference}")
        return 0
    ref = a.reference.read_text(encoding="utf-8").splitlines()
    if ref == lines:
        print(f"identical: {len(lines)} lines")
        return 0
    diffs = [(i, r, l) for i, (r, l) in enumerate(zip(ref, lines)) if r != l]
    print(f"DIFFERENT: reference {len(ref)} lines, now {len(lines)}; {len(diffs)} differing lines in the common part")
    for i, r, l in diffs[:10]:
        print(f"line {i}:\n  ref: {r[:400]}\n  now: {l[:400]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
