"""The feature vector of one supplier: each feature is a named function whose docstring describes it to users.

Every feature function takes a :class:`FeatureContext` and returns a :class:`FeatureValue` (value and the
plain-English reason behind it, naming the sentence, document and page, the country x product row or the
watchlist entry). ``FEATURE_NAMES`` fixes the order. Indicator dimensions and elements come from the lexicon
(``screener.lexicon.load_lexicon().indicators``); weights and cue phrases from ``lexicons/scoring.yaml``.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from screener.lexicon import DIMENSIONS
from screener.contracts import INDICATOR_IDS, Evidence, InherentRiskItem, SupplierRecord, WatchlistMatch
from screener.scoring.protective import (PROTECTIVE, Cited, compliant_indicators, decision_of, evidence_weight,  # noqa: F401
                                 find_protective, protective_cues_in)
from screener.scoring.rules import ilo_rule, listed_entities, scoring_config, severe_cases

_INDICATOR_WORDS = {"physical_sexual_violence": "physical or sexual violence", "intimidation_threats": "intimidation and threats"}


def indicator_words(indicator: str) -> str:
    """An indicator id in plain words."""
    return _INDICATOR_WORDS.get(indicator, indicator.replace("_", " "))


@dataclass(frozen=True)
class FeatureValue:
    """A feature's value and the reason for it, in plain English."""

    value: float
    reason: str


@dataclass
class FeatureContext:
    """Everything the feature functions read for one supplier."""

    record: SupplierRecord
    evidence: list[Evidence]
    matches: list[WatchlistMatch]
    inherent: list[InherentRiskItem]
    as_of: dt.date
    indicators: Mapping[str, Any]  # indicator id -> lexicon IndicatorDef (dimensions, elements, severity)
    documents: list[str] = field(default_factory=list)
    weighted: dict[str, list[tuple[Evidence, float]]] = field(default_factory=dict)  # indicator -> counted evidence
    protective: dict[str, list[Cited]] = field(default_factory=dict)
    decisions: Mapping[str, Any] | None = None


def current_indicators(lexicon: Any = None) -> Mapping[str, Any]:
    """Indicator definitions from the given lexicon, or from ``screener.lexicon.load_lexicon()``."""
    if lexicon is None:
        from screener.lexicon import load_lexicon
        lexicon = load_lexicon()
    return lexicon.indicators


def counted_evidence(evidence: Iterable[Evidence], decisions: Mapping[str, Any] | None = None
                     ) -> dict[str, list[tuple[Evidence, float]]]:
    """Evidence that raises risk, per indicator, one entry per distinct sentence (the highest weight kept)."""
    best: dict[str, tuple[Evidence, float]] = {}
    for ev in evidence:
        w = evidence_weight(ev, decision_of(decisions, ev))
        if w > 0 and (ev.fingerprint not in best or best[ev.fingerprint][1] < w):
            best[ev.fingerprint] = (ev, w)
    out: dict[str, list[tuple[Evidence, float]]] = {}
    for ev, w in best.values():
        out.setdefault(ev.indicator, []).append((ev, w))
    for items in out.values():
        items.sort(key=lambda t: (-t[1], t[0].document, t[0].page))
    return out


def cite(ev: Evidence) -> str:
    """Where a finding is: the sentence, its document and page."""
    sentence = " ".join(ev.sentence.split())
    sentence = sentence if len(sentence) <= 180 else sentence[:177] + "..."
    return f"\"{sentence}\"{' (hedged)' if ev.hedged else ''} ({ev.document}, page {ev.page})"


_ZEROS: dict[str, FeatureValue] = {}


def zero(reason: str) -> FeatureValue:
    """``FeatureValue(0.0, reason)``, one frozen object per reason (most features of most suppliers are zero)."""
    fv = _ZEROS.get(reason)
    if fv is None:
        fv = _ZEROS[reason] = FeatureValue(0.0, reason)
    return fv


# ------------------------------------------------------------------ feature functions
FEATURES: dict[str, Callable[[FeatureContext], FeatureValue]] = {}
RISK_SIGN: dict[str, int] = {}  # +1: can only raise the score; -1: can only lower it


# Features whose reasons are our own wording with numbers, dates and a row number, never text from the user's
# files: exports need not redact them (at 100,000 suppliers they are most of the distinct texts of a register).
REASONS_WITHOUT_INPUT_TEXT: set[str] = set()


def feature(sign: int = 1, input_text: bool = True) -> Callable[[Callable[[FeatureContext], FeatureValue]], Callable[[FeatureContext], FeatureValue]]:
    """Register a feature function under its name, with the direction it may move the score; ``input_text=False``
    declares that its reasons never quote text from the user's files."""
    def register(fn: Callable[[FeatureContext], FeatureValue]) -> Callable[[FeatureContext], FeatureValue]:
        FEATURES[fn.__name__] = fn
        RISK_SIGN[fn.__name__] = sign
        if not input_text:
            REASONS_WITHOUT_INPUT_TEXT.add(fn.__name__)
        return fn
    return register


