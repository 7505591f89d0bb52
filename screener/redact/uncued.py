"""Finding personal names without a cue: runs of capitalised words judged by their words (listed given names and
surnames, name shapes, unknown words) and their place (table cells, lists, possessives, ages, clause subjects).

Used by screener/redact/names.py, which adds the names that a cue reveals (titles, roles, speech verbs)."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.context import (_clause_subject, _contact_owner, _entry_follows, _followed_by_plural_role,
                                     _followed_by_role, _in_cell, _kin_follows, _line_start, _running_text_follows,
                                     _sentence_start)
from screener.resources import lexicon_data
from screener.redact.patterns import PARTICLES, Rules, fold_name
from screener.redact.words import (_bare, _given_name, _is_acronym, _is_country, _is_name_part, _is_place_or_country,
                                   _plain_word, _rare_word)


_CAP_PARTICLES = frozenset({"De", "Del", "La", "Le", "El", "Al", "Da", "Dos", "Van", "Von", "Ben", "Bin", "Abu"})
_ABBREVIATED = ("Md.", "Mohd.", "Muhd.", "Mst.", "Sk.", "Ma.", "Ma.ª")  # abbreviated given names: part of the name
_AGE_AFTER = re.compile(r"\s*(?:,\s*\d{1,2}\s*(?:[,)]|ans\b|años\b|years?\b)|\(\s*\d{1,2}\s*(?:ans|años|years?)?\s*[),])")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_OWNS_AFTER = re.compile(r"['’]s?[^\S\n]+(?:(?:own|two|three|new|old|first|second|younger|older|elder|eldest|"
                         r"little|baby|late|former|current)[^\S\n]+)?([^\W\d_]+)")
_OWNED_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[^\S\n]+(?:of|de|d['’]|du)[^\S\n]*$")
_SPEAKER_LABEL = re.compile(r"[^\S\n]*:[^\S\n]*[\"“«]")  # "Tenzin: \"the manager took our passports\""
_VIET_MIDDLE = frozenset({"thi", "thị", "van", "văn"})
_VIET_NEXT = re.compile(r"[^\S\n]+(?:Thi|Thị|Van|Văn)[^\S\n]+[^\W\d_]")
# Surname and given-name shapes of regions the generated lists cover thinly: Slavic and Central Asian patronymic
# surnames, Ukrainian, Serbo-Croat, Georgian, Armenian endings, Malagasy Ra-/Andria- names.
_NAME_SHAPE = re.compile(r"(?:[^aeiouy\W](?:ov|ova|ev|eva|ovna|evna|ovich|evich)|yev|yeva|iev|ieva|enko|ović|ovic|evic|"
                         r"ević|shvili|dze|uly|qyzy|kyzy)$|^(?:Ra[kznmhv]|Andria|Rasoa|Rabe|Ravo)[a-z]{5,}$")
_ID_FOLLOWS = re.compile(r"[^\S\n]*(?:\(|[:,][^\S\n]*)(?:[^\W\d_]{1,12}(?:['’][^\W\d_]{1,12})?\.?[^\S\n]*[:#°]?[^\S\n]*){0,3}"
                         r"\+?[A-Z]{0,3}\d")  # "(ID AN4471095)", ": NIN CF88041021", "(carte d'identité 1 4599 ...)"
_PERSON_BEFORE = re.compile(r"(?<![\w-])(?i:by|par|with|avec|con|auprès[^\S\n]+de|chez|according[^\S\n]+to|selon|según)"
                            r"[^\S\n]+$")
_QUOTE_BEFORE = re.compile(r"[\"“«][^\S\n]*$")  # '"Sabina, the boss says ...': a message addressed to a person
_BRACKET_AFTER = re.compile(r"[^\S\n]*\((?:[^\W\d_]+,[^\S\n]*)?(\d{1,2}|[a-zà-ÿ][a-zà-ÿ ]{1,30}?)(?=[),])")


def _person_bracket(text: str, end: int, r: Rules) -> bool:
    """True when a bracket after one word says what a person has: an age after a nationality ("(Lao, 24)"), a role
    ("(security)"), or a note on the name ("(surname withheld)", "(nickname)", "(apodo)")."""
    m = _BRACKET_AFTER.match(text, end)
    if not m:
        return False
    inside = m.group(1)
    return (inside.isdigit() and "," in m.group(0)) or inside in r.role_words or re.match(
        r"(?:surname|last name|family name|full name|name|nickname|alias|apodo|apellido|surnom|nom)\b", inside) is not None


_JOIN_GAP = re.compile(r"\s*(?:,|;|/)?\s*(?:(?:and|or|y|e|o|et|ou)\s+)?")


def _segments(text: str, run: str, base: int, r: Rules) -> list[list[tuple[str, int, int]]]:
    """Split a run of capitalised words at words that are never part of a name (titles, months, languages, roles,
    acronyms); each piece is a list of (word, start, end). An empty list means the run names an organisation."""
    if r.organisation_re is not None and r.organisation_re.search(run.lower()):
        return []
    pieces: list[list[tuple[str, int, int]]] = [[]]
    for m in re.finditer(r"\S+", run):
        word, bare = m.group(0), _bare(m.group(0))
        low = bare.lower()
        if low in r.org_words or word.lower() in r.org_words or ("-" in low and any(
                h in r.org_words for h in low.split("-"))) or (len(low) > 6 and low.startswith(r.org_prefixes)):
            return []  # "Pacific Garments", "Marshall Islands-flagged", "Agroexportadora Sol"
        inner_particle = bare in _CAP_PARTICLES and (pieces[-1] or not _sentence_start(text, base + m.start())
                                                     or _VIET_NEXT.match(run, m.end()) is not None)  # "Le Thi Thu Trang"
        initial_a = re.fullmatch(r"A\.[^\S\n\t]+", run[m.start():m.end() + 1] + " ") is not None and re.match(
            r"[^\S\n\t]+([^\W\d_]+)", run[m.end():]) is not None and _rare_word(_bare(run[m.end():].split()[0]), r)
        if initial_a:  # "A. Murugesan": an initial before a word of no dictionary, not the article
            pieces[-1].append((word, base + m.start(), base + m.end()))
            continue
        heading = low in _testimony_nouns() and _sentence_start(text, base + m.start())  # "Témoignage de Blanche"
        if heading or (bare in r.not_names and word not in _ABBREVIATED and not inner_particle) or bare in r.stop_words or bare.lower() in r.role_words \
                or _is_acronym(bare) or (word.isupper() and len(bare) > 3):
            pieces.append([])
            continue
        pieces[-1].append((word, base + m.start(), base + m.end()))
    out = []
    for piece in pieces:
        while piece and piece[-1][0].lower() in PARTICLES and (piece[-1][0].islower() or piece[-1][0] in _CAP_PARTICLES):
            piece.pop()  # "Sumon Chandra Das": a capitalised "Das" ends a name as a surname
        while piece and (piece[0][0] in PARTICLES or (piece[0][0] in _CAP_PARTICLES
                                                      and _sentence_start(text, piece[0][1])
                                                      and not (len(piece) > 2 and piece[1][0].lower() in _VIET_MIDDLE))):
            piece.pop(0)  # "La Paz", "El Porvenir"; but "Le Thi Thu Trang" is a Vietnamese surname
        if piece:
            out.append(piece)
    return out


def _verdict(piece: list[tuple[str, int, int]], text: str, r: Rules) -> str:
    """"yes" for a name, "maybe" for a clean run of unknown capitalised words, "single" for one rare capitalised word
    (a name when it stands in a list beside a name), "no" otherwise."""
    words = [w for w, _, _ in piece if w.lower() not in PARTICLES]
    parts = [_bare(w) for w in words if not ((len(_bare(w)) <= 2 and w.endswith(".")) or w in _ABBREVIATED)]
    if not parts or words[0].lower().rstrip(".") in r.place_prefixes \
            or words[0].lower().split("-")[0] in r.place_prefixes:  # "Saint-Pedro", "San-Pédro"
        return "no"
    if _is_place_or_country(parts, r) and not (  # "Maria das Dores Lima": a listed given name, then a place surname
            len(parts) >= 2 and parts[0].lower() in r.name_solo and not _is_place_or_country(parts[:1], r)
            and " ".join(parts).lower() not in r.places and not _is_country(" ".join(parts))
            and not _is_place_or_country(parts[:-1], r) and piece[-2][0].lower() not in PARTICLES
            and sum(_plain_word(p, r) for p in parts[:-1]) <= 1):  # not "Ana Pinto de Jornaleras de Huelva"
        return "no"
    if fold_name(" ".join(_bare(w) for w, _, _ in piece)) in r.subdivisions \
            and not any(p.lower() in r.name_solo for p in parts):
        return "no"  # "Prey Veng", "Takeo": a province (but "Dosso" is a listed surname too)
    end = piece[-1][2]
    if len(words) == 1 and (_followed_by_role(text, end, r) or _followed_by_plural_role(text, end, r)):
        return "no"  # "Karen workers", "Nepali migrants": a people, not a person
    if re.match(r"[^\S\n\t]+\d(?![\d.,]*[^\S\n]*(?:%|per[^\S\n]?cent|[A-Z]{3}\b))", text[end:end + 24]):
        return "no"  # "Hai Feng 688", "Building 3": a name of a thing
    solo = sum(p.lower() in r.name_solo or any(h in r.name_solo for h in p.lower().split("-")[1:] or ())
               or ("-" in p and p.lower().split("-")[0] in r.name_solo) for p in parts)  # "Jean-Luc", "Al-Harbi"
    paired = sum(p.lower() in r.name_paired for p in parts)
    initials = len(words) > len(parts)
    if len(parts) > 6:
        return "no"
    start = piece[0][1]
    prev = re.search(r"([^\W\d_]+)[^\S\n]+$", text[max(0, start - 30):start])
    after_place_word = bool(prev and prev.group(1).lower() in r.place_words_before)
    if solo and (len(parts) >= 2 or initials or solo == len(parts)) and not after_place_word:
        return "yes"
    if len(parts) >= 2 and paired == len(parts) and not after_place_word:
        return "yes"
    if initials and len(parts) == 1 and len(parts[0]) > 2:
        return "yes"  # "S. Karthik"
    if len(parts) > 4 or (after_place_word and len(parts) == 1):
        return "no"
    if _owner_of_personal_thing(text, start, end, r):
        return "yes"
    if (_contact_owner(text, start, end) or (_SPEAKER_LABEL.match(text, end) and _line_start(text, start))) \
            and not any(_plain_word(p, r) for p in parts):  # "(Valentina)", "– Tenzin: \"...\"", not "Testimonio:"
        return "yes"
    if len(parts) < 2:
        joined = re.search(r"([^\W\d_]+[^\S\n]+(?:and|et|y|e)[^\S\n]+)$", text[max(0, start - 40):start])
        if not (_rare_word(parts[0], r) or _is_name_part(parts[0], r)) or (joined and _is_country(joined.group(1) + parts[0])):
            return "no"  # "Wallis and Futuna's"
        if (_POSSESSIVE.match(text, end) and _rare_word(parts[0], r)) or _AGE_AFTER.match(text, end) \
                or _clause_subject(text, start, end, r) or _person_bracket(text, end, r) \
                or (_QUOTE_BEFORE.search(text, max(0, start - 4), start) and text[end:end + 1] == ","):
            return "yes"  # "Masuma's", "Guerline, 15 ans,", "that Prabin had", "Voahangy et sa fille"
        return "single"
    if _in_cell(text, start, end) or _POSSESSIVE.match(text, end) or _AGE_AFTER.match(text, end):
        return "yes"
    if after_place_word and not (prev and prev.group(1).lower() in ("from", "à") and _given_name(parts[0], r)
                                 and (_rare_word(parts[-1], r) or (len(parts) >= 3 and all(
                                     _is_name_part(p, r) for p in parts)))):  # "à Yao Konan Kouassi"  # "messages from Erlan Dzhaksybekov", "à Mariam Sidibé"
        return "place"  # "provincias Luis Calvo": a place named after a person; so is the next one in a list
    if len(parts) >= 3 and _is_name_part(parts[0], r) and _is_name_part(parts[-1], r) \
            and sum(_plain_word(p, r) for p in parts) == 1:
        return "weak"  # "Raimundo Nonato Pereira": listed names around one word that is also a common word
    if sum(_plain_word(p, r) for p in parts) < min(2, len(parts)) and (
            _entry_follows(text, start, end) or (_sentence_start(text, start) and _kin_follows(text, end, r))):
        return "yes"  # "Notes: Hery Andrianarivo – sorter; Lova Rasoanaivo – carrier"
    if len(piece) == 3 and piece[1][0].lower() in _VIET_MIDDLE and len(parts) >= 2:
        return "weak"  # "Lam Thi Be", "Vo Van Khang": a Vietnamese middle name marks a person
    if _given_name(parts[0], r) and any(w in PARTICLES for w, _, _ in piece[1:-1]) \
            and sum(_plain_word(p, r) for p in parts) <= 1:
        return "weak"  # "Pieter van der Berg", "Maria de la Luz Quispe": a given name, then a particle inside
    if _given_name(parts[0], r) and not _plain_word(parts[0], r) and sum(_plain_word(p, r) for p in parts) <= 1 \
            and (_is_name_part(parts[-1], r) or _rare_word(parts[-1], r)):
        return "weak"  # "Nadège Saint-Fleur", "Baltazar Pu Xiloj": a given name, a surname, one ordinary word
    if 2 <= len(parts) <= 3 and sum(_plain_word(p, r) for p in parts) <= 1 and (
            any(_NAME_SHAPE.search(p) and not _plain_word(p, r) for p in parts) and not after_place_word
            or _NAME_SHAPE.search(parts[-1]) and not _plain_word(parts[-1], r) and not _plain_word(parts[0], r)):
        return "weak"  # "Stoyan Dimitrov", "Merdan Annayev", "Rasoanaivo Lalao": a surname shape of its own
    if len(parts) == 3 and not any(_plain_word(p, r) for p in parts) and not after_place_word:
        return "weak"  # "Fatou Binetou Sarr": three words of no dictionary are a person far more often than a place
    if len(parts) == 2 and not any(_plain_word(p, r) for p in parts) and _PERSON_BEFORE.search(text, max(0, start - 24),
                                                                                              start):
        return "weak"  # "translation by Basanti Hansda", "auprès de Mwamba Ilunga": a person's preposition
    if 2 <= len(parts) <= 3 and not any(_plain_word(p, r) for p in parts) and _ID_FOLLOWS.match(text, end):
        return "weak"  # "Azamat Bekov (ID AN4471095)": a person's number in brackets after unknown words
    if any(_plain_word(p, r) for p in parts):
        return "maybe"  # capitalised common words are too often bodies, programmes and places ("Border Force")
    if any(_is_name_part(p, r) for p in parts):
        return "weak"  # "Vo Van Khang", "Akello Grace": a listed name part and no ordinary word
    if not (prev and prev.group(1).lower() in r.place_words) and _running_text_follows(text, end):
        return "weak"  # "Mukendi Kalala dig": words found in no en/es/fr dictionary, in running text
    return "maybe"


def _owner_of_personal_thing(text: str, start: int, end: int, r: Rules) -> bool:
    """True when the run owns a person's thing or relative: "Kalpana's roommate", "esposa de Hilario", "la dette
    d'Oumar", "the wife of Rubel"."""
    after = _OWNS_AFTER.match(text, end)
    if after and after.group(1).lower() in r.personal_nouns and not after.group(1)[0].isupper():
        return True
    before = _OWNED_BEFORE.search(text, max(0, start - 40), start)
    noun = before.group(1) if before else ""
    heading = _sentence_start(text, before.start(1)) if before else False
    if heading and noun.lower() in _testimony_nouns() and _HEADING_AFTER.match(text, end):
        return True  # "Témoignage de Blanche (Lomé, 19 ans)", "Testimonio de Rosa, 22 años"
    label = heading and re.match(r"[^\S\n]*:", text[end:end + 20]) is not None
    return noun.lower() in r.personal_nouns and (noun.islower() or label)  # "Téléphone de Siaka :", not "Madre de Dios"


