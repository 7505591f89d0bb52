"""Token normalisation: case- and accent-folded NORM, lookup LEMMA, OCR repair and broken hyphenation.

The lookup lemmatizer of spacy-lookups-data is case-sensitive, so every form is lowercased and folded
before the lookup. Unknown tokens get OCR repairs (``rn``->``m``, ``1``->``l``, ``0``->``o``) and then the
fuzzy stage (:mod:`screener.evidence.fuzzy`). Results are cached per distinct token form.
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import json
import marshal
import os
import re
import unicodedata
from itertools import chain
from importlib import resources
from pathlib import Path
from collections.abc import Callable, Iterable
from typing import TypeVar, cast

import numpy as np
from spacy.attrs import LEMMA, LOWER, NORM
from spacy.tokens import Doc

from screener.evidence.fuzzy import FuzzyCorrector

_M = TypeVar("_M")

_APOS_FORMS = ("’", "‘", "`", "´")
_APOS = str.maketrans(dict.fromkeys(_APOS_FORMS, "'"))
_BROKEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=\w)")
_OCR_DIGITS = str.maketrans({"1": "l", "0": "o", "5": "s"})
_CACHE_LIMIT = 400_000
MAX_SYMBOL_RUN = 32
_SYMBOL_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_SYMBOL_RUN + 1))


def break_symbol_runs(text: str) -> str:
    """Break runs of punctuation and symbols ("!!!!…") longer than MAX_SYMBOL_RUN with a space every
    MAX_SYMBOL_RUN + 1 characters. The length and every other character stay the same, so offsets still
    refer to the input; the tokenizer's suffix search, quadratic on one long punctuation token, stays linear.
    """
    if not _SYMBOL_RUN.search(text):
        return text
    step = MAX_SYMBOL_RUN + 1

    def cut(m: re.Match) -> str:
        run = m.group(0)
        return "".join(run[i:i + MAX_SYMBOL_RUN] + (" " if i + step <= len(run) else run[i + MAX_SYMBOL_RUN:i + step])
                       for i in range(0, len(run), step))

    return _SYMBOL_RUN.sub(cut, text)


def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes and join broken hyphenation ("with- held")."""
    low = text.lower()
    if low.isascii():  # of the apostrophe forms only "`" is ASCII (str.translate is slow: most words skip it)
        if "`" in low:
            low = low.replace("`", "'")
        if "- " in low or "-\n" in low:
            low = _BROKEN_HYPHEN.sub("", low)
        return low
    low = low.translate(_APOS)
    if "- " in low or "-\n" in low:
        low = _BROKEN_HYPHEN.sub("", low)
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def fold_many(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]``, computed on one joined string (fast for whole lemma tables)."""
    if not texts:
        return []
    joined = "\x00".join(texts)  # NUL is neither cased nor whitespace: pieces fold independently
    low = joined.lower()
    if not low.isascii():  # str.replace is far faster than str.translate on non-ASCII text
        for a in _APOS_FORMS:
            low = low.replace(a, "'")
        low = unicodedata.normalize("NFKD", low)
        for mark in {c for c in set(low) if unicodedata.combining(c)}:
            low = low.replace(mark, "")
    else:
        low = low.replace("`", "'")
    out = low.split("\x00")
    if len(out) != len(texts):  # a text contained NUL itself
        return [fold(t) for t in texts]
    for i, t in (enumerate(texts) if "- " in joined or "-\n" in joined else ()):
        if "- " in t or "-\n" in t:  # broken hyphenation is joined before accents are stripped
            out[i] = fold(t)
    return out


CACHE_ENV = "SCREENER_CACHE_DIR"


def cache_dir() -> Path:
    """Where derived tables are cached: env ``SCREENER_CACHE_DIR``, else ``$XDG_CACHE_HOME/screener``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "screener"


def _build_lemma_table(raw: bytes) -> dict[str, str]:
    table = json.loads(gzip.decompress(raw))
    forms = [str(f) for f in table]
    lemmas = [str((v[0] if v else f) if isinstance(v, list) else v) for f, v in zip(forms, table.values())]
    out: dict[str, str] = {}
    for f, lf in zip(fold_many(forms), fold_many(lemmas)):
        out.setdefault(f, lf)
    return out


@functools.lru_cache(maxsize=None)
def load_lemma_table(lang: str) -> dict[str, str]:
    """Folded form -> folded lemma, from the spacy-lookups-data lookup table of ``lang``.

    Loaded once per process and shared: callers must not modify it. The folded table is also kept in
    :func:`cache_dir`, keyed by the source table and this module, so later processes start faster; an
    unreadable or unwritable cache is ignored.
    """
    raw = (resources.files("spacy_lookups_data") / "data" / f"{lang}_lemma_lookup.json.gz").read_bytes()
    key = hashlib.sha256(raw + Path(__file__).read_bytes()).hexdigest()[:20]
    return marshal_cached(f"lemma-{lang}-{key}", dict, lambda: _build_lemma_table(raw))


def marshal_cached(name: str, kind: type[_M], build: Callable[[], _M]) -> _M:
    """``build()``, kept as ``name``.marshal in :func:`cache_dir` so that later processes read it instead; ``name``
    must change with everything the value is made from. An unreadable, unwritable or foreign cache file is ignored."""
    cached = cache_dir() / f"{name}.marshal"
    try:
        got = marshal.loads(cached.read_bytes())
        if isinstance(got, kind):
            return got
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))  # type: ignore[arg-type]  # callers build dicts and sets of str
        os.replace(tmp, cached)
    except OSError:
        pass
    return value