def _indicator_feature(indicator: str) -> Callable[[FeatureContext], FeatureValue]:
    words = indicator_words(indicator)

    def fn(ctx: FeatureContext) -> FeatureValue:
        items = ctx.weighted.get(indicator, [])
        total = sum(w for _, w in items)
        if not items:
            return zero(f"No asserted evidence of {words} in the documents and findings screened.")
        more = f" and {len(items) - 1} more" if len(items) > 1 else ""
        return FeatureValue(math.log2(1.0 + total), f"{len(items)} asserted finding(s) of {words}: {cite(items[0][0])}{more}.")

    fn.__name__ = fn.__qualname__ = f"evidence_{indicator}"
    fn.__doc__ = (f"Asserted evidence of {words}: log2(1 + n), where n counts the distinct sentences that state it "
                  f"(a hedged sentence counts half), so one sentence counts 1. Negated, hypothetical, policy, "
                  f"remediated, compliant, dismissed and unconfirmed possible findings do not count.")
    return fn


for _ind in INDICATOR_IDS:
    feature(1)(_indicator_feature(_ind))


def full_evidence(ctx: FeatureContext) -> list[Evidence]:
    """Evidence that counts in full (asserted, not hedged, a finding; or confirmed by a reviewer)."""
    return [ev for items in ctx.weighted.values() for ev, w in items if w >= 1.0]


@feature(1)
def ilo_dimensions(ctx: FeatureContext) -> FeatureValue:
    """ILO dimensions (unfree recruitment, work and life under duress, impossibility of leaving) shown by asserted evidence of different indicators, beyond the first: min(dimensions, indicators) - 1."""
    dims = sorted({d for i in ctx.weighted for d in tuple(getattr(ctx.indicators.get(i), "dimensions", ()) or ())
                   if d in DIMENSIONS})
    value = max(0, min(len(dims), len(ctx.weighted)) - 1)
    if not value:
        return zero("Asserted evidence of different indicators shows at most one ILO dimension.")
    return FeatureValue(float(value), f"Asserted evidence of {len(ctx.weighted)} indicators shows {len(dims)} ILO "
                                      f"dimensions: {', '.join(d.replace('_', ' ') for d in dims)}.")


@feature(1)
def ilo_rule_met(ctx: FeatureContext) -> FeatureValue:
    """1 when the ICLS 2018 rule is met: involuntariness and menace of penalty asserted by different facts (different sentences), hedged and unconfirmed findings left out."""
    rule = ilo_rule(full_evidence(ctx), ctx.indicators)
    return FeatureValue(1.0 if rule.met else 0.0, rule.explanation)


@feature(1)
def severe_case(ctx: FeatureContext) -> FeatureValue:
    """Number of kinds of severe case asserted (physical or sexual violence, confinement, a child below the minimum age or in a worst form of child labour): each calls for escalation now."""
    cases = severe_cases([ev for items in ctx.weighted.values() for ev, _ in items], ctx.indicators, ctx.inherent)
    if not cases:
        return zero("No severe case (violence, confinement, worst forms of child labour) is asserted.")
    return FeatureValue(float(len(cases)), "Severe case: " + "; ".join(r[0] for r in cases.values()) + ".")


@feature(1)
def listed_entity(ctx: FeatureContext) -> FeatureValue:
    """1 when the name matches the UFLPA Entity List or an active CBP order exactly or nearly (score 0.9 or more)."""
    listed = listed_entities(ctx.matches)
    if not listed:
        return zero("The name is not on the UFLPA Entity List or an active CBP order.")
    from screener.scoring.rules import listed_reason
    return FeatureValue(1.0, listed_reason(listed[0]))


def _inherent(ctx: FeatureContext, kinds: set[str], none: str) -> FeatureValue:
    items = sorted((i for i in ctx.inherent if i.kind in kinds), key=lambda i: -i.level)
    if not items:
        return zero(none)
    top = items[0]
    more = f" ({len(items) - 1} more)" if len(items) > 1 else ""
    return FeatureValue(float(top.level), f"{top.description} [{top.source}, {top.edition}]{more}.")


@feature(1)
def inherent_forced_labour_goods(ctx: FeatureContext) -> FeatureValue:
    """Strongest listing of the supplier's country and products for forced labour (0 to 1): the US DOL goods list, or a CBP region-wide order."""
    return _inherent(ctx, {"goods_forced_labour", "goods_forced_child_labour", "cbp_region_order"},
                     "No product from this country is on the DOL list for forced labour.")


