"""Finding personal names revealed by their context: titles, roles, introductions, speech verbs, appositions."""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Sequence

from screener.normalize.countries import normalize_country
from screener.redact.aliases import alias_spans
from screener.redact.positions import position_spans
from screener.redact.starts import apposition_spans, coordinated_spans, speaker_label_spans, start_name_spans
from screener.redact.initials import known_abbreviation
from screener.redact.inverted import inverted_spans
from screener.redact.caps import caps_spans, repeated_spans
from screener.redact.mentions import called_a_place
from screener.redact.kept import inside_a_thing
from screener.redact.context import _followed_by_role, _sentence_start
from screener.redact.lone import lone_name_spans
from screener.redact.particles import particle_spans, titled_particle_spans
from screener.redact.pinyin import pinyin_spans
from screener.redact.patterns import PARTICLES, Rules, fold_name
from screener.redact.tagger import runtime_lists
from screener.redact.tagger_spans import TaggedSpan, tagged_spans
from screener.redact.uncued import _PLACE_PREDICATE, lexicon_spans
from screener.redact.words import _all_plain, _bare, _is_acronym, _is_country, _is_name_part, _plain_word, _rare_word


def _trim_name(name: str, r: Rules) -> str:
    """Cut a captured name at the first word that is not part of a name (e.g. "Maria Said")."""
    keep: list[str] = []
    for w in name.split():
        bare = _bare(w)
        initial = keep and len(bare) == 1 and w.endswith(".")  # "John M.": an initial, not the title "M."
        if not initial and (bare in r.not_names or bare in r.stop_words or _is_acronym(bare)):
            break
        keep.append(w)
    while keep and keep[-1].lower() in PARTICLES:
        keep.pop()
    if not keep:
        return ""
    return name[: name.index(keep[-1], sum(len(k) for k in keep[:-1])) + len(keep[-1])]


def _is_organisation(name: str, r: Rules, *, job_first: bool = True) -> bool:
    """True when a word of ``name`` marks a company, body, place or document ("Pacific Garments Ltd."), or when
    it opens with a job title ("Jefe de Campo", "Gerente General")."""
    words = [_bare(w).lower() for w in name.split()]
    return bool(words) and ((job_first and words[0] in r.role_words) or any(w in r.org_words for w in words)
                            or (len(words) >= 2 and words[-1] in r.role_words))  # "Chief Executive Officer"


def _org_follows(text: str, name: str, end: int, r: Rules) -> bool:
    """True when the text after ``name`` completes a company name ("Solaris Verificación S." + "A.")."""
    glued = name.split()[-1] + re.match(r"\S*", text[end:end + 80]).group(0)  # type: ignore[union-attr]  # \S* always matches
    nxt = re.match(r"\s*(\S+)", text[end:end + 80])
    return (glued.rstrip(".,;:)").lower() in r.org_words
            or bool(nxt and _bare(nxt.group(1)).rstrip(";:)").lower() in r.org_words))


def _speech_name_ok(text: str, name: str, end: int, r: Rules) -> bool:
    """After a speech verb ("according to ..."), one word is a name when a clause boundary follows it, or when it
    is a listed name part or a word of no dictionary ("We met Sokleng at the market")."""
    return (len(name.split()) >= 2 or "." in name or re.match(r"\s*(?:[,.;:!?)»”\"]|$)", text[end:end + 80]) is not None
            or _is_name_part(_bare(name), r) or _rare_word(_bare(name), r))


def _after_cue_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos, last = 0, -1
    while (m := r.name_after.search(text, pos)) is not None:
        if m.start() == last:
            pos = m.start() + 1
            continue
        last = m.start()
        if m.group("role") and m.group("role")[0].isupper() and not _sentence_start(text, m.start()):
            pos = m.start() + 1  # "Cook Islands", "National Migrant Policy": a proper noun, not a role
            continue
        name = _trim_name(m.group("name"), r)
        end = m.start("name") + len(name)
        if (not name or (len(name) < 2 and not name.endswith("."))
                or (not m.group("title") and (_is_organisation(m.group("name"), r, job_first=bool(m.group("role")))
                                              or _org_follows(text, name, end, r)))
                or (m.group("speech") and (not _speech_name_ok(text, name, end, r)
                                           or _all_plain(name, r)))
                or (len(name.split()) >= 2 and _bare(name.split()[-1]).lower() in r.role_words)):  # "Chief Executive Officer"
            pos = m.start("name")  # a rejected capture may still start a title ("supervisor, Mr. Tran")
            continue
        if _followed_by_role(text, end, r) or (not m.group("title") and (name.lower() in r.places or _is_country(name))):
            pos = end  # an adjective before a role word ("migrant Nepali workers"), or a place ("pisteur, Méagui")
            continue
        out.append((m.start("name"), end))
        pos = end
        while (joined := r.name_joined.match(text, pos)) is not None:  # "Esther and Ruth", "Ramesh, Sita and Bimala"
            second = _trim_name(joined.group("name"), r)
            if not second or _is_organisation(second, r, job_first=False) or _followed_by_role(
                    text, joined.start("name") + len(second), r) or second.lower() in r.places or _is_country(second):
                break
            out.append((joined.start("name"), joined.start("name") + len(second)))
            pos = joined.start("name") + len(second)
    return out


