"""Generalisation guard: the engine on sentences it was not written from.

Two held-out sources, neither from the shared eval sets:
- ``tests/evidence_fresh*.jsonl``: sentences written for the evidence-quality work in the style of audit
  findings, worker interviews, corrective-action plans and DOL/NGO prose (en, es, fr), labelled with the
  rules of the shared eval README. ``evidence_fresh.jsonl`` was scored before any tuning (F1 0.718),
  ``evidence_fresh2.jsonl`` and ``evidence_fresh3.jsonl`` were written blind after a first round of
  tuning (F1 0.867 and 0.606 when first scored); ``evidence_fresh4.jsonl`` (DOL/NGO prose, modern-slavery
  statement sentences and indirect audit findings) was written blind before lexicon 2026.11.3 (F1 0.699,
  precision 0.857, negation accuracy 0.909, 2 of 15 neutral sentences flagged when first scored).
- the sample portfolio's answer key (``sample_suppliers/expected.yaml``), written by another author
  (F1 0.769 before the tuning).
The floors sit a little below the figures reached, so that a change which loses recall, precision or
negation accuracy on unseen phrasings fails here even when the dev set still passes.
"""
from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from screener.evidence import get_engine

REPO = Path(__file__).resolve().parents[1]
FRESH = sorted((REPO / "tests").glob("evidence_fresh*.jsonl"))
INDICATORS = {
    "abuse_of_vulnerability", "deception", "restriction_of_movement", "isolation", "physical_sexual_violence",
    "intimidation_threats", "retention_of_identity_documents", "withholding_of_wages", "debt_bondage",
    "recruitment_fees", "abusive_working_living_conditions", "excessive_overtime", "child_labour",
}


