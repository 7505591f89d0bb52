"""Evaluation helpers of scripts/train_sentence_model.py: keyword baseline, end-to-end scoring, model card.

The keyword baseline is a plain case-insensitive substring search, the same lists as
``../shared/eval/score.py --keywords`` (copied here so the script runs without ../shared).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from screener.evidence import sentence_train as st
from screener.evidence.sentence_model import SentenceModel
from screener.contracts import INDICATOR_IDS

KEYWORDS = {  # what a compliance analyst would search for by hand (as ../shared/eval/score.py)
    "abuse_of_vulnerability": ["vulnerab", "irregular status", "undocumented", "vulnerabilidad", "vulnérab"],
    "deception": ["deceiv", "decept", "false promise", "misled", "engañ", "tromp", "fausses promesses"],
    "restriction_of_movement": ["not allowed to leave", "locked", "confined", "curfew", "freedom of movement",
                                "no pueden salir", "enfermé", "couvre-feu", "libertad de movimiento"],
    "isolation": ["isolat", "remote", "aislad", "isolé"],
    "physical_sexual_violence": ["violence", "beaten", "beat ", "abuse", "tortur", "sexual", "violencia",
                                 "golpe", "agres", "violences", "frapp"],
    "intimidation_threats": ["threat", "intimidat", "amenaz", "menace", "intimid"],
    "retention_of_identity_documents": ["passport", "identity document", "id card", "pasaporte",
                                        "documento de identidad", "passeport", "pièce d'identité"],
    "withholding_of_wages": ["withheld", "withhold", "unpaid wage", "wages delayed", "salario retenido",
                             "retención de salario", "salaire retenu", "salaires impayés", "not paid"],
    "debt_bondage": ["debt", "bonded", "deuda", "dette", "endeud", "endett"],
    "recruitment_fees": ["recruitment fee", "placement fee", "paid the agent", "broker fee",
                         "tarifa de reclutamiento", "comisión de contratación", "frais de recrutement"],
    "abusive_working_living_conditions": ["hazardous", "unsafe", "protective equipment", "overcrowd",
                                          "dormitor", "peligros", "insalubr", "dangereu"],
    "excessive_overtime": ["overtime", "excessive hours", "hours a day", "hours per day", "horas extra",
                           "heures supplémentaires"],
    "child_labour": ["child", "children", "minor", "underage", "under 18", "under 15", "niño", "niña",
                     "menor", "enfant", "mineur"],
}


def keyword_mentions(text: str) -> set[str]:
    """Indicators whose keywords occur in ``text`` (case-insensitive)."""
    low = text.lower()
    return {i for i, kws in KEYWORDS.items() if any(k in low for k in kws)}


def score_pairs(records: Sequence[st.LabelledSentence], pred: dict[str, set[str]]) -> dict[str, Any]:
    """score.py's measures: micro P/R/F1 on present, negation accuracy on absent, neutral alarms, F1 by language."""
    tp = fp = fn = neg_ok = neg_n = alarm = neutral = 0
    lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in records:
        gold, absent, got = set(r.present), set(r.absent), pred.get(r.id, set())
        t, p, n = len(gold & got), len(got - gold), len(gold - got)
        tp, fp, fn = tp + t, fp + p, fn + n
        lang[r.lang][0] += t
        lang[r.lang][1] += p
        lang[r.lang][2] += n
        neg_n += len(absent)
        neg_ok += len(absent - got)
        if not gold and not absent:
            neutral += 1
            alarm += bool(got)
    f1 = lambda t, p, n: 2 * t / (2 * t + p + n) if t + p + n else 1.0  # noqa: E731
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "f1": f1(tp, fp, fn), "negation": neg_ok / neg_n if neg_n else 1.0,
            "neutral_alarms": f"{alarm}/{neutral}", "by_lang": {k: f1(*v) for k, v in sorted(lang.items())}}