@feature(1)
def inherent_child_labour_goods(ctx: FeatureContext) -> FeatureValue:
    """Strongest US DOL listing of the supplier's country and products as made with child labour (0 to 1)."""
    return _inherent(ctx, {"goods_child_labour", "goods_forced_child_labour"},
                     "No product from this country is on the DOL list for child labour.")


@feature(1)
def inherent_downstream_inputs(ctx: FeatureContext) -> FeatureValue:
    """Products made with inputs that are on the DOL list (for example solar products from polysilicon), 0 to 1."""
    return _inherent(ctx, {"downstream_input"}, "No product is made with listed inputs.")


@feature(1)
def inherent_tip_tier(ctx: FeatureContext) -> FeatureValue:
    """US State Department Trafficking in Persons tier of the country (Tier 2 Watch List, Tier 3), 0 to 1."""
    return _inherent(ctx, {"tip_tier"}, "The country is not on the TIP Tier 2 Watch List or Tier 3 (or is unknown).")


@feature(1)
def inherent_country_findings(ctx: FeatureContext) -> FeatureValue:
    """US DOL findings on the worst forms of child labour and forced-labour law for the country, 0 to 1."""
    return _inherent(ctx, {"country_findings"}, "No DOL country findings raise the risk.")


@feature(1)
def watchlist_score(ctx: FeatureContext) -> FeatureValue:
    """Closeness (0 to 1) of the best match of the supplier's name on a forced-labour watchlist (UFLPA, CBP, yours)."""
    if not ctx.matches:
        return zero("The name matched no watchlist entry.")
    m = max(ctx.matches, key=lambda m: m.score)
    return FeatureValue(float(m.score), f"'{m.query_name}' matches '{m.matched_name}' (entity '{m.entity_name}') on "
                                        f"the {m.list_name}, {m.list_edition}, with score {m.score:.2f}.")


def _row(ctx: FeatureContext) -> str:  # where a sheet value is
    return f"supplier sheet, row {ctx.record.row_number}"


@feature(1, input_text=False)
def migrant_share(ctx: FeatureContext) -> FeatureValue:
    """Share of migrant workers in the workforce, 0 to 1, as given in the supplier sheet."""
    share = ctx.record.migrant_share
    if not share:
        return zero("No migrant workers reported (or the share is not given).")
    share = min(max(float(share), 0.0), 1.0)
    return FeatureValue(share, f"Migrant share of the workforce {share:.0%} ({_row(ctx)}).")


def _flag(ctx: FeatureContext, value: bool | None, yes: str, no: str) -> FeatureValue:
    return FeatureValue(1.0, f"{yes} ({_row(ctx)}).") if value else zero(no)


@feature(1, input_text=False)
def labour_agency(ctx: FeatureContext) -> FeatureValue:
    """1 when the supplier hires through a labour agency or recruiter, according to the sheet."""
    return _flag(ctx, ctx.record.labour_agency, "Workers are hired through a labour agency", "No labour agency reported.")


@feature(1, input_text=False)
def recruitment_fees_reported(ctx: FeatureContext) -> FeatureValue:
    """1 when the sheet says workers pay recruitment fees."""
    return _flag(ctx, ctx.record.recruitment_fees, "Workers pay recruitment fees", "No recruitment fees reported in the sheet.")


@feature(1, input_text=False)
def employer_housing(ctx: FeatureContext) -> FeatureValue:
    """1 when workers live in housing the employer provides (dependency on the employer)."""
    return _flag(ctx, ctx.record.employer_housing, "Workers live in employer-provided housing", "No employer housing reported.")


@feature(1, input_text=False)
def no_audit_on_file(ctx: FeatureContext) -> FeatureValue:
    """1 when there is no audit on file: no audit date, no audit report named in the sheet and no report linked."""
    if ctx.record.last_audit_date or ctx.record.audit_report or ctx.documents:
        return zero("An audit is on file.")
    return FeatureValue(1.0, f"No audit on file: no audit date, no report named in the sheet ({_row(ctx)}) and no report linked.")


@feature(1, input_text=False)
def audit_age_years(ctx: FeatureContext) -> FeatureValue:
    """Years since the last audit (capped); an old audit says little about conditions today."""
    last = ctx.record.last_audit_date
    if last is None:
        return zero("No audit date given.")
    cap = float(scoring_config()["features"]["audit_age_cap_years"])
    years = min(max((ctx.as_of - last).days / 365.25, 0.0), cap)
    capped = f", counted as {cap:g}" if years >= cap else ""
    return FeatureValue(years, f"Last audit on {last.isoformat()}, {years:.1f} years before {ctx.as_of.isoformat()}{capped} ({_row(ctx)}).")


