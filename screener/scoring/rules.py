"""Tiers, the strict ICLS 2018 forced-labour rule, severe cases, listed entities, "needs assessment" and the ranking.

Thresholds, escalation triggers and cue phrases are data in ``lexicons/scoring.yaml``; the do-no-harm guidance
is data in ``lexicons/remediation.yaml``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence


from screener.contracts import (TIER_ORDER, Escalation, Evidence, IloRuleResult, InherentRiskItem, SupplierResult,
                                WatchlistMatch)
from screener.resources import lexicon_dir, read_yaml

LEXICONS = lexicon_dir()
SCORING_PATH = LEXICONS / "scoring.yaml"
ELEMENTS: tuple[str, ...] = ("involuntariness", "menace_of_penalty")


@lru_cache(maxsize=4)
def load_yaml(path: str) -> dict[str, Any]:
    """A project YAML file as a dict (cached; the files are read-only data), checked against its schema when it is
    one of the lexicons (see ``screener.resources.read_yaml``)."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def scoring_config() -> dict[str, Any]:
    """The settings of ``lexicons/scoring.yaml``."""
    return load_yaml(str(SCORING_PATH))


def tier_thresholds() -> dict[str, float]:
    """Lowest risk score of each tier: {"high": ..., "medium": ...}; anything below medium is low."""
    tiers = scoring_config()["tiers"]
    return {"high": float(tiers["high"]), "medium": float(tiers["medium"])}


def tier_for(score: float) -> str:
    """The tier a risk score falls in."""
    t = tier_thresholds()
    if score >= t["high"]:
        return "high"
    if score >= t["medium"]:
        return "medium"
    return "low"


def at_least(tier: str, minimum: str) -> str:
    """The higher of two tiers."""
    return tier if TIER_ORDER.index(tier) >= TIER_ORDER.index(minimum) else minimum


def _elements_of(indicator: str, indicators: Mapping[str, Any]) -> tuple[str, ...]:
    d = indicators.get(indicator)
    return tuple(d.elements) if d is not None else ()


def _norm_sentence(ev: Evidence) -> str:
    return " ".join(ev.sentence.split()).lower()


def ilo_rule(asserted: Iterable[Evidence], indicators: Mapping[str, Any]) -> IloRuleResult:
    """ICLS 2018, strictly: involuntariness and menace of penalty shown by different facts.

    ``asserted`` is the evidence that counts in full: asserted, not hedged and of confidence "finding", or confirmed
    by a reviewer (hedged-only evidence never meets the rule). The rule is met when one sentence shows an
    involuntariness indicator and a *different* sentence shows a menace-of-penalty indicator: one sentence cannot
    meet both elements, even when its indicator carries both (withholding of wages, debt bondage, confinement).
    ``indicators`` maps indicator id to its lexicon definition (with ``elements``).
    """
    asserted = asserted if isinstance(asserted, (list, tuple)) else list(asserted)
    if not asserted:
        return _rule_without_evidence()  # most suppliers of a portfolio: one frozen result for all of them
    return _ilo_rule(asserted, indicators)


@lru_cache(maxsize=1)
def _rule_without_evidence() -> IloRuleResult:
    return _ilo_rule((), {})