# After the person: a bracket opening on a place or an age ("(Lomé, 19 ans)", "(Zimbabwe)"), or ", 17 ans";
# not "(formato RH)" or "(SOW)".
_HEADING_AFTER = re.compile(r"[^\S\n]*(?:\((?:[A-ZÀ-Þ][^\W\d_A-ZÀ-Þ]|\d{1,2}\b)|,[^\S\n]*\d{1,2}\b)")


@lru_cache(maxsize=1)
def _testimony_nouns() -> frozenset[str]:
    """Nouns that head a person's own account ("Témoignage de ...", "Statement of ..."), from redaction.yaml."""
    return frozenset(str(w).lower() for w in lexicon_data("redaction.yaml")["name_parts"].get("testimony_nouns") or ())


_PAIR_GAP = re.compile(r"[^\S\n]+(?:and|et|y|e)[^\S\n]+")


_PLACE_PREDICATE = re.compile(
    r"[^\S\n]+(?:are|were|sont|son|fueron|ont[^\S\n]+été|have[^\S\n]+been)[^\S\n]+(?:[a-zà-ÿ-]+[^\S\n]+){0,3}?"
    r"(?:provinces?|districts?|villages?|towns?|regions?|sites?|zones?|communes?|départements?|municipios?|"
    r"provincias?|distritos?|localidades|comunidades|areas?|states?|cities|estates?|counties|townships?|visited|"
    r"visitée?s?|visités|visitados?|visitadas?)\b", re.IGNORECASE)