def _speaker_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """A single name opening a clause before a speech verb: "Fatima said ...", "; Karim told us ..."."""
    out = []
    for m in r.name_speaking.finditer(text):
        word = m.group("name")
        if not _sentence_start(text, m.start("name")) and not m.group("conj"):
            continue
        low = word.lower()
        plural_role = low.endswith("s") and (low[:-1] in r.role_words or low[:-2] in r.role_words)
        if (_bare(word) in r.not_names or _is_acronym(word) or _is_organisation(word, r) or plural_role
                or low in r.role_words or normalize_country(word) is not None  # "Interviewees said", "Nepal said"
                or low in r.places or _plain_word(word, r) or (low.endswith("s") and _plain_word(word[:-1], r))):
            continue  # "Doha affirme", "Lawyers described": a place or a common noun
        out.append((m.start("name"), m.end("name")))
    return out


def _before_cue_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """Names recognised by what follows them: "Bui Thi Hoa, a sewing operator, said ..."."""
    out: list[tuple[int, int]] = []
    for m in r.name_before.finditer(text):
        words = m.group("name").split()
        start = m.start("name")
        while words and (_bare(words[0]) in r.not_names or words[0].lower() in r.place_words):
            if words[0].lower() in r.place_words:
                words = []  # "In Phnom Penh, the capital": a place
                break
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end("name")
            words = words[1:]
        if len(words) < 2 or _is_organisation(" ".join(words), r) or _org_follows(text, words[-1], m.end("name"), r):
            continue
        if any(_bare(w) in r.not_names or _is_acronym(_bare(w)) for w in words):
            continue
        if all(_plain_word(_bare(w), r) for w in words):
            continue  # "Associated Press reported", "Border Force said": a body named with ordinary words
        prev = re.search(r"([^\W\d_]+)\s*$", text[max(0, start - 80):start])
        if prev and prev.group(1).lower() in r.place_words:
            continue
        out.append((start, m.end("name")))
    return out


_SHORT_SURNAME = re.compile(r"[^\S\n]+([A-Z]{2})(?![\w'’-])")


def _with_short_surname(text: str, start: int, end: int, r: Rules) -> tuple[int, int]:
    """The span widened over a surname of two capitals after a name of 2+ words ("Hari Bahadur KC")."""
    m = _SHORT_SURNAME.match(text, end)
    if m and m.group(1) in r.short_caps_surnames and " " in text[start:end].strip():
        return start, m.end()
    return start, end


