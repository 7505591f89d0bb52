"""Names written register style, surname first and a comma before the given names: "SHRESTHA, RAM KUMAR",
"Ruiz Gómez, Hilda", "PÉREZ DE LOS SANTOS, MIGUEL", "EL FASSI, Rachid" (lists, table cells, form fields).

Used by screener/redact/names.py. The whole "surname, given names" is one span. It needs a name position before it
(line or cell start, a list number, a separator, a name label) and a cell end after it; every surname word is a
listed name part, a particle or a word of no dictionary, and the given names hold a listed given name (or, in a
surname written in capitals, words of no dictionary). Places, countries, organisations stay ("Kathmandu, Nepal",
"Ltd, Tirupur")."""
from __future__ import annotations

import re

from screener.redact.caps import _LABEL, _LO, _UP, _kind, _title
from screener.redact.patterns import PARTICLES, Rules, fold_name
from screener.redact.words import _given_name, _is_place_or_country

_WORD = rf"[{_UP}][{_UP}{_LO}]*(?:['’-][{_UP}{_LO}]+)*"
_SP = r"[^\S\n\t]"
_SYLLABLES = re.compile(r"[A-Z][a-z]{1,5}-(?!(?:gu|dong|si|do|ri|gun|myeon|eup|ro|gil)\b)[a-z]{1,5}")  # not "Jung-gu"
_ABBR = r"(?:Md|MD|Mohd|MOHD|Muhd|Mst|MST)\."  # "HOSSAIN, Md. Belal": an abbreviated first given name
INVERTED = re.compile(rf"(?:(?<![\w'’.-])|(?<=\\n))(?P<sur>{_WORD}(?:{_SP}+{_WORD}){{0,4}}),{_SP}+"
                      rf"(?P<giv>(?:{_ABBR}{_SP}*)?{_WORD}(?:{_SP}+{_WORD}){{0,2}})(?![\w'’-])")
_HINT = re.compile(rf"[{_UP}{_LO}],{_SP}+[{_UP}]")
# Before the surname: a line, cell or list start, a separator, a list number, a name label ("au nom de").
_BEFORE = re.compile(r"(?:^|\n|\\n|\t|[|:;•*]|[–—-]|\(|\d[.)]|\),)[^\S\n\t]*$|(?i:(?:au|a)\s+nom(?:bre)?\s+de\s*$)"
                     r"|(?:^|\n)[A-Z]{0,3}\d[A-Z0-9]{4,}[^\S\n\t]+$")  # "P3907128A  SANTOS, Jerome": after a line's ID
# After the given names: a cell or line end, a separator, a comma, a bracket.
_AFTER = re.compile(r"[^\S\n\t]*(?:$|\n|\\n|\t|[|;,()]|[–—-][^\S\n]|\.[^\S\n]*(?:$|\n))|[^\S\n\t]+\d{5,}(?!\w)"
                    rf"|{_SP}+(?:and|y|et|&){_SP}+[{_UP}]{{2,}}[^\S\n]*,")  # "GHIMIRE, Deepak and AHMED, Farhan"
_EXTRA_PARTICLES = frozenset({"dela", "della", "di", "du", "des", "st", "st.", "mac", "ould", "ben", "abu", "y", "e", "los", "las", "der", "ter"})


def _surname_ok(words: list[str], plain_ok: bool, r: Rules) -> bool:
    """Every surname word is a particle, a listed name part or a word of no dictionary; in capitals before a listed
    given name, a proper noun of the dictionaries too ("BEN SALAH, Youssef")."""
    core = 0
    for w in words:
        low = w.lower()
        if low in PARTICLES or low in _EXTRA_PARTICLES:
            continue
        kind = _kind(w, r)
        if kind == "short" and plain_ok and w.isupper():
            core += 1  # "JO, Min-ho", "RI, Myong": a two-letter surname in capitals before a given name
            continue
        if kind not in (("listed", "rare", "plain") if plain_ok else ("listed", "rare")):
            return False
        core += 1
    return core >= 1 and not (words[0].lower() in PARTICLES and len(words) == 1)


def _has_given(words: list[str], r: Rules) -> bool:
    return any(_given_name(_title(h), r) for w in words for h in w.split("-") if len(h) > 1)


def _given_ok(words: list[str], sur_caps: bool, r: Rules) -> bool:
    kinds = [_kind(w, r) for w in words]
    if "no" in kinds:
        return False
    if _has_given(words, r):
        return True
    if "listed" in kinds and all(k in ("listed", "rare") for k in kinds):
        return True  # "Ñancupil, Rosa": a listed part that is a surname too
    return sur_caps and all(k in ("listed", "rare") for k in kinds)


def inverted_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of every "SURNAME, Given Names" written as a register entry."""
    if not _HINT.search(text):
        return []
    out: list[tuple[int, int]] = []
    for m in INVERTED.finditer(text):
        giv = [w for w in m.group("giv").split() if not re.fullmatch(_ABBR, w)]
        after = _AFTER.match(text, m.end())
        if not after or (after.group(0).strip() == "," and re.match(r"[^\S\n]*[^\W\d_a-zà-ÿ]", text[after.end():])):
            continue  # "ANWARA KHATUN, SHAHIDA PARVIN, ROKEYA SULTANA": a list of names, each in its own order
        sur_all = m.group("sur").split()
        offsets = [mm.start() + m.start("sur") for mm in re.finditer(r"\S+", m.group("sur"))]
        for k in range(len(sur_all)):  # drop leading words until the surname stands in a name position
            start = offsets[k]
            before = text[max(0, start - 30):start]
            if not (_BEFORE.search(before) or _LABEL.search(before)):
                continue
            sur = sur_all[k:]
            if _is_place_or_country([_title(w) for w in sur], r) or _is_place_or_country([_title(w) for w in giv], r):
                break
            if fold_name(" ".join(sur)) in r.subdivisions or fold_name(" ".join(giv)) in r.subdivisions:
                break
            sur_caps = all(w.isupper() for w in sur)
            if not sur_caps and after.group(0).strip() == ",":
                break  # "Saw Eh Htoo, Karen, aged 17": an apposition, not a register entry
            syllables = sur_caps and all(_SYLLABLES.fullmatch(w) for w in giv)  # "JO, Min-ho": Korean given names
            if _surname_ok(sur, sur_caps and (syllables or _has_given(giv, r)), r) and (
                    syllables or _given_ok(giv, sur_caps, r)):
                out.append((start, m.end()))
            break
    return out
