"""Would counting the sentence model's very confident findings raise F1? Measured on a split of the corpus.

For every sentence of the split the engine runs as shipped (rules + the model's possible findings). A model
output is a *candidate* to count when it is asserted by the scope rules at its n-grams, no rule finding of the
same indicator exists in the sentence (the engine already leaves those to the rules), the scope analysis of the
whole sentence finds no negation, hypothetical, remediated, policy or compliance cue, and the indicator is not
one whose numbers the numeric rules judge in a sentence with digits. Counted = rules' asserted findings plus
the candidates at or above a threshold on the calibrated probability.

``--choose`` (dev split) searches one global threshold and per-indicator thresholds from ``--floor`` (0.70: "very
confident", fixed beforehand) up (coordinate ascent on micro F1; "never count" is one of the choices), keeps the
better of the two on that split and writes it as JSON; ``--thresholds FILE`` (test split) applies that one choice,
once. Usage:
  python bench/evidence_model_count.py --split dev --choose --out /tmp/thresholds.json
  python bench/evidence_model_count.py --split test --thresholds /tmp/thresholds.json
  python bench/evidence_model_count.py --blind bench/blind/heldout2*.jsonl --choose --floor 0.6 --out FILE
``--blind FILES`` uses labelled JSON-lines files (the blind validation sets) instead of a corpus split; apply a choice
with ``scripts/apply_finding_thresholds.py``.
"""
from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from screener.contracts import INDICATOR_IDS  # noqa: E402
from screener.evidence import sentence_train as st  # noqa: E402
from screener.evidence.engine import EvidenceEngine  # noqa: E402
from screener.evidence.model_findings import _Scope  # noqa: E402

FLOOR = 0.70  # "very confident": no threshold below this is searched (set before looking at any split)


def grid(floor: float) -> list[float]:
    """Thresholds searched: ``floor`` to 0.99 by 0.01, and 1.01 (never count)."""
    return [round(floor + 0.01 * i, 2) for i in range(int(round((1.0 - floor) * 100)))] + [1.01]
_DIGIT = re.compile(r"\d")


@dataclass
class Row:
    """What the engine gives one labelled sentence."""

    gold: set[str]
    absent: set[str]
    rules: set[str]
    candidates: dict[str, float]  # indicator -> calibrated probability of a countable model output


def sentence_has_cue(engine: EvidenceEngine, text: str, lang: str, indicator: str = "") -> bool:
    """True when the engine's counting guard finds a non-asserting cue anywhere in ``text`` (a negation that
    takes away an entitlement of ``indicator`` does not count, as in the engine)."""
    return _Scope(engine.pipeline(lang), text).any_cue(indicator)


def collect(split: str, floor: float = FLOOR) -> list[Row]:
    """Rules' findings and countable model candidates of every unambiguous sentence of ``split``."""
    return collect_labelled([r for r in st.load_corpus([ROOT / "corpus" / "sentences"])
                             if not r.ambiguous and st.split_of(r.source) == split], floor)


def collect_blind(paths: list[Path], floor: float = FLOOR) -> list[Row]:
    """The same rows for the unambiguous sentences of labelled JSON-lines files (the blind validation sets)."""
    labelled = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not (d := json.loads(line)).get("ambiguous"):
                labelled.append(st.LabelledSentence(
                    str(d["id"]), d["text"], d.get("lang", "en"), tuple(d.get("present", [])),
                    tuple(d.get("absent", [])), False, str(d.get("source", "")), str(d.get("register", ""))))
    return collect_labelled(labelled, floor)


def collect_labelled(labelled: list[st.LabelledSentence], floor: float) -> list[Row]:
    """Rows for labelled sentences; the model reports every output from ``floor`` up, so that thresholds below
    its shipped possible band can be searched."""
    engine = EvidenceEngine()
    model = engine.sentence_model
    if model is not None:
        model = copy.copy(model)
        model.possible = np.minimum(model.possible, floor)
        engine.sentence_model = model
    numbers = model.numbers_decide if model is not None else frozenset()
    rows = []
    for r in labelled:
        evs = engine.scan_text(r.text, lang=r.lang)
        rules = {e.indicator for e in evs if e.polarity == "asserted" and e.confidence == "finding" and e.match != "model"}
        cands: dict[str, float] = {}
        for e in evs:
            if e.match != "model" or e.polarity != "asserted" or e.indicator in rules:
                continue
            if e.indicator in numbers and _DIGIT.search(e.sentence):
                continue
            if not sentence_has_cue(engine, r.text, r.lang, e.indicator):
                cands[e.indicator] = max(cands.get(e.indicator, 0.0), e.score)
        rows.append(Row(set(r.present), set(r.absent), rules, cands))
    return rows


