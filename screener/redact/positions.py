"""Single names revealed by the position they stand in, with no title and no second name:

- before a comma, an article and a role ("Saïd, el manijero, la amenazó");
- after a role and one or two lower-case words ("la temporera marroquí Hind contó", "les matelots sénégalais Soumaré
  et Ndong déclarent", "la fuente Pocho dice");
- before a bracket that holds an age or a role ("Letchumi (tea plucker, 52)", "Lovely (11 ans)");
- after initials ("W. M. Dissanayake");
- as the holder of an ID document before its number ("CPF of dos Santos: 412...", "Carnet de Suárez: 44...");
- in a form field for a name ("Prénom : Aïssatou ;", "Nombre: Leidy Johana");
- after a greeting that opens a line or a quote ("Estimada Inés:", "Dear Thandiwe,", "Chère Aïcha,").

A word counts when it is a listed or generated given name, a given name that is an ordinary word
(``names.word_names``), a listed name part or a word of no dictionary; never a place, country, company, role or
function word. The role words are ``names.roles`` and ``names.position_roles`` in ``lexicons/redaction.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import Rules, fold_name
from screener.resources import lexicon_data

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
_LOW = r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*"
_AFTER_LOW = re.compile(rf"(?<=[a-zà-öø-ÿ])[^\S\n]+(?P<n>{_CAP})(?P<more>(?:[^\S\n]+(?:et|y|and|e)[^\S\n]+{_CAP})?)"
                        rf"(?=[^\S\n]*(?:[,.;:!?)»”\"]|$)|[^\S\n]+[a-zà-öø-ÿ])")
_LOW_WORD = re.compile(rf"^{_LOW}$")
_DIGIT = re.compile(r"\d")
_GREETINGS = ("Dear ", "Hi ", "Hello ", "Estimad", "Querid", "Hola ", "Cher", "Chère", "Bonjour ", "Salut ")
_BRACKET = re.compile(rf"(?<![\w'’-])(?P<n>{_CAP})[^\S\n]*\((?:[^\S\n]*\d{{1,2}}[^\S\n]*(?:ans|años|years?|yrs|y/o|a)?"
                      rf"[^\S\n]*[,;)]|(?P<r>(?:{_LOW}[^\S\n]+){{0,2}}{_LOW}))")
_INITIALS = re.compile(rf"(?<![\w.])(?:[A-Z]\.[^\S\n]?){{2,3}}(?P<n>{_CAP})(?![\w'’-])")
_OWNER = re.compile(rf"(?:of|de|du|del)[^\S\n]+(?P<n>(?:(?:dos|da|das|do|de la|de|del|van|von)[^\S\n]+)?{_CAP}"
                    rf"(?:[^\S\n]+{_CAP}){{0,2}})[^\S\n]*:")
_GREETING = re.compile(rf"(?:^|\n|[\"“«][^\S\n]*)(?:Dear|Hi|Hello|Estimad[oa]|Querid[oa]|Hola|Cher|Chère|Bonjour|"
                       rf"Salut)[^\S\n]+(?P<n>{_CAP}(?:[^\S\n]+{_CAP}){{0,2}})[^\S\n]*[,:!]")
# "Saïd, el manijero,", "Yulitza, venezolana,": one word, then a comma and an article or a nationality before a role.
_APPOSITION = re.compile(rf"(?<![\w'’-])(?P<n>{_CAP}),[^\S\n]+(?:(?:el|la|le|the|our|su|sa|son|un|una|une|an?)"
                         rf"[^\S\n]+)(?:{_LOW}[^\S\n]+)?(?P<r>{_LOW})(?=[^\S\n]*[,;.)]|[^\S\n]+(?:de|of|du|del|who|que|qui)\b)")
_CAP_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*[^\S\n]+$")
# A form field that holds a name: "Prénom : Aïssatou ;", "Nombre: Leidy Johana", "First name: Thandiwe".
_FIELD = re.compile(rf"(?:^|\n|[;|\t,]|(?<=[^\W\d_]))[^\S\n]*(?i:(?:first|given|full|last|family|middle|sur|worker'?s?|"
                    rf"employee'?s?)[^\S\n]*names?|names?|nom(?:[^\S\n]+complet)?|pr[ée]noms?|nombres?(?:[^\S\n]+completo)?|"
                    rf"apellidos?)[^\S\n]*[:：][^\S\n]*(?P<n>{_CAP}(?:[^\S\n]+{_CAP}){{0,3}})(?=[^\S\n]*(?:[;|\t\n,]|$))")
_NEXT_CAP = re.compile(rf"[^\S\n]+{_CAP}")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicon_data("redaction.yaml")["names"]
    return (frozenset(fold_name(w) for w in names.get("word_names") or ()),
            frozenset(str(w).lower() for w in names.get("position_roles") or ()))


@lru_cache(maxsize=4)
def _role_forms(role_words: frozenset[str]) -> frozenset[str]:
    """The role words (``names.roles``) and ``names.position_roles``, with their plurals in -s, -es and -x."""
    base = role_words | _lists()[1]
    return frozenset(base | {w + "s" for w in base} | {w + "es" for w in base} | {w + "x" for w in base})


def _role(word: str, r: Rules) -> bool:
    return word.lower() in _role_forms(r.role_words)


def _name_word(w: str, r: Rules, *, common_ok: bool = False) -> bool:
    """A word that may be a person's name here: a given name, a word name, a name part or a word of no dictionary
    (with ``common_ok``, before an apposition with a role, an ordinary word too: "Chela, la cocinera"), and no
    place, country, company, role, acronym or function word."""
    from screener.redact.tagger import runtime_lists
    from screener.redact.words import _given_name, _is_country, _is_name_part, _rare_word
    low = fold_name(w)
    if (w in r.not_names or w in r.stop_words or low in r.places or low in r.function_words or _is_country(w)
            or w.lower() in r.org_words or w.lower() in r.role_words):
        return False
    if low in _lists()[0] or _given_name(w, r):
        return True
    if not _is_name_part(w, r) and (w.endswith("s") or not (_rare_word(w, r) or (common_ok and len(w) > 2))):
        return False  # "Wrokers": an unlisted word ending in -s is a plural noun (or a typo of one) more often
    return low not in r.subdivisions and not runtime_lists().place_run([w])


def _given(w: str, r: Rules) -> bool:
    """A listed given or word name, or a name part: "Fara" of "his children Fara and Nomena" is no dictionary word."""
    from screener.redact.words import _given_name, _is_name_part
    return _given_name(w, r) or _is_name_part(w, r) or fold_name(w) in _lists()[0]


def _a_thing_word(w: str, r: Rules) -> bool:
    """A word of a company, place or country: the field holds no person ("Name: Golden Star Agency")."""
    from screener.redact.words import _is_country
    return w.lower() in r.org_words or fold_name(w) in r.places or _is_country(w)


def _plain_low(word: str, r: Rules) -> bool:
    """A lower-case word that may stand between a role and a name: an adjective, not a function word ("marroquí")."""
    return fold_name(word) not in r.function_words and not word.isdigit()


def _role_before(text: str, pos: int, r: Rules) -> bool:
    """True when a role word stands before ``pos``, followed by at most two lower-case words that are no function
    words ("la temporera marroquí", "les matelots sénégalais")."""
    words = text[max(0, pos - 80):pos].split()[-3:]
    for k in range(1, len(words) + 1):
        role, adjs = words[-k], words[len(words) - k + 1:]
        if not _LOW_WORD.match(role):
            return False
        if _role(role, r) and all(_plain_low(a, r) for a in adjs):
            return True
    return False


def position_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the single names found by their position."""
    out: list[tuple[int, int]] = []
    roles = not _role_forms(r.role_words).isdisjoint(text.lower().split())
    for m in (_AFTER_LOW.finditer(text) if roles else ()):
        if not _role_before(text, m.start(), r):
            continue
        first = _name_word(m.group("n"), r)
        if first:
            out.append((m.start("n"), m.end("n")))
        if m.group("more"):
            second = m.group("more").split()[-1]
            if _name_word(second, r) and (first or _given(m.group("n"), r)):
                out.append((m.end("more") - len(second), m.end("more")))
    for m in (_APPOSITION.finditer(text) if ", " in text else ()):
        if _role(m.group("r"), r) and _name_word(m.group("n"), r, common_ok=True) and not _CAP_BEFORE.search(
                text, max(0, m.start() - 40), m.start()):
            out.append((m.start("n"), m.end("n")))
    for m in (_BRACKET.finditer(text) if "(" in text else ()):
        if _CAP_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Kuala Lumpur (notes...)": the last word of a longer run
        if (m.group("r") is None or _role(m.group("r").split()[-1], r)) and _name_word(m.group("n"), r):
            out.append((m.start("n"), m.end("n")))
    for m in (_INITIALS.finditer(text) if text.count(".") >= 2 else ()):
        if " " in m.group(0) and _name_word(m.group("n"), r) and not _NEXT_CAP.match(text, m.end()):
            out.append((m.start(), m.end()))
    if ":" in text and _DIGIT.search(text) and r.id_context.search(text):
        for m in r.id_context.finditer(text):
            owner = _OWNER.search(text, m.start(), m.start("id"))
            if owner and all(_name_word(w, r) for w in owner.group("n").split() if w[0].isupper()):
                out.append((owner.start("n"), owner.end("n")))
    fields = (":" in text or "：" in text) and any(k in text.lower() for k in ("nam", "nom", "apellid"))
    for m in (_FIELD.finditer(text) if fields else ()):
        words = m.group("n").split()
        if any(_given(w, r) or _name_word(w, r) for w in words) and not any(_a_thing_word(w, r) for w in words):
            out.append((m.start("n"), m.end("n")))
    greeted = any(g in text for g in _GREETINGS)
    for m in (_GREETING.finditer(text) if greeted else ()):
        words = m.group("n").split()
        if all(_name_word(w, r) for w in words):
            out.append((m.start("n"), m.end("n")))
    return out
