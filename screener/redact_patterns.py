"""Compiled redaction patterns: reads ``lexicons/redaction.yaml`` once and builds the regular expressions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import yaml

LEXICON_PATH = Path(__file__).resolve().parents[1] / "lexicons" / "redaction.yaml"

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# "O'Neill", "N'Guessan", "Jean-Pierre", "Owusu-Ansah"; not "Okonkwo's"
_WORD_CAP = rf"[{_UPPER}][^\W\d_]*(?:(?:['’](?![sS]\b)|-)[^\W\d_]+)*"
_INITIAL = rf"[{_UPPER}]\."
PARTICLES = ("de", "del", "de la", "da", "das", "do", "dos", "van", "von", "der", "van der", "le", "la", "bin", "binti",
             "bint", "al", "el", "ibn")
_PARTICLE = "(?:" + "|".join(re.escape(p) for p in sorted(PARTICLES, key=len, reverse=True)) + ")"
# A personal name: capitalised words (particles allowed inside), an initial and a surname, or initials ("K.M.").
_SP = r"[^\S\n]"  # a name never runs over a line break ("M. Novak\nReport reference")
NAME_SEQ = (rf"{_INITIAL}(?:{_SP}?{_INITIAL}){{1,3}}(?:{_SP}*{_WORD_CAP})?"
            rf"|{_INITIAL}(?:{_SP}*{_WORD_CAP})+"
            rf"|{_WORD_CAP}(?:{_SP}+(?:{_PARTICLE}{_SP}+)?(?:{_INITIAL}|{_WORD_CAP}))*")
# Two to five capitalised words: a name recognised by what follows it ("Bui Thi Hoa, a sewing operator").
NAME_SEQ_MULTI = rf"{_WORD_CAP}(?:{_SP}+(?:{_PARTICLE}{_SP}+)?{_WORD_CAP}){{1,4}}"


@dataclass(frozen=True)
class Rules:
    """Everything the redactor looks for, compiled from the lexicon."""

    version: str
    placeholders: dict[str, str]
    email: re.Pattern[str]
    phone: re.Pattern[str]
    phone_context: re.Pattern[str]
    phone_not: tuple[re.Pattern[str], ...]
    phone_not_context: re.Pattern[str]
    phone_digits: tuple[int, int, int, int]
    id_context: re.Pattern[str]
    id_min_digits: int
    id_standalone: tuple[re.Pattern[str], ...]
    name_after: re.Pattern[str]  # title | role | introduction | speech verb, then a name
    name_before: re.Pattern[str]  # a name, then an apposition, age or speech verb
    name_joined: re.Pattern[str]
    name_speaking: re.Pattern[str]  # one capitalised word, then a speech verb
    not_names: frozenset[str]
    org_words: frozenset[str]
    place_words: frozenset[str]
    role_words: frozenset[str]
    always: tuple[str, ...]
    # Fast exact pre-checks (see screener.redact): lower-cased first word of every ID context phrase (None when
    # a phrase does not start with a word character), and any capital letter a name can start with.
    id_first_words: frozenset[str] | None = None
    capital: re.Pattern[str] = re.compile(rf"[{_UPPER}]")
    id_standalone_any: re.Pattern[str] | None = None  # matches where any standalone ID pattern matches


def _alternation(words: Sequence[str], *, adverb: bool = False) -> str:
    """Regex alternation of literal phrases, longest first so that "passport no" wins over "passport".

    With ``adverb`` an "-ly" adverb may stand between the words of a phrase ("known locally as").
    """
    gap = r"\s+(?:[a-z]+ly\s+)?" if adverb else r"\s+"
    return "|".join(gap.join(re.escape(part) for part in str(w).split())
                    for w in sorted({str(w) for w in words}, key=len, reverse=True))


def _check_text_lists(data: dict[str, Any]) -> None:
    for section in ("phone", "id_numbers", "names"):
        for key, value in data[section].items():
            bad = [v for v in value if not isinstance(v, str)] if isinstance(value, list) else []
            if bad:  # YAML turns bare No/On/Yes into booleans: quote such words in the lexicon
                raise ValueError(f"{LEXICON_PATH.name}: {section}.{key} has non-text entries {bad!r}; quote them")


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The compiled patterns of ``lexicons/redaction.yaml`` (read once per process)."""
    data: dict[str, Any] = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    _check_text_lists(data)
    ph, ids, names = data["phone"], data["id_numbers"], data["names"]
    titles = sorted({t.rstrip(".") for t in names["titles"]}, key=len, reverse=True)
    title_alt = "|".join(re.escape(t) + (r"\." if len(t) == 1 else r"\.?") for t in titles)  # "M." needs its dot
    quote = r"[\s,:(“\"'«]{1,3}"
    lead = (rf"(?:(?P<title>(?<![\w.])(?:{title_alt}))\s+"
            rf"|(?P<role>(?i:(?<!\w)(?:{_alternation(names['roles'])})))[\s,:(“\"']{{1,3}}"
            rf"|(?i:(?<!\w)(?:{_alternation(names['introductions'], adverb=True)})){quote}"
            rf"|(?P<speech>(?i:(?<!\w)(?:{_alternation(names['speech_before'])})))\s+)")
    roles = _alternation(names["roles"])
    apposition = (r"\s*,\s+(?:an?|one|the|our|un|una|une|el|la|le|l['’]|su|sa|son)\s*[a-zà-ÿ]"
                  rf"|\s*\(\s*(?:\d{{1,2}}\b|(?:[a-zà-ÿ-]+\s+){{0,2}}(?i:{roles})\b)"
                  r"|\s*,\s+\d{1,2}(?:\s*(?:ans|años|years?)\b|\s*,)")
    after_verbs = _alternation(names["speech_after"])
    return Rules(
        version=str(data.get("version", "")),
        placeholders=dict(data["placeholders"]),
        email=re.compile(data["email"]),
        phone=re.compile(ph["candidate"]),
        phone_context=re.compile(rf"(?i:(?<!\w)(?:{_alternation(ph['context_words'])}))(?!\w)"),
        phone_not=tuple(re.compile(p) for p in ph["not_phone"]),
        phone_not_context=re.compile(rf"(?i:(?<!\w)(?:{_alternation(ph['not_context_words'])}))[\s:#.]*$"),
        phone_digits=(int(ph["min_digits_international"]), int(ph["min_digits_with_context"]),
                      int(ph["min_digits_plain"]), int(ph["max_digits"])),
        id_context=re.compile(rf"(?i:(?<!\w)(?:{_alternation(ids['context_words'])}))(?:(?<=\W)|(?!\w))"
                              rf"{ids['filler']}(?P<id>{ids['token']})"),
        id_min_digits=int(ids["min_digits"]),
        id_standalone=tuple(re.compile(p) for p in ids["standalone"]),
        name_after=re.compile(rf"{lead}(?P<name>{NAME_SEQ})"),
        name_before=re.compile(rf"(?<![\w'’-])(?P<name>{NAME_SEQ_MULTI})"
                               rf"(?={apposition}|\s+(?:{after_verbs})\b)"),
        name_joined=re.compile(rf"(?:,|{_SP}+(?:{_alternation(names['joiners'])})){_SP}+(?P<name>{NAME_SEQ})"),
        name_speaking=re.compile(rf"(?P<conj>(?<!\w)(?i:{_alternation(names['joiners'])}|but|pero|mais){_SP}+)?"
                                 rf"(?<![\w'’-])(?P<name>{_WORD_CAP})(?={_SP}+(?:{after_verbs})\b)"),
        not_names=frozenset(names["not_names"]) | frozenset(titles),
        org_words=frozenset(w.lower() for w in names["org_words"]),
        place_words=frozenset(w.lower() for w in names["before_places"]),
        role_words=frozenset(w.lower() for w in names["roles"]),
        always=tuple(str(n) for n in names.get("always") or ()),
        id_first_words=_first_words(ids["context_words"]),
        id_standalone_any=re.compile("|".join(f"(?:{p})" for p in ids["standalone"])) if ids["standalone"] else None,
    )


_ASCII_FOLDING = "\u212a\u017f\u0131\u0130"  # non-ASCII letters that match ASCII ones case-insensitively


def _first_words(phrases: Sequence[str]) -> frozenset[str] | None:
    """The first run of word characters of each phrase, lower-cased, as met in ASCII text; None if a phrase
    does not start with a word character. A word with a letter that only matches non-ASCII letters (é, ñ, °)
    can never occur in ASCII text and is left out."""
    out = set()
    for p in phrases:
        m = re.match(r"\w+", str(p).strip())
        if m is None:
            return None
        word = m.group(0)
        if word.isascii():
            out.add(word.lower())
        elif all(ch.isascii() or ch in _ASCII_FOLDING for ch in word):
            return None
    return frozenset(out)
