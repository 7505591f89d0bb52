"""What a capitalised word is: an ordinary en/es/fr word, a listed name part, a rare word, a place or a country.

Used by the name rules in screener/redact/names.py and uncued.py; the lists come from lexicons/redaction.yaml and the generated
lexicons/redaction_names.yaml (screener/redact/patterns.py)."""
from __future__ import annotations

import gzip
import hashlib
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from screener.normalize import text_key
from screener.normalize.countries import _tables as _country_tables
from screener.redact.patterns import Rules, fold_name, rules


def _bare(word: str) -> str:
    return word.rstrip(".,")


def _is_acronym(bare: str) -> bool:
    return 2 <= len(bare) <= 3 and bare.isalpha() and bare.isupper()  # "BDT", "HR", "NGO" are not names


def _is_country(words: str) -> bool:
    """Exact country name in English, Spanish or French ("Burkina Faso", "Marruecos"); no typo tolerance, which
    would take "Omar" for Oman."""
    return len(words) > 3 and text_key(words) in _country_tables()[0]


def _is_place_or_country(words: list[str], r: Rules) -> bool:
    """True when one word or a run of up to four words is a listed place or a country ("Samut Sakhon", "Ghana")."""
    low = [w.lower() for w in words]
    for size in range(1, min(4, len(low)) + 1):
        for i in range(len(low) - size + 1):
            if " ".join(low[i:i + size]) in r.places:
                return True
            if size <= 3 and not (size == 1 and low[i] in r.name_solo) and _is_country(" ".join(words[i:i + size])):
                return True
    return False


_COMMON_LANGS = ("en", "es", "fr")


@lru_cache(maxsize=None)
def _common_forms(lang: str) -> frozenset[str]:
    """Every folded form and lemma of the lemma table of ``lang`` in spacy-lookups-data; for English also the WordNet
    index (which holds words without inflections, such as "health").

    Kept as one set per language in the cache folder of the lemma tables (keyed by the source files and this module),
    and loaded only when a word is not found in the languages before it, so an English text does not pay for the
    Spanish and French tables (about 0.25 s); an unreadable or unwritable cache is ignored."""
    from screener.evidence.textnorm import load_lemma_table, marshal_cached  # spaCy import: only when a word needs it
    data = resources.files("spacy_lookups_data") / "data"
    names = [f"{lang}_lemma_lookup.json.gz"] + (["en_lemma_index.json.gz"] if lang == "en" else [])
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in names:
        digest.update((data / name).read_bytes())

    def build() -> frozenset[str]:
        forms = frozenset(f for pair in load_lemma_table(lang).items() for f in pair)
        if lang == "en":
            raw = (data / "en_lemma_index.json.gz").read_bytes()
            forms |= frozenset(w for words in json.loads(gzip.decompress(raw)).values() for w in words)  # uninflected
        return forms

    return marshal_cached(f"common-forms-{lang}-{digest.hexdigest()[:20]}", frozenset, build)


def _is_listed_form(p: str) -> bool:
    """True when ``p`` (folded) is a form or lemma of any of the three languages, English looked at first."""
    return any(p in _common_forms(lang) for lang in _COMMON_LANGS)


_VIETNAMESE = re.compile("[ăĂđĐơƠưƯ\u1ea0-\u1ef9]")


@lru_cache(maxsize=1 << 16)
def _is_common_word(word: str) -> bool:
    """True when ``word`` is an ordinary English, Spanish or French word (an inflected form or a lemma), not a
    dictionary word that is mostly written capitalised ("Armando", "Beatrice", "Maputo"). Remembered per word."""
    from screener.evidence.textnorm import fold
    if _VIETNAMESE.search(word):
        return False  # "Hùng", "THẮNG": letters no en/es/fr word has
    r = rules()
    function_words, proper = r.function_words, r.proper_words  # "among", "entre": in no lemma table
    parts = [fold(h) for h in word.split("-") if h]
    return any(p not in proper and (p in function_words or _is_listed_form(p)) for p in parts)


def _is_name_part(word: str, r: Rules) -> bool:
    """True when ``word`` is a listed given name or surname, alone or beside another part."""
    low = word.lower()
    return low in r.name_solo or low in r.name_paired or low in r.name_family


def _given_name(word: str, r: Rules) -> bool:
    """True when ``word`` is a listed or generated given name ("Erlan" in "messages from Erlan Dzhaksybekov")."""
    low = word.lower()
    return low in r.given_names or (low in r.name_solo and low not in r.surnames)


def _plain_word(word: str, r: Rules) -> bool:
    """An ordinary word that is no listed name part: it makes a run of capitalised words a heading or a body."""
    return _is_common_word(word) and not _is_name_part(word, r)


def _rare_word(word: str, r: Rules) -> bool:
    """One capitalised word that is no dictionary word, no proper noun of the dictionaries and no acronym: in a list
    beside a name it is a name too ("Phouvong and Bounmy Sisavath")."""
    return (len(word) > 2 and not re.search(r"(?<![-'’])[A-Z]", word[1:]) and word not in r.not_names  # not "WhatsApp"
            and word not in r.stop_words
            and not _is_common_word(word) and fold_name(word) not in r.proper_words)


def _all_plain(name: str, r: Rules) -> bool:
    """True when every word of ``name`` but its initials is a common word ("U.S. Immigration", "Labour Office")."""
    words = [_bare(w) for w in name.split() if not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", w)]
    return bool(words) and all(_plain_word(w, r) for w in words)
