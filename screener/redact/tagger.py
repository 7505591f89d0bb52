"""A statistical name tagger: a logistic model over token features that finds personal names with no cue at all
("Wilfrid nous a écrit", "Kishore and Lachman work at a kiln", "Иван Петров, Олена Коваленко").

The model (``models/name_tagger.json``) is trained offline by scripts/train_name_tagger.py on synthetic audit
sentences filled with Faker names of many locales, and on name-free report sentences (corpus/) as negatives. It is a
table of feature weights read as plain JSON: no pickle, no network. Each capitalised (or caseless-script) word gets
a probability of being part of a name from its shape, script, suffix, place in the sentence, list membership (given
names, surnames, places, ordinary words) and its neighbours. screener/redact/tagger_spans.py turns the word
probabilities into spans, each with its reason ("name tagger, p=0.93").

Used by screener/redact/names.py beside the cue rules; those keep their spans, the tagger only adds.
"""
from __future__ import annotations

import dataclasses
import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple, Protocol

from screener.redact.patterns import Rules, fold_name, rules

MODEL_FILE = "name_tagger.json"
FIRST_PASS_FLOOR = 0.1  # the second pass runs only where some word reaches this in the first

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![^\W_])|[^\W_]+|\n|\t|[^\w\s]")  # "P4812037B": one token
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
JOINERS = frozenset({"de", "del", "da", "das", "do", "dos", "van", "von", "der", "den", "le", "la", "bin", "binti",
                      "bint", "ibn", "al", "el", "thi", "mint", "ould", "ben", "vda", "di", "du", "den", "ter", "ten",
                      "della", "degli", "zu", "bte", "binte"})
_SCRIPTS = (("LATIN", "lat"), ("CYRILLIC", "cyr"), ("CJK", "han"), ("ARABIC", "ara"), ("DEVANAGARI", "dev"),
            ("THAI", "thai"), ("GREEK", "grk"), ("HANGUL", "kor"), ("HIRAGANA", "jpn"), ("KATAKANA", "jpn"),
            ("BENGALI", "ben"), ("HEBREW", "heb"), ("GEORGIAN", "geo"), ("ARMENIAN", "arm"), ("TAMIL", "tam"))


class WordLists(Protocol):
    """What the features ask of the lexicon: the lists a word belongs to, and whether words name a town."""

    def kinds(self, word: str) -> tuple[str, ...]: ...

    def place_run(self, words: list[str]) -> bool: ...

    def name_likeness(self, word: str) -> str: ...


class Token(NamedTuple):
    """One token of the text: a word, a number, a line break, a tab or one punctuation mark."""

    text: str
    start: int
    end: int


def tagger_enabled() -> bool:
    """False when SCREENER_NAME_TAGGER=0: the name rules alone, as before the tagger (for comparison)."""
    return os.environ.get("SCREENER_NAME_TAGGER", "1") != "0"


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens and apostrophes), numbers, line breaks, tabs and punctuation marks, with offsets."""
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1 << 14)
def script(word: str) -> str:
    """A short name of the writing system of the word's first letter ("lat", "cyr", "han", "ara", ...)."""
    try:
        name = unicodedata.name(word[0])
    except ValueError:
        return "other"
    for key, short in _SCRIPTS:
        if name.startswith(key):
            return short
    return "other"


def shape(word: str) -> str:
    """The word's case pattern: "Xx", "X", "XX", "x", "Xx-Xx", "xX" (mixed), "d" (digits) or "p" (punctuation);
    caseless scripts give "c"."""
    if word.isdigit():
        return "d"
    if not word[0].isalpha():
        return {"\n": "nl", "\t": "tab", "|": "bar"}.get(word, "p")
    if not word.lower() != word.upper():
        return "c"  # Chinese, Arabic, Devanagari, Thai: no case
    if "-" in word or "'" in word or "’" in word:
        return "-".join(shape(p) for p in re.split(r"[-'’]", word) if p)[:9]
    if word.isupper():
        return "X" if len(word) == 1 else "XX"
    if word[0].isupper():
        return "Xx" if word[1:].islower() else "XxX"
    return "x"


