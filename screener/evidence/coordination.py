"""Coordinated predicates: a negation or prohibition that opens one does not reach back to a finding before it.

"The workers were beaten and were not allowed to leave": the negation belongs to its own predicate, which states a
finding of its own ("not allowed to leave"); it says nothing of the beating. Likewise a prohibition imposed on the
workers: "passports were taken and they were forbidden to leave" is no policy about passports. "Child labour was
checked and was not found" keeps its negation, and "... and is prohibited by our code" its policy: neither states a
finding of its own. The coordinators are data (``coordinators`` in lexicons/scope.yaml).
"""
from __future__ import annotations


def coordinator_positions(pairs: list[list[int]], coordinators: frozenset[int]) -> list[int]:
    """Token positions of a sentence (given as its tokens' [NORM, LEMMA] hashes) whose NORM is a coordinator."""
    return [i for i, (norm, _) in enumerate(pairs) if norm in coordinators] if coordinators else []


def opens_coordinated_match(cue_start: int, cue_end: int, match_end: int, coordinators: list[int],
                            spans: list[tuple[int, int]]) -> bool:
    """True when a cue at tokens [cue_start, cue_end), after a match that ends at ``match_end``, follows a
    coordinator that comes after the match, and overlaps another match of the sentence (one of ``spans``) that
    runs past the first match's end: the cue negates that other match's predicate, not the first match."""
    return any(match_end <= k < cue_start for k in coordinators) and any(
        s < cue_end and cue_start < e and e > match_end for s, e in spans)