def name_spans(text: str, r: Rules, names: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of every personal name that the context reveals, plus the configured names."""
    out = (_after_cue_spans(text, r) + _before_cue_spans(text, r) + _speaker_spans(text, r) + lexicon_spans(text, r)
           + caps_spans(text, r) + inverted_spans(text, r) + alias_spans(text, r) + pinyin_spans(text, r))
    out += [(s, e) for s, e in lone_name_spans(text, r) + start_name_spans(text, r) + position_spans(text, r)
                         + apposition_spans(text, r) + speaker_label_spans(text, r) if not _named_thing(text, s, e, r)]
    particle = particle_spans(text, r) + titled_particle_spans(text, r)
    if particle:
        masked = _AG.sub("xx", text)  # "Ag" of a Tuareg name is not the company word "AG" here
        out += [(s, e) for s, e in particle if not _named_thing(masked, s, e, r) and not _not_a_person(text[s:e], r)]
    out = [(s, e) for s, e in out if not inside_a_thing(text, s, e, r)]
    out = [_with_short_surname(text, s, e, r) for s, e in out]
    out += [(s, e) for s, e in coordinated_spans(text, out, r) if not inside_a_thing(text, s, e, r)]
    out += repeated_spans(text, out, r)
    for n in (*r.always, *names):
        n = str(n).strip()
        if n:
            out.extend((m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE))
    return out


_AG = re.compile(r"(?<!\w)A[Gg](?=[^\S\n]+[A-ZÀ-Þ][a-zà-ÿ])")
_RUN_NEXT = re.compile(r"[^\S\n\t]*(?:\([^()\n]{0,40}\)[^\S\n\t]*)?(?:(?:de|del|la|los|las|da|do|dos|van|von|der|du|des|"
                       r"&|and|y|et)[^\S\n\t]+)?([^\W\d_][\w'’.-]*)")
_RUN_PREV = re.compile(r"([^\W\d_][\w'’.-]*)[^\S\n\t]+(?:(?:de|del|la|da|do|dos|van|von|der|du)[^\S\n\t]+)?$")
# A field whose value is a place or a body, not a person: "Address: Gulshan, Dhaka", "Agency: Dhaka Overseas Link".
_FIELD = re.compile(r"(?i:address|adresse|dirección|direccion|domicilio|domicile|location|lieu|lugar|agency|agencia|"
                    r"agence|company|empresa|société|employer|employeur|empleador|supplier|proveedor|fournisseur|"
                    r"factory|usine|fábrica|destination|destino|site|vessel|navire|buque)(?:[^\S\n]*:[^\n|;:]*|[^\S\n]+)$")


def _run_words(text: str, start: int, end: int) -> list[str]:
    """The capitalised words around a span, on the same line: before it, and after it past a bracketed aside
    ("Shenyang Xingsheng (or Xinsheng) Rubber Factory")."""
    words: list[str] = []
    pos = start
    while (m := _RUN_PREV.search(text, max(0, pos - 60), pos)) is not None and m.group(1)[0].isupper() and len(words) < 4:
        words.append(m.group(1))
        pos = m.start()
    pos = end
    while (m := _RUN_NEXT.match(text, pos)) is not None and m.group(1)[0].isupper() and len(words) < 8:
        words.append(m.group(1))
        pos = m.end()
    return words


def _named_thing(text: str, start: int, end: int, r: Rules) -> bool:
    """True when the tagged span is part of a company, street, bridge or job name ("Puente Juan Pablo Duarte"), an
    address field, or follows a place noun ("provincias Luis Calvo"): judged on the whole capitalised run."""
    around = [_bare(w).lower() for w in _run_words(text, start, end) + text[start:end].split()]
    if any(w in r.org_words or w in r.street_words or w in r.company_tail_words or w.replace(".", "") in r.org_words
           for w in around):
        return True  # "Van der Meer Bulbs B.V.": a dotted legal form counts as written without dots
    if any(len(w) > 6 and w.startswith(r.org_prefixes) for w in around) or _FIELD.search(text, max(0, start - 60), start):
        return True  # "Agroindustrias Vaca Díez"; an address or agency field
    if r.id_context.match(text, start):
        return True  # "CNIC 35202-...", "MyKad 920418-...": the name of an ID document before its number
    street = _RUN_AFTER_WORD.search(text, max(0, start - 90), start)
    if street and street.group(1).lower() in r.street_words:
        return True  # "la calle Luis Viale": a street word before the whole capitalised run
    prev = re.search(r"([^\W\d_]+)[^\S\n]+$", text[max(0, start - 30):start])
    return bool(prev and prev.group(1).lower() in r.place_words_before and fold_name(prev.group(1)) not in r.function_words)


_RUN_AFTER_WORD = re.compile(r"([^\W\d_]+)[^\S\n]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[^\S\n]+){1,3}$")


def model_name_spans(text: str, r: Rules, found: Sequence[object] = (),
                     tagged: Sequence[TaggedSpan] | None = None) -> list[TaggedSpan]:
    """Names the statistical tagger finds: spans not inside a street, company or job title, and not overlapping an
    e-mail, phone or ID number already found (``found``: objects with ``start``, ``end`` and ``kind``). A span that
    overlaps a name a rule found widens it ("MENSAH, Kwame" around "Kwame"). ``tagged``: the tagger's spans of
    ``text``, when already computed."""
    taken = sorted((getattr(f, "start"), getattr(f, "end")) for f in found if getattr(f, "kind", "name") != "name")
    starts = [s for s, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))  # furthest end among the first i spans
    out: list[TaggedSpan] = []
    dropped = -1  # end of the last span dropped as a place or a thing
    for t in tagged_spans(text) if tagged is None else tagged:
        i = bisect.bisect_left(starts, t.end) - 1  # the spans that start before this one ends
        if (i >= 0 and reach[i] > t.start) or _not_a_person(text[t.start:t.end], r) or _script_label(text, t.start, t.end) \
                or known_abbreviation(text[t.start:t.end]) \
                or _half_of_a_country(text, t.start, t.end) or _town_after_a_place_word(text, t, r):
            continue
        if inside_a_thing(text, t.start, t.end, r) or _named_thing(text, t.start, t.end, r) or _called_places(
                text, t.end) or called_a_place(text, t.end, r) or (dropped >= 0 and re.fullmatch(r"\s*(?:,|y|and|et|e)\s*", text[dropped:t.start])):
            dropped = t.end  # "provincias Luis Calvo y Hernando Siles": the next in a list of places too
            continue
        out.append(t)
    return out


_LIST_REST = re.compile(r"(?:[^\S\n]*(?:,|\band\b|\bet\b|\by\b|\be\b)[^\S\n]*[A-ZÀ-ÖØ-Þ][\w'’-]*"
                        r"(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’-]*)*)*")


def _called_places(text: str, end: int) -> bool:
    """True when the list the tagged span closes or belongs to is then called places ("Banteay Srei and Chhuk Sar
    were the villages visited"), as for the lexicon's uncued names (screener/redact/uncued.py)."""
    m = _LIST_REST.match(text, end)
    return bool(_PLACE_PREDICATE.match(text, m.end() if m else end))


_PAIR_BEFORE = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]*[^\S\n]+){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]*)[^\S\n]+(?:and|y|et|e|&)[^\S\n]+$")
_PAIR_AFTER = re.compile(r"[^\S\n]+(?:and|y|et|e|&)[^\S\n]+([A-ZÀ-ÖØ-Þ][\w-]*(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w-]*){0,2})")