def _ilo_rule(asserted: Sequence[Evidence], indicators: Mapping[str, Any]) -> IloRuleResult:
    facts: dict[str, list[tuple[str, str]]] = {e: [] for e in ELEMENTS}  # element -> [(sentence, indicator)]
    for ev in asserted:
        for element in _elements_of(ev.indicator, indicators):
            if element in facts:
                facts[element].append((_norm_sentence(ev), ev.indicator))
    pairs = [(i, m) for si, i in facts["involuntariness"] for sm, m in facts["menace_of_penalty"] if si != sm]
    inv = tuple(sorted({i for i, _ in pairs})) or tuple(sorted({i for _, i in facts["involuntariness"]}))
    men = tuple(sorted({m for _, m in pairs})) or tuple(sorted({m for _, m in facts["menace_of_penalty"]}))
    met = bool(pairs)

    def names(ids: Sequence[str]) -> str:
        return ", ".join(i.replace("_", " ") for i in ids) or "none"

    if met:
        text = (f"Forced-labour indicators met (ICLS 2018 rule): involuntariness ({names(inv)}) and menace of "
                f"penalty ({names(men)}) are both asserted, by different facts. The supplier is at least high risk.")
    elif facts["involuntariness"] and facts["menace_of_penalty"]:
        text = ("Not met: involuntariness and menace of penalty are asserted only in the same sentence; the rule needs "
                f"them shown by different facts. Involuntariness: {names(inv)}; menace of penalty: {names(men)}.")
    else:
        missing = [e.replace("_", " ") for e in ELEMENTS if not facts[e]]
        text = (f"Not met: no asserted evidence of {' or '.join(missing)} (hedged or unconfirmed findings do not "
                f"count). Involuntariness: {names(inv)}; menace of penalty: {names(men)}.")
    return IloRuleResult(met=met, involuntariness=inv, menace_of_penalty=men, explanation=text)


def _has_cue(sentence: str, cues: Sequence[str]) -> str | None:
    low = sentence.lower()
    for cue in cues:
        if re.search(r"(?<!\w)" + re.escape(str(cue).lower()), low):
            return str(cue)
    return None


def _where(ev: Evidence) -> str:
    return f"'{ev.sentence.strip()[:160]}' ({ev.document}, page {ev.page})"


def severe_cases(asserted: Iterable[Evidence], indicators: Mapping[str, Any],
                 inherent: Sequence[InherentRiskItem] = ()) -> dict[str, list[str]]:
    """Severe cases that call for escalation now, by kind (indicator id), each with its reasons.

    ``asserted`` is all counted asserted evidence (hedged included: an allegation of violence is escalated too).
    More asserted evidence never removes a kind.
    """
    cfg = scoring_config()["escalation"]
    evidence = list(asserted)
    if not evidence:
        return {}
    menace = any("menace_of_penalty" in _elements_of(e.indicator, indicators) for e in evidence)
    out: dict[str, list[str]] = {}
    for ev in evidence:
        if ev.indicator in cfg.get("always", []):
            out.setdefault(ev.indicator, []).append(f"{ev.indicator.replace('_', ' ')}: {_where(ev)}")
    for indicator, rule in (cfg.get("with_cues") or {}).items():
        hits = [e for e in evidence if e.indicator == indicator]
        if not hits:
            continue
        reasons: list[str] = []
        for ev in hits:
            cue = _has_cue(ev.sentence, rule.get("cues", []))
            if cue:
                reasons.append(f"{rule['reason']} (\"{cue}\"): {_where(ev)}")
        if rule.get("also_when_menace_of_penalty") and menace and not reasons:
            reasons.append(f"{rule['reason']}: {indicator.replace('_', ' ')} together with coercion, "
                           f"{_where(hits[0])}")
        kind = rule.get("also_when_inherent_kind")
        if kind and not reasons and any(i.kind == kind for i in inherent):
            item = next(i for i in inherent if i.kind == kind)
            reasons.append(f"{rule['reason']}: {indicator.replace('_', ' ')} where {item.description}, {_where(hits[0])}")
        if reasons:
            out.setdefault(indicator, []).extend(reasons)
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


def escalation(asserted: Iterable[Evidence], indicators: Mapping[str, Any],
               inherent: Sequence[InherentRiskItem] = (), matches: Sequence[WatchlistMatch] = ()) -> Escalation:
    """Severe cases and listed entities that call for escalation now, with do-no-harm guidance.

    ``asserted`` is all asserted evidence (hedged included: an allegation of violence is escalated too);
    ``matches`` are the supplier's watchlist matches (a listed entity escalates with its legal consequence).
    """
    reasons = [r for rs in severe_cases(asserted, indicators, inherent).values() for r in rs]
    reasons += [listed_reason(m) for m in listed_entities(matches)]
    reasons = list(dict.fromkeys(reasons))
    if not reasons:
        return Escalation(False)
    return Escalation(True, tuple(reasons), do_no_harm_guidance())