def is_word(token: str) -> bool:
    """True for a token of letters (with inner hyphens or apostrophes), not a number or a code such as "P4812037B"."""
    return token[0].isalpha() and _WORD.fullmatch(token) is not None


def is_candidate(word: str) -> bool:
    """A word the tagger judges: one that opens with a capital, or a word of a caseless script."""
    c = word[0]
    return c.isupper() or (c.isalpha() and c.lower() == c.upper())


def _position(tokens: list[Token], i: int) -> str:
    if i == 0:
        return "first"
    prev = tokens[i - 1].text
    if prev in (".", "!", "?", "\n", ":", ";", "|", "\t", "•", "-", "–", "—", "(", "\"", "“", "«", ",", "/", "*"):
        return "after" + {"\n": "nl", "\t": "tab", "\"": "q", "“": "q", "«": "q", "–": "-", "—": "-"}.get(prev, prev)
    return "mid"


def _word_key(tok: Token | None) -> str:
    if tok is None:
        return "<s>"
    return tok.text.lower() if tok.text[0].isalpha() else tok.text


def features(tokens: list[Token], i: int, lists: WordLists) -> list[str]:
    """The feature names of token ``i`` (a candidate word) for the logistic model."""
    tok = tokens[i].text
    low = tok.lower()
    sc = script(tok)
    sh = shape(tok)
    pos = _position(tokens, i)
    prev = tokens[i - 1] if i else None
    prev2 = tokens[i - 2] if i > 1 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    nxt2 = tokens[i + 2] if i + 2 < len(tokens) else None
    kinds = lists.kinds(tok)
    n = len(tok)
    length = "1" if n == 1 else "2" if n == 2 else "3" if n == 3 else "45" if n <= 5 else "68" if n <= 8 else "9"
    out = ["bias", f"sh={sh}", f"sc={sc}", f"len={length}", f"pos={pos}", f"w={low}", f"sh|pos={sh}|{pos}",
           f"sc|len={sc}|{length}"]
    out += [f"k={k}" for k in kinds]
    like = lists.name_likeness(tok)
    if like:
        out += [f"like={like}", f"like|pos={like}|{pos}", f"like|common={like}|{'common' in kinds}"]
    for a, b in ((i - 1, i + 1), (i, i + 2), (i - 2, i + 1), (i - 1, i + 2), (i, i + 3)):
        if a >= 0 and b <= len(tokens) and b - a > 1 and lists.place_run([t.text for t in tokens[a:b]]):
            out.append("k=townrun")  # "San Pedro Sula", "Pointe Noire"
            break
    out += [f"k|pos={k}|{pos}" for k in kinds]
    if sc == "lat" and n > 3:
        out += [f"s3={low[-3:]}", f"s2={low[-2:]}", f"p2={low[:2]}"]
    for tag, t in (("p", prev), ("n", nxt)):
        key = _word_key(t)
        out.append(f"{tag}w={key}")
        if t is not None and t.text[0].isalpha():
            tsh = shape(t.text)
            out.append(f"{tag}sh={tsh}")
            out.append(f"{tag}sh|sh={tsh}|{sh}")
            if not is_candidate(t.text) and len(t.text) > 3:
                tl = t.text.lower()
                out += [f"{tag}s2={tl[-2:]}", f"{tag}s3={tl[-3:]}"]  # "lives", "worked", "travaillait"
            if is_candidate(t.text):
                tk = lists.kinds(t.text)
                out += [f"{tag}k={k}" for k in tk]
                if sc != "lat":
                    out.append(f"{tag}sc={script(t.text)}")
        elif t is not None:
            out.append(f"{tag}sh={shape(t.text)}")
    out.append(f"pw2={_word_key(prev2)}")
    out.append(f"nw2={_word_key(nxt2)}")
    out.append(f"pw|nw={_word_key(prev)}|{_word_key(nxt)}")
    if nxt is not None and nxt2 is not None and not nxt.text[0].isalnum():
        out.append(f"nn={nxt.text}{_word_key(nxt2)}")
    if prev is not None and prev2 is not None and not prev.text[0].isalnum():
        out.append(f"pp={_word_key(prev2)}{prev.text}")
    return out