def counts(rows: list[Row], thr: dict[str, float]) -> dict[str, list[int]]:
    """Per indicator [tp, fp, fn] with candidates counted at ``thr``."""
    out = {k: [0, 0, 0] for k in INDICATOR_IDS}
    for row in rows:
        pred = row.rules | {k for k, p in row.candidates.items() if p >= thr.get(k, 1.01)}
        for k in INDICATOR_IDS:
            g, h = k in row.gold, k in pred
            if g and h:
                out[k][0] += 1
            elif h:
                out[k][1] += 1
            elif g:
                out[k][2] += 1
    return out


def micro(c: dict[str, list[int]]) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of per-indicator counts."""
    t, p, n = (sum(v[i] for v in c.values()) for i in range(3))
    return (t / (t + p) if t + p else 1.0, t / (t + n) if t + n else 1.0, 2 * t / (2 * t + p + n) if t + p + n else 1.0)


def choose(rows: list[Row], floor: float = FLOOR) -> tuple[float, dict[str, float]]:
    """The best global threshold, and per-indicator thresholds by coordinate ascent on micro F1."""
    steps = grid(floor)

    def every(t: float) -> dict[str, float]:
        return {k: t for k in INDICATOR_IDS}

    best_global = max(steps, key=lambda t: (micro(counts(rows, every(t)))[2], t))
    per = every(1.01)
    for _ in range(3):
        for k in INDICATOR_IDS:
            per[k] = max(steps, key=lambda t: (micro(counts(rows, {**per, k: t}))[2], t))
    return best_global, per


def report(name: str, rows: list[Row], thr: dict[str, float]) -> None:
    """One line of micro figures for thresholds ``thr``."""
    p, r, f = micro(counts(rows, thr))
    added = sum(1 for row in rows for k, q in row.candidates.items() if q >= thr.get(k, 1.01))
    kept, absent = negation(rows, thr)
    print(f"{name:40s} P {p:.3f} R {r:.3f} F1 {f:.3f}  negation {kept}/{absent}  (model findings counted: {added})")


def negation(rows: list[Row], thr: dict[str, float]) -> tuple[int, int]:
    """Absent-labelled pairs not counted as findings, and all absent-labelled pairs."""
    kept = total = 0
    for row in rows:
        pred = row.rules | {k for k, q in row.candidates.items() if q >= thr.get(k, 1.01)}
        total += len(row.absent)
        kept += len(row.absent - pred)
    return kept, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--blind", type=Path, nargs="+",
                    help="labelled JSON-lines files to use instead of a corpus split (the blind validation sets)")
    ap.add_argument("--choose", action="store_true", help="search thresholds on this split (use dev)")
    ap.add_argument("--thresholds", type=Path, help="JSON of thresholds chosen before (apply once, on test)")
    ap.add_argument("--out", type=Path, help="where --choose writes its thresholds")
    ap.add_argument("--floor", type=float, default=FLOOR, help="lowest threshold searched (default 0.70)")
    args = ap.parse_args()
    rows = collect_blind(args.blind, args.floor) if args.blind else collect(args.split, args.floor)
    name = f"{len(args.blind)} blind sets" if args.blind else f"{args.split} split"
    print(f"{name}: {len(rows)} sentences, {sum(len(r.candidates) for r in rows)} countable candidates")
    report("rules alone (as shipped)", rows, {})
    if args.choose:
        g, per = choose(rows, args.floor)
        report(f"count at one threshold p >= {g:.2f}", rows, dict.fromkeys(INDICATOR_IDS, g))
        report("count at per-indicator thresholds", rows, per)
        f_g = micro(counts(rows, dict.fromkeys(INDICATOR_IDS, g)))[2]
        choice = "per_indicator" if micro(counts(rows, per))[2] > f_g + 1e-9 else "global"
        print(f"chosen on this split: {choice}")
        for t in (0.8, 0.9, 0.95):
            report(f"  (for reference: p >= {t:.2f})", rows, dict.fromkeys(INDICATOR_IDS, t))
        print("per-indicator:", {k: v for k, v in per.items() if v <= 1.0})
        if args.out:
            args.out.write_text(json.dumps({"choice": choice, "global": g, "per_indicator": per}, indent=1),
                                encoding="utf-8")
    if args.thresholds:
        chosen = json.loads(args.thresholds.read_text(encoding="utf-8"))
        thr = (chosen["per_indicator"] if chosen["choice"] == "per_indicator"
               else dict.fromkeys(INDICATOR_IDS, chosen["global"]))
        report(f"count at the thresholds chosen on dev ({chosen['choice']})", rows, thr)


if __name__ == "__main__":
    main()
