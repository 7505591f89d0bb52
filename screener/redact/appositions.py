"""Single names set off by commas beside a role, or after a word of attribution:
- a role, then the name between commas: "The timekeeper, Mendoza, told us", "The agent in Kampala, Nakimuli, did";
- the name, then its role with an article: "Clarisse, la caissière, ...", "Théard, l'entrepreneur, ...";
- a word of attribution, then the name and a comma: "Selon Samba, le chef...", "Según Mendoza, ...",
  "According to Segun, ...".
The role words are ``names.roles`` plus ``names.apposition_roles``; the attribution words are
``names.attribution_cues`` (lexicons/redaction.yaml). The name is one or two capitalised words that are no place,
country, organisation, listed not-name, function word or acronym ("Selon l'OIT", "According to Sedex" stay)."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.joins import ordinary_words
from screener.redact.patterns import Rules, fold_name, literal_alternation
from screener.redact.words import _plain_word
from screener.resources import lexicon_data

_NAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?"
_TWO = rf"{_NAME}(?:[^\S\n]+{_NAME})?"
_ART = r"(?:the|a|an|our|la|le|el|un|une|una|l['’]|notre|nuestra|nuestro)"


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], int, re.Pattern[str]]:
    """Role nouns (lower case, one to a few words), their longest length in words, and the attribution pattern."""
    names = lexicon_data("redaction.yaml")["names"]
    roles = frozenset(" ".join(str(w).lower().split()) for w in [*names["roles"], *(names.get("apposition_roles") or ())])
    cues = literal_alternation(names.get("attribution_cues") or ["according to"])
    attribution = re.compile(rf"(?<![\w'’-])(?i:{cues})[^\S\n]+(?P<n>{_TWO})[^\S\n]*,")
    return roles, max(len(w.split()) for w in roles), attribution


# Regexes that start on a comma or a capital (fast); the role nouns are then looked up in a set.
_BETWEEN_COMMAS = re.compile(rf",[^\S\n]*(?P<n>{_TWO})(?=[^\S\n]*,)")
_BEFORE_ROLE = re.compile(rf"(?<![\w'’-])(?P<n>{_TWO})[^\S\n]*,[^\S\n]*{_ART}[^\S\n]*(?P<r>[^\W\d_][\w'’-]*"
                          rf"(?:[^\S\n]+[^\W\d_][\w'’-]*){{0,3}})")
_PLACE_TAIL = re.compile(rf"[^\S\n]+(?:in|at|from|en|de|à|of)[^\S\n]+{_NAME}[^\S\n]*$")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _ends_with_role(before: str, roles: frozenset[str], longest: int) -> bool:
    """True when ``before`` ends with a role noun, or a role noun and "in <Place>" ("The agent in Kampala")."""
    tail = _PLACE_TAIL.search(before)
    words = [w.lower() for w in _WORDS.findall(before[:tail.start()] if tail else before)[-longest:]]
    return any(" ".join(words[-k:]) in roles for k in range(1, len(words) + 1))


def _starts_with_role(after: str, roles: frozenset[str]) -> bool:
    words = after.lower().split()
    return any(" ".join(words[:k]) in roles for k in range(1, len(words) + 1))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?[^\S\n]*$")


def _name_ok(text: str, start: int, end: int, r: Rules) -> bool:
    """No place, organisation, ordinary or function word, and not after a place word ("la granja de Lleida, el")."""
    prev = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if prev and (prev.group(1).lower() in r.place_words_before or prev.group(1).lower() in ("de", "del", "du", "des")):
        return False
    words = text[start:end].split()
    return not ordinary_words(words, r) and not all(_plain_word(w, r) for w in words) and not any(
        fold_name(w) in r.function_words or w.lower() in r.role_words for w in words)


def apposition_role_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the names in ``text`` set off by commas beside a role or after a word of attribution."""
    if "," not in text:
        return []
    roles, longest, attribution = _lists()
    found = [(m.start("n"), m.end("n")) for m in _BETWEEN_COMMAS.finditer(text)
             if _ends_with_role(text[max(0, m.start() - 80):m.start()], roles, longest)]
    found += [(m.start("n"), m.end("n")) for m in _BEFORE_ROLE.finditer(text) if _starts_with_role(m.group("r"), roles)]
    found += [(m.start("n"), m.end("n")) for m in attribution.finditer(text)]
    return [(s, e) for s, e in found if _name_ok(text, s, e, r)]