class RuleLists:
    """List membership read from the redaction lexicon (lexicons/redaction.yaml and redaction_names.yaml)."""

    def __init__(self, r: Rules, common: Callable[[str], bool], places: frozenset[str] = frozenset(),
                 ngrams: dict[str, float] | None = None) -> None:
        self.r = r
        self.common = common
        self.places = places  # lower-case town names (one or more words) of the model's gazetteer
        self.ngrams = ngrams or {}  # letter trigram -> log ratio of its frequency in names and in ordinary words
        self._seen: dict[str, tuple[str, ...]] = {}

    def name_likeness(self, word: str) -> str:
        """A bucket of how much the word's letters look like a personal name rather than an ordinary word or a
        town ("n2" most, "n-2" least), from the mean log ratio of its letter trigrams; "" for short or non-Latin."""
        if len(word) < 3 or script(word) != "lat" or not self.ngrams:
            return ""
        return _bucket(ngram_score(word, self.ngrams))

    def place_run(self, words: list[str]) -> bool:
        """True when the words, lower-cased and joined by spaces, name a town of the gazetteer."""
        return " ".join(words).lower() in self.places

    def kinds(self, word: str) -> tuple[str, ...]:
        got = self._seen.get(word)
        if got is None:
            if len(self._seen) > 1 << 16:
                self._seen.clear()
            got = self._seen[word] = self.compute(word)
        return got

    def compute(self, word: str) -> tuple[str, ...]:
        """The lists ``word`` belongs to: given, solo, surname, part, place, role, org, notname, joiner, common."""
        r, low = self.r, word.lower()
        out = []
        if low in r.given_names:
            out.append("given")
        if low in r.name_solo:
            out.append("solo")
        if low in r.surnames:
            out.append("surname")
        if low in r.name_paired or low in r.name_family:
            out.append("part")
        if low in r.places:
            out.append("place")
        if low in self.places:
            out.append("town")
        if fold_name(word) in r.subdivisions:
            out.append("province")
        if fold_name(word) in r.proper_words:
            out.append("proper")
        if low in r.role_words:
            out.append("role")
        if low in r.org_words:
            out.append("org")
        if word in r.not_names or word in r.stop_words:
            out.append("notname")
        if low in JOINERS:
            out.append("joiner")
        if script(word) == "lat" and len(word) > 1 and self.common(word):
            out.append("common")
        return tuple(out)


def trigrams(word: str) -> list[str]:
    """The letter trigrams of the lower-cased word with "^" and "$" at its edges."""
    w = f"^{word.lower()}$"
    return [w[i:i + 3] for i in range(len(w) - 2)]


def ngram_score(word: str, table: dict[str, float]) -> float:
    """Mean log ratio (names over words) of the word's trigrams; unknown trigrams count 0."""
    grams = trigrams(word)
    return sum(table.get(g, 0.0) for g in grams) / len(grams)


def _bucket(score: float) -> str:
    return "n2" if score > 1.5 else "n1" if score > 0.6 else "n0" if score > -0.2 else "n-1" if score > -1.0 else "n-2"


@lru_cache(maxsize=1)
def runtime_lists() -> RuleLists:
    """The word lists of the shipped lexicon and the model's town gazetteer."""
    from screener.redact.words import _is_common_word
    model = load_model()
    return RuleLists(rules(), _is_common_word, model.places, model.ngrams)


