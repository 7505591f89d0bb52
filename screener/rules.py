"""Tiers, the ICLS 2018 forced-labour rule and severe-case escalation.

Thresholds, escalation triggers and cue phrases are data in ``lexicons/scoring.yaml``; the do-no-harm guidance
is data in ``lexicons/remediation.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import yaml

from screener.models import Escalation, Evidence, IloRuleResult, InherentRiskItem, SupplierResult, WatchlistMatch
from screener.resources import lexicon_dir

LEXICONS = lexicon_dir()
SCORING_PATH = LEXICONS / "scoring.yaml"
TIER_ORDER: tuple[str, ...] = ("low", "medium", "high")
ELEMENTS: tuple[str, ...] = ("involuntariness", "menace_of_penalty")


@lru_cache(maxsize=4)
def load_yaml(path: str) -> dict[str, Any]:
    """A project YAML file as a dict (cached; the files are read-only data)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
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


def ilo_rule(asserted: Iterable[Evidence], indicators: Mapping[str, Any]) -> IloRuleResult:
    """ICLS 2018: asserted involuntariness together with asserted menace of penalty means indicators are met.

    ``asserted`` is the evidence that counts in full (asserted and not hedged, or confirmed by a reviewer);
    ``indicators`` maps indicator id to its lexicon definition (with ``elements``).
    """
    found: dict[str, set[str]] = {e: set() for e in ELEMENTS}
    for ev in asserted:
        for element in _elements_of(ev.indicator, indicators):
            if element in found:
                found[element].add(ev.indicator)
    inv, men = tuple(sorted(found["involuntariness"])), tuple(sorted(found["menace_of_penalty"]))
    met = bool(inv) and bool(men)

    def names(ids: Sequence[str]) -> str:
        return ", ".join(i.replace("_", " ") for i in ids) or "none"

    if met:
        text = (f"Forced-labour indicators met (ICLS 2018 rule): involuntariness ({names(inv)}) and menace of "
                f"penalty ({names(men)}) are both asserted. The supplier is at least high risk.")
    else:
        missing = [e.replace("_", " ") for e, ids in (("involuntariness", inv), ("menace_of_penalty", men)) if not ids]
        text = (f"Not met: no asserted evidence of {' or '.join(missing)}. Involuntariness: {names(inv)}; "
                f"menace of penalty: {names(men)}.")
    return IloRuleResult(met=met, involuntariness=inv, menace_of_penalty=men, explanation=text)


def _has_cue(sentence: str, cues: Sequence[str]) -> str | None:
    low = sentence.lower()
    for cue in cues:
        if re.search(r"(?<!\w)" + re.escape(str(cue).lower()), low):
            return str(cue)
    return None


def _where(ev: Evidence) -> str:
    return f"'{ev.sentence.strip()[:160]}' ({ev.document}, page {ev.page})"


def escalation(asserted: Iterable[Evidence], indicators: Mapping[str, Any],
               inherent: Sequence[InherentRiskItem] = ()) -> Escalation:
    """Severe cases that call for escalation now, with do-no-harm guidance.

    ``asserted`` is all asserted evidence (hedged included: an allegation of violence is escalated too).
    """
    cfg = scoring_config()["escalation"]
    evidence = list(asserted)
    menace = any("menace_of_penalty" in _elements_of(e.indicator, indicators) for e in evidence)
    reasons: list[str] = []
    for ev in evidence:
        if ev.indicator in cfg.get("always", []):
            reasons.append(f"{ev.indicator.replace('_', ' ')}: {_where(ev)}")
    for indicator, rule in (cfg.get("with_cues") or {}).items():
        hits = [e for e in evidence if e.indicator == indicator]
        if not hits:
            continue
        for ev in hits:
            cue = _has_cue(ev.sentence, rule.get("cues", []))
            if cue:
                reasons.append(f"{rule['reason']} (\"{cue}\"): {_where(ev)}")
        already = any(r.startswith(rule["reason"]) for r in reasons)
        if rule.get("also_when_menace_of_penalty") and menace and not already:
            already = True
            reasons.append(f"{rule['reason']}: {indicator.replace('_', ' ')} together with coercion, "
                           f"{_where(hits[0])}")
        kind = rule.get("also_when_inherent_kind")
        if kind and not already and any(i.kind == kind for i in inherent):
            item = next(i for i in inherent if i.kind == kind)
            reasons.append(f"{rule['reason']}: {indicator.replace('_', ' ')} where {item.description}, {_where(hits[0])}")
    reasons = list(dict.fromkeys(reasons))
    if not reasons:
        return Escalation(False)
    return Escalation(True, tuple(reasons), do_no_harm_guidance())


def do_no_harm_guidance() -> tuple[str, ...]:
    """The do-no-harm guidance that goes with every escalation (``lexicons/remediation.yaml``)."""
    data = load_yaml(str(LEXICONS / "remediation.yaml"))
    return tuple(str(g["text"]).strip() for g in data["do_no_harm"])


def watchlist_minimum(matches: Sequence[WatchlistMatch]) -> str | None:
    """Why a close match on a listed-entity watchlist (UFLPA, CBP) makes the supplier at least high, or None."""
    cfg = scoring_config()["watchlist_minimum"]
    close = [m for m in matches if m.list_id in cfg["lists"] and m.score >= float(cfg["min_score"])]
    if not close:
        return None
    m = max(close, key=lambda m: m.score)
    return (f"'{m.query_name}' matches '{m.matched_name}' on the {m.list_name} (score {m.score:.2f}): goods from a "
            f"listed entity are presumed to be made with forced labour or are detained, so the supplier is at least "
            f"high risk unless a reviewer dismisses the match.")


TIER_RANK: dict[str, int] = {"high": 0, "medium": 1, "low": 2, "not screened": 3}


def rank_key(result: SupplierResult) -> tuple:
    """Ranking of the risk register: screened suppliers first, by score (highest first), then tier,
    escalation, ILO rule, then name. The pipeline, the app and every export use this one order."""
    return (not result.screened, -float(result.risk_score), TIER_RANK.get(result.tier, 9),
            not result.escalation.escalate_now, not result.ilo_rule.met, result.name.lower(), result.supplier_key)
