"""Language detection restricted to the lexicon's languages (en, es, fr), with English as the fallback."""
from __future__ import annotations

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SUPPORTED = ("en", "es", "fr")
FALLBACK = "en"


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect_language(text: str, *, min_confidence: float = 0.6, sample_chars: int = 4000) -> str:
    """Most likely of en/es/fr for ``text``; English when the text is too short or the guess is unsure."""
    sample = text[:sample_chars]
    if sum(c.isalpha() for c in sample) < 12:
        return FALLBACK
    lang, prob = _identifier().classify(sample)
    return lang if lang in SUPPORTED and prob >= min_confidence else FALLBACK
