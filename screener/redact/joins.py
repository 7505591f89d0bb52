"""Completing name spans the other passes found in pieces: the closing dot of initials ("M.K" -> "M.K.",
"Traoré M" -> "Traoré M.") and register cells written "Surname, Given" that were found as two names or as one half
("Uddin" + "Jasim" -> "Uddin, Jasim"; "Kiprono" -> "Kiprono, Dan"). A cell is the text between a line start, a tab or
a '|' and the next one; only a cell of exactly two comma-separated parts of capitalised words is joined, and the
other half must not be a place, a country, a role or a word that is never a name ("Dhaka, Bangladesh",
"Name, Position", "Diarra, Keïta, Sidibé" stay as they are)."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import PARTICLES, Rules, fold_name
from screener.redact.words import _is_place_or_country, _plain_word
from screener.resources import lexicon_data

_CAPWORD = (r"(?:[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ]+)?|[A-ZÀ-ÖØ-Þ'’-]+|\.)"
            r"|(?:[A-ZÀ-Þ]\.){2,3})")  # "Ruiz", "VAN", "K.", "K.C."
_PARTICLE = r"(?i:de|del|de la|de los|de las|la|los|da|das|do|dos|van|von|der|den|du|des|di|i|y|e|bin|binti|épouse|Vda\.)"
_PART = rf"(?:{_PARTICLE}[^\S\n\t]+)?{_CAPWORD}(?:[^\S\n\t]+(?:{_PARTICLE}[^\S\n\t]+)*{_CAPWORD}){{0,4}}"
_CELL = re.compile(rf"(?P<sur>{_PART}),[^\S\n\t]+(?P<giv>{_PART})")
_SEP = "\t|\n"
_SUFFIX_END = re.compile(r"[^\S\n](?:Jr|Sr|Snr|Jnr)$")
_VIET_MIDDLE = re.compile(r"[^\S\n](?:Van|Văn|Thi|Thị|Duc|Đức|Dinh|Đình)$")
_NEXT_CAP = re.compile(r"[^\S\n]+[A-ZÀ-ÖØ-ÞĐ][\w'’-]*")
_VIET_REST = re.compile(r"[^\S\n]+(?:Van|Văn|Thi|Thị|Duc|Đức|Dinh|Đình)[^\S\n]+[A-ZÀ-ÖØ-ÞĐ][\w'’-]*")
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĐ][a-zà-öø-ÿđ'’-]+"
_QUOTED_MIDDLE = re.compile(rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})?[^\S\n]+[\"“«][^\S\n]*(?:(?:el|la|le)[^\S\n]+)?"
                            rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})?[^\S\n]*[\"”»][^\S\n]+{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})?")


def _cell_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the stripped table cell or line holding ``text[start:end]``."""
    s = max(text.rfind(c, 0, start) for c in _SEP) + 1
    ends = [i for i in (text.find(c, end) for c in _SEP) if i >= 0]
    e = min(ends) if ends else len(text)
    while s < e and text[s] in " \u00a0":
        s += 1
    while e > s and text[e - 1] in " \u00a0":
        e -= 1
    return s, e


def ordinary_words(words: list[str], r: Rules, *, places: bool = True) -> bool:
    """True when the words are a place or a country (if ``places``), a role, an organisation or a listed not-name."""
    return (places and _is_place_or_country(words, r)) or any(
        w.lower() in r.role_words or w in r.not_names or w.lower() in r.org_words or fold_name(w) in r.function_words
        or w in r.stop_words or w.lower() in r.company_tail_words for w in words)


_PARTICLE_WORD = re.compile(rf"{_PARTICLE}")


def _core(part: str) -> list[str]:
    """The words of a name part without its particles ("De los Ríos Soto" -> Ríos, Soto)."""
    return [w for w in part.split() if not _PARTICLE_WORD.fullmatch(w)]


def _given_like(words: list[str], r: Rules, *, plain_ok: bool) -> bool:
    """True when the words may be given names: no place, role or not-name, no acronym ("QC") and, unless
    ``plain_ok``, no ordinary word ("Welding")."""
    return not ordinary_words(words, r) and not any(
        (_plain_word(w, r) and not plain_ok) or (w.isupper() and len(w) <= 3) for w in words
        if fold_name(w) not in PARTICLES)


def complete_names(text: str, spans: list[tuple[int, int]], r: Rules) -> list[tuple[int, int]]:
    """Wider spans for the name spans ``spans``: initials with their closing dot, whole "Surname, Given" cells."""
    out = []
    for s, e in spans:
        if e < len(text) and text[e] == "." and (
                (text[e - 1].isupper() and (e - 1 == s or not text[e - 2].isalpha()))
                or _SUFFIX_END.search(text, s, e)):
            out.append((s, e + 1))  # "M.K" / "Traoré M" / "Nair Jr": the dot belongs to the initial
        elif (m := _VIET_MIDDLE.search(text, s, e)) and (nxt := _NEXT_CAP.match(text, e)):
            out.append((s, nxt.end()))  # "Nguyen Van" + "An": a Vietnamese middle name is never the last word
        elif " " not in text[s:e] and (rest := _VIET_REST.match(text, e)):
            out.append((s, rest.end()))  # "Nguyen" + "Van An": the middle and given names of a Vietnamese name
    for m in _QUOTED_MIDDLE.finditer(text) if any(q in text for q in "\"“«") else ():
        if any(s < m.end() and m.start() < e for s, e in spans):
            out.append((m.start(), m.end()))  # 'Reynaldo "Rey" Castro', 'Héctor "el Güero" Salcedo': one name
    if ", " not in text:
        return out
    table = "\t" in text or "|" in text
    cells: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for s, e in spans:
        cs, ce = _cell_bounds(text, s, e)
        if cs <= s and e <= ce:
            cells.setdefault((cs, ce), []).append((s, e))
    for (cs, ce), inside in cells.items():
        m = _CELL.fullmatch(text, cs, ce)
        if not m or (not table and len(inside) < 2):
            continue  # outside a table both halves must have been found
        halves = [(m.start("sur"), m.end("sur")), (m.start("giv"), m.end("giv"))]
        covered = [any(s <= hs and he <= e for s, e in inside) for hs, he in halves]
        if not any(covered):
            continue
        if not covered[0] and ordinary_words(_core(text[halves[0][0]:halves[0][1]]), r, places=not table):
            continue  # a surname that is also a town ("Lima, Francisca") counts before a found given name in a table
        if not covered[1] and not _given_like(text[halves[1][0]:halves[1][1]].split(), r, plain_ok=table):
            continue  # in a table cell after a found surname an ordinary word may be a given name ("Traoré, Ami")
        out.append((cs, ce))
    return out


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month words and abbreviations (``months`` of lexicons/values.yaml), lower case."""
    return frozenset(str(w).lower() for ws in lexicon_data("values.yaml")["months"].values() for w in ws)


_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th|er)?[^\S\n]?$")
_YEAR_AFTER = re.compile(r"\.?,?[^\S\n]+(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?,?[^\S\n]+(?:19|20)\d\d)(?!\d)")


def date_words(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The one-word name spans among ``spans`` that are the month of a date ("03 Jan", "Jun 2026", "Mar 3, 2026"):
    "Jan" and "June" are given names too, but not after a day number or before a year."""
    if not any(ch.isdigit() for ch in text):
        return set()
    months = _months()
    return {(s, e) for s, e in spans if text[s:e].rstrip(".").lower() in months and " " not in text[s:e]
            and (_DAY_BEFORE.search(text, max(0, s - 6), s) or _YEAR_AFTER.match(text, e))}
