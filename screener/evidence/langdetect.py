"""Language detection restricted to the lexicon's languages (en, es, fr), with English as the fallback.

A text whose words are plainly English (``lexicons/language.yaml``: many English function words, next to none
of Spanish or French) is English without asking the statistical identifier; every other text goes to
py3langid, which is loaded on first need (about a second). A one-page English report is then scanned without
loading it at all.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from py3langid.langid import LanguageIdentifier

SUPPORTED = ("en", "es", "fr")
FALLBACK = "en"
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class EnglishCheck:
    """The plain-English check of ``lexicons/language.yaml``."""

    min_words: int
    english_share: float
    other_ratio: float
    english: frozenset[str]
    other: frozenset[str]


@functools.lru_cache(maxsize=1)
def english_check() -> EnglishCheck:
    """The function-word lists and thresholds, read once."""
    from screener.resources import lexicon_data

    data = lexicon_data("language.yaml")
    words = data["stop_words"]
    english = frozenset(str(w).lower() for w in words["en"])
    other = frozenset(str(w).lower() for lang in ("es", "fr") for w in words[lang]) - english
    return EnglishCheck(int(data["min_words"]), float(data["english_share"]), float(data["other_ratio"]),
                        english, other)


def plainly_english(sample: str) -> bool:
    """True when ``sample`` is English by its function words alone (no statistical model needed)."""
    check = english_check()
    words = _WORD.findall(sample.lower())
    if len(words) < check.min_words:
        return False
    en = sum(1 for w in words if w in check.english)
    other = sum(1 for w in words if w in check.other)
    return en >= check.english_share * len(words) and other <= check.other_ratio * en


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


def identify(sample: str, *, min_confidence: float = 0.6) -> str:
    """py3langid's most likely of en/es/fr for ``sample``; English when it is unsure."""
    lang, prob = _identifier().classify(sample)
    return lang if lang in SUPPORTED and prob >= min_confidence else FALLBACK


def detect_language(text: str, *, min_confidence: float = 0.6, sample_chars: int = 4000) -> str:
    """Most likely of en/es/fr for ``text``; English when the text is too short or the guess is unsure."""
    sample = text[:sample_chars]
    if sum(c.isalpha() for c in sample) < 12:
        return FALLBACK
    if plainly_english(sample):
        return "en"
    return identify(sample, min_confidence=min_confidence)