def do_no_harm_guidance() -> tuple[str, ...]:
    """The do-no-harm guidance that goes with every escalation (``lexicons/remediation.yaml``)."""
    data = load_yaml(str(LEXICONS / "remediation.yaml"))
    return tuple(str(g["text"]).strip() for g in data["do_no_harm"])


def listed_entities(matches: Sequence[WatchlistMatch]) -> list[WatchlistMatch]:
    """Exact or near-exact matches on the UFLPA Entity List or an active CBP order, closest first."""
    cfg = scoring_config()["listed_entity"]
    close = [m for m in matches if m.list_id in cfg["lists"] and m.score >= float(cfg["min_score"])
             and dict(m.entity_details).get("active", "yes") != "no"]
    return sorted(close, key=lambda m: (-m.score, m.list_id, m.entity_name))


def listed_reason(m: WatchlistMatch) -> str:
    """Why a listed entity is escalated, with the legal consequence (texts in ``lexicons/scoring.yaml``)."""
    cfg = scoring_config()["listed_entity"]
    head = cfg["reason"].format(query=m.query_name, matched=m.matched_name, list=m.list_name, score=m.score)
    return f"Listed entity: {head} {cfg['consequence'].get(m.list_id, '')}".strip()


def watchlist_minimum(matches: Sequence[WatchlistMatch]) -> str | None:
    """Why a listed entity makes the supplier at least high, or None (see :func:`listed_entities`)."""
    listed = listed_entities(matches)
    return listed_reason(listed[0]) if listed else None


def needs_assessment(*, audit_on_file: bool, audit_date: dt.date | None, as_of: dt.date,
                     inherent: Sequence[InherentRiskItem]) -> str | None:
    """Why a supplier needs an assessment (no audit, or only an old one, and high inherent risk), or None."""
    cfg = scoring_config()["needs_assessment"]
    limit = float(cfg["max_audit_age_years"])
    old = audit_date is not None and (as_of - audit_date).days / 365.25 > limit
    if audit_on_file and not old:
        return None
    high = [i for i in inherent if i.kind in cfg["high_inherent"] and i.level >= float(cfg["high_inherent"][i.kind])]
    if not high:
        return None
    coverage = (f"the only audit on file is from {audit_date.isoformat() if audit_date else ''}, older than {limit:g} years" if old and audit_on_file
                else "there is no audit on file")
    top = max(high, key=lambda i: i.level)
    more = f" ({len(high) - 1} more high inherent-risk item(s))" if len(high) > 1 else ""
    return (f"Needs assessment: {coverage}, and the inherent risk is high: {top.description} [{top.source}]{more}. "
            f"Nothing has been checked at this supplier, so its risk is unknown, not low.")


TIER_RANK: dict[str, int] = {"high": 0, "medium": 1, "needs assessment": 2, "low": 3, "not screened": 4}


def evidence_weight_of(result: SupplierResult) -> float:
    """How much asserted evidence a result carries (the sum of its evidence features), for ranking ties."""
    return sum(float(c.value) for c in result.contributions if c.feature.startswith("evidence_"))


def rank_key(result: SupplierResult) -> tuple:
    """Ranking of the risk register: screened suppliers first, by tier, "escalate now" first within a tier, then
    score (highest first); ties are broken by evidence (more asserted evidence, the ILO rule, more evidence items),
    and only then by name. The pipeline, the app and every export use this one order."""
    return (not result.screened, TIER_RANK.get(result.tier, 9), not result.escalation.escalate_now,
            -float(result.risk_score), -evidence_weight_of(result), not result.ilo_rule.met,
            -len(result.evidence), result.name.lower(), result.supplier_key)
