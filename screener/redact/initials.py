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
    """(start, end) of initials that stand for a person in ``text``: dotted ones in a person's place, and the
    initials of a list after a signing cue (``initials_list_cues``: "initials: MB, TK", "signed "JD" and "RKS"",
    "Firmaron L.M.G. y A.P.R.")."""
    out = initials_lists(text)
    if "." not in text:
        return out
    keep, cues, verbs, profile = _lists()
    last = -1  # end of the last initials taken: the next ones of the same list count too ("A.K., A.M. et A.S.")
    for m in _INITIALS.finditer(text):
        bare = m.group(0).replace(".", "").replace(" ", "").lower()
        before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 40]
        cell = bool(_CELL_BEFORE.search(before) and _CELL_AFTER.match(after) and ("\t" in before + after or "|" in before + after))
        listed = last >= 0 and _LIST_SEP.fullmatch(text, last, m.start()) is not None and m.group(0)[0].isupper()
        if listed:
            out.append((m.start(), m.end()))
            last = m.end()
            continue
        if bare in keep:
            continue
        if cell or cues.search(before) or verbs.match(after) or profile.match(after):
            out.append((m.start(), m.end()))
            last = m.end()
    return out


_LIST_SEP = re.compile(r"[^\S\n]*(?:[,/;&]|and|et|y|e)[^\S\n]*|[^\S\n]*,[^\S\n]*(?:and|et|y|e)[^\S\n]+")
_TOKEN = r"[\"“«‘]?(?:(?:[A-ZÀ-Þ]\.[^\S\n]?-?){1,5}|[A-ZÀ-Þ]{2,4}(?!\w|\.\w)(?![^\S\n]+[A-ZÀ-Þ])|[A-ZÀ-Þ][a-zà-ÿ]{1,2}(?=[\"”»’]))[\"”»’]?"


@lru_cache(maxsize=1)
def _list_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    names = lexicon_data("redaction.yaml")["names"]
    cues = literal_alternation(names.get("initials_list_cues"))
    sep = r"[^\S\n]*(?:,|/|;|&|\band\b|\bet\b|\by\b)[^\S\n]*(?:(?:and|et|y)[^\S\n]+)?"
    pattern = re.compile(rf"(?<![\w'’])(?P<cue>(?i:{cues}))(?![\w'’])(?:[^\S\n]+[a-zà-ÿ'’]+(?![\w'’])){{0,3}}(?:[^.;\n:]{{0,40}}:)?[^\S\n]*(?P<list>{_TOKEN}(?:{sep}{_TOKEN})*)")
    acronyms = frozenset(str(w).upper() for w in names.get("initials_acronyms_not") or ())
    return pattern, acronyms


_ONE = re.compile(_TOKEN)
_INITIALS_WORD = re.compile(r"(?i:initial|inicial)")


def _strong(text: str, start: int, end: int, cue: str) -> bool:
    """True when one initials token stands for a person on its own: dotted, quoted or after an "initials" cue."""
    return "." in text[start:end] or text[start - 1:start] in "\"“«‘" or bool(_INITIALS_WORD.match(cue))


def initials_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of each person's initials in a list right after a signing cue. Undotted capitals must not be a
    listed acronym (``initials_acronyms_not``: HR, CAP, OT, PPE...); a short quoted word ("Mo") counts in a list of
    initials only."""
    pattern, acronyms = _list_pattern()
    keep = _lists()[0]
    out = []
    for m in pattern.finditer(text):
        items = list(_ONE.finditer(text, m.start("list"), m.end("list")))
        taken: list[tuple[int, int]] = []
        held: list[tuple[int, int]] = []
        for it in items:
            core = it.group(0).strip("\"“«‘”»’")
            bare = core.replace(".", "").replace(" ", "").replace("-", "")
            if core[1:].islower() and len(items) < 2:
                continue
            s = it.start() + it.group(0).index(core)
            known = bare.lower() in keep if "." in core else bare in acronyms
            (held if known else taken).append((s, s + len(core.rstrip(" "))))
        if len(taken) >= 2:
            taken += held  # "MB, TK, FO, SA", "A.D., K.F.": an acronym among two initials or more is initials too
        elif len(taken) == 1 and not _strong(text, taken[0][0], taken[0][1], m.group("cue")):
            continue  # "a signé le PAC": one bare capital word needs quotes, dots or an "initials" cue
        if any(text[s:e].isupper() or "." in text[s:e] for s, e in taken):
            out += taken
    return out