@dataclass(frozen=True)
class Model:
    """Feature weights of the logistic model and the probability a word needs to start a span."""

    version: str
    weights: dict[str, float]
    threshold: float
    places: frozenset[str] = frozenset()
    ngrams: dict[str, float] = dataclasses.field(default_factory=dict)
    context_weights: dict[str, float] = dataclasses.field(default_factory=dict)  # second pass: with neighbours

    def probability(self, feats: list[str], weights: dict[str, float] | None = None) -> float:
        """The logistic of the summed weights of ``feats`` (first-pass weights unless ``weights`` is given)."""
        w = self.weights if weights is None else weights
        z = sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model, read from the package data (never from the network)."""
    from screener.resources import models_dir
    data = json.loads((models_dir() / MODEL_FILE).read_text(encoding="utf-8"))
    return Model(str(data["version"]), {str(k): float(v) for k, v in data["weights"].items()},
                 float(data["threshold"]), frozenset(str(p) for p in data.get("places", ())),
                 {str(k): float(v) for k, v in data.get("ngrams", {}).items()},
                 {str(k): float(v) for k, v in data.get("context_weights", {}).items()})


def word_probabilities(text: str, model: Model | None = None,
                       lists: WordLists | None = None) -> tuple[list[Token], dict[int, float]]:
    """The tokens of ``text`` and, for each candidate word (by token index), its probability of being a name part."""
    model = model or load_model()
    lists = lists or runtime_lists()
    tokens = tokenize(text)
    feats = {i: features(tokens, i, lists) for i, t in enumerate(tokens) if is_word(t.text) and is_candidate(t.text)}
    first = {i: model.probability(f) for i, f in feats.items()}
    if not model.context_weights or max(first.values(), default=0.0) < FIRST_PASS_FLOOR:
        return tokens, first  # no word is anywhere near a name: the second pass would not change that
    doc = best_elsewhere(tokens, first)
    return tokens, {i: model.probability(f + context_features(tokens, i, first, doc), model.context_weights)
                    for i, f in feats.items()}


def best_elsewhere(tokens: list[Token], first: dict[int, float]) -> dict[int, float]:
    """For each candidate word, the highest first-pass probability of the same word at another place of the text
    (a name found once with a cue is a name everywhere in that text); words seen once are left out."""
    by_word: dict[str, list[int]] = {}
    for i in first:
        by_word.setdefault(tokens[i].text, []).append(i)
    out: dict[int, float] = {}
    for places in by_word.values():
        if len(places) > 1:
            for i in places:
                out[i] = max(first[k] for k in places if k != i)
    return out


_AND = frozenset({"and", "y", "et", "e", "ou", "or", "o", "&"})


def context_features(tokens: list[Token], i: int, first: dict[int, float],
                     doc: dict[int, float] | None = None) -> list[str]:
    """Second-pass features of token ``i``: how name-like the first pass found the nearest candidate word on each
    side, and what separates them (a space, a comma, "and", a particle, a list mark); and how name-like the same
    word is elsewhere in the text (``doc``, from best_elsewhere)."""
    out = []
    if doc is not None and i in doc:
        d = doc[i]
        out.append("D=" + ("hi" if d >= 0.8 else "mid" if d >= 0.4 else "lo"))
    for tag, step in (("L", -1), ("R", 1)):
        k, sep = i + step, "sp"
        while 0 <= k < len(tokens) and abs(k - i) <= 3 and k not in first:
            t = tokens[k].text
            low = t.lower()
            if t == ",":
                sep = "comma"
            elif low in _AND:
                sep = "and"
            elif low in JOINERS:
                sep = "part"
            elif t in (";", "/", "|", "\t"):
                sep = "list"
            else:
                k = -1
                break
            k += step
        if 0 <= k < len(tokens) and k in first:
            p = first[k]
            b = "hi" if p >= 0.8 else "mid" if p >= 0.4 else "lo"
            out += [f"{tag}P={b}", f"{tag}P|sep={b}|{sep}"]
        else:
            out.append(f"{tag}P=none")
    return out