def end_to_end(model: SentenceModel, records: Sequence[st.LabelledSentence]) -> dict[str, dict[str, Any]]:
    """The whole engine on ``records``: rules alone, rules + model findings, rules + model findings + possible,
    and the keyword baseline; asserted evidence counts, as in score.py."""
    from screener.evidence.engine import EvidenceEngine

    engine = EvidenceEngine(sentence_model=model)
    rules: dict[str, set[str]] = defaultdict(set)
    finding: dict[str, set[str]] = defaultdict(set)
    possible: dict[str, set[str]] = defaultdict(set)
    for r in records:
        for ev in engine.scan_text(r.text, lang=r.lang):
            if ev.polarity != "asserted":
                continue
            possible[r.id].add(ev.indicator)
            if ev.match != "model":
                rules[r.id].add(ev.indicator)
            if ev.confidence == "finding":
                finding[r.id].add(ev.indicator)
    keywords = {r.id: keyword_mentions(r.text) for r in records}
    return {"keyword baseline": score_pairs(records, keywords), "rules alone": score_pairs(records, rules),
            "rules + model (findings)": score_pairs(records, finding),
            "rules + model (findings + possible)": score_pairs(records, possible)}


def _counts_table(records: Sequence[st.LabelledSentence], parts: dict[str, list]) -> list[str]:
    langs = sorted({r.lang for r in records})
    lines = ["| indicator | " + " | ".join(f"{lg} present/absent" for lg in langs) + " | train / dev / test mentions |",
             "|---|" + "---:|" * (len(langs) + 1)]
    for ind in INDICATOR_IDS:
        cells = []
        for lg in langs:
            p = sum(ind in r.present for r in records if r.lang == lg)
            a = sum(ind in r.absent for r in records if r.lang == lg)
            cells.append(f"{p}/{a}")
        sp = " / ".join(str(sum(ind in r.mentioned for r in parts[s])) for s in ("train", "dev", "test"))
        lines.append(f"| {ind} | " + " | ".join(cells) + f" | {sp} |")
    return lines


# Why every output stays "possible" (finding threshold 1.01): the last test of counting very confident outputs.
COUNTING_NOTE = [
    "Counting very confident outputs was tried again on the grown corpus (2026-12-06, `bench/evidence_model_count.py`):",
    "a model output counted when asserted at its n-grams, with no rule finding of the indicator in the sentence, no",
    "negation, hypothetical, remediated, policy or compliance cue anywhere in the sentence, and a probability at or",
    "above a threshold chosen on dev (searched from 0.70; per indicator beat one global 0.74 on dev). Dev F1 rose",
    "0.727 -> 0.762, but the one confirmation on test gave 0.725 -> 0.729 with precision 0.850 -> 0.833: below the",
    "+0.01 bar, so every output stays a possible finding (finding threshold 1.01).",
    "With concept features (2026-12-06) the same test (bar fixed before: test F1 +0.01 with precision >= 0.85, and",
    "dev_realdocs holding) gave dev 0.743 -> 0.769 and test 0.737 -> 0.752 (precision 0.866), but on",
    "dev_realdocs F1 0.902 -> 0.897 and negation 0.913 -> 0.903: not adopted, every output stays possible.", ""]

