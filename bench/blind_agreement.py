"""Agreement between the blind sets' labels and a second annotator's labels of a sample of their sentences.

The second annotator labelled the sentences from their text alone, by the rules of ../shared/eval/README.md, without
seeing the first labels (bench/blind/double_label_s12.jsonl: 300 sentences, 100 from each of heldout20, style10 and
heldout21). Prints the F1 of the second annotator's present labels against the first's, Cohen's kappa over every
(sentence, indicator) pair (present / absent / neither, and present against not), and the agreement per indicator.
Sentences either annotator marked ambiguous are left out.

Usage: .venv/bin/python bench/blind_agreement.py [--second bench/blind/double_label_s12.jsonl]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from screener.contracts import INDICATOR_IDS

BLIND = Path(__file__).resolve().parent / "blind"


def _rows(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                                 if line.strip())}


def _label(row: dict, indicator: str) -> str:
    return "P" if indicator in row["present"] else "A" if indicator in row["absent"] else "N"


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two annotators' categorical labels of the same items."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in set(first) | set(second)) / n / n
    return (observed - expected) / (1 - expected)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--second", type=Path, default=BLIND / "double_label_s12.jsonl")
    args = ap.parse_args()
    second = _rows(args.second)
    first: dict[str, dict] = {}
    for name in ("heldout20", "style10", "heldout21", "heldout22"):
        if (BLIND / f"{name}.jsonl").exists():
            first.update(_rows(BLIND / f"{name}.jsonl"))
    ids = [i for i in second if i in first and not second[i].get("ambiguous") and not first[i].get("ambiguous")]
    tp = sum(len(set(first[i]["present"]) & set(second[i]["present"])) for i in ids)
    fp = sum(len(set(second[i]["present"]) - set(first[i]["present"])) for i in ids)
    fn = sum(len(set(first[i]["present"]) - set(second[i]["present"])) for i in ids)
    print(f"sentences {len(ids)}; second against first, present labels: tp {tp} fp {fp} fn {fn}, "
          f"F1 {2 * tp / (2 * tp + fp + fn):.3f}")
    pairs = [(_label(first[i], k), _label(second[i], k)) for i in ids for k in INDICATOR_IDS]
    print(f"Cohen's kappa over sentence x indicator: present/absent/neither {kappa(pairs):.3f}, "
          f"present against not {kappa([(a == 'P', b == 'P') for a, b in pairs]):.3f}")
    for k in INDICATOR_IDS:
        both = sum(1 for i in ids if k in first[i]["present"] and k in second[i]["present"])
        one = sum(1 for i in ids if k in first[i]["present"])
        two = sum(1 for i in ids if k in second[i]["present"])
        print(f"  {k:34s} first {one:3d}  second {two:3d}  both {both:3d}  F1 {2 * both / max(1, one + two):.2f}")


if __name__ == "__main__":
    main()
