"""Protective facts stated in a supplier's sheet findings, report pages and evidence sentences.

Cue phrases and negation cues are data in ``lexicons/scoring.yaml`` (``protective_cues``, ``negation_cues``). A sentence
that carries counted (asserted) evidence is never read as a safeguard, so more asserted evidence can only remove a
protective fact, never add one. Compliant evidence ("wages are paid on time") is a protective fact of its own
(:func:`compliant_indicators`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, Iterable, Mapping, Sequence

from screener.contracts import Evidence, SupplierRecord
from screener.memo import Memo
from screener.scoring.rules import scoring_config

PROTECTIVE = ("grievance_mechanism", "worker_committee", "ethical_recruitment_certification", "fees_reimbursed")


@dataclass(frozen=True)
class Cited:
    """One piece of text that supports a feature: what it says and where it is."""

    text: str
    where: str


def decision_of(decisions: Mapping[str, Any] | None, ev: Evidence) -> str | None:
    """The reviewer's decision on one evidence item (a string or an object with ``.decision``), if any."""
    if not decisions:
        return None
    d = decisions.get(ev.fingerprint)
    return None if d is None else str(getattr(d, "decision", d))


def evidence_weight(ev: Evidence, decision: str | None = None) -> float:
    """How much one finding counts toward risk: 1 asserted, the hedged weight if hedged; 0 otherwise.

    A finding a reviewer confirmed counts 1 whatever its polarity or confidence; dismissed or remediated counts 0.
    Only asserted findings of confidence "finding" count without a reviewer: "possible" ones wait for confirmation,
    and negated, hypothetical, policy, remediated and compliant ones never raise risk.
    """
    if decision == "confirmed":
        return 1.0
    if decision in ("dismissed", "remediated") or ev.polarity != "asserted":
        return 0.0
    if getattr(ev, "confidence", "finding") != "finding":
        return 0.0
    return float(scoring_config()["features"]["hedged_weight"]) if ev.hedged else 1.0


def compliant_indicators(evidence: Iterable[Evidence], counted: Iterable[str],
                         decisions: Mapping[str, Any] | None = None) -> dict[str, Evidence]:
    """Indicators that a sentence states do not happen (polarity "compliant", confidence "finding"), and that no
    counted evidence asserts; one example sentence each. Dismissed compliant statements do not count."""
    risky = set(counted)
    out: dict[str, Evidence] = {}
    for ev in evidence:
        if ev.polarity != "compliant" or ev.indicator in risky or ev.indicator in out:
            continue
        decision = decision_of(decisions, ev)
        if decision == "dismissed" or (getattr(ev, "confidence", "finding") != "finding" and decision != "confirmed"):
            continue
        out[ev.indicator] = ev
    return dict(sorted(out.items()))


def _sentences(text: str) -> list[str]:
    return list(_SENTENCES.get(text, partial(_split, text)))


def _split(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text or "") if s.strip())


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    cfg = scoring_config()

    def alternation(phrases: Iterable[str], tail: str = "") -> re.Pattern[str]:  # "no " keeps its space
        return re.compile("|".join(r"(?<!\w)" + re.escape(str(p).lower()) + tail for p in phrases))

    return (alternation(cfg["negation_cues"]),
            {k: alternation(v, r"(?!\w)") for k, v in cfg["protective_cues"].items() if k in PROTECTIVE})


def protective_cues_in(sentence: str) -> list[str]:
    """The protective factors a sentence states (none when it holds a negation cue)."""
    patterns = _cue_patterns()
    return list(_CUES.get(sentence, partial(_cues_in, patterns, sentence), patterns))


_SENTENCES = Memo("sentences of a text")
_CUES = Memo("protective cues of a sentence")


def _cues_in(patterns: tuple[re.Pattern[str], dict[str, re.Pattern[str]]], sentence: str) -> tuple[str, ...]:
    negation, cues = patterns
    low = " " + _norm(sentence) + " "
    if negation.search(low):
        return ()
    return tuple(factor for factor, pattern in cues.items() if pattern.search(low))


def find_protective(record: SupplierRecord, evidence: Sequence[Evidence],
                    pages: Sequence[tuple[str, int, str]] = (),
                    decisions: Mapping[str, Any] | None = None) -> dict[str, list[Cited]]:
    """Protective factors stated in the sheet's findings, the documents' pages or the evidence sentences.

    A sentence that carries asserted evidence (counted, hedged or possible) is never read as a safeguard, so more
    asserted evidence can only remove a protective factor, never add one.
    """
    sources = [(s, f"supplier sheet, row {record.row_number}, findings") for s in _sentences(record.findings or "")]
    for doc, page, text in pages:
        sources.extend((s, f"{doc}, page {page}") for s in _sentences(text))
    risky = {_norm(ev.sentence) for ev in evidence if ev.sentence.strip() and (
        evidence_weight(ev, decision_of(decisions, ev)) > 0
        or (ev.polarity == "asserted" and decision_of(decisions, ev) not in ("dismissed", "remediated")))}
    sources.extend((ev.sentence, f"{ev.document}, page {ev.page}") for ev in evidence if _norm(ev.sentence) not in risky)
    found: dict[str, list[Cited]] = {k: [] for k in PROTECTIVE}
    seen: set[tuple[str, str]] = set()
    for sentence, where in sources:
        key = (_norm(sentence), where)
        if key in seen or any(r in key[0] or key[0] in r for r in risky):
            continue  # a sentence that states a risk is not a safeguard
        seen.add(key)
        for factor in protective_cues_in(sentence):
            found[factor].append(Cited(sentence.strip(), where))
    for ev in evidence:  # fees paid back: remediated recruitment-fee or debt findings
        remediated = ev.polarity == "remediated" or decision_of(decisions, ev) == "remediated"
        if remediated and ev.indicator in ("recruitment_fees", "debt_bondage"):
            found["fees_reimbursed"].append(Cited(ev.sentence.strip(), f"{ev.document}, page {ev.page}"))
    return found