def _half_of_a_country(text: str, start: int, end: int) -> bool:
    """True when the span and the capitalised words joined to it by "and"/"y"/"et" make a country ("Wallis and
    Futuna", "Trinidad and Tobago", "Antigua y Barbuda"): the tagger reads "X and Y" as two names."""
    span = text[start:end]
    before = _PAIR_BEFORE.search(text, max(0, start - 60), start)
    if before:
        words, joiner = before.group(1).split(), text[before.end(1):start].split()[0]
        if any(_is_country(f"{' '.join(words[k:])} {joiner} {span}") for k in range(len(words))):
            return True  # "Visited Saint Kitts and Nevis"
    after = _PAIR_AFTER.match(text, end)
    if after:
        words, joiner = after.group(1).split(), text[end:after.start(1)].split()[0]
        return any(_is_country(f"{span} {joiner} {' '.join(words[:k])}") for k in range(1, len(words) + 1))
    return False


_LIST_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'’-]*)?[^\S\n]*"
                          r"(?:,|and|y|et|e)[^\S\n]+)*$")
TOWN_DOUBT = 0.9  # a tagged town below this probability after a place word is read as the town


def _town_after_a_place_word(text: str, span: TaggedSpan, r: Rules) -> bool:
    """True when a single tagged word the tagger was not sure of is a town of the model's gazetteer and no listed
    name, after "to", "in", "from"... or in a list that follows one ("sent to Rostov and Kirov")."""
    word = text[span.start:span.end]
    if span.probability >= TOWN_DOUBT or " " in word:
        return False
    kinds = runtime_lists().kinds(word)
    if "town" not in kinds or {"given", "surname", "part", "solo"} & set(kinds):
        return False
    m = _LIST_BEFORE.search(text, max(0, span.start - 80), span.start)
    return bool(m and (m.group(1).lower() == "to" or m.group(1).lower() in r.place_words_before))


_NUMBER_BEFORE = re.compile(r"[\d৳₹฿$€£¥][^\S\n]*$")
_NUMBER_AFTER = re.compile(r"[^\S\n]*[\d৳₹฿$€£¥]")


def _script_label(text: str, start: int, end: int) -> bool:
    """One word in a script without capitals beside a number: a unit, currency or label ("9,000 บาท", "车间 3")."""
    span = text[start:end]
    if " " in span or any(ch.isascii() and ch.isalpha() for ch in span) or any(ch.isupper() for ch in span):
        return False
    return bool(_NUMBER_BEFORE.search(text, max(0, start - 12), start) or _NUMBER_AFTER.match(text, end))


def _not_a_person(span: str, r: Rules) -> bool:
    """An acronym ("CSR"), a country ("Maroc"), a listed place, a run of ordinary words ("Golden Harvest"), or part
    of a listed organisation named like a person ("Barry Callebaut"), which the tagger may take for a name."""
    bare = _bare(span)
    words = bare.split()
    if all(_bare(w) in r.not_names or _bare(w) in r.stop_words for w in words):
        return True  # "June", "Nepali", "Name": words the rules never take for a name
    if len(words) == 1 and len(bare) <= 5 and bare.isupper() and bare.isalpha() and not _is_name_part(bare, r):
        return True  # "USDL": a short unknown word in capitals alone is an acronym more often than a surname
    return (_is_acronym(bare) or bare.lower() in r.places or _is_country(bare)
            or _all_plain(bare, r)  # "Golden Harvest"
            or (r.organisation_re is not None and r.organisation_re.search(bare.lower()) is not None)
            or any(bare.lower() in o for o in r.organisations))
