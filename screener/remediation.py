"""Corrective-action plan of one supplier, from its indicators, watchlist hits, inherent risk and audit coverage.

Step texts, priorities, owners, closing evidence and references are data in ``lexicons/remediation.yaml``.
Indicator steps come from the lexicon (``IndicatorDef.remediation``). The plan is deduplicated (one step per key,
with every trigger kept) and ordered by priority, then severity, then key.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import partial
from typing import Any, Iterable, Mapping, Sequence

from screener.contracts import TIER_ORDER, RemediationStep
from screener.resources import lexicon_data, lexicon_dir
from screener.memo import Memo

REMEDIATION_PATH = lexicon_dir() / "remediation.yaml"
SEVERITY_ORDER: tuple[str, ...] = ("critical", "high", "medium")


@dataclass(frozen=True)
class Trigger:
    """Why a step is asked for: an indicator id or a situation key, with the severity that orders it."""

    step: str
    source: str  # indicator id or situation key
    severity: str  # critical | high | medium


def remediation_data() -> dict[str, Any]:
    """The contents of ``lexicons/remediation.yaml``."""
    return lexicon_data("remediation.yaml")


def step(key: str, triggered_by: Sequence[str] = ()) -> RemediationStep:
    """One step from the YAML, with its references spelled out."""
    data = remediation_data()
    return _STEPS.get((key, tuple(triggered_by)), partial(_step, data, key, tuple(triggered_by)), data)


_STEPS = Memo("remediation steps")
_PLANS = Memo("remediation plans")
_SITUATIONS = Memo("triggers of situations")


def _step(data: Mapping[str, Any], key: str, triggered_by: tuple[str, ...]) -> RemediationStep:
    try:
        s = data["steps"][key]
    except KeyError:
        raise KeyError(f"remediation step '{key}' is not defined in {REMEDIATION_PATH}") from None
    refs = tuple(data["references"][r] for r in s.get("references", []))
    return RemediationStep(key=key, title=s["title"], description=" ".join(s["description"].split()),
                           priority=s["priority"], owner=s["owner"], closing_evidence=s["closing_evidence"],
                           references=refs, triggered_by=triggered_by)


def indicator_triggers(indicators: Iterable[str], definitions: Mapping[str, Any]) -> list[Trigger]:
    """Steps the lexicon names for each asserted indicator."""
    out: list[Trigger] = []
    for ind in indicators:
        d = definitions.get(ind)
        if d is None:
            continue
        out.extend(Trigger(k, ind, d.severity) for k in d.remediation)
    return out


def situation_triggers(situations: Iterable[str]) -> list[Trigger]:
    """Steps for situations (watchlist hits, inherent risk, audit coverage, recruitment, grievance)."""
    data = remediation_data()
    key = tuple(situations)
    return list(_SITUATIONS.get(key, partial(_situation_triggers, data, key), data))


def _situation_triggers(data: Mapping[str, Any], situations: tuple[str, ...]) -> tuple[Trigger, ...]:
    severity = data.get("situation_severity", {})
    return tuple(Trigger(s, s, severity.get(s, "medium")) for s in situations)


def situations_for(*, features: Mapping[str, float], list_ids: Iterable[str], inherent: Iterable[Any],
                   tier: str, listed: Iterable[str] | None = None) -> list[str]:
    """Which situation steps apply, from the feature values, watchlists hit, inherent-risk items and the tier.

    ``list_ids`` are the watchlists with any match and ``listed`` those with a listed-entity match (0.9 or more,
    active); when ``listed`` is None every match counts as listed. A listed entity opens the immediate steps; a
    partial name match and inherent risk alone open only "verify" steps of normal priority.
    """
    cfg = lexicon_data("scoring.yaml")["situations"]
    out: list[str] = []
    ids = set(list_ids)
    close = ids if listed is None else set(listed)
    items = list(inherent)
    if "uflpa" in close:
        out.append("uflpa_supply_chain_tracing")
    if "cbp" in close:
        out.append("cbp_order_review")
    if ids - close:
        out.append("watchlist_identity_check")
    if any(i.kind == "cbp_region_order" for i in items):
        out.append("cbp_region_order_verify")
    if any(i.level >= cfg["inherent_risk_min_level"] for i in items):
        out.append("inherent_risk_due_diligence")
    if features.get("no_audit_on_file", 0) > 0:
        out.append("audit_missing")
    elif features.get("audit_age_years", 0) >= cfg["audit_outdated_years"]:
        out.append("audit_outdated")
    if (features.get("migrant_share", 0) >= cfg["migrant_share_review"] or features.get("labour_agency", 0) > 0
            or features.get("recruitment_fees_reported", 0) > 0):
        out.append("migrant_worker_recruitment_review")
    rank = TIER_ORDER.index(tier) if tier in TIER_ORDER else 0  # "needs assessment" ranks with low here
    if features.get("grievance_mechanism", 0) <= 0 and rank >= TIER_ORDER.index(cfg["grievance_channel_min_tier"]):
        out.append("independent_grievance_channel")
    return out


def build_plan(triggers: Iterable[Trigger], closing: Mapping[str, Any] | None = None,
               hedged: Iterable[str] = ()) -> list[RemediationStep]:
    """One step per key with all its triggers, ordered by priority, then highest severity, then key.

    A step asked for only by ``hedged`` indicators (whose evidence is all hedged: an allegation) is a step to verify
    first: an "immediate" priority becomes the next one, and the description says so.

    ``closing`` maps indicator ids to the evidence that shows the practice remedied or not happening; the steps that
    evidence closes (``closed_by`` in ``lexicons/remediation.yaml``) come last, with status "closed" and the sentence.
    """
    triggers = list(triggers)
    if not closing:  # the plan is a function of the triggers and the hedged indicators alone: built once each
        key = (tuple(triggers), frozenset(hedged))
        return list(_PLANS.get(key, partial(_build_plan, triggers, None, key[1]), remediation_data()))
    return list(_build_plan(triggers, closing, hedged))


def _build_plan(triggers: Sequence[Trigger], closing: Mapping[str, Any] | None,
                hedged: Iterable[str]) -> tuple[RemediationStep, ...]:
    data = remediation_data()
    priorities = list(data["priorities"])
    closers = {k: [i for i in v if i in (closing or {})] for k, v in (data.get("closed_by") or {}).items()}
    soft = set(hedged)
    merged: dict[str, list[Trigger]] = {}
    for t in triggers:
        merged.setdefault(t.step, []).append(t)
    for key, inds in closers.items():
        if inds and key in merged:
            continue
        for ind in inds:  # a remedied or compliant fact with no open trigger: show the step as closed
            merged.setdefault(key, []).append(Trigger(key, ind, "medium"))
    steps = []
    for key, ts in merged.items():
        s = step(key, tuple(sorted({t.source for t in ts})))
        if s.priority == priorities[0] and ts and all(t.source in soft for t in ts):
            s = dataclasses.replace(s, priority=priorities[1], description=(
                "The finding behind this step is hedged (an allegation, not yet established): verify it first, "
                f"then act. {s.description}"))
        done = closers.get(key) or []
        if done:
            ev = closing[done[0]]  # type: ignore[index]
            sentence = " ".join(str(ev.sentence).split())[:200]
            s = dataclasses.replace(s, status="closed", description=(
                f"Closed by the evidence: \"{sentence}\" ({ev.document}, page {ev.page}). {s.description}"))
        worst = min(SEVERITY_ORDER.index(t.severity) if t.severity in SEVERITY_ORDER else len(SEVERITY_ORDER)
                    for t in ts)
        steps.append((s.status == "closed", priorities.index(s.priority), worst, key, s))
    return tuple(s for *_, s in sorted(steps, key=lambda x: x[:4]))


def plan(asserted_indicators: Iterable[str], definitions: Mapping[str, Any], situations: Iterable[str],
         closing: Mapping[str, Any] | None = None, hedged: Iterable[str] = ()) -> list[RemediationStep]:
    """The supplier's plan: steps for the asserted indicators and the situations, deduplicated and ordered; steps
    that remediated or compliant evidence closes (``closing``: indicator id -> evidence) are closed, not opened, and
    steps asked for only by ``hedged`` indicators are verified first (never "immediate")."""
    return build_plan(indicator_triggers(asserted_indicators, definitions) + situation_triggers(situations), closing,
                      hedged)
