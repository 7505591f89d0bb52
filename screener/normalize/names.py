"""Company and vessel names normalised for matching: script, case, punctuation, legal forms, aliases.

The word lists (legal forms, abbreviations, stopwords, number markers) are data in ``lexicons/risk/``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import yaml
from anyascii import anyascii
from screener.resources import lexicon_dir

RISK_DIR = lexicon_dir() / "risk"

_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3040-\u30ff]")  # each such character: one syllable
_APOSTROPHES = re.compile(r"['’`´]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NUMBER_GLUED = re.compile(r"\b(no|nr)(\d+)\b")
_INITIALS_AMP = re.compile(r"\b([a-z0-9])\s*&\s*([a-z0-9])\b")  # "G&G", "AT&T" -> "gg", "att"
_AKA = re.compile(
    r"\s*[(\[,;]?\s*\b(?:formerly\s+known\s+as|previously\s+known\s+as|also\s+known\s+as|doing\s+business\s+as|"
    r"trading\s+as|formerly|f/k/a|fka|a\.k\.a\.?|a/k/a|aka|d/b/a|dba)\b[\s:]*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NameParts:
    """A name split for matching: all words, the core words (no legal forms) and the numbers."""

    raw: str
    tokens: tuple[str, ...]  # every normalised word, in order
    core: tuple[str, ...]  # words without legal forms and stopwords, in order
    legal_forms: tuple[str, ...]  # legal forms found, as normalised text (e.g. "co ltd")
    numbers: tuple[str, ...]  # digit words ("112" in "Hangton No. 112"), which must agree

    @property
    def key(self) -> str:
        """The core words joined by spaces (the normalised name)."""
        return " ".join(self.core)


@dataclass(frozen=True)
class _NameData:
    stopwords: frozenset[str]
    number_markers: frozenset[str]
    synonyms: dict[str, tuple[str, ...]]
    forms: dict[tuple[str, ...], bool]  # normalised legal form -> removable anywhere (False: only at the edges)
    max_form_len: int
    typo_forms: dict[str, str]  # one-deletion variants of long one-word forms -> the form ("corpoation")
    form_sizes: dict[str, tuple[int, ...]]  # first word of a legal form -> lengths of the forms it starts, longest first


def transliterate(text: str) -> str:
    """Latin-script ASCII form of ``text``; each CJK character becomes its own syllable."""
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    return anyascii(_CJK.sub(_spaced_syllable, text))


def _spaced_syllable(m: re.Match) -> str:
    return f" {anyascii(m.group())} "


def _words(text: str) -> list[str]:
    """Lower-case ASCII words; runs of single letters ("K.T.K.", "S A") are joined."""
    text = transliterate(text).lower()
    if "'" in text or not text.isascii() or "`" in text:
        text = _APOSTROPHES.sub("", text)
    if "&" in text:
        text = _INITIALS_AMP.sub(r"\1\2", text).replace("&", " and ")
    text = _NON_ALNUM.sub(" ", text)
    if "no" in text or "nr" in text:
        text = _NUMBER_GLUED.sub(r"\1 \2", text)
    out: list[str] = []
    run = ""
    for w in text.split():
        if len(w) == 1 and w.isalpha():
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return out


def _stem(word: str, synonyms: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    if word in synonyms:
        return synonyms[word]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and not word.isdigit():
        word = word[:-1]
        return synonyms.get(word, (word,))
    return (word,)


def _tokens(text: str, synonyms: dict[str, tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    for w in _words(text):
        out.extend(_stem(w, synonyms))
    return out


@functools.lru_cache(maxsize=1)
def _data() -> _NameData:
    gen = yaml.safe_load((RISK_DIR / "generic_tokens.yaml").read_text(encoding="utf-8"))
    lf = yaml.safe_load((RISK_DIR / "legal_forms.yaml").read_text(encoding="utf-8"))
    synonyms: dict[str, tuple[str, ...]] = {}
    for k, v in (gen.get("synonyms") or {}).items():
        for kw in _words(str(k)):
            synonyms[kw] = tuple(_words(str(v)))
    edge = {tuple(_tokens(str(f), synonyms)) for f in lf.get("edge_only") or []}
    forms: dict[tuple[str, ...], bool] = {}
    for group in (lf.get("forms") or {}).values():
        for f in group:
            toks = tuple(_tokens(str(f), synonyms))
            if toks:
                forms[toks] = toks not in edge
    for toks in edge:
        forms.setdefault(toks, False)
    return _NameData(
        stopwords=frozenset(_words(" ".join(gen.get("stopwords") or []))),
        number_markers=frozenset(gen.get("number_markers") or []),
        synonyms=synonyms,
        forms=forms,
        max_form_len=max(len(k) for k in forms),
        typo_forms={v: f[0] for f in forms if len(f) == 1 and len(f[0]) >= 7
                    for v in {f[0][:i] + f[0][i + 1:] for i in range(len(f[0]))} | {f[0]}},
        form_sizes={w: tuple(sorted({len(f) for f in forms if f[0] == w}, reverse=True)) for w in {f[0] for f in forms}},
    )


_TYPO_FORM_CACHE: dict[str, bool] = {}


def _is_typo_form(tok: str, d: _NameData) -> bool:
    """A misspelt long legal form ("Limted", "Corporaton"): one letter dropped, added or changed."""
    if len(tok) < 6 or tok.isdigit():
        return False
    hit = _TYPO_FORM_CACHE.get(tok)
    if hit is None:
        hit = tok in d.typo_forms or any(tok[:i] + tok[i + 1:] in d.typo_forms for i in range(len(tok)))
        if len(_TYPO_FORM_CACHE) < 200_000:
            _TYPO_FORM_CACHE[tok] = hit
    return hit


def normal_tokens(text: str) -> list[str]:
    """Normalised words of ``text`` (synonyms and plurals folded), legal forms kept."""
    return _tokens(text, _data().synonyms)


def _strip_legal_forms(tokens: list[str], d: _NameData) -> tuple[list[str], list[str]]:
    """Longest legal form first at each position; edge-only forms only at the start or the end."""
    keep: list[str] = []
    found: list[str] = []
    i, n = 0, len(tokens)
    sizes_of = d.form_sizes
    while i < n:
        sizes = sizes_of.get(tokens[i])
        if sizes:
            for size in sizes:
                if size > n - i:
                    continue
                seq = tuple(tokens[i:i + size])
                anywhere = d.forms.get(seq)
                if anywhere is None:
                    continue
                if anywhere or i == 0 or i + size == n:
                    found.append(" ".join(seq))
                    i += size
                    break
            else:
                keep.append(tokens[i])
                i += 1
        else:
            keep.append(tokens[i])
            i += 1
    while len(keep) > 1 and _is_typo_form(keep[-1], d):  # a misspelt legal form at the end
        found.append(keep.pop())
    return keep, found


def clear_caches() -> None:
    """Forget every parsed name (for benchmarks that must not profit from an earlier run)."""
    parse_company_name.cache_clear()
    _TYPO_FORM_CACHE.clear()


@functools.lru_cache(maxsize=200_000)
def parse_company_name(name: str) -> NameParts:
    """Split a company or vessel name into normalised words, core words, legal forms and numbers."""
    d = _data()
    tokens = _tokens(name, d.synonyms)
    core, forms = _strip_legal_forms(tokens, d)
    core = [t for t in core if t not in d.stopwords and t not in d.number_markers]
    if not core:  # a name made only of legal forms or stopwords: keep what there is
        core = [t for t in tokens if t not in d.number_markers] or tokens
    numbers = tuple(t for t in core if t.isdigit())
    return NameParts(name, tuple(tokens), tuple(core), tuple(forms), numbers)


def normalize_company_name(name: str) -> str:
    """The name as compared: transliterated, lower case, no punctuation, no legal forms, abbreviations expanded."""
    return parse_company_name(name or "").key


def split_aliases(name: str) -> list[str]:
    """``["Main name", "alias", ...]`` from "X formerly known as Y", "X a.k.a. Y", "X (f/k/a Y)" and the like."""
    parts = [p.strip(" \t()[],;:").lstrip(". ") for p in _AKA.split(name or "")]
    return [p for p in parts if p]
