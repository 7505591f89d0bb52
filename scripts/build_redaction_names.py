"""Build lexicons/redaction_names.yaml: given names and surnames for redaction, and the dictionary words that are
mostly written capitalised (proper nouns such as "Armando", "Beatrice", "Maputo").

Sources (both MIT-licensed; their copyright notices are recorded in the output file):
- Faker's person providers (https://pypi.org/project/Faker/): first and last names of its Latin-script locales;
- spaCy (a dependency): the en/es/fr stop-word lists;
- spacy-lookups-data (already a dependency): lemma tables of en/es/fr and the en/es lexeme probabilities, which
  record cased forms ("Armando" vs "armando").

A name that is an ordinary word (written lower-case more often than capitalised in English and Spanish text, or a
French word) is kept as a paired part when it is mostly written capitalised somewhere and is no English word, else
dropped; places (countries and ISO 3166-2
subdivisions from pycountry) are dropped.

Usage: python scripts/build_redaction_names.py PATH_TO_UNPACKED_FAKER_WHEEL [FAKER_VERSION]
"""
from __future__ import annotations

import gzip
import importlib
import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

import pycountry
import yaml

from screener.evidence.textnorm import fold, load_lemma_table

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "lexicons" / "redaction_names.yaml"
MARGIN = 1.0  # log-probability by which the capitalised form must beat the lower-case one
RARE_LOWER = -13.0  # and the lower-case form must be rarer than this ("salud", "federation" are ordinary words)


def _latin(word: str) -> bool:
    return bool(word) and word[0].isupper() and all(
        (c.isalpha() and "LATIN" in unicodedata.name(c, "")) or c in "-'’" for c in word)


def _probs(lang: str) -> dict[str, float]:
    raw = (resources.files("spacy_lookups_data") / "data" / f"{lang}_lexeme_prob.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))


def _faker_names(path: str) -> tuple[set[str], set[str]]:
    sys.path.insert(0, path)
    base = Path(path) / "faker" / "providers" / "person"
    given: set[str] = set()
    family: set[str] = set()
    for loc in sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("_")):
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attrs, bucket in ((("first_names", "first_names_male", "first_names_female"), given),
                              (("last_names", "last_names_male", "last_names_female"), family)):
            for attr in attrs:
                value = getattr(provider, attr, None)
                if isinstance(value, (tuple, list, dict, set, frozenset)):
                    bucket.update(w.strip() for w in value if isinstance(w, str) and " " not in w.strip())
    return {w for w in given if _latin(w) and len(w) > 2}, {w for w in family if _latin(w) and len(w) > 2}


def main(argv: list[str]) -> int:
    faker_path, faker_version = argv[0], (argv[1] if len(argv) > 1 else "")
    en, es = _probs("en"), _probs("es")
    tables = {lang: load_lemma_table(lang) for lang in ("en", "es", "fr")}
    raw = (resources.files("spacy_lookups_data") / "data" / "en_lemma_index.json.gz").read_bytes()
    wordnet = {w for words in json.loads(gzip.decompress(raw)).values() for w in words}
    known = {lang: set(t) | set(t.values()) for lang, t in tables.items()}
    known["en"] |= wordnet
    function_words = {lang: {fold(w) for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS}
                      for lang in known}
    for lang in known:  # function words ("among", "entre") are in no lemma table
        known[lang] |= function_words[lang]

    def cap_lead(word: str, probs: dict[str, float]) -> float | None:
        """log P(Capitalised) - log P(lower case); None when neither form is recorded."""
        cap, low = probs.get(word[:1].upper() + word[1:].lower()), probs.get(word.lower())
        if cap is None and low is None:
            return None
        return (cap if cap is not None else -25.0) - (low if low is not None else -25.0)

    def proper_in(word: str, probs: dict[str, float]) -> bool:
        """Written capitalised clearly more often than lower case, and rare in lower case."""
        lead, low = cap_lead(word, probs), probs.get(word.lower())
        return lead is not None and lead > MARGIN and (low is None or low < RARE_LOWER)

    def proper(word: str) -> bool:
        return proper_in(word, en) or proper_in(word, es)

    def ordinary(word: str) -> bool:
        """An English, Spanish or French word that is not mostly written capitalised in that language (French
        words count as ordinary: there are no French probabilities to tell)."""
        key = fold(word)
        in_en, in_es, in_fr = (key in known[lang] for lang in ("en", "es", "fr"))
        return (in_en and not proper_in(word, en)) or (in_es and not proper_in(word, es)) or (
            in_fr and not in_en and not in_es)

    places = {fold(c.name) for c in pycountry.countries} | {fold(s.name) for s in pycountry.subdivisions}
    given_raw, family_raw = _faker_names(faker_path)
    given = sorted(w for w in given_raw if not ordinary(w) and fold(w) not in places)
    def english_word(word: str) -> bool:
        return fold(word) in known["en"] and not proper_in(word, en)

    # Given names that are also Spanish or French words ("Armando", "Rosario"), never English ones ("Press", "Rush").
    given_paired = sorted(w for w in given_raw if ordinary(w) and proper(w) and not english_word(w)
                          and fold(w) not in places)
    family = sorted(w for w in family_raw - given_raw if not ordinary(w) and fold(w) not in places)

    # Dictionary words (folded) that are mostly written capitalised: proper nouns, not ordinary words.
    keys = known["en"] | known["es"] | known["fr"]
    proper_words = sorted(k for k in keys if k.isalpha() and len(k) > 2 and not ordinary(k) and proper(k))

    data = {
        "version": "2026.12.1",
        "source": ("Given names and surnames: Faker person providers, Latin-script locales"
                   f"{' (Faker ' + faker_version + ')' if faker_version else ''}, https://pypi.org/project/Faker/, "
                   "filtered by scripts/build_redaction_names.py. Proper-noun words: spacy-lookups-data 1.0.5 "
                   "(en/es/fr lemma tables, English WordNet index, en/es lexeme probabilities); function words: spaCy 3 "
                   "stop-word lists (en, es, fr)."),
        "licence": ("MIT (Faker: Copyright (c) 2012 Daniele Faraglia; spacy-lookups-data: Copyright (C) 2019 "
                    "ExplosionAI GmbH; spaCy: Copyright (C) 2016-2024 ExplosionAI GmbH, Matthew Honnibal; WordNet 3.0 licence, Princeton University, for the English index). "
                    "The lists are derived data; the MIT notices are kept here as the licences ask."),
        "given_names": given,
        "given_names_paired": given_paired,
        "surnames": family,
        "proper_words": proper_words,
        # spaCy's en/es/fr stop words (folded): function words that no lemma table holds ("among", "entre").
        "function_words": sorted(set().union(*function_words.values())),
    }
    for key in ("given_names", "given_names_paired", "surnames", "proper_words", "function_words"):
        data[key] = " ".join(data[key])  # one space-separated string per list: read ten times faster than a list
    header = ("# Generated by scripts/build_redaction_names.py; do not edit by hand (edit lexicons/redaction.yaml,\n"
              "# whose lists win over this file). Used by screener/redact/uncued.py for names without a cue.\n"
              "# Each list is one string of words separated by spaces.\n")
    OUT.write_text(header + yaml.safe_dump(data, allow_unicode=True, width=120, sort_keys=False), encoding="utf-8")
    print(f"{len(given)} given names, {len(given_paired)} paired given names, {len(family)} surnames, "
          f"{len(proper_words)} proper-noun words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
