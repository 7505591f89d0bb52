"""Nicknames and aliases, which are often ordinary words: "alias «el Paisa»", "apodado "el Tigre"", "the pickers call
the crew boss "Tiger"", "qu'on surnomme « le Grand »", "la Flaca dijo", "Lao Wang", "Who is Big Man?".

Four shapes, all read from ``names`` in ``lexicons/redaction.yaml``:
- after an alias cue (``alias_cues``: alias, apodado, known as, surnommé...), or a quote up to three words after a
  verb of calling (``calling_verbs``), one to three capitalised words are a name, ordinary words included;
- a quoted article and capitalised word(s) ("el Chato", « le Gros ») are a nickname after a list mark, a conjunction or a name;
- a listed nickname (``nicknames``) after a lower-case article, or quoted, or (of two words or more) anywhere;
- a familiar prefix before a Chinese surname (``familiar_prefixes``, ``familiar_surnames``: "Lao Wang", "Ah Seng").
Places, countries, companies and vessels are left alone ("the vessel "La Esperanza"", "Lao Cai")."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import Rules, fold_name, literal_alternation
from screener.resources import lexicon_data

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]*(?:-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ]*)?"
_RUN = rf"{_CAP}(?:[^\S\n]+{_CAP}){{0,2}}"
_OPEN = r"[\"“«‘„][^\S\n]*"
_CLOSE = re.compile(r"[^\S\n]*[\"”»’]")
_ART = r"(?:(?:el|la|le|the|El|La|Le|The)[^\S\n]+|[lL]['’])"
_END = re.compile(r"[^\S\n]*(?:[,.;:!?)»”\"’]|$|[^\S\n]+[a-zà-öø-ÿ0-9(])")
# Before a quoted nickname with no cue: a list mark, a conjunction or a name ("Raúl Mendoza, "el Güero","), not a
# common noun ("el establecimiento "El Ombú"").
_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w'’])(?:el|la|le|the|El|La|Le|The)[^\S\n]+|[lL]['’])$")
_LIST_BEFORE = re.compile(rf"(?:^|[,:;(\n—–]|(?<![\w'’])(?:y|e|o|et|ou|and|or)|{_CAP})[^\S\n]*$")
_STARTS = re.compile(r"(?:^|[.!?:;\n\"“«(—–])[^\S\n]*$")
_RUN_ON = re.compile(rf"[^\S\n]+(?:de[^\S\n]+|del[^\S\n]+)?{_CAP}")
_THING_BEFORE = re.compile(r"(?i:vessel|boat|ship|barco|buque|navire|bateau|finca|hacienda|fundo|granja|ferme|"
                           r"domaine|plantation|estate|farm|company|empresa|société|restaurant|restaurante|bar|"
                           r"hotel|hôtel|hostal|tienda|magasin|shop|store|brand|marca|marque|mv|fv|b/p|f/v|m/v|"
                           r"programme|program|programa|operation|operación|opération|project|proyecto|projet)"
                           r"[^\S\n]*[:,]?[^\S\n]*$")


_CAPWORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+")


def _longest_word(cue: str) -> str:
    """The longest word of a cue, or the whole cue when it has no word of three letters ("a.k.a.")."""
    word = max(re.findall(r"[^\W\d_]+", cue) or [""], key=len)
    return word if len(word) >= 3 else cue.strip(".")


@lru_cache(maxsize=1)
def _hints() -> tuple[frozenset[str], frozenset[str]]:
    """Cheap tests run before the patterns: a word of some alias cue (lower case), and the capitalised words that
    open a nickname or a familiar prefix."""
    names = lexicon_data("redaction.yaml")["names"]
    cue_words = {_longest_word(str(c).lower()) for c in [*(names.get("alias_cues") or ()), *(names.get("calling_verbs") or ()),
                                                          *(names.get("nickname_nouns") or ())]}
    firsts = {str(n).split()[0] for n in names.get("nicknames") or ()} | {str(p) for p in names.get("familiar_prefixes") or ()}
    return frozenset(w for w in cue_words if w), frozenset(firsts)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    names = lexicon_data("redaction.yaml")["names"]
    cues, calls = literal_alternation(names.get("alias_cues")), literal_alternation(names.get("calling_verbs"))
    nick = [str(n) for n in names.get("nicknames") or ()]
    alias = re.compile(rf"(?<![\w'’])(?i:{cues})[^\S\n]*[:,]?[^\S\n]*(?P<q>{_OPEN})?{_ART}?(?P<n>{_RUN})"
                       rf"|(?<![\w'’])(?i:{calls})(?:[^\S\n]+[\w'’-]+){{0,3}}?[^\S\n]+(?P<q2>{_OPEN}){_ART}?(?P<n2>{_RUN})")
    quoted = re.compile(rf"(?P<q>{_OPEN})(?:el|la|le|El|La|Le)[^\S\n]+(?P<n>{_CAP}(?:[^\S\n]+{_CAP})?)")
    single = literal_alternation(n for n in nick if " " not in n)
    multi = literal_alternation(n for n in nick if " " in n)
    listed = re.compile(rf"(?:(?<![\w'’])(?:el|la|le|the|El|La|Le)[^\S\n]+|[lL]['’]|{_OPEN})(?P<n>{single})(?![\w'’-])"
                        + (rf"|(?<![\w'’])(?P<m>{multi})(?![\w'’-])" if multi else ""))
    familiar = re.compile(rf"(?<![\w'’-])(?:{literal_alternation(names.get('familiar_prefixes'))})[ -]"
                          rf"(?:{literal_alternation(names.get('familiar_surnames'))})(?![\w'’-])")
    return alias, quoted, listed, familiar, frozenset(fold_name(n) for n in nick)


def _a_thing(text: str, start: int, end: int, r: Rules, *, article: bool = False) -> bool:
    """True when the words are a place, a country, a company or a vessel rather than a person. After an article
    ("apodado "el Tigre"") a town or a province of the same name does not count."""
    from screener.redact.names import _named_thing
    from screener.redact.tagger import runtime_lists
    from screener.redact.words import _is_country
    words = text[start:end].split()
    low = fold_name(text[start:end])
    if low in r.places or (low in r.subdivisions and not article) or _is_country(text[start:end]) or _THING_BEFORE.search(
            text, max(0, start - 30), start):
        return True
    if any(w.rstrip(".,").lower() in r.org_words for w in words) or _RUN_ON.match(text, end):
        return True  # "el Chino Restaurant", "le Grand Marché": the capitalised run goes on
    if not article and not is_nickname(text[start:end]) and runtime_lists().place_run(words):
        return True  # a town of the gazetteer, unless a listed nickname ("conocido como Chato")
    return _named_thing(text, start, end, r)


def _words_ok(name: str, r: Rules) -> bool:
    """Not a word the rules never take for a name ("Yes", "June", "Nepali") nor a function word."""
    return all(w not in r.not_names and w not in r.stop_words and fold_name(w) not in r.function_words
               for w in name.split())


@lru_cache(maxsize=1)
def _predicate() -> re.Pattern[str]:
    """Names then a nickname noun: "Vieux est le surnom du...", "Ñato, Cholo y Pocho son los apodos", "« Madame »,
    surnom de la...". The nouns are ``names.nickname_nouns``."""
    nouns = literal_alternation(lexicon_data("redaction.yaml")["names"].get("nickname_nouns"))
    item = rf"(?:{_OPEN})?{_CAP}(?:{_CLOSE.pattern})?"
    return re.compile(rf"(?:^|(?<=[.!?:;\n])[^\S\n]*|(?=[\"“«‘„]))(?P<list>{item}(?:[^\S\n]*(?:,|y|et|and|e)[^\S\n]+{item}){{0,5}})"
                      rf"[^\S\n]*(?:,[^\S\n]*|[^\S\n]+(?i:est|sont|is|are|was|were|es|son|era|eran)[^\S\n]+"
                      rf"(?i:le|les|the|el|los|la|las|un|une|a|an|uno|una|its|son|sa|su|sus|ses|their)?[^\S\n]*)"
                      rf"(?i:{nouns})(?!\w)")


