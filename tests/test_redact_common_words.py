"""The ordinary-word test of redaction reads one cached set per language (English first); the answers are those
of the lemma tables themselves, and a missing or broken cache file only costs time."""
from __future__ import annotations

from pathlib import Path

import pytest

from screener.evidence.textnorm import CACHE_ENV, fold, load_lemma_table
from screener.redact import words

WORDS = ["health", "Workers", "trabajadores", "travailleurs", "pasaportes", "Ramesh", "Tamang", "Nguyen", "among"]


def _fresh() -> None:
    words._common_forms.cache_clear()
    words._is_common_word.cache_clear()


def _from_tables(word: str) -> bool:
    tables = [load_lemma_table(lang) for lang in ("en", "es", "fr")]
    r = words.rules()
    p = fold(word)
    return p not in r.proper_words and (p in r.function_words or any(p in t or p in t.values() for t in tables)
                                        or p in words._common_forms("en"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    _fresh()
    yield tmp_path
    _fresh()


def test_answers_match_the_tables_and_the_sets_are_cached(cache: Path) -> None:
    got = {w: words._is_common_word(w) for w in WORDS}
    assert got == {w: _from_tables(w) for w in WORDS}
    assert got["trabajadores"] and got["travailleurs"] and got["health"] and not got["Ramesh"]
    assert {p.name.split("-")[2] for p in cache.glob("common-forms-*.marshal")} == {"en", "es", "fr"}


def test_an_english_word_does_not_load_the_other_languages(cache: Path) -> None:
    assert words._is_common_word("passports")
    assert [p.name.split("-")[2] for p in cache.glob("common-forms-*.marshal")] == ["en"]


def test_a_broken_cache_file_is_ignored(cache: Path) -> None:
    words._is_common_word("Ramesh")  # loads and caches every language
    for p in cache.glob("common-forms-*.marshal"):
        p.write_bytes(b"not marshal")
    _fresh()
    assert {w: words._is_common_word(w) for w in WORDS} == {w: _from_tables(w) for w in WORDS}