def _places_in_lists(text: str, cands: list[tuple[int, int, str]]) -> None:
    """A list of runs that the sentence then calls places is a list of places: "Prey Veng, Svay Rieng and Takeo are
    the main source provinces", "Cerro Rico y Llallagua fueron visitados"."""
    i = 0
    while i < len(cands):
        j = i
        while j + 1 < len(cands) and _JOIN_GAP.fullmatch(text, cands[j][1], cands[j + 1][0]):
            j += 1
        if j > i and _PLACE_PREDICATE.match(text, cands[j][1]):
            for k in range(i, j + 1):
                cands[k] = (cands[k][0], cands[k][1], "place")
        i = j + 1


def _pair_singles(text: str, cands: list[tuple[int, int, str]]) -> None:
    """Two lone unknown words joined by "and" at the start of a clause, before running text, are two people:
    "Shabnam and Zarghona weave carpets", "Modou et Cheikh Tidiane sont talibés"."""
    for i in range(len(cands) - 1):
        (s1, e1, v1), (s2, e2, v2) = cands[i], cands[i + 1]
        if v1 == "single" and v2 in ("single", "maybe") and _PAIR_GAP.fullmatch(text, e1, s2) \
                and not _is_country(text[s1:e2]) \
                and _sentence_start(text, s1) and _running_text_follows(text, e2):
            cands[i], cands[i + 1] = (s1, e1, "yes"), (s2, e2, "yes")