_ITEM = re.compile(rf"{_CAP}")


def _predicate_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    out = []
    for m in _predicate().finditer(text):
        for w in _ITEM.finditer(text, m.start("list"), m.end("list")):
            quoted = w.start() > 0 and text[:w.start()].rstrip()[-1:] in "\"“«‘„"
            if (quoted and fold_name(w.group(0)) not in r.function_words) or (
                    _words_ok(w.group(0), r) and not _a_thing(text, w.start(), w.end(), r)):
                out.append((w.start(), w.end()))
    return out


def alias_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the nicknames and aliases in ``text``."""
    alias, quoted, listed, familiar, _ = _patterns()
    cue_words, firsts = _hints()
    low = text.lower()
    hinted = not cue_words.isdisjoint(low.split()) or "alias" in low or "a.k.a" in low
    out: list[tuple[int, int]] = _predicate_spans(text, r) if hinted else []
    for m in (alias.finditer(text) if hinted else ()):
        g = "n" if m.group("n") else "n2"
        s, e, q = m.start(g), m.end(g), m.group("q") or m.group("q2")
        closed = _CLOSE.match(text, e) is not None
        if (q and not closed) or (not q and not _END.match(text, e)) or not _words_ok(m.group(g), r):
            continue
        if not _a_thing(text, s, e, r, article=_ARTICLE_BEFORE.search(text, max(0, s - 5), s) is not None):
            out.append((s, e))
    quote = any(q in text for q in "\"“«‘„")
    for m in (quoted.finditer(text) if quote else ()):
        s, e = m.start("n"), m.end("n")
        if (_CLOSE.match(text, e) and _LIST_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and _words_ok(m.group("n"), r) and not _a_thing(text, s, e, r, article=True)
                and not _THING_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            out.append((s, e))
    if not firsts.intersection(_CAPWORD.findall(text)):
        return out
    for m in listed.finditer(text):
        g = "n" if m.group("n") else "m"
        s, e = m.start(g), m.end(g)
        lead = text[m.start():s]
        if g == "n" and lead[:1] in "\"“«‘„" and not (_CLOSE.match(text, e) or text.startswith(",", e)):
            continue  # "Boss take all phone": a quote opens a sentence, not a nickname
        if g == "n" and lead[:1] in "ELT" and not _STARTS.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Rancho El Tigre": a capital article inside a name
        if not _a_thing(text, s, e, r, article=g == "n"):
            out.append((s, e))
    out += [(m.start(), m.end()) for m in familiar.finditer(text) if not _a_thing(text, m.start(), m.end(), r)]
    return out


def is_nickname(word: str) -> bool:
    """True when ``word`` is a listed nickname ("Güero", "Big Man")."""
    return fold_name(word) in _patterns()[4]
