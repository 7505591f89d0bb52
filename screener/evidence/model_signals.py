"""Signals a model finding needs before it counts: for an indicator whose words are also the words of sentences
that state nothing ("pay", "salaire"), the sentence must hold a word that says the thing happened ("unpaid",
"only", "sin", "retenus"). Data: ``lexicons/model_signals.yaml``."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from screener.evidence.textnorm import fold
from screener.resources import lexicon_data

LEXICON = "model_signals.yaml"


@dataclass(frozen=True)
class SignalWords:
    """One indicator's signal words in one language: whole words, and prefixes (entries ending in "*")."""

    words: frozenset[str]
    prefixes: tuple[str, ...]

    def first_in(self, forms: Iterable[str]) -> str | None:
        """The first of the folded word ``forms`` that is a signal (None: none is)."""
        for form in forms:
            if form in self.words or form.startswith(self.prefixes):
                return form
        return None


@lru_cache(maxsize=8)
def signal_table(lang: str) -> dict[str, SignalWords]:
    """The indicators of ``lang`` that need a signal, with their signal words (empty: none needs one)."""
    out: dict[str, SignalWords] = {}
    for indicator, by_lang in lexicon_data(LEXICON)["indicators"].items():
        entries = [fold(w) for w in by_lang.get(lang, ())]
        if entries:
            out[indicator] = SignalWords(frozenset(w for w in entries if not w.endswith("*")),
                                         tuple(w[:-1] for w in entries if w.endswith("*")))
    return out


def lacks_signal(forms: Iterable[str], indicator: str, lang: str) -> bool:
    """Whether ``indicator`` needs a signal word in ``lang`` and none of the folded word ``forms`` is one (``forms``
    is read only for such an indicator)."""
    signals = signal_table(lang).get(indicator)
    return signals is not None and signals.first_in(forms) is None