_SUBORDINATORS = frozenset({"because", "when", "after", "before", "although", "though", "since", "while", "until",
                           "cuando", "porque", "aunque", "quand", "lorsque", "puisque"})


def lexicon_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """Names without a cue: runs of capitalised words that hold a listed given name or surname, sit alone in a
    table cell, carry a possessive or an age, or stand in a list beside such a name ("Aya, Brou Kouadio and Yao")."""
    if r.name_run is None:
        return []
    cands: list[tuple[int, int, str]] = []
    for m in r.name_run.finditer(text):
        for piece in _segments(text, m.group(0), m.start(), r):
            first = _bare(piece[0][0])
            if len(piece) >= 3 and len(first) > 4 and _sentence_start(text, piece[0][1]) and _plain_word(first, r) \
                    and first.lower() not in r.place_prefixes and not any(_plain_word(_bare(w), r) or w.lower() in PARTICLES for w, _, _ in piece[1:]):
                piece = piece[1:]  # "Turkmène Annagurban Garayev a quitté": a capitalised word opens the sentence
            elif len(piece) >= 2 and first.lower() in _SUBORDINATORS:
                piece = piece[1:]  # "Because Dinara spoke": a function word opens the sentence
            cands.append((piece[0][1], piece[-1][2], _verdict(piece, text, r)))
    for i, (s, e, v) in enumerate(cands):  # a run without a cue beside a place in a list is a place too
        near_place = (i > 0 and cands[i - 1][2] == "place" and _JOIN_GAP.fullmatch(text, cands[i - 1][1], s)) or (
            i + 1 < len(cands) and cands[i + 1][2] == "place" and _JOIN_GAP.fullmatch(text, e, cands[i + 1][0]))
        if v == "weak":
            cands[i] = (s, e, "place" if near_place else "yes")
    _places_in_lists(text, cands)
    _pair_singles(text, cands)
    for _ in range(3):  # a clean run next to a name in a list is a name too
        changed = False
        for i, (s, e, v) in enumerate(cands):
            if v not in ("maybe", "single"):
                continue
            prev_ok = i > 0 and cands[i - 1][2] == "yes" and _JOIN_GAP.fullmatch(text, cands[i - 1][1], s)
            next_ok = i + 1 < len(cands) and cands[i + 1][2] == "yes" and _JOIN_GAP.fullmatch(text, e, cands[i + 1][0])
            if prev_ok or next_ok:
                cands[i] = (s, e, "yes")
                changed = True
        if not changed:
            break
    return [(s, e) for s, e, v in cands if v == "yes"]