# Why the model's very confident outputs count (finding thresholds from models/finding_thresholds.json).
COUNTED_NOTE = [
    "**Very confident outputs count** (adopted 2026-12-06). An output counts at once when its calibrated probability",
    "reaches its indicator's finding threshold, the scope rules assert it at its n-grams, no rule finds the indicator",
    "in the sentence, no negation or compliance cue lies anywhere in the sentence (since 2026-12-07 a policy,",
    "hypothetical or remediation cue counts only where the scope rules read it at the n-grams),",
    "and (hours and ages) the sentence has no digits for the numeric rules to judge. The thresholds were chosen on the",
    "dev split by `bench/evidence_model_count.py --split dev --choose` (per indicator, from 0.70 up, micro F1 of the",
    "whole engine; \"never\" is one of the choices) and kept in `models/finding_thresholds.json`. The bar, fixed before",
    "looking: corpus test F1 +0.01 with precision down at most 0.01, dev_realdocs F1 >= 0.89 and negation >= 0.90.",
    "Measured on the 9,734-sentence corpus (thresholds chosen again on its dev split): test 0.628 -> 0.657 (precision",
    "0.811 -> 0.804); dev_realdocs 0.902 -> 0.900, negation 0.913 -> 0.913; dev_real 0.972 -> 0.967; dev_authored",
    "0.975 -> 0.962. On the 7,019-sentence corpus the same test gave 0.654 -> 0.668. Earlier tries on smaller",
    "corpora (4,372 sentences, without and with concept features) gave +0.004 and failed dev_realdocs.",
    "After new data, choose again: train, run the bench on dev, then train again (deterministic).",
    "",
    "**Withholding of wages needs a signal word** (adopted 2026-12-07). Its counted outputs also need a word that says pay",
    "was not paid, kept back, cut, owed, late or only partly paid (`lexicons/model_signals.yaml`: \"unpaid\", \"only\", \"sin\",",
    "\"retenus\"...); without one the output stays possible. On the five blind validation sets the model's withholding",
    "findings were right 32 times and wrong 27 times, nearly all the wrong ones on bare pay words (poverty pay, wage rates,",
    "back pay handed over); with the signal: 14 fewer false findings, 1 fewer true one; dev_realdocs unchanged.",
    "",
    '**Not adopted (2026-12-08): finding thresholds chosen on the blind validation sets.** The thresholds above were',
    'chosen on the corpus dev split (3,164 sentences written by the project). The same search on the twelve blind validation',
    'sets (7,257 sentences by writers who never saw the code, `bench/blind/`) is now one command:',
    '`bench/evidence_model_count.py --blind FILES --choose --floor 0.60`, and `scripts/apply_finding_thresholds.py` applies',
    'a choice to the model without retraining. Chosen there and then set back to their earlier values where they added',
    "about as many wrong findings as right ones or counted a false finding in the project's fresh sentences, the sample",
    "portfolio's answer key or a near-miss test (child labour, intimidation, deception, excessive overtime, recruitment fees,",
    'abusive conditions: "workers were given food, water and a rest room" reached 0.937), the rest were isolation 0.64 (now',
    'never), physical violence 0.60 (0.98), debt bondage 0.61 (0.87), retained documents 0.84 (0.98), abuse of',
    'vulnerability 0.89 (0.91). Measured: validation 0.786 -> 0.788 (46 more true findings, 20 more false, negation 795 ->',
    '793 of 902), corpus test split 0.645 -> 0.647, dev_realdocs unchanged at 0.903. The rule fixed before applying asked',
    'both sets not used for choosing to rise; dev_realdocs did not, so the thresholds stay. Thresholds chosen on one half of',
    'the validation sets raised the other half by only 0.001 to 0.003.',
    "",
    "**Not adopted (2026-12-07): lower counting thresholds.** Searching the thresholds from 0.50 instead of 0.70 (same",
    "search on the dev split) raised the two blind validation sets from 0.6985 to 0.7047 and the corpus test split",
    "(3,644 sentences of today's corpus) from 0.628 to 0.637, but gave 8/220 neutral alarms on dev_realdocs (all three new",
    "ones from abuse of vulnerability: closed permits that make workers dependent, groups at risk, rescued workers).",
    "Holding abuse of vulnerability at 0.91 kept dev_realdocs at 5/220 (validation 0.7042) but failed four near-miss",
    "tests (a weekly day off, office hours, four days off a month, injured workers given treatment) and the fresh-set floor. Holding also",
    "excessive overtime and child labour at 0.70, with a floor of 0.60 (validation 0.7030), still counted a fresh test",
    "sentence's hazardous diving by adolescents as abusive conditions (fresh-set precision 0.949 < 0.95). The",
    "thresholds stay as chosen with the 0.70 floor.",
    "",
    "**Not adopted (session 12): a lower counting bar in sentences where the rules assert a finding.** Half the",
    "findings the engine misses on the blind validation sets sit in sentences where it asserts another indicator.",
    "Counting the model there from its threshold minus 0.3 (chosen on the corpus dev split: end-to-end F1 0.7145",
    "against 0.7141) raised the three blind validation sets from 0.7074 to 0.7137 (18 more true findings, 4 more",
    "false). On verbatim real text it did the opposite: dev_realdocs went from 0.892 to 0.888 (1 more true finding, 5",
    "more false), and the project's fresh sentences lost their precision floor (0.942 < 0.95: night shifts read as",
    "overtime, hazardous diving as abusive conditions, a passport confiscated on arrival as deception). The patch is",
    "in `bench/candidates/session12/`.",
    "",
    "**The corpus has grown since this model was trained** (9,734 sentences then, 21,664 now). Retraining on today's",
    "corpus with the second-pass labels of `corpus/relabel_s10/` gave blind validation +0.0036 but 7/220 neutral alarms",
    "on dev_realdocs (sessions 10 and 11), so this model stays until a retrain passes the same rule. Session 21 (2026-12-08) retrained on all 21,664 sentences",
    "with the thresholds chosen again on the new dev split: corpus test 0.645 -> 0.648 and dev_realdocs unchanged, but the",
    "twelve blind validation sets fell from 0.786 to 0.782, so it was not adopted either.",
    ""]