class TokenNormalizer:
    """Sets NORM (folded form) and LEMMA (lookup lemma of the folded form) on docs of one language."""

    def __init__(self, vocab, lang: str, extra_known: Iterable[str], fuzzy: FuzzyCorrector | None,
                 min_fuzzy_len: int = 5) -> None:
        self.vocab, self.lang = vocab, lang
        self.lemmas = load_lemma_table(lang)
        self.known: set[str] = set(self.lemmas) | set(self.lemmas.values()) | {fold(w) for w in extra_known}
        self.fuzzy = fuzzy
        self.min_fuzzy_len = min_fuzzy_len
        self._cache: dict[int, tuple[int, int]] = {}  # LOWER hash -> (NORM hash, LEMMA hash)
        self._fixed: set[int] = set()  # LOWER hashes of forms repaired by OCR/fuzzy rules

    def lemma(self, folded: str) -> str:
        """Lemma of an already folded form (the form itself when the table has none)."""
        return self.lemmas.get(folded, folded)

    def _ocr(self, w: str) -> str | None:
        if "rn" not in w and w.isalpha():  # no digit to read as a letter, no "rn" to read as "m"
            return None
        cands = []
        if any(c.isdigit() for c in w) and any(c.isalpha() for c in w):
            cands.append(w.translate(_OCR_DIGITS))
        for c in list(cands) + [w]:
            if "rn" in c:
                cands.append(c.replace("rn", "m"))
                first = c.find("rn")
                cands.append(c[:first] + "m" + c[first + 2:])
        for c in cands:
            if c in self.known and c.isalpha():
                return c
        return None

    def resolve(self, text: str) -> tuple[str, str, bool]:
        """(norm, lemma, corrected) for one token text."""
        w = fold(text)
        corrected = False
        if w not in self.known and len(w) >= 3 and (w.isalpha() or any(c.isalpha() for c in w)):
            fixed = self._ocr(w)
            if fixed is None and self.fuzzy is not None and len(w) >= self.min_fuzzy_len and w.isalpha():
                fixed = self.fuzzy.correct(w)
            if fixed is not None:
                w, corrected = fixed, True
        return w, self.lemma(w), corrected

    def prepare(self, docs: list[Doc]) -> None:
        """Work out at once the fuzzy repairs that ``normalize`` of ``docs`` will ask for: the forms not yet
        cached that ``resolve`` would compare fuzzily go to ``FuzzyCorrector.prepare`` together (cheaper than
        one by one); ``normalize`` then gives exactly what it gives without this."""
        if self.fuzzy is None or not docs:
            return
        cache, strings, known = self._cache, self.vocab.strings, self.known
        lowers = np.unique(np.concatenate([doc.to_array(LOWER) for doc in docs])).tolist()
        words = []
        for h in lowers:
            if h not in cache:
                w = fold(strings[h])
                if len(w) >= self.min_fuzzy_len and w not in known and w.isalpha() and self._ocr(w) is None:
                    words.append(w)
        self.fuzzy.prepare(words)

    def __call__(self, doc: Doc) -> list[int]:
        """Set NORM and LEMMA on every token; return the indices of tokens repaired by OCR/fuzzy rules."""
        return self.normalize(doc)[1]

    def normalize(self, doc: Doc) -> tuple[np.ndarray, list[int]]:
        """Set NORM and LEMMA on every token; return the (tokens x [NORM, LEMMA]) hash array that was set
        and the indices of tokens repaired by OCR/fuzzy rules."""
        if len(doc) == 0:
            return np.zeros((0, 2), dtype="uint64"), []
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
            self._fixed.clear()
        lowers = doc.to_array(LOWER).tolist()
        cache = self._cache
        pairs = list(map(cache.get, lowers))
        if None in pairs:
            strings = self.vocab.strings
            for i, h in enumerate(lowers):
                if pairs[i] is None:
                    pair = cache.get(h)  # the same form may occur twice in one doc
                    if pair is None:
                        norm, lemma, fixed = self.resolve(strings[h])
                        pair = cache[h] = (strings.add(norm), strings.add(lemma))
                        if fixed:
                            self._fixed.add(h)
                    pairs[i] = pair
        done = cast("list[tuple[int, int]]", pairs)  # every slot was filled above
        arr = np.fromiter(chain.from_iterable(done), dtype="uint64", count=2 * len(done)).reshape(-1, 2)
        doc.from_array([NORM, LEMMA], arr)  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray alias
        if self._fixed.isdisjoint(lowers):
            return arr, []
        return arr, [i for i, h in enumerate(lowers) if h in self._fixed]


def merge_broken_hyphens(doc: Doc, known: set[str]) -> None:
    """Merge "with", "-", "held" into one token when the joined word is known ("with- held")."""
    spans = []
    i = 0
    while i + 1 < len(doc):
        a, h, b = doc[i], doc[i + 1], doc[i + 2] if i + 2 < len(doc) else None
        if (len(a.text) > 1 and a.text.endswith("-") and a.whitespace_ and h.is_alpha
                and fold(a.text[:-1] + h.text) in known):
            spans.append(doc[i:i + 2])
            i += 2
        elif (b is not None and h.text == "-" and not a.whitespace_ and h.whitespace_ and a.is_alpha
              and b.is_alpha and fold(a.text + b.text) in known):
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retok:
            for sp in spans:
                retok.merge(sp)
