"""Single given names listed beside a name already found: "Chelo, Mari, Conchi y Reme" when "Conchi" was found,
"Mimi, Nana et Titi", "Ablimit or Gulnar", and the heads of a list whose items start alike ("Afroza 1,146 pcs; Rupa
1,088 pcs; Sathi 1,230 pcs", "Mou – fever; Jesmin – injury"). A listed word counts only when it is one capitalised word
that is no role, organisation word or listed not-name, and is either a word the name tagger takes for a name there,
or no place or country and a listed given name or a word of no dictionary (its dictionary filter drops "Chelo", "Fifi" alone), so
"Dhaka, Gazipur and Rupa", "Nike, Adidas and Rupa" or "June, July and Rupa" keep their non-names."""
from __future__ import annotations

import re
from typing import AbstractSet, Sequence

from screener.redact.joins import ordinary_words
from screener.redact.patterns import Rules
from screener.redact.words import _given_name, _plain_word, _rare_word

_UP = "A-ZÀ-ÖØ-ÞĐȘȚŞĂÂÎ"
_LOW = "a-zà-öø-ÿđșțşăâîç'’"
_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_LINK = r"(?:,[^\S\n]+(?:(?:and|y|et|e)[^\S\n]+)?|[^\S\n]+(?:and|or|y|o|e|et|ou|&)[^\S\n]+)"
_LEFT = re.compile(rf"(?<![\w'’.-])(?P<w>{_WORD}){_LINK}$")
_RIGHT = re.compile(rf"(?P<link>{_LINK})(?P<w>{_WORD})(?![\w'’-])(?![^\S\n]+[{_UP}])")
_LIST_GOES_ON = re.compile(r"[^\S\n]*(?:[,;.)]|$|(?:and|or|y|o|e|et|ou)\b)", re.M)
_CAP_BEFORE = re.compile(rf"[{_UP}][\w'’.-]*[^\S\n]+$")
_WORD_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+)[^\S\n]+$")
_OF = frozenset({"de", "del", "du", "des", "of", "at", "au", "aux", "à", "d'", "d’"})
_INITIAL = r"(?:[A-Z]\.(?:-?[A-Z]\.)?)"
_LEFT_I = re.compile(rf"(?<![\w'’.-])(?P<n>(?P<w>{_WORD})[^\S\n]+{_INITIAL}){_LINK}$")
_RIGHT_I = re.compile(rf"{_LINK}(?P<n>(?P<w>{_WORD})[^\S\n]+{_INITIAL})(?![\w-])")
_SURNAME_INITIAL = re.compile(rf"{_WORD}[^\S\n]+{_INITIAL}")
_COMMA_INITIAL = re.compile(rf",[^\S\n]?{_INITIAL}(?=[^\S\n]*(?:[,;)]|$|(?:and|or|y|o|e|et|ou|&)\b)|[^\S\n]+[a-z])",
                            re.M)
_HEAD = re.compile(rf"(?:^|(?<=[;:])|(?<=\n))[^\S\n]*(?P<w>{_WORD})(?=[^\S\n]+(?:\d|[–—-][^\S\n]|\())", re.M)


def _listed_name_word(word: str, span: tuple[int, int], r: Rules, tagged: AbstractSet[tuple[int, int]]) -> bool:
    """True when ``word`` at ``span`` may be a given name in a list of names (see the module docstring)."""
    if len(word) < 3 or ordinary_words([word], r, places=False):
        return False
    if span in tagged:
        return True  # the tagger weighed the context: "Mari" (also a town) in "Chelo, Mari, Conchi y Reme"
    return not ordinary_words([word], r) and (_given_name(word, r) or (not _plain_word(word, r) and _rare_word(word, r)))


def _neighbours(text: str, s: int, e: int, r: Rules, tagged: AbstractSet[tuple[int, int]], initials: bool) -> list[tuple[int, int]]:
    """The listed single words just before and after the name ``text[s:e]``; with ``initials`` (the text lists a
    found name as "Surname I."), also the "Surname I." items beside it."""
    out = []
    left = _LEFT.search(text, max(0, s - 40), s)
    prev = left and _WORD_BEFORE.search(text, max(0, left.start() - 30), left.start())
    if prev and (prev.group(1).lower() in _OF or prev.group(1).lower() in r.place_words_before):
        left = None  # "de Takoradi, et Faith Wanjiru": a hometown before the next name
    if left and not _CAP_BEFORE.search(text, max(0, left.start() - 30), left.start()) \
            and _listed_name_word(left.group("w"), left.span("w"), r, tagged):
        out.append(left.span("w"))
    for m in (_LEFT_I.search(text, max(0, s - 40), s), _RIGHT_I.match(text, e)) if initials else ():
        if m and len(m.group("w")) >= 2 and not ordinary_words([m.group("w")], r, places=False) \
                and not _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            out.append(m.span("n"))  # "Diop M., Fall A., Gueye S.": a list of surnames with initials
    right = _RIGHT.match(text, e)
    if right and right.group("link").strip() == "," and not _LIST_GOES_ON.match(text, right.end()):
        right = None  # "Gloria Nanyonga, Mukono flower farm", "Ravi Yadav, Aadhaar 7340": no list after a lone comma
    if right and _listed_name_word(right.group("w"), right.span("w"), r, tagged):
        out.append(right.span("w"))
    return out


def coordinated_name_spans(text: str, found: Sequence[tuple[int, int]], r: Rules,
                           tagged: AbstractSet[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of the single given names listed beside the names ``found`` (and beside those, in turn);
    ``tagged``: the spans the name tagger finds in ``text`` (none when the tagger is off)."""
    if not found:
        return []
    names = set(found)
    initials = any(_SURNAME_INITIAL.fullmatch(text, s, e) for s, e in found)
    out: list[tuple[int, int]] = []
    todo = list(found)
    while todo:
        s, e = todo.pop()
        word = text[s:e]
        if re.fullmatch(_WORD, word) and (m := _COMMA_INITIAL.match(text, e)):
            out.append((s, m.end()))  # "Rai, S. and Limbu, D.": a surname and its initial
            names.add((s, m.end()))
        for span in _neighbours(text, s, e, r, tagged, initials):
            if not any(a <= span[0] and span[1] <= b for a, b in names):
                names.add(span)
                out.append(span)
                todo.append(span)
    if ";" in text or "\n" in text:
        heads = [(m.start("w"), m.end("w"), m.group("w")) for m in _HEAD.finditer(text)]
        if len(heads) >= 2 and any((a, b) in names for a, b, _ in heads):
            out += [(a, b) for a, b, w in heads if (a, b) not in names and _listed_name_word(w, (a, b), r, tagged)
                    and not any(x <= a and b <= y for x, y in names)]
    return out
