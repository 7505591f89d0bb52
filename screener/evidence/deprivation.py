"""Deprivations: a negation that takes away an entitlement states the model's finding ("were never paid",
"no water except the sinks", "sans salaire", "ni pause ni congé"). Data: ``lexicons/model_deprivations.yaml``."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from screener.evidence.textnorm import fold
from screener.resources import lexicon_data

LEXICON = "model_deprivations.yaml"


@dataclass(frozen=True)
class DeprivationTable:
    """One language's entitlements per indicator (token sequences), filler words, and words that make an
    entitlement a modifier ("no salary deductions")."""

    fillers: frozenset[str]
    noun_fillers: frozenset[str]  # the fillers without a verb's ("was", "fue"): what a negation of a noun crosses
    noun_negations: frozenset[str]
    not_heads: frozenset[str]
    entitlements: dict[str, tuple[tuple[str, ...], ...]]
    all_entitlements: tuple[tuple[str, ...], ...]  # every indicator's, for a negation that takes away anything
    window: int
    reach: int


def _word_matches(entry: str, word: str) -> bool:
    if entry.endswith("*"):
        return word.startswith(entry[:-1])
    return word == entry


@lru_cache(maxsize=8)
def table(lang: str) -> DeprivationTable | None:
    """The deprivation table of ``lang`` (None for a language the lexicon does not cover)."""
    data = lexicon_data(LEXICON)
    lang_data = data["languages"].get(lang)
    if lang_data is None:
        return None
    ents = {ind: tuple(tuple(fold(w).split()) for w in words) for ind, words in lang_data["indicators"].items()}
    fillers = frozenset(fold(w) for w in lang_data["fillers"])
    return DeprivationTable(fillers, fillers - {fold(w) for w in lang_data["verbal_fillers"]},
                            frozenset(fold(w) for w in lang_data["noun_negations"]),
                            frozenset(fold(w) for w in lang_data["not_heads"]), ents,
                            tuple(e for entries in ents.values() for e in entries), int(data["window"]), int(data["reach"]))


def _entitlement_at(doc: Doc, i: int, entries: tuple[tuple[str, ...], ...]) -> int:
    """Length in tokens of the longest entitlement starting at token ``i`` (0: none)."""
    best = 0
    for entry in entries:
        n = len(entry)
        if n > best and i + n <= len(doc) and all(
                _word_matches(w, fold(doc[i + j].text)) or _word_matches(w, fold(doc[i + j].lemma_ or ""))
                for j, w in enumerate(entry)):
            best = n
    return best


def _entitlement_after(doc: Doc, cue_end: int, tab: DeprivationTable, entries: tuple[tuple[str, ...], ...],
                       fillers: frozenset[str]) -> tuple[int, int] | None:
    """Token span ``[start, end)`` of the longest of ``entries`` that follows a cue ending at ``cue_end`` over
    ``fillers`` only (at most ``tab.window`` of them), when no word of ``tab.not_heads`` follows it (then it is a
    modifier: "no salary deductions"); else None."""
    i = cue_end
    for _ in range(tab.window + 1):
        if i >= len(doc):
            return None
        n = _entitlement_at(doc, i, entries)
        if n:
            after = i + n
            return None if after < len(doc) and fold(doc[after].text) in tab.not_heads else (i, after)
        if fold(doc[i].text) not in fillers:
            return None
        i += 1
    return None


def deprives(doc: Doc, cue_end: int, span_start: int, span_end: int, indicator: str,
             lang: str) -> str | None:
    """The entitlement a negation cue ending at token ``cue_end`` takes away, when it is one of ``indicator``'s,
    reached over filler words only, within reach of the n-gram ``[span_start, span_end)``, and not a modifier of
    a following word; else None."""
    tab = table(lang)
    if tab is None or indicator not in tab.entitlements:
        return None
    found = _entitlement_after(doc, cue_end, tab, tab.entitlements[indicator], tab.fillers)
    if found is None or found[0] > span_end + tab.reach or found[1] < span_start - tab.reach:
        return None
    return doc[found[0]:found[1]].text


def deprivation_end(doc: Doc, cue: str, cue_end: int, lang: str) -> int | None:
    """End token of the entitlement of any indicator that a negation cue ending at ``cue_end`` takes away
    ("sin agua", "ni salaire", "with no water"), reached over filler words other than a verb's ("was", "fue"), and
    not a modifier of a following word, when the cue's text ``cue`` is a negation of a noun; else None."""
    tab = table(lang)
    if tab is None or fold(cue) not in tab.noun_negations:
        return None
    found = _entitlement_after(doc, cue_end, tab, tab.all_entitlements, tab.noun_fillers)
    return None if found is None else found[1]
