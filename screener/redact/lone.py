"""A lone given name after a preposition or a verb ("send the copies to Jennifer by Monday", "Dile a Marisol que
llame", "il a frappé Mamadou avec"): one capitalised word inside a sentence, after a lower-case word of
``names.lone_name_before`` in ``lexicons/redaction.yaml``, followed by a lower-case word or a punctuation mark.

The word must be a listed or generated given name, no ordinary en/es/fr word ("Rosa", "Grace" stay), and no town
of the tagger's gazetteer, listed place or subdivision ("to Lima by bus" stays). After a verb done to a person
(``names.lone_person_verbs``: "Dile a", "accompagné", "asked for", "a call from") a given name that is an ordinary
word (``names.word_names``: "pris Junior") or a word of no dictionary ("Avísale a Nohemí") counts too."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import Rules, fold_name
from screener.resources import lexicon_data

_AFTER = re.compile(r"(?:[^\S\n]+[a-zà-ÿ(]|[^\S\n]*(?:[,.;:!?)»”\"]|$))")


_CANDIDATE = re.compile(r"(?<=[^\S\n])(?P<w>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})(?![\w'’-])")
_LEAD = re.compile(r"^[^\w'’-]+")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words before a lone name (``names.lone_name_before``, as written), the verbs done to a person
    (``names.lone_person_verbs``, in lower case) and the person-shaped words before a word of no dictionary
    (``names.lone_rare_before``, as written)."""
    names = lexicon_data("redaction.yaml")["names"]
    return (frozenset(str(w) for w in names.get("lone_name_before") or ()),
            frozenset(str(w).lower() for w in names.get("lone_person_verbs") or ()),
            frozenset(str(w) for w in names.get("lone_rare_before") or ()))


def _cue_before(text: str, pos: int) -> tuple[bool, bool, bool]:
    """(a cue word, a verb done to a person, a person-shaped word) ends right before ``pos``, on the same line: up
    to three words are looked up, so the cost does not grow with the length of the lists."""
    words, verbs, rare_cues = _cues()
    before = text[max(0, pos - 40):pos]
    words_before = before[before.rfind("\n") + 1:].split()[-3:]
    cue = verb = rare = False
    for k in range(1, len(words_before) + 1):
        phrase = " ".join(words_before[-k:])
        if k == len(words_before) or k == 3:
            phrase = _LEAD.sub("", phrase)  # "(to Maria": the bracket is not part of the cue
        cue = cue or phrase in words
        verb = verb or phrase.lower() in verbs
        rare = rare or phrase in rare_cues
    return cue, verb, rare


def lone_name_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the lone given names after a preposition or verb."""
    from screener.redact.tagger import runtime_lists
    from screener.redact.starts import word_name
    from screener.redact.words import _given_name, _is_common_word, _is_country, _rare_word
    out: list[tuple[int, int]] = []
    for m in _CANDIDATE.finditer(text):
        w = m.group("w")
        if not _AFTER.match(text, m.end()):
            continue
        cue, verb, rare_cue = _cue_before(text, m.start())
        if not (cue or verb or rare_cue):
            continue
        listed = (cue or verb) and _given_name(w, r) and not _is_common_word(w)
        rare = _rare_word(w, r) and not w.endswith("s")
        if not listed and not (verb and (word_name(w) or rare)) and not (rare_cue and rare):
            continue
        low = fold_name(w)
        if low in r.places or low in r.subdivisions or w in r.not_names or w in r.stop_words or _is_country(w):
            continue
        if runtime_lists().place_run([w]):
            continue
        out.append((m.start("w"), m.end("w")))
    return out
