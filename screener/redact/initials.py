"""Initials used as a person's name ("S.K.", "J.R.P.L.") where the context shows a person: a table cell of its own,
a cue word before ("initials", "firma", "signed"), a report verb after ("R.M. reporta") or a person's profile in
brackets after ("A.B. (f, 24)", "K.S. (28 ans)": a sex word or an age unit, ``initials_profile_words``). Known abbreviations
("U.S.", "S.A.", "e.g.", "a.m.") stay. The word lists are ``initials_cues``, ``initials_verbs`` and
``initials_not`` under ``names`` in ``lexicons/redaction.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import literal_alternation
from screener.resources import lexicon_data

_INITIALS = re.compile(r"(?<![\w.])(?:[A-ZÀ-Þ]\.[^\S\n]?){1,5}[A-ZÀ-Þ]\.(?![\w.])")
_CELL_BEFORE = re.compile(r"(?:^|[\t|])[^\S\n]*$")
_CELL_AFTER = re.compile(r"^[^\S\n]*(?:$|[\t|\n])")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = lexicon_data("redaction.yaml")["names"]
    keep = frozenset(str(w).replace(".", "").replace(" ", "").lower() for w in names.get("initials_not") or ())

    cues = re.compile(rf"(?i:(?<!\w)(?:{literal_alternation(names.get('initials_cues'))}))\W{{0,6}}$")
    verbs = re.compile(rf"^[\"'”»]?[^\S\n]+(?i:{literal_alternation(names.get('initials_verbs'))})(?!\w)")
    prof = literal_alternation(names.get("initials_profile_words") or ["f", "m"])
    word = rf"(?i:{prof})(?![\w.])\.?"
    age = rf"\d{{1,2}}(?:[^\S\n]*(?i:{prof})(?!\w)\.?)?"
    profile = re.compile(rf"^[^\S\n]*\([^\S\n]*(?:{word}[^\S\n]*[,;/][^\S\n]*{age}|{age}[^\S\n]*[,;/][^\S\n]*{word}"
                         rf"|\d{{1,2}}[^\S\n]*(?i:{prof})(?!\w)\.?|{word})[^\S\n]*\)")
    return keep, cues, verbs, profile


def known_abbreviation(span: str) -> bool:
    """True when ``span`` ("N.B", "S.A.") is a listed abbreviation that never stands for a person (``initials_not``)."""
    return "." in span and span.replace(".", "").replace(" ", "").lower() in _lists()[0]


def initials_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of initials that stand for a person in ``text``."""
    if "." not in text:
        return []
    keep, cues, verbs, profile = _lists()
    out = []
    for m in _INITIALS.finditer(text):
        bare = m.group(0).replace(".", "").replace(" ", "").lower()
        if bare in keep:
            continue
        before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 40]
        cell = bool(_CELL_BEFORE.search(before) and _CELL_AFTER.match(after) and ("\t" in before + after or "|" in before + after))
        if cell or cues.search(before) or verbs.match(after) or profile.match(after):
            out.append((m.start(), m.end()))
    return out
