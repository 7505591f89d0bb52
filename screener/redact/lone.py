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


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = lexicon_data("redaction.yaml")["names"]
    words = [str(w) for w in (names.get("lone_name_before") or ())]
    verbs = [str(w) for w in (names.get("lone_person_verbs") or ())]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    valt = "|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:(?P<v>(?i:{valt}))|{alt})[^\S\n]+(?P<w>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{{2,}})(?![\w'’-])")


def lone_name_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the lone given names after a preposition or verb."""
    from screener.redact.tagger import runtime_lists
    from screener.redact.starts import word_name
    from screener.redact.words import _given_name, _is_common_word, _is_country, _rare_word
    out: list[tuple[int, int]] = []
    for m in _pattern().finditer(text):
        w = m.group("w")
        if not _AFTER.match(text, m.end()):
            continue
        listed = _given_name(w, r) and not _is_common_word(w)
        if not listed and not (m.group("v") and (word_name(w) or (_rare_word(w, r) and not w.endswith("s")))):
            continue
        low = fold_name(w)
        if low in r.places or low in r.subdivisions or w in r.not_names or w in r.stop_words or _is_country(w):
            continue
        if runtime_lists().place_run([w]):
            continue
        out.append((m.start("w"), m.end("w")))
    return out
