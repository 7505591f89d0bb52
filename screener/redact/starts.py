"""A lone name first in a sentence or clause, before a verb of a person, with no other cue: "Félicité a appelé le
superviseur", "Sunday was paid late", "Rosa dijo que...", "Because Aigerim spoke Russian", "Saparov later gave us".

The word is a name when it is a listed or generated given name, a given name that is also an ordinary word
(``names.word_names``: Sunday, Lovely, Rosa, Paz, Constance...), or a word of no dictionary followed by a verb of
``names.person_verbs`` or, later in the sentence, a personal pronoun ("she", "his", "elle"): companies ("Foxconn
paid"), places and ordinary sentence openers ("Overtime was paid late", "Sunday was the only rest day") stay.
The lists are in ``lexicons/redaction.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import Rules, fold_name, literal_alternation
from screener.resources import lexicon_data

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
_SENTENCE_END = re.compile(r"[.!?]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    names = lexicon_data("redaction.yaml")["names"]
    verbs = literal_alternation(names.get("start_verbs"))
    adverbs = literal_alternation(names.get("start_adverbs"))
    candidate = re.compile(rf"(?<![\w'’-])(?P<w>{_WORD})(?:[^\S\n]+(?:and|y|et|e)[^\S\n]+(?P<w2>{_WORD}))?"
                           rf"(?:['’]s)?[^\S\n]+(?:(?:{adverbs})[^\S\n]+)?(?P<v>{verbs})(?![\w'’-])")
    opener = re.compile(rf"(?:^|[.!?:;\n\"“«(—–-]|,)[^\S\n]*(?:[\"“«‘(][^\S\n]*)?(?:(?i:{literal_alternation(names.get('clause_openers'))})"
                        r"[^\S\n]+)?(?:[\"“«‘(][^\S\n]*)?$")
    pronouns = re.compile(rf"(?<![\w'’-])(?:{literal_alternation(names.get('person_pronouns'))})(?![\w'’-])")
    return (candidate, opener, pronouns, frozenset(fold_name(w) for w in names.get("word_names") or ()),
            frozenset(str(v) for v in names.get("person_verbs") or ()))


@lru_cache(maxsize=1)
def _verb_heads() -> frozenset[str]:
    """The first word of every verb of ``names.start_verbs`` ("was" of "was paid", "a" of "a appelé")."""
    return frozenset(str(v).split()[0] for v in lexicon_data("redaction.yaml")["names"].get("start_verbs") or ())


def _a_place_or_thing(w: str, r: Rules) -> bool:
    from screener.redact.tagger import runtime_lists
    from screener.redact.words import _is_acronym, _is_country
    low = fold_name(w)
    return (w in r.not_names or w in r.stop_words or low in r.places or low in r.subdivisions or _is_country(w)
            or _is_acronym(w) or w.lower() in r.role_words or w.lower() in r.org_words
            or fold_name(w) in r.function_words or runtime_lists().place_run([w]))


def start_name_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of lone names first in a sentence or clause before a verb of a person."""
    candidate, opener, pronouns, word_names, person_verbs = _patterns()
    out: list[tuple[int, int]] = []
    words = text.replace(",", " ").replace(":", " ").replace(";", " ").replace(".", " ").split()
    if _verb_heads().isdisjoint(words):
        return mid_sentence_spans(text, r)  # no verb of a person in the text: the pattern cannot match
    for m in candidate.finditer(text):
        s = m.start("w")
        if not opener.search(text, max(0, s - 40), s):
            continue
        person = m.group("v") in person_verbs or _pronoun_follows(text, m.end(), pronouns)
        names = [g for g in ("w", "w2") if m.group(g)]
        if all(_a_name(m.group(g), person, word_names, r) for g in names):  # "Happiness and Loveness left"
            out += [(m.start(g), m.end(g)) for g in names]
    return out + mid_sentence_spans(text, r)


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern[str]:
    """A given name (and maybe a surname), then an apposition that names a person: ", a 17-year-old porter",
    " (machine operator)", ", une cueilleuse"."""
    roles = literal_alternation(lexicon_data("redaction.yaml")["names"].get("roles"))
    return re.compile(rf"(?<![\w'’-])(?P<w>{_WORD})(?:[^\S\n]+(?P<s>{_WORD}))?"
                      rf"(?=[^\S\n]*(?:,[^\S\n]+(?:an?|une?|una?|el|la|le|l['’])[^\S\n]*"
                      rf"|\([^\S\n]*)(?:[\w-]+[^\S\n]+){{0,3}}"
                      rf"(?i:{roles}|\d{{1,2}}-year-old|\d{{1,2}}[^\S\n]+(?:ans|años))(?![\w'’-]))")