def _protective_feature(factor: str, words: str, doc: str) -> Callable[[FeatureContext], FeatureValue]:
    def fn(ctx: FeatureContext) -> FeatureValue:
        hits = ctx.protective.get(factor, [])
        if not hits:
            return zero(f"No {words} found in the sheet or the documents.")
        more = f" and {len(hits) - 1} more" if len(hits) > 1 else ""
        return FeatureValue(1.0, f"{words[0].upper()}{words[1:]}: \"{hits[0].text[:180]}\" ({hits[0].where}){more}.")

    fn.__name__ = fn.__qualname__ = factor
    fn.__doc__ = f"{doc} Lowers the risk."
    return fn


for _factor, _words, _doc in (
        ("grievance_mechanism", "grievance mechanism",
         "1 when a grievance mechanism or hotline for workers is described as in place."),
        ("worker_committee", "worker committee or union",
         "1 when workers have an elected committee, representatives or a union."),
        ("ethical_recruitment_certification", "ethical recruitment certification or policy",
         "1 when recruitment is certified ethical (for example IOM IRIS) or follows the Employer Pays Principle."),
        ("fees_reimbursed", "reimbursement of recruitment fees",
         "1 when recruitment fees paid by workers are reported as reimbursed.")):
    feature(-1)(_protective_feature(_factor, _words, _doc))


@feature(-1)
def compliant_facts(ctx: FeatureContext) -> FeatureValue:
    """log2(1 + k), where k counts the indicators that a report states do not happen (for example "wages are paid on time", "workers keep their own passports") and that no asserted evidence contradicts. Lowers the risk a little; never a finding."""
    facts = compliant_indicators(ctx.evidence, ctx.weighted, ctx.decisions)
    if not facts:
        return zero("No statement that a practice does not happen.")
    first = next(iter(facts.values()))
    names = ", ".join(indicator_words(i) for i in facts)
    return FeatureValue(math.log2(1.0 + len(facts)), f"Stated not to happen: {names}; for example {cite(first)}.")


FEATURE_NAMES: tuple[str, ...] = tuple(FEATURES)
PROTECTIVE_FEATURES: tuple[str, ...] = tuple(n for n, s in RISK_SIGN.items() if s < 0)


def feature_descriptions() -> dict[str, str]:
    """User-facing description of every feature, in ``FEATURE_NAMES`` order (from the docstrings)."""
    return {name: " ".join((FEATURES[name].__doc__ or "").split()) for name in FEATURE_NAMES}


def build_context(record: SupplierRecord, evidence: Sequence[Evidence], matches: Sequence[WatchlistMatch],
                  inherent: Sequence[InherentRiskItem], *, as_of: dt.date | None = None,
                  documents: Sequence[str] = (), pages: Sequence[tuple[str, int, str]] = (),
                  decisions: Mapping[str, Any] | None = None, lexicon: Any = None) -> FeatureContext:
    """The context the feature functions read, with evidence weighed and protective factors found."""
    return FeatureContext(
        record=record, evidence=list(evidence), matches=list(matches), inherent=list(inherent),
        as_of=as_of or dt.date.today(), indicators=current_indicators(lexicon), documents=list(documents),
        weighted=counted_evidence(evidence, decisions),
        protective=find_protective(record, evidence, pages, decisions), decisions=decisions)


def explain_features(record: SupplierRecord, evidence: Sequence[Evidence], matches: Sequence[WatchlistMatch],
                     inherent: Sequence[InherentRiskItem], **kwargs: Any) -> dict[str, FeatureValue]:
    """Every feature's value and reason, in ``FEATURE_NAMES`` order (keywords as for :func:`build_context`)."""
    ctx = build_context(record, evidence, matches, inherent, **kwargs)
    return {name: FEATURES[name](ctx) for name in FEATURE_NAMES}


def compute_features(record: SupplierRecord, evidence: Sequence[Evidence], matches: Sequence[WatchlistMatch],
                     inherent: Sequence[InherentRiskItem], *, as_of: dt.date | None = None,
                     **kwargs: Any) -> dict[str, float]:
    """The feature vector of one supplier, in ``FEATURE_NAMES`` order."""
    return {k: v.value for k, v in explain_features(record, evidence, matches, inherent, as_of=as_of, **kwargs).items()}


def feature_reasons(record: SupplierRecord, evidence: Sequence[Evidence], matches: Sequence[WatchlistMatch],
                    inherent: Sequence[InherentRiskItem], **kwargs: Any) -> dict[str, str]:
    """The reason behind each nonzero feature (sentence/document/page, country x product row, watchlist entry)."""
    return {k: v.reason for k, v in explain_features(record, evidence, matches, inherent, **kwargs).items() if v.value}
