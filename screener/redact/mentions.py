"""Other mentions of a name found once in the same text: "known to everyone as Lucky ... Lucky said", "llaman "el
Mudo" ... al Mudo", "Número de Chato". A mention counts when it is written exactly as the found name (same case,
capitalised) and stands alone: no capitalised word touches it ("Grace ... Grace Foods Ltd" stays). When the found name
had no article before it, a mention after one stays too ("Paloma dijo que la Paloma (marca)"); a found nickname after
an article ("el Mudo") may be repeated after one ("al Mudo")."""
from __future__ import annotations

import re

from screener.redact.patterns import Rules, fold_name

_ARTICLE = re.compile(r"(?<![\w'’])(?:el|la|le|les|los|las|al|del|du|the)[^\S\n]+[\"“«‘]?[^\S\n]*$|[lL]['’]$")
_LINK = r"(?:de|del|de la|da|do|dos|das|van|von|der|du|des|y|e|et|and|&)"
_LINK_BEFORE = r"(?:del|de la|da|do|dos|das|van|von|der|du|des|y|e|et|and|&)"  # not "de": "Número de Chato"
_CAP_BEFORE = re.compile(rf"([^\W\d_]+)[^\S\n]+(?:{_LINK_BEFORE}[^\S\n]+)?$|([^\W\d_]+)$")
_CAP_AFTER = re.compile(rf"[^\S\n]*(?:{_LINK}[^\S\n]+)?([^\W\d_]+)")


def _alone(text: str, start: int, end: int) -> bool:
    """True when no capitalised word touches the mention and it is not part of a longer word or an e-mail."""
    if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "@.-_'’")) or (
            end < len(text) and (text[end].isalnum() or text[end] in "@_-")):
        return False
    prev = _CAP_BEFORE.search(text, max(0, start - 30), start)
    nxt = _CAP_AFTER.match(text, end)
    word = prev and (prev.group(1) or prev.group(2))
    return not ((word and word[0].isupper()) or (nxt and nxt.group(1)[0].isupper()))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")
_APPOSITION = re.compile(r"[^\S\n]*,[^\S\n]*(?:the|a|la|le|el|une|un|una)[^\S\n]+([^\W\d_]+)")


def _a_place(text: str, start: int, end: int, r: Rules) -> bool:
    """True when the mention follows a place word ("in", "desde", "ville") or is then called a place ("Shah Alam,
    the town in Selangor")."""
    prev = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if prev and prev.group(1).lower() in r.place_words_before:
        return True
    return called_a_place(text, end, r)


def called_a_place(text: str, end: int, r: Rules) -> bool:
    """True when the words ending at ``end`` are then called a place: ", the town in Selangor", ", la ville de"."""
    nxt = _APPOSITION.match(text, end)
    return bool(nxt and nxt.group(1).lower() in r.place_words_before)


def mention_spans(text: str, found: list[tuple[int, int]], r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the other mentions, in ``text``, of the names ``found`` there. A found word that is a
    function word or a listed not-name ("My", "Note") is not repeated."""
    if not found:
        return []
    taken = sorted(found)
    seen: dict[str, bool] = {}
    for s, e in taken:
        name = text[s:e]
        if len(name) < 2 or not name[0].isupper() or not any(ch.islower() for ch in name) or "\n" in name:
            continue  # initials and words in capitals are left to their own rules
        if " " not in name and (fold_name(name) in r.function_words or name in r.not_names or name in r.stop_words
                                or name.lower() in r.role_words):
            continue
        article = bool(_ARTICLE.search(text, max(0, s - 8), s))
        seen[name] = seen.get(name, False) or article
    out = []
    for name, article in seen.items():
        if text.count(name) < 2:
            continue
        for m in re.finditer(re.escape(name), text):
            s, e = m.start(), m.end()
            if any(fs <= s and e <= fe for fs, fe in taken) or not _alone(text, s, e):
                continue
            if not article and _ARTICLE.search(text, max(0, s - 8), s):
                continue
            if _a_place(text, s, e, r):
                continue
            out.append((s, e))
    return out