def _fresh_rows() -> list[dict]:
    assert len(FRESH) >= 3, f"fresh sentence files missing: {FRESH}"
    rows = []
    for path in FRESH:
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def _sample_rows() -> list[dict]:
    spec = importlib.util.spec_from_file_location("eval_sample_findings", REPO / "bench" / "eval_sample_findings.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    expected = yaml.safe_load((REPO / "sample_suppliers" / "expected.yaml").read_text(encoding="utf-8"))
    return mod.sentences(expected)


def _f1(t: int, p: int, n: int) -> float:
    return 2 * t / (2 * t + p + n) if t + p + n else 1.0


def _score(rows: list[dict]) -> dict:
    engine = get_engine()
    tp = fp = fn = neg_ok = neg_n = alarms = neutral = 0
    lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for r in rows:
        got = {e.indicator for e in engine.scan_text(r["text"], lang=r["lang"]) if e.polarity == "asserted" and e.confidence == "finding"}
        gold, absent = set(r["present"]), set(r["absent"])
        t, p, n = len(gold & got), len(got - gold), len(gold - got)
        tp, fp, fn = tp + t, fp + p, fn + n
        for i, v in enumerate((t, p, n)):
            lang[r["lang"]][i] += v
        neg_n += len(absent)
        neg_ok += len(absent - got)
        if not gold and not absent:
            neutral += 1
            alarms += bool(got)
        if p or n:
            misses.append((r["id"], sorted(gold - got), sorted(got - gold)))
    return {"f1": _f1(tp, fp, fn), "precision": tp / max(tp + fp, 1), "neg": neg_ok / max(neg_n, 1),
            "alarms": alarms / max(neutral, 1), "lang": {k: _f1(*v) for k, v in lang.items()}, "misses": misses}


def test_fresh_set_is_well_formed() -> None:
    rows = _fresh_rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    counts = defaultdict(int)
    covered: set[str] = set()
    for r in rows:
        assert r["lang"] in ("en", "es", "fr") and r["ambiguous"] is False
        assert set(r["present"]) <= INDICATORS and set(r["absent"]) <= INDICATORS
        assert not set(r["present"]) & set(r["absent"]), r["id"]
        counts[r["lang"]] += 1
        covered |= set(r["present"])
    assert len(rows) >= 150 and counts["en"] >= 90 and counts["es"] >= 30 and counts["fr"] >= 30, dict(counts)
    assert covered == INDICATORS


def test_fresh_sentences_meet_the_floors() -> None:
    s = _score(_fresh_rows())
    assert s["f1"] >= 0.95, s
    # 0.96 while only the rules counted; since the sentence model's very confident outputs count (adopted on the
    # corpus test split, 2026-12-06) one of them is a false positive here ("owed the broker months of wages ...
    # deducted in instalments" read as withheld wages): precision 0.957
    assert s["precision"] >= 0.95, s
    assert s["neg"] >= 0.95, s
    assert s["alarms"] <= 0.05, s
    assert all(v >= 0.90 for v in s["lang"].values()), s["lang"]


def test_sample_answer_key_meets_the_floors() -> None:
    s = _score(_sample_rows())
    assert s["f1"] >= 0.95, s
    assert s["precision"] >= 0.96, s
    assert s["neg"] >= 0.95, s
    assert all(v >= 0.90 for v in s["lang"].values()), s["lang"]


@pytest.mark.parametrize("lang,text,indicator,polarity", [
    # corrective actions and recommendations open the sentence: neither present nor absent
    ("en", "NC-3: Pay all outstanding wages to the 40 affected workers by March.", "withholding_of_wages", "hypothetical"),
    ("en", "CAP: Return passports to every worker and provide lockers.", "retention_of_identity_documents", "hypothetical"),
    ("es", "Acción correctiva: devolver los pasaportes retenidos a todos los trabajadores.", "retention_of_identity_documents", "hypothetical"),
    ("fr", "Action corrective : rembourser les frais de recrutement payés par les travailleurs.", "recruitment_fees", "hypothetical"),
    # a noun "Pay" opening a finding is not an imperative
    ("en", "Pay was withheld for two months at the end of the season.", "withholding_of_wages", "asserted"),
    # hedges keep the finding asserted, even when they contain a hypothetical word
    ("en", "It is possible that workers were charged recruitment fees by the sub-agent.", "recruitment_fees", "asserted"),
    ("en", "Workers were unsure whether their wages had been withheld.", "withholding_of_wages", "asserted"),
    ("fr", "Le dortoir pourrait être surpeuplé.", "abusive_working_living_conditions", "asserted"),
    # a remediation that did not happen is a finding
    ("en", "The agent has never returned their passports.", "retention_of_identity_documents", "asserted"),
    ("en", "Back pay for the delayed months was paid to all workers in May.", "withholding_of_wages", "remediated"),
    ("es", "Los salarios atrasados se pagaron en su totalidad en junio.", "withholding_of_wages", "remediated"),
    # a concession clause is remediated, the main clause asserted
    ("en", "Although passports were returned in June, workers are still repaying a loan advanced by the broker.",
     "debt_bondage", "asserted"),
    # a denial by management negates
    ("en", "The supervisor denied keeping any identity documents.", "retention_of_identity_documents", "negated"),
    # a law that criminalizes or bans a practice is policy, whatever the verb form
    ("en", "The penal code criminalizes the use of minors in illicit activities such as drug trafficking.",
     "child_labour", "policy"),
    # children taken out of work are remediated, even with a number between verb and "from"
    ("en", "Inspectors withdrew 85 children from hazardous work on tobacco farms last year.", "child_labour", "remediated"),
    # "not ... been paid to the crew" is no settlement
    ("en", "Overtime for June has still not been paid to the packing team.", "withholding_of_wages", "asserted"),
    # testimony of survivors is a finding; services for survivors are a programme
    ("en", "Survivors described being beaten by the recruiters.", "physical_sexual_violence", "asserted"),
    ("en", "The ministry opened shelters for survivors of sexual abuse.", "physical_sexual_violence", "policy"),
])
def test_generalised_scope_rules(lang: str, text: str, indicator: str, polarity: str) -> None:
    got = {e.indicator: e.polarity for e in get_engine().scan_text(text, lang=lang)}
    assert got.get(indicator) == polarity, got


@pytest.mark.parametrize("text,expected", [
    ("Weekly working hours averaged 72 in the sampled months.", True),
    ("Weekly working hours averaged 52 in the sampled months.", False),
    ("Workers report 80+ hrs/week during peak.", True),
    ("Operators stay until 11 pm to finish the order.", True),
    ("Operators stay until 11 am on Saturdays.", False),
    ("Weekly hours were 72.5% compliant with the plan.", False),
    # the opening hours of a helpline are not working hours
    ("The grievance helpline is open 24 hours a day, 7 days a week.", False),
    ("Pickers work 7 days a week in the harvest.", True),
])
def test_numeric_hours_read_as_numbers(text: str, expected: bool) -> None:
    got = {e.indicator for e in get_engine().scan_text(text, lang="en") if e.polarity == "asserted" and e.confidence == "finding"}
    assert ("excessive_overtime" in got) is expected, got
