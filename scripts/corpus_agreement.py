#!/usr/bin/env python3
"""Double labelling of the sentence corpus: draw the sample, and measure agreement (Cohen's kappa).

  python scripts/corpus_agreement.py sample [--n 200] [--seed 2026] > sample.jsonl
      a deterministic sample (by seed) of corpus sentences, text only (id, text, lang): the second annotator
      labels these without seeing the first labels and writes corpus/double_label_200.jsonl
      ({"id", "text", "lang", "present", "absent"}).
  python scripts/corpus_agreement.py kappa [--second corpus/double_label_200.jsonl]
      Cohen's kappa between the corpus labels and the second annotator's: over every (sentence, indicator)
      pair with three categories (present / absent / none), per indicator, and on "mentioned or not".
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screener.evidence.sentence_train import LabelledSentence, load_corpus  # noqa: E402
from screener.contracts import INDICATOR_IDS  # noqa: E402


def sample(records: Sequence[LabelledSentence], n: int, seed: int) -> list[LabelledSentence]:
    """The ``n`` records with the smallest hash of (seed, id): stable as the corpus grows elsewhere."""
    key = lambda r: hashlib.sha256(f"{seed}:{r.id}".encode()).hexdigest()  # noqa: E731
    return sorted(records, key=key)[:n]


def kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa of two label sequences (1.0 when both are constant and equal)."""
    n = len(a)
    if n == 0:
        return float("nan")
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def category(present: Sequence[str], absent: Sequence[str], ind: str) -> str:
    """present / absent / none for one indicator."""
    return "present" if ind in present else "absent" if ind in absent else "none"


def agreement(second: list[dict], records: Sequence[LabelledSentence]) -> dict:
    """Kappa figures between the corpus labels (first) and ``second`` (matched by id)."""
    by_id = {r.id: r for r in records}
    pairs = [(by_id[s["id"]], s) for s in second if s["id"] in by_id]
    out = {"sentences": len(pairs), "per_indicator": {}}
    a_all, b_all, am, bm = [], [], [], []
    for ind in INDICATOR_IDS:
        a = [category(r.present, r.absent, ind) for r, _ in pairs]
        b = [category(s.get("present", []), s.get("absent", []), ind) for _, s in pairs]
        a_all += a
        b_all += b
        am += [x != "none" for x in a]
        bm += [x != "none" for x in b]
        out["per_indicator"][ind] = {"kappa": kappa(a, b), "first": sum(x != "none" for x in a),
                                     "second": sum(x != "none" for x in b)}
    out["kappa_pairs"] = kappa(a_all, b_all)
    out["kappa_mentioned"] = kappa(am, bm)
    out["exact_sentences"] = sum(set(r.present) == set(s.get("present", [])) and set(r.absent) == set(s.get("absent", []))
                                 for r, s in pairs) / max(len(pairs), 1)
    nonneutral = [i for i, (x, y) in enumerate(zip(a_all, b_all)) if x != "none" or y != "none"]
    out["agree_labelled_by_either"] = sum(a_all[i] == b_all[i] for i in nonneutral) / max(len(nonneutral), 1)
    out["pairs_labelled_by_either"] = len(nonneutral)
    return out


def agreement_report(path: Path, records: Sequence[LabelledSentence]) -> list[str]:
    """Markdown lines of the agreement figures, for the model card."""
    second = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    ag = agreement(second, records)
    lines = [f"A second annotator labelled {ag['sentences']} corpus sentences (a deterministic sample by seed, text",
             "only, without seeing the first labels). Cohen's kappa:", "",
             f"- every (sentence, indicator) pair, present / absent / none: **{ag['kappa_pairs']:.3f}**",
             f"- raw agreement on the {ag['pairs_labelled_by_either']} pairs either annotator labelled: "
             f"{ag['agree_labelled_by_either']:.1%}",
             f"- mentioned or not (present or absent vs none): {ag['kappa_mentioned']:.3f}",
             f"- sentences with identical labels: {ag['exact_sentences']:.1%}", "",
             "| indicator | kappa | labelled by first | labelled by second |", "|---|---:|---:|---:|"]
    for ind, v in ag["per_indicator"].items():
        k = "n/a" if v["first"] == v["second"] == 0 else f"{v['kappa']:.3f}"
        lines.append(f"| {ind} | {k} | {v['first']} | {v['second']} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("sample", "kappa"))
    ap.add_argument("--data-dir", action="append", default=None, help="corpus folder (repeatable; default corpus/sentences)")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--second", default=str(ROOT / "corpus" / "double_label_200.jsonl"))
    args = ap.parse_args(argv)
    records = load_corpus(args.data_dir or [ROOT / "corpus" / "sentences"])
    if args.command == "sample":
        for r in sample(records, args.n, args.seed):
            print(json.dumps({"id": r.id, "text": r.text, "lang": r.lang}, ensure_ascii=False))
        return 0
    print("\n".join(agreement_report(Path(args.second), records)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
