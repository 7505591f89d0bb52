"""Features of the learned sentence model: word n-grams (1-3) and character n-grams (3-5, inside words).

The same code featurises text for training and at run time, so the two can never disagree. Words are
lower-cased, accents are folded and every run of digits becomes its band ("11 hours" and "12 hours" give
the same n-grams, "48 hours" and "84 hours" do not). Feature values are counts scaled by ``1 / sqrt(number of n-grams of the text)``, a scale
that depends on the text alone (not on the vocabulary), so a pruned vocabulary scores exactly as the
fitted one on the features it keeps.

Feature names: ``"w:" + words joined by spaces`` and ``"c:" + characters`` (a word is padded with one
space on each side, as scikit-learn's ``char_wb`` analyser does).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

WORD_NGRAMS = (1, 2, 3)
CHAR_NGRAMS = (3, 4, 5)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Token:
    """One word of a sentence: its folded form and its character offsets in the sentence as written."""

    form: str
    start: int
    end: int


# numbers keep their order of magnitude, in bands that matter in audit text (hours a day, ages, hours a
# week, hours a month, years): "12 hours" and "11 hours" read alike, "48 hours" and "84 hours" do not
_NUMBER_BANDS = ((10, "n0"), (12, "n11"), (15, "n13"), (17, "n16"), (40, "n18"), (48, "n41"), (60, "n49"),
                 (99, "n61"), (999, "n100"), (1899, "n1000"), (2099, "nyear"))


def number_band(digits: str) -> str:
    """The band name of a run of digits (see ``_NUMBER_BANDS``); "nbig" above them."""
    if len(digits) > 4:
        return "nbig"
    v = int(digits)
    for top, name in _NUMBER_BANDS:
        if v <= top:
            return name
    return "nbig"


def _band(m: re.Match) -> str:
    return number_band(m.group())


def fold_word(word: str) -> str:
    """Lower-case, strip accents and turn every run of digits into its number band ("14" -> "n13")."""
    low = word.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    if not low.isalpha():
        low = _DIGITS.sub(_band, low)
    return low


def tokenize(text: str) -> list[Token]:
    """Words and numbers of ``text`` (letters and digits; punctuation and underscores split them)."""
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        out.append(Token(w.lower() if w.isalpha() and w.isascii() else fold_word(w), m.start(), m.end()))
    return out


_FOLDED: dict[str, str] = {}  # lower-case ASCII words with digits ("12", "2nd", "h24") -> fold_word of them
_FOLDED_MAX = 50_000


def _fold_ascii(word: str) -> str:
    """``fold_word`` of a lower-case ASCII word with digits, kept per word (numbers repeat: 1, 12, 2024)."""
    got = _FOLDED.get(word)
    if got is None:
        got = fold_word(word)
        if len(_FOLDED) < _FOLDED_MAX:
            _FOLDED[word] = got
    return got


def word_forms(text: str) -> list[str]:
    """The folded forms of ``tokenize(text)``, without offsets (the fast path of scoring)."""
    if text.isascii():  # lower-casing ASCII maps letters to letters: the same words, lower-cased once
        return [w if w.isalpha() else _fold_ascii(w) for w in _TOKEN.findall(text.lower())]
    return [w.lower() if w.isalpha() and w.isascii() else fold_word(w) for w in _TOKEN.findall(text)]


def char_grams(form: str) -> list[str]:
    """Character n-grams of one folded word, padded with a space on each side (``char_wb``)."""
    padded = f" {form} "
    n = len(padded)
    return ["c:" + padded[i:i + k] for k in CHAR_NGRAMS for i in range(n - k + 1)]


def char_gram_count(form: str) -> int:
    """How many character n-grams ``char_grams(form)`` gives, without building them."""
    n = len(form) + 2
    return max(0, n - 2) + max(0, n - 3) + max(0, n - 4)  # k = 3, 4, 5 (CHAR_NGRAMS)


def word_grams(forms: list[str]) -> list[tuple[str, int, int]]:
    """Word n-grams as (feature name, first token index, last token index + 1)."""
    out = []
    n = len(forms)
    for k in WORD_NGRAMS:
        for i in range(n - k + 1):
            out.append(("w:" + " ".join(forms[i:i + k]), i, i + k))
    return out


def n_features(tokens: list[Token]) -> int:
    """Number of n-grams (with repeats) of a tokenised text: the denominator of the feature scale."""
    n = len(tokens)
    words = sum(max(0, n - k + 1) for k in WORD_NGRAMS)
    return words + sum(char_gram_count(t.form) for t in tokens)


def scale_of(tokens: list[Token]) -> float:
    """The value of one occurrence of an n-gram in this text: ``1 / sqrt(n_features)`` (0 for no words)."""
    n = n_features(tokens)
    return 1.0 / math.sqrt(n) if n else 0.0


def featurize(text: str) -> dict[str, float]:
    """All features of ``text`` with their values (training side; the run-time scorer sums the same)."""
    tokens = tokenize(text)
    scale = scale_of(tokens)
    counts: Counter[str] = Counter()
    for t in tokens:
        counts.update(char_grams(t.form))
    counts.update(name for name, _, _ in word_grams([t.form for t in tokens]))
    return {k: v * scale for k, v in counts.items()}
