"""Cue hits and scope decisions, and the merging of a negation with the compliance or remediation cue right after it
("wages were not paid on time" states the practice; "ne leur a versé aucun salaire" is no remediation)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from screener.lexicon import ScopeCue

_NEGATED_COMPLIANCE_GAP = 2  # "not", "never" at most this many tokens before a compliance cue negate it
LONG_WINDOW = 30  # a cue with a window this long (a law, a programme) reaches across clause terminators


@dataclass(frozen=True)
class CueHit:
    """One scope cue found in a sentence."""

    cue: ScopeCue
    start: int
    end: int
    text: str
    reach: tuple[int, int] | None = None  # the cue applies only to matches that start inside these token positions


@dataclass(frozen=True)
class ScopeDecision:
    """The polarity of one match, whether it is hedged, and the cue text behind it."""

    polarity: str
    hedged: bool
    cue: str
    override: bool = False  # an "asserted" cue decided it ("not picking up on", "not paid on time")


def bound_cues(hits: list[CueHit], bounds: list[int], length: int,
               bounded: Callable[[ScopeCue], bool]) -> list[CueHit]:
    """The cues for which ``bounded(cue)`` holds, limited to their clause between ``bounds`` (token positions), in a
    sentence of ``length`` tokens: a long cue between contrasts ("Although the law forbids it, the agent kept their
    passports"), a negation between subordinators ("the job never came while his debt kept growing")."""
    if not bounds:
        return hits
    out = []
    for h in hits:
        if not bounded(h.cue):
            out.append(h)
            continue
        lo = max((p for p in bounds if p <= h.start), default=0)
        hi = min((p for p in bounds if p >= h.end), default=length)
        if h.reach is not None:  # bounded before: the clause is the narrower of the two
            lo, hi = max(lo, h.reach[0]), min(hi, h.reach[1])
        out.append(CueHit(h.cue, h.start, h.end, h.text, (lo, hi)))
    return out


def drop_inside_longer(hits: list[CueHit]) -> list[CueHit]:
    """Cues inside a longer hedge ("it is possible that") belong to the hedge; cues inside an inert phrase ("si
    insalubre que", "si bien que": "so ... that") mean nothing; the inert phrases themselves are left out."""
    wide = [h for h in hits if h.cue.type in ("hedge", "inert")]
    if not wide:
        return hits
    return [h for h in hits if h.cue.type == "hedge" or (h.cue.type != "inert" and not any(
        g.start <= h.start and h.end <= g.end and g.end - g.start > h.end - h.start for g in wide))]


def _negatable(cue: ScopeCue) -> bool:
    """Cues a negation right before turns into a statement of the practice: compliance cues, and remediation
    cues that follow what they remediate ("wages ... have not been paid in May"). A remediation cue that
    precedes its object ("n'a payé de frais", "paid the fees") may name the worker's own act, so it is left."""
    return cue.type == "compliant" or (cue.type == "remediated" and cue.direction in ("post", "both"))


def _voidable(cue: ScopeCue) -> bool:
    """Remediation cues that precede their object ("a versé", "a payé", "ha pagado"): a negation right before one
    ("ne leur a versé aucun salaire", "n'a payé aucun frais") says no payment was made, so the cue is void and the
    negation and the pattern decide (the pattern's own negative concord, or the negation of the practice)."""
    return cue.type == "remediated" and cue.direction == "pre"


def _negation_before(h: CueHit, negs: list[CueHit], terms: set[int] | None) -> CueHit | None:
    """The first negation cue of ``negs`` that ends at most ``_NEGATED_COMPLIANCE_GAP`` tokens before ``h``, in its
    clause (not across a terminator of ``terms``: ";", "|"); None when there is none."""
    return next((n for n in negs if h.start - _NEGATED_COMPLIANCE_GAP <= n.end <= h.start
                 and not any(n.end <= t < h.start for t in terms or ())), None)


def merge_negated_cues(hits: list[CueHit], terms: set[int] | None = None) -> list[CueHit]:
    """A compliance or remediation cue right after a negation ("wages were not paid on time", "salaries
    have not been paid in May", "passports were not returned") states the practice: both become one
    "asserted" cue, so neither the negation nor the compliance or remediation reading wins. Not across a
    terminator (``terms``): "n'a été identifié ; vérification de l'âge ..." are two statements."""
    negs = [h for h in hits if h.cue.type == "negation"]
    if negs and any(_voidable(h.cue) for h in hits):  # "ne leur a versé aucun salaire": no payment, no remediation
        hits = [h for h in hits if not (_voidable(h.cue) and _negation_before(h, negs, terms) is not None)]
    comp = [h for h in hits if _negatable(h.cue)]
    if not comp:
        return hits
    used: set[int] = set()
    out: list[CueHit] = []
    for h in hits:
        if not _negatable(h.cue):
            out.append(h)
            continue
        if any(g.start <= h.start and h.end <= g.end and g.end - g.start > h.end - h.start for g in negs):
            continue  # inside a longer negation cue ("No worker who complained was dismissed"): the negation reads it
        n = _negation_before(h, negs, terms)
        if n is None:
            out.append(h)
            continue
        used.add(id(n))
        cue = ScopeCue(h.cue.id + ".negated", "asserted", h.cue.lang, h.cue.text, "both", h.cue.window,
                       h.cue.indicators)
        out.append(CueHit(cue, min(n.start, h.start), max(n.end, h.end), f"{n.text} {h.text}", h.reach))
    return [h for h in out if id(h) not in used]