CONCEPTS_NOTE = [
    "Concept features (`lexicons/model_concepts.yaml`): language-independent word classes (ID_DOCUMENT,",
    "HELD_BY_OTHER, WAGES, DEBT, CHILD, ...; en/es/fr words widened to every form of their lookup lemma). A sentence",
    "gets `k:CONCEPT` for each concept among its words and `kk:A+B` for each pair, so a weight learned from",
    "English applies to Spanish and French and to new wording; their weight is shown on the words that gave them.",
    "The widened table is saved in the model file.", ""]


def write_card(path: Path, *, model: SentenceModel, records, parts, chosen, P, Y, K, e2e,
               agreement_file: Path, splits_file: Path) -> Path:
    """Write the model card (markdown) and return its path."""
    langs = Counter(r.lang for r in records)
    n_sources = len({st.normalise_source(r.source) for r in records})
    target = model.meta.get("target", "mention")
    what = ("states that the indicator occurred (labels `present`)" if target == "present" else
            "mentions the indicator (labels `present` or `absent`)")
    L = [f"# Sentence model card ({model.version})", "",
         "A linear model per forced-labour indicator over word n-grams (1-3, lower-cased, accents folded, numbers as magnitude bands)",
         "and character n-grams (3-5, inside words), fitted with scikit-learn's L2 logistic regression and saved as",
         "data (`models/sentence_model.json`: the n-grams with non-zero weights, intercepts, Platt calibration and two",
         f"thresholds per indicator). Target (`--target {target}`): the sentence {what}.",
         "Whatever the target, the scope rules decide the polarity of what the model finds, exactly as for rule",
         "matches, read at its three strongest n-grams. It only adds evidence for indicators the rules did not find",
         "in the sentence, anchored on its strongest n-gram, with the n-grams that carried it and their weights",
         "(log-odds contributions).", "",
         "Why `present` is the default target: with `mention`, the model fires on every compliance, remediation and",
         "policy sentence about an indicator, and the scope rules miss many paraphrased ones (\"Remuneraciones |",
         "pagadas puntualmente | Conforme\"), so negation accuracy fell (see REPORT). With `present` those sentences are",
         "negatives in training and the model seldom fires on them; it still never sets the polarity itself.", "",
         "- **finding**: calibrated probability at or above the finding threshold; counts in the score when asserted.",
         "- **possible**: between the possible and finding thresholds; shown to reviewers, counted only once confirmed.",
         "", *(CONCEPTS_NOTE if model.concepts is not None else []), *(COUNTING_NOTE if model.meta.get("settings", {}).get("findings") == "possible-only" else []),
         *(COUNTED_NOTE if model.meta.get("settings", {}).get("finding_thresholds") else []),
         "Regenerate: `python scripts/train_sentence_model.py` (deterministic). "
         "Retrain from reviewers' decisions: `screener train --from-reviews`.", "",
         "## Training data", "",
         f"{len(records)} labelled sentences (not ambiguous) from {n_sources} source URLs, paraphrased in the project's own",
         "words (corpus/sentences/, see corpus/ANNOTATION.md). Languages: "
         + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())) + ".",
         f"Split by source URL hash into train {len(parts['train'])}, dev {len(parts['dev'])}, test {len(parts['test'])} "
         f"sentences (recorded in `{splits_file.name}`): no source contributes to two splits.", "",
         f"Data SHA-256: `{model.meta.get('data_sha256', '')}`. Settings: `{model.meta.get('settings', {})}`.", ""]
    L += _counts_table(records, parts)
    counted = model.meta.get("settings", {}).get("finding_thresholds")
    L += ["", "## Thresholds (chosen on dev)", "",
          (f"Finding: chosen on dev for the whole engine's F1 (`{counted}`, see above; 1.01 never counts);"
           if counted else
           f"Finding: the lowest calibrated probability whose dev precision is at least "
           f"{model.meta.get('settings', {}).get('finding_precision', 0.85)} (clamped to "
           f"{model.meta.get('settings', {}).get('finding_floor', 0.35)}-0.95);"),
          f"possible: the lowest with dev precision at least "
          f"{model.meta.get('settings', {}).get('possible_precision', 0.5)} (at least "
          f"{model.meta.get('settings', {}).get('possible_floor', 0.3)}). Indicators with fewer than 8 dev",
          "positives keep 0.6 / 0.35 and no calibration.", "",
          "| indicator | dev positives | possible | finding | Platt a | Platt b | n-grams |", "|---|---:|---:|---:|---:|---:|---:|"]
    for k, ind in enumerate(model.indicators):
        c = chosen[ind]
        L.append(f"| {ind} | {c['dev_positives']} | {model.possible[k]:.3f} | {model.finding[k]:.3f} | "
                 f"{model.calibration[k, 0]:.3f} | {model.calibration[k, 1]:.3f} | {int(np.count_nonzero(model.weights[:, k]))} |")
    L += ["", "## Test split: the model alone against its target", "",
          f"Per indicator on the test split (sentences from sources never seen in training). Target: {target}.",
          "Keyword baseline: case-insensitive keyword search (the lists of `../shared/eval/score.py --keywords`).", "",
          "| indicator | test positives | model finding P / R / F1 | model finding+possible P / R / F1 | keywords P / R / F1 |",
          "|---|---:|---|---|---|"]
    for k, ind in enumerate(model.indicators):
        y = Y[:, k]
        f = st.prf(y, (P[:, k] >= model.finding[k]).astype(int))
        p = st.prf(y, (P[:, k] >= model.possible[k]).astype(int))
        kw = st.prf(y, K[:, k])
        L.append(f"| {ind} | {int(y.sum())} | {f[0]:.2f} / {f[1]:.2f} / {f[2]:.2f} | {p[0]:.2f} / {p[1]:.2f} / {p[2]:.2f} "
                 f"| {kw[0]:.2f} / {kw[1]:.2f} / {kw[2]:.2f} |")
    fin = st.prf(Y.ravel(), (P >= model.finding).astype(int).ravel())
    pos = st.prf(Y.ravel(), (P >= model.possible).astype(int).ravel())
    kw = st.prf(Y.ravel(), K.ravel())
    L.append(f"| **all (micro)** | {int(Y.sum())} | {fin[0]:.2f} / {fin[1]:.2f} / {fin[2]:.2f} | "
             f"{pos[0]:.2f} / {pos[1]:.2f} / {pos[2]:.2f} | {kw[0]:.2f} / {kw[1]:.2f} / {kw[2]:.2f} |")
    if e2e:
        L += ["", "## Test split: the whole engine (asserted evidence against `present`)", "",
              "As `../shared/eval/score.py` scores: micro precision/recall/F1 over (sentence, indicator) pairs, negation",
              "accuracy on `absent` pairs, false alarms on neutral sentences.", "",
              "| predictor | P | R | F1 | negation | neutral alarms | F1 by language |", "|---|---:|---:|---:|---:|---:|---|"]
        for name, m in e2e.items():
            L.append(f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['negation']:.3f} | "
                     f"{m['neutral_alarms']} | " + ", ".join(f"{k} {v:.3f}" for k, v in m["by_lang"].items()) + " |")
    L += ["", "## Calibration (test split, all indicators pooled)", "",
          "| calibrated probability | pairs | mean predicted | observed rate |", "|---|---:|---:|---:|"]
    for b, n, mp, obs in st.reliability(P, Y):
        L.append(f"| {b} | {n} | {mp:.3f} | {obs:.3f} |")
    L += ["", "## Annotation agreement", ""]
    if agreement_file.is_file():
        from corpus_agreement import agreement_report  # scripts/ is on the path when run as a script
        L += agreement_report(agreement_file, records)
    else:
        L.append(f"No second annotation found ({agreement_file.name}).")
    L += ["", "## Limits", "",
          "- Bag of n-grams: it cannot read negation or scope itself; polarity comes from the scope rules, so a",
          "  compliance statement the scope rules do not recognise can be asserted. Model evidence is anchored on its",
          "  strongest n-gram, which is where scope windows are measured from.",
          "- The corpus is paraphrased by the project from public reports; sentences that look unlike it (other",
          "  registers, other languages) get lower probabilities. Thresholds are chosen on a small dev split.",
          "- Indicators with few dev positives keep default thresholds and no calibration (see the table above).", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(L), encoding="utf-8")
    return path
