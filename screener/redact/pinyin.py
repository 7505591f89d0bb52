"""Chinese names written in pinyin with no cue: "propiedad de Hu Jianping", "A: Tan Mei Ling, I think".

A listed Chinese surname (``names.familiar_surnames`` in ``lexicons/redaction.yaml``), in title case or capitals,
followed by one or two given-name words made of one or two pinyin syllables each ("Jianping", "Mei Ling",
"Xiao-Hong"). Left alone: a single given word that is an ordinary English/Spanish/French word, runs that go on
before or after ("Li Ning Sports", "Fu Yuan Yu 7721"), provinces and towns ("Dong Nai", "Lao Cai"), companies and
streets around the name."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import Rules, fold_name
from screener.resources import lexicon_data

_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = ("(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|"
          "a|o|e|i|u|ü)")
_SYLLABLE = f"{_INITIAL}{_FINAL}"
_GIVEN = re.compile(rf"^(?:{_SYLLABLE}){{1,2}}$")
_RUN_ON = re.compile(r"[^\S\n]+[A-Z0-9]")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:the|el|la|le|les|los|las)[^\S\n]+$")
_CAP_BEFORE = re.compile(r"[A-Z][\w'’.-]*[^\S\n]+$")


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], re.Pattern[str]]:
    names = [str(s) for s in lexicon_data("redaction.yaml")["names"].get("familiar_surnames") or () if str(s) != "He"]
    alt = "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
    caps = "|".join(re.escape(s.upper()) for s in sorted(names, key=len, reverse=True))
    word = r"[A-Z][a-zü]+(?:-[A-Za-zü][a-zü]*)?"
    pattern = re.compile(rf"(?<![\w'’-])(?:{alt}|{caps})[^\S\n]+(?P<g>{word}(?:[^\S\n]+{word})?)(?![\w'’-])")
    return frozenset(names) | frozenset(s.upper() for s in names), pattern


def _pinyin_word(word: str, alone: bool) -> bool:
    """A given-name word of one or two pinyin syllables; alone (one word, no hyphen), not an ordinary word too."""
    from screener.redact.words import _is_common_word
    parts = [p.lower() for p in word.split("-")]
    return all(_GIVEN.match(p) for p in parts) and not (alone and len(parts) == 1 and _is_common_word(word))


def pinyin_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of Chinese names in pinyin: a listed surname and one or two pinyin given-name words."""
    surnames, pattern = _surnames()
    if surnames.isdisjoint(text.split()):
        return []
    from screener.redact.names import _named_thing
    from screener.redact.tagger import runtime_lists
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        given = m.group("g").split()
        if not all(_pinyin_word(g, len(given) == 1) for g in given) or _RUN_ON.match(text, m.end()):
            continue
        if _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _ARTICLE_BEFORE.search(
                text, max(0, m.start() - 6), m.start()):
            continue  # "Fu Yuan Yu 7721", "the Lee Kong Chian warehouse": a vessel, a company, a building
        words = m.group(0).split()
        if fold_name(m.group(0)) in r.places or fold_name(m.group(0)) in r.subdivisions or runtime_lists().place_run(
                words) or _named_thing(text, m.start(), m.end(), r):
            continue  # "Dong Nai", "Lao Cai": a province or a town
        out.append((m.start(), m.end()))
    return out
