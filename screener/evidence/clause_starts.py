"""Where another clause starts inside a sentence, so that a negation or a hypothetical cue does not reach into it:
a comma or "y" / "et" before an inflected verb ("..., encadenaban jornadas"), and "and" before an inflected verb with
its object ("threatened to deport them and confiscated their passports"). The words are data (lexicons/scope.yaml)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.strings import StringStore

from screener.evidence.textnorm import fold
from screener.lexicon_scope import ObjectClauses, VerbClauses


MAX_SKIPS = 2  # clitics between the opener and the verb ("et ne leur donnait")


@dataclass(frozen=True)
class VerbClauseWords:
    """Openers (NORM hashes), the endings of an inflected verb form and of its lemma, and the clitics (NORM hashes) that
    may stand between the opener and the verb ("et ne pouvaient", "et leur prenait")."""

    openers: frozenset[int]
    endings: tuple[str, ...]
    lemma_endings: tuple[str, ...]
    skips: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ObjectClauseWords:
    """Openers and object words (NORM hashes), and the cue types that stop at such a clause."""

    openers: frozenset[int]
    objects: frozenset[int]
    cue_types: frozenset[str]


def verb_clause_words(strings: StringStore, rules: VerbClauses | None) -> VerbClauseWords | None:
    """The ``verb_clauses`` rules of one language, ready to match token hashes."""
    if rules is None:
        return None
    return VerbClauseWords(frozenset(strings.add(fold(w)) for w in rules.openers), tuple(fold(w) for w in rules.endings),
                           tuple(fold(w) for w in rules.lemma_endings), frozenset(strings.add(fold(w)) for w in rules.skips))


def object_clause_words(strings: StringStore, rules: ObjectClauses | None) -> ObjectClauseWords | None:
    """The ``object_clauses`` rules of one language, ready to match token hashes."""
    if rules is None:
        return None
    return ObjectClauseWords(frozenset(strings.add(fold(w)) for w in rules.openers),
                             frozenset(strings.add(fold(w)) for w in rules.objects), frozenset(rules.cue_types))


def verb_clause_starts(words: VerbClauseWords | None, pairs: list[list[int]], strings: StringStore) -> set[int]:
    """Positions of an opener followed by an inflected verb: the form ends with a verb ending and its lemma, another
    word, with an infinitive ending (``pairs``: each token's [NORM, LEMMA] hashes)."""
    if words is None:
        return set()
    out = set()
    for i in range(len(pairs) - 1):
        if pairs[i][0] not in words.openers:
            continue
        j = i + 1
        while j < len(pairs) - 1 and j - i <= MAX_SKIPS and pairs[j][0] in words.skips:  # "et ne pouvaient", "et leur prenait"
            j += 1
        if is_inflected_verb(words, strings[pairs[j][0]], strings[pairs[j][1]]):
            out.add(i)
    return out


def is_inflected_verb(words: VerbClauseWords, form: str, lemma: str) -> bool:
    """True for an inflected verb form ("trabajaban", "duraient"): a form that is not its own lemma, with a verb
    ending, whose lemma has an infinitive ending."""
    return form != lemma and form.endswith(words.endings) and lemma.endswith(words.lemma_endings)


def object_clause_starts(words: ObjectClauseWords | None, pairs: list[list[int]]) -> set[int]:
    """Positions of an opener followed by a verb form that is not its own lemma ("confiscated", "took", not "beat")
    and an object word ("them", "their", "the")."""
    if words is None:
        return set()
    return {i for i in range(len(pairs) - 2)
            if pairs[i][0] in words.openers and pairs[i + 1][0] != pairs[i + 1][1] and pairs[i + 2][0] in words.objects}