def apposition_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of a name first in a sentence whose apposition names a person ("Innocent, a 17-year-old
    porter, said..."; "Sunday Okafor (machine operator)"): the first word must be a given name or a word name."""
    if "," not in text and "(" not in text:
        return []
    _, opener, _, word_names, _ = _patterns()
    out = []
    for m in _apposition().finditer(text):
        s = m.start("w")
        if not opener.search(text, max(0, s - 40), s) or not _a_name(m.group("w"), False, word_names, r):
            continue
        end = m.end("s") if m.group("s") and not _a_place_or_thing(m.group("s"), r) else m.end("w")
        out.append((s, end))
    return out


_LABEL = re.compile(rf"(?:^|\n|[—–][^\S\n]*)(?P<w>{_WORD})[^\S\n]*:[^\S\n]*[\"“«]")


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern[str]:
    words = literal_alternation(lexicon_data("redaction.yaml")["names"].get("honorifics_after"))
    return re.compile(rf"(?<![\w'’-])(?P<w>{_WORD})[^\S\n]+(?:{words})(?![\w'’-])")


def speaker_label_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of a speaker's name before a quotation in interview notes ("— Kavitha: \"...\"") and of a name
    before a word of respect ("Murugesan sir takes our cards")."""
    out = []
    word_names = _patterns()[3]
    if ":" in text:
        out += [(m.start("w"), m.end("w")) for m in _LABEL.finditer(text) if _a_name(m.group("w"), True, word_names, r)]
    out += [(m.start("w"), m.end("w")) for m in _honorific().finditer(text)
            if _a_name(m.group("w"), True, word_names, r)]
    return out


_JOINED_AFTER = re.compile(rf"[^\S\n]+(?:y|et|and|e)[^\S\n]+(?P<w>{_WORD})(?![\w'’-]|[^\S\n]+[A-ZÀ-ÖØ-Þ])")
_INSTITUTION = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+[^\S\n]+(?:de|del|de la|des|du|de l['’]|of|of the|for)[^\S\n]+$")
_JOINED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<w>{_WORD})[^\S\n]+(?:y|et|and|e)[^\S\n]+$")


def coordinated_spans(text: str, spans: list[tuple[int, int]], r: Rules) -> list[tuple[int, int]]:
    """(start, end) of a single name joined by "and", "y", "et" to a name found already ("Naima El Khattabi y
    Saida", "Rut y Noemí Apaza", "Fara et Tojo"): a given name, a word name or a word of no dictionary."""
    word_names = _patterns()[3]
    out = []
    for s, e in spans:
        after = _JOINED_AFTER.match(text, e)
        before = _JOINED_BEFORE.search(text, max(0, s - 40), s)
        for m in (after, before):
            if m is None:
                continue
            w = m.group("w")
            if w.lower() in r.company_tail_words or not (_a_name(w, True, word_names, r) or _joinable(w, r)):
                continue
            if _INSTITUTION.search(text, max(0, min(s, m.start("w")) - 40), min(s, m.start("w"))):
                continue  # "Comité de Seguridad y Salud", "Ministerio de Trabajo y Promoción": a body's name
            if m is before and (m.start("w") == 0 or not text[m.start("w") - 1].isspace()
                                or not _lower_before(text, m.start("w")) or _after_place_word(text, m.start("w"), r)):
                continue  # "en Lumbaqui y Simón Bolívar": places after a preposition
            out.append((m.start("w"), m.end("w")))
    return out


def _joinable(w: str, r: Rules) -> bool:
    """A capitalised word beside a name that is no place, country, company, role or function word ("Rut", "Fara")."""
    return not (_a_place_or_thing(w, r) or w.endswith("s") or len(w) < 3)


def _after_place_word(text: str, pos: int, r: Rules) -> bool:
    """True when the word before ``pos`` is one that places follow ("en", "in", "près")."""
    prev = re.search(r"(\S+)\s*$", text[max(0, pos - 30):pos])
    return prev is not None and prev.group(1).lower() in r.place_words_before


def _lower_before(text: str, pos: int) -> bool:
    """True when the word before ``pos`` is lower case or a clause mark ("les enfants Fara", "; Rut"): the word at
    ``pos`` opens the pair and does not end a longer capitalised name."""
    prev = re.search(r"(\S+)\s*$", text[max(0, pos - 30):pos])
    return prev is None or not prev.group(1)[:1].isupper() or prev.group(1)[-1] in ";:,.—–-"


# Inside a sentence: one capitalised word between lower-case words, then a verb and "his", "her" or "him" ("During
# the night shift Lwazi cut his hand"): a word of no dictionary there is a person.
_MID = re.compile(rf"(?<=[a-zà-öø-ÿ,])[^\S\n]+(?P<w>{_WORD})[^\S\n]+[a-z]+[^\S\n]+(?:his|her|him|herself|himself)(?![\w'’-])")


_PREV_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")


def mid_sentence_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of an unlisted single name inside a sentence before a verb and a personal pronoun."""
    if "his" not in text and "her" not in text and "him" not in text:
        return []
    out = []
    for m in _MID.finditer(text):
        prev = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
        if prev and (fold_name(prev.group(1)) in r.function_words or prev.group(1)[:1].isupper()):
            continue  # "a kiln in Kandal with her parents": a place after a preposition; "Kuala Lumpur that his"
        if _a_name(m.group("w"), True, _patterns()[3], r):
            out.append((m.start("w"), m.end("w")))
    return out


def _a_name(w: str, person: bool, word_names: frozenset[str], r: Rules) -> bool:
    """A given name, a word name, or (before a verb only a person does) a word of no dictionary."""
    from screener.redact.words import _given_name, _rare_word
    if fold_name(w) in word_names or _given_name(w, r):
        if w in r.not_names and fold_name(w) not in word_names:
            return False
        return not (fold_name(w) in r.places or _is_country(w))
    if not _rare_word(w, r) or w.endswith("s") or _a_place_or_thing(w, r):
        return False  # "Wrokers worked": an unlisted word ending in -s is a plural noun (or a typo of one)
    return person


def word_name(w: str) -> bool:
    """True when ``w`` is a given name that is also an ordinary word (``names.word_names``: "Junior", "Paz")."""
    return fold_name(w) in _patterns()[3]


def _is_country(w: str) -> bool:
    from screener.redact.words import _is_country as country
    return country(w)


def _pronoun_follows(text: str, pos: int, pronouns: re.Pattern[str]) -> bool:
    """True when a personal pronoun follows in the same sentence (within 100 characters)."""
    end = _SENTENCE_END.search(text, pos, pos + 100)
    return pronouns.search(text, pos, end.start() if end else min(len(text), pos + 100)) is not None
