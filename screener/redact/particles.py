"""Names built with a particle: Tuareg and Moorish "Ag" and "Ould", Malay "bin" and "A/L", Filipino "dela", Dutch
"van der", and Spanish or Portuguese "de la", "de los", "dos" after a given name ("Ibrahim Ag Alhassane",
"RAMASAMY A/L KRISHNAN", "Rommel de la Cruz", "van der Berg later wrote").

A particle that only names carry makes a name with the capitalised word after it. A particle that ordinary words
share ("de la", "del", "dos") does so only after a given name or an unknown capitalised word, or at the start of a
line or sentence ("de la Cruz told the inspector"); after a place prefix or an ordinary word ("Santa Cruz de la
Sierra", "Puerto de la Cruz") it does not."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import Rules, title_alternation
from screener.resources import lexicon_data
from screener.redact.words import _bare, _given_name, _is_acronym, _is_name_part, _rare_word

_CAP = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+|[A-ZÀ-ÖØ-Þ]{2,}(?:[\-'’][A-ZÀ-ÖØ-Þ]+)*)"
_SP = r"[^\S\n\t]+"
_STRONG = r"(?:Ag|AG|Ould|OULD|Mint|Wa[^\S\n]Ode|La[^\S\n]Ode|A/L|A/P|a/l|a/p|bin|binti|bint|ibn|dela|Dela|[Vv]an[^\S\n]de[nr]?|[Vv]on[^\S\n]der)"
_WEAK = r"(?:de[^\S\n]la|de[^\S\n]los|de[^\S\n]las|del|dos|das|da|van|von)"
_PARTICLE_NAME = re.compile(rf"(?<![\w/])(?P<p>{_STRONG}|{_WEAK}){_SP}(?P<s>{_CAP}(?:{_SP}{_CAP})?)(?![\w/])")
_PREV_WORD = re.compile(rf"(?P<w>{_CAP}){_SP}$")
_LINE_START = re.compile(r"(?:^|[\n|\t]|[.!?:;][^\S\n]|,[^\S\n])[^\S\n]*$")


def _name_word(word: str, r: Rules) -> bool:
    """A capitalised word that may stand in a name: no acronym, stop word, role, title or organisation word."""
    bare = _bare(word)
    low = bare.lower()
    return not (_is_acronym(bare) or bare in r.not_names or bare in r.stop_words or low in r.role_words
                or low in r.org_words or low in r.place_prefixes or low in r.street_words)


def _given_or_unknown(word: str, r: Rules) -> bool:
    return _name_word(word, r) and (_given_name(word, r) or _is_name_part(word, r) or _rare_word(word, r))


def particle_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the names joined by a particle."""
    out: list[tuple[int, int]] = []
    for m in _PARTICLE_NAME.finditer(text):
        words = m.group("s").split()
        if not _name_word(words[0], r):
            continue
        end = m.end("s") if len(words) == 1 or _name_word(words[1], r) else m.start("s") + len(words[0])
        if re.match(rf"{_SP}(?:(?:de|del|du|des|di){_SP})?[A-ZÀ-ÖØ-Þ]", text[end:end + 30]):
            continue  # the run goes on: "Van der Berg Flowers", "Flores de la Sabana de Bogotá", a company or place
        strong = re.fullmatch(_STRONG, m.group("p")) is not None
        if not strong and words[0].isupper():
            continue  # "de la CDMX": an acronym after a shared particle
        start = m.start()
        prev = _PREV_WORD.search(text, max(0, start - 40), start)
        if strong:
            while prev is not None and _name_word(prev.group("w"), r) and start - prev.start() < 40:
                start = prev.start()
                prev = _PREV_WORD.search(text, max(0, start - 40), start)
        elif prev is not None and _given_or_unknown(prev.group("w"), r):
            start = prev.start()
            before = _PREV_WORD.search(text, max(0, start - 40), start)
            if before is not None and not _name_word(before.group("w"), r):
                continue  # "Santa Cruz de la Sierra": a place prefix before the given name
            if before is not None and _given_or_unknown(before.group("w"), r):
                start = before.start()  # "José Carlos dos Santos"
        elif not (m.group("p")[0].islower() and _LINE_START.search(text, max(0, start - 4), start)):
            continue
        if m.group("p") == "da" and start == m.start():
            continue  # "da" alone at a line start is too weak
        out.append((start, end))
    return out


_TITLE_PARTICLE = r"(?:[Dd]e[^\S\n]l[ao]s?|[Dd]e|[Dd]el|[Dd]u|[Dd]es|[Dd]os|[Dd]as|[Dd]a|[Dd]i|[Vv]an(?:[^\S\n]de[nr]?)?|[Vv]on(?:[^\S\n]der)?)"
_INITIALS = r"(?:[A-ZÀ-ÖØ-Þ]\.-?){1,3}"


@lru_cache(maxsize=1)
def _titled() -> tuple[re.Pattern[str], frozenset[str]]:
    """A title, then a particle name ("Mme de Villeneuve", "señora De la Fuente") or hyphenated initials and a
    surname ("Mme M.-C. Duval"); and the words after a title and particle that are devotions, not surnames."""
    names = lexicon_data("redaction.yaml")["names"]
    alt = title_alternation(names["titles"])
    pattern = re.compile(rf"(?<![\w.])(?:{alt}){_SP}(?P<n>(?:{_INITIALS}{_SP}?)?{_TITLE_PARTICLE}{_SP}(?P<s>{_CAP})"
                         rf"|[A-ZÀ-ÖØ-Þ]\.-[A-ZÀ-ÖØ-Þ]\.{_SP}?(?P<h>{_CAP}))(?![\w/])")
    return pattern, frozenset(w.lower() for w in names.get("titled_particle_not", []))


def titled_particle_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of a particle name or a hyphenated-initials name right after a title."""
    pattern, devotions = _titled()
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        word = m.group("s") or m.group("h")
        if not _name_word(word, r) or word.isupper() or _bare(word).lower() in devotions:
            continue
        if re.search(r"(?i:nuestra|notre|santa|virgen|vierge)[^\S\n]+$", text[max(0, m.start() - 12):m.start()]):
            continue  # "Nuestra Señora de Guadalupe": a devotion or a church
        out.append((m.start("n"), m.end()))
    return out
