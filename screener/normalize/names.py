"""Company and vessel names normalised for matching: script, case, punctuation, legal forms, aliases.

The word lists (legal forms, abbreviations, stopwords, number markers) are data in ``lexicons/risk/``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz.distance import OSA

from screener.resources import lexicon_data, lexicon_dir

RISK_DIR = lexicon_dir() / "risk"

_BRACKET = re.compile(r"[(\[（]([^()\[\]（）]{1,40})[)\]）]")
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
    qualifiers: tuple[str, ...] = ()  # qualifier kinds parsed out of the name: "branch", "group", "vessel", ...
    resegmented: tuple[str, ...] = ()  # word boundaries the matcher moved, as "indus trial -> industrial"

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
    tail_forms: frozenset[str]  # legal forms written without spaces, with one letter dropped or two swapped ("cold")
    cjk_tail: re.Pattern | None  # a trailing run of Chinese legal-form characters ("有限公司", "有限司")
    cjk_group: frozenset[str]  # characters of 集团 (group) in such a run
    trailing_qualifiers: dict[tuple[str, ...], str]  # normalised qualifier phrase -> kind (at the end of a name)
    qualifier_ends: frozenset[str]  # last words of the trailing qualifier phrases (a quick test before the phrases)
    tail_suffixes: frozenset[str]  # every ending of a ``tail_forms`` string: a name's last word must be one
    bracket_qualifiers: dict[tuple[str, ...], str]  # normalised qualifier phrase -> kind (a whole bracket)


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese, Japanese or Korean characters (each becomes its own syllable)."""
    return bool(_CJK.search(text))


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
    gen = lexicon_data("risk/generic_tokens.yaml")
    lf = lexicon_data("risk/legal_forms.yaml")
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
    tail_forms: set[str] = set()
    for f in forms:
        glued = "".join(f)
        if len(glued) >= 3 and glued.isalpha():
            tail_forms.add(glued)
            tail_forms.update(glued[:i] + glued[i + 1:] for i in range(1, len(glued)))
            tail_forms.update(glued[:i] + glued[i + 1] + glued[i] + glued[i + 2:] for i in range(len(glued) - 1))
    q = lexicon_data("risk/qualifiers.yaml")
    phrases = {kind: [tuple(_tokens(str(ph), synonyms)) for ph in phs] for kind, phs in q["kinds"].items()}
    return _NameData(
        stopwords=frozenset(_words(" ".join(gen.get("stopwords") or []))),
        number_markers=frozenset(gen.get("number_markers") or []),
        synonyms=synonyms,
        forms=forms,
        max_form_len=max(len(k) for k in forms),
        typo_forms={v: f[0] for f in forms if len(f) == 1 and len(f[0]) >= 7
                    for v in {f[0][:i] + f[0][i + 1:] for i in range(len(f[0]))} | {f[0]}},
        form_sizes={w: tuple(sorted({len(f) for f in forms if f[0] == w}, reverse=True)) for w in {f[0] for f in forms}},
        tail_forms=frozenset(t for t in tail_forms if len(t) >= 2),
        tail_suffixes=frozenset(t[i:] for t in tail_forms if len(t) >= 2 for i in range(len(t))),
        cjk_tail=re.compile(f"(?<=[\u2e80-\u9fff]{{2}})[{re.escape(lf['cjk_tail_characters'])}]{{2,}}(?=[^\u2e80-\u9fff]|$)")
        if lf.get("cjk_tail_characters") else None,
        cjk_group=frozenset(lf.get("cjk_group_characters") or ""),
        trailing_qualifiers={ph: k for k in q["trailing"] for ph in phrases[k] if ph},
        qualifier_ends=frozenset(ph[-1] for k in q["trailing"] for ph in phrases[k] if ph),
        bracket_qualifiers={ph: k for k in q["anywhere_in_brackets"] for ph in phrases[k] if ph},
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


def synonym_keys() -> dict[str, tuple[str, ...]]:
    """Abbreviations and variants -> their normalised tokens (``generic_tokens.yaml`` synonyms)."""
    return dict(_data().synonyms)


def stem_word(word: str) -> tuple[str, ...]:
    """The normalised tokens of one lower-case ASCII word (synonyms and plurals folded): ``normal_tokens``
    without the text clean-up, for words that are already clean."""
    return _stem(word, _data().synonyms)


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
    _scanned.cache_clear()
    _TYPO_FORM_CACHE.clear()
    _TYPO_QUAL_CACHE.clear()


_TYPO_QUAL_CACHE: dict[str, str | None] = {}
_CJK_EXACT_FORMS = frozenset({"有限公司", "股份有限公司", "有限责任公司", "有限責任公司", "股份公司", "公司"})


def _typo_qualifier(tok: str, d: _NameData) -> str | None:
    """The kind of a one-word qualifier of 5+ letters that ``tok`` misspells by one letter, if any."""
    if len(tok) < 4 or not tok.isalpha():
        return None
    if tok in _TYPO_QUAL_CACHE:
        return _TYPO_QUAL_CACHE[tok]
    kind = None
    for ph, k in d.trailing_qualifiers.items():
        q = ph[0]
        if len(ph) == 1 and len(q) >= 5 and abs(len(q) - len(tok)) <= 1 and OSA.distance(q, tok) == 1:
            kind = k
            break
    if len(_TYPO_QUAL_CACHE) < 200_000:
        _TYPO_QUAL_CACHE[tok] = kind
    return kind


def _strip_tail(core: list[str], d: _NameData) -> tuple[list[str], list[str], list[str]]:
    """Trailing qualifiers ("branch office", "and its subsidiaries", "group") and legal forms written apart,
    together or misspelt ("corpo ration", "co l td", "co ld", "lt"), from the end of the core words.

    Returns the core words left, the legal forms found and the qualifier kinds found; a word is always left.
    """
    forms: list[str] = []
    quals: list[str] = []
    changed = True
    while changed and len(core) > 1:
        changed = False
        for k in (4, 3, 2, 1) if core[-1] in d.qualifier_ends else ():  # qualifiers: longest phrase first
            if len(core) > k and tuple(core[-k:]) in d.trailing_qualifiers:
                quals.append(d.trailing_qualifiers[tuple(core[-k:])])
                del core[-k:]
                changed = True
                break
        if changed:
            continue
        kind = _typo_qualifier(core[-1], d)  # "Grop", "Holdnig", "Brnach"
        if kind:
            quals.append(kind)
            core.pop()
            changed = True
            continue
        for k in (4, 3, 2, 1) if core[-1] in d.tail_suffixes else ():  # a legal form glued, split or misspelt
            tail = core[-k:]
            if len(core) > k and "".join(tail) in d.tail_forms and all(t.isalpha() for t in tail):
                forms.append(" ".join(tail))
                del core[-k:]
                changed = True
                break
    while core and core[-1] in d.stopwords and len(core) > 1:  # "... and" left by "and its subsidiaries"
        core.pop()
    return core, forms, quals


def _bracket_qualifiers(name: str, d: _NameData) -> tuple[str, list[str]]:
    """The name without bracketed qualifiers ("(Branch)", "(and subsidiaries)", "(fishing vessel)"), and their kinds."""
    quals: list[str] = []

    def cut(m: re.Match) -> str:
        kind = d.bracket_qualifiers.get(tuple(_tokens(m.group(1), d.synonyms)))
        if kind is None:
            return m.group(0)
        quals.append(kind)
        return " "

    if "(" in name or "[" in name or "（" in name:
        name = _BRACKET.sub(cut, name)
    if d.cjk_tail is not None and _CJK.search(name):
        def cjk(m: re.Match) -> str:
            run = m.group()
            if d.cjk_group & set(run):
                quals.append("group")
            if run in _CJK_EXACT_FORMS:
                return " " + run + " "
            return " " if set(run) <= d.cjk_group | {"股"} else " 公司 "  # only 集团/控股: no legal form
        name = d.cjk_tail.sub(cjk, name)
    return name, quals


@functools.lru_cache(maxsize=200_000)
def _scanned(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the words of a name, bracketed qualifiers removed; the kinds of those qualifiers), read once per name."""
    text, quals = _bracket_qualifiers(name, _data())
    return tuple(_words(text)), tuple(quals)


def name_words(name: str) -> tuple[str, ...]:
    """The lower-case words of a name as the parser sees them, bracketed qualifiers removed."""
    return _scanned(name)[0]


def parse_words(name: str, words: Sequence[str], resegmented: tuple[str, ...] = ()) -> NameParts:
    """``parse_company_name`` from given words (``name_words`` of the name, possibly re-split by the matcher)."""
    d = _data()
    quals = list(_scanned(name)[1])
    tokens: list[str] = []
    for w in words:
        tokens.extend(_stem(w, d.synonyms))
    core, forms = _strip_legal_forms(tokens, d)
    core = [t for t in core if t not in d.number_markers]
    core, tail_forms, tail_quals = _strip_tail(core, d)
    if not _CJK.search(name):  # a Chinese syllable ("da", "de") is never a stopword
        core = [t for t in core if t not in d.stopwords]
    if not core:  # a name made only of legal forms or stopwords: keep what there is
        core = [t for t in tokens if t not in d.number_markers] or tokens
    numbers = tuple(t for t in core if t.isdigit())
    return NameParts(name, tuple(tokens), tuple(core), tuple(forms + tail_forms), numbers,
                     tuple(dict.fromkeys(quals + tail_quals)), resegmented)


@functools.lru_cache(maxsize=200_000)
def parse_company_name(name: str) -> NameParts:
    """Split a company or vessel name into normalised words, core words, legal forms, numbers and qualifiers."""
    return parse_words(name, name_words(name))


@functools.lru_cache(maxsize=4)
def common_words(min_length: int = 5) -> frozenset[str]:
    """Raw words of ``min_length``+ letters that are common in company names: generic and place words,
    abbreviations and variants with a normal form, legal forms and qualifiers (the targets of spelling
    correction)."""
    gen = lexicon_data("risk/generic_tokens.yaml")
    words = {w for key in ("generic", "places") for v in gen.get(key) or [] for w in _words(str(v))}
    words |= {w for k, v in (gen.get("synonyms") or {}).items() for w in _words(f"{k} {v}")}
    forms, _ = parser_words()
    words |= set(forms)
    return frozenset(w for w in words if len(w) >= min_length and w.isalpha())


@functools.lru_cache(maxsize=1)
def parser_words() -> tuple[frozenset[str], frozenset[str]]:
    """(legal-form, qualifier and number-marker words; stopwords), as normalised tokens."""
    d = _data()
    words = {t for f in d.forms for t in f} | {t for ph in d.trailing_qualifiers for t in ph}
    words |= {t for ph in d.bracket_qualifiers for t in ph} | set(d.number_markers)
    return frozenset(words), d.stopwords


def normalize_company_name(name: str) -> str:
    """The name as compared: transliterated, lower case, no punctuation, no legal forms, abbreviations expanded."""
    return parse_company_name(name or "").key


def split_aliases(name: str) -> list[str]:
    """``["Main name", "alias", ...]`` from "X formerly known as Y", "X a.k.a. Y", "X (f/k/a Y)" and the like."""
    parts = [p.strip(" \t()[],;:").lstrip(". ") for p in _AKA.split(name or "")]
    return [p for p in parts if p]
