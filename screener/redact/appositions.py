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
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = lexicon_data("redaction.yaml")["names"]
    roles = literal_alternation([*names["roles"], *(names.get("apposition_roles") or ())])
    cues = literal_alternation(names.get("attribution_cues") or ["according to"])
    after_role = re.compile(rf"(?<![\w'’-])(?i:{roles})(?:[^\S\n]+(?:in|at|from|en|de|à|of)[^\S\n]+{_NAME}){{0,1}}"
                            rf"[^\S\n]*,[^\S\n]*(?P<n>{_TWO})[^\S\n]*,")
    before_role = re.compile(rf"(?<![\w'’-])(?P<n>{_TWO})[^\S\n]*,[^\S\n]*{_ART}[^\S\n]*(?i:{roles})(?![\w'’-])")
    attribution = re.compile(rf"(?<![\w'’-])(?i:{cues})[^\S\n]+(?P<n>{_TWO})[^\S\n]*,")
    return after_role, before_role, attribution


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
    out = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            s, e = m.start("n"), m.end("n")
            if _name_ok(text, s, e, r):
                out.append((s, e))
    return out
