"""Compiled redaction patterns: reads ``lexicons/redaction.yaml`` once and builds the regular expressions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from screener.resources import lexicon_data, lexicon_dir

LEXICON_PATH = lexicon_dir() / "redaction.yaml"

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
# A run of capitalised words, initials ("R. Akter", "K.M.") and abbreviated given names ("Md. Shafiqul Islam"), with
# particles inside; the code splits it into candidate names. Every step consumes a space or a dot, so it is linear.
_TOKEN = rf"(?:(?:Md|Mohd|Muhd|Mst|Sk)\.|{_INITIAL}|{_WORD_CAP})"
NAME_RUN = (rf"(?:(?<=\b[dlDL]['’])|(?<![\w'’.\-])){_TOKEN}"  # "d'Issouf", "l'Aya"
            rf"(?:(?:{_SP}+|(?<=\.))(?:{_PARTICLE}{_SP}+)?{_TOKEN}){{0,8}}")


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
    phone_local: tuple[int, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], re.Pattern[str] | None,
                       re.Pattern[str] | None] = (0, (), (), None, None)  # digits, shapes, not, not before, not after
    name_run: re.Pattern[str] | None = None
    id_any: re.Pattern[str] | None = None  # all standalone ID formats in one pattern: a quick test before each one
    name_solo: frozenset[str] = frozenset()  # lower-case name parts that make a name alone ("ahmed", "thapa")
    name_paired: frozenset[str] = frozenset()  # lower-case parts that count only beside another part ("thi", "ma")
    places: frozenset[str] = frozenset()  # lower-case place names of one to four words
    place_prefixes: frozenset[str] = frozenset()
    place_words_before: frozenset[str] = frozenset()  # "calle", "provincias", "in": a name part after them is a place
    organisations: tuple[str, ...] = ()  # lower-case organisation names that look like personal names
    stop_words: frozenset[str] = frozenset()  # capitalised words that are never part of a name ("Nepali", "Name")
    personal_nouns: frozenset[str] = frozenset()  # "passport", "esposa": "X's passport", "esposa de X" name X


def _alternation(words: Sequence[str], *, adverb: bool = False) -> str:
    """Regex alternation of literal phrases, factored into a prefix tree so that the engine tests each character
    once instead of once per phrase ("passport", "passport no" -> "passport(?:\\s+no)?"). The longest phrase wins,
    as with an alternation sorted longest first.

    With ``adverb`` an "-ly" adverb may stand between the words of a phrase ("known locally as").
    """
    gap = r"\s+(?:[a-z]+ly\s+)?" if adverb else r"\s+"
    root: dict[str | None, Any] = {}
    for w in {str(w) for w in words}:
        node = root
        for i, part in enumerate(w.split()):
            for atom in ([None] if i else []) + list(part):  # None stands for the gap between words
                node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(root, gap)


def _emit(node: dict[str | None, Any], gap: str) -> str:
    branches = [(gap if atom is None else re.escape(atom)) + _emit(child, gap)
                for atom, child in node.items() if atom != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _check_text_lists(data: dict[str, Any]) -> None:
    for section in ("phone", "id_numbers", "names", "name_parts"):
        for key, value in (data.get(section) or {}).items():
            bad = [v for v in value if not isinstance(v, str)] if isinstance(value, list) else []
            if bad:  # YAML turns bare No/On/Yes into booleans: quote such words in the lexicon
                raise ValueError(f"{LEXICON_PATH.name}: {section}.{key} has non-text entries {bad!r}; quote them")


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The compiled patterns of ``lexicons/redaction.yaml`` (read once per process)."""
    data: dict[str, Any] = lexicon_data("redaction.yaml")
    _check_text_lists(data)
    ph, ids, names = data["phone"], data["id_numbers"], data["names"]
    titles = sorted({t.rstrip(".") for t in names["titles"]}, key=len, reverse=True)
    title_alt = "|".join(re.escape(t) + (r"\." if len(t) == 1 else r"\.?") for t in titles)  # "M." needs its dot
    quote = r"[\s,:(“\"'«]{1,3}"
    lead = (rf"(?:(?P<title>(?<![\w.])(?:{title_alt}))\s+"
            rf"|(?P<role>(?i:(?<!\w)(?:{_alternation(names['roles'])})))"
            rf"(?:[^\S\n]*(?:#|(?i:n[°º]|no\.))?[^\S\n]*\d{{1,3}}[^\S\n]*[:–—-][^\S\n]+(?=[^\W\d_])"  # "Respondent 2: "
            rf"|[\s,:(“\"']{{1,3}})"
            rf"|(?i:(?<!\w)(?:{_alternation(names['introductions'], adverb=True)})){quote}"
            rf"|(?P<speech>(?i:(?<!\w)(?:{_alternation(names['speech_before'])})))\s+)")
    roles = _alternation(names["roles"])
    apposition = (r"\s*,\s+(?:an?|one|the|our|un|una|une|el|la|le|l['’]|su|sa|son)\s*[a-zà-ÿ]"
                  rf"|\s*\(\s*(?:\d{{1,2}}\b|(?:[a-zà-ÿ-]+\s+){{0,2}}(?i:{roles})\b)"
                  rf"|\s*,\s+(?:{roles})\s*[,;)\n]"  # "- Shahnaz Parveen, helper, Line 7"
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
        id_any=re.compile("|".join(f"(?:{p})" for p in ids["standalone"])) if ids["standalone"] else None,
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
        phone_local=(int(ph.get("min_digits_local") or 0), tuple(re.compile(p) for p in ph.get("local_shapes") or ()),
                     tuple(re.compile(p) for p in ph.get("local_not") or ()),
                     re.compile(ph["local_not_before"]) if ph.get("local_not_before") else None,
                     re.compile(ph["local_not_after"]) if ph.get("local_not_after") else None),
        **_name_parts(data.get("name_parts") or {}),
    )


def _name_parts(parts: dict[str, Any]) -> dict[str, Any]:
    """The lists of ``name_parts`` in the lexicon, lower-cased for look-up."""
    low = lambda key: frozenset(str(w).lower() for w in parts.get(key) or ())  # noqa: E731
    paired = low("paired_parts")
    return {
        "name_run": re.compile(NAME_RUN),
        "name_solo": (low("given_names") | low("surnames")) - paired,
        "name_paired": paired,
        "places": low("places"),
        "place_prefixes": low("place_prefixes"),
        "place_words_before": low("place_words_before"),
        "organisations": tuple(sorted(low("organisations"), key=len, reverse=True)),
        "stop_words": frozenset(str(w) for w in parts.get("stop_words") or ()),
        "personal_nouns": low("personal_nouns"),
    }
