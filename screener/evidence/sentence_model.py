"""The learned sentence model at run time: a linear model per indicator over word and character n-grams.

It says whether a sentence *mentions* an indicator (found, denied, remediated or prohibited alike); the
scope component decides the polarity, as for the rules. The model is data: ``models/sentence_model.json``
holds, per indicator, the n-grams with non-zero weights, the intercept, a Platt calibration (``a``, ``b``)
and two thresholds on the calibrated probability: "finding" (high precision, counts in the score) and
"possible" (a lower band shown to reviewers, counted only once a reviewer confirms it).

Scoring a sentence is a tokenisation, dictionary look-ups (character n-grams summed once per distinct
word and cached) and a sum; no scikit-learn at run time. A model trained with concept features
(:mod:`screener.evidence.sentence_concepts`) carries its concept table in ``meta["concepts"]``.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import os
from itertools import chain
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence, cast

import numpy as np
from scipy import sparse

from screener.evidence.sentence_concepts import ConceptTable, concept_rows
from screener.evidence.sentence_features import (CHAR_NGRAMS, Token, char_gram_count, scale_of, tokenize, word_forms,
                                                 word_grams)

MODEL_FORMAT = "screener-sentence-model"
MODEL_FORMAT_VERSION = 2  # 2: may carry a concept table (meta "concepts"); version 1 files still load
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "models" / "sentence_model.json"
ENV_PATH = "SCREENER_SENTENCE_MODEL"  # a model file, or "off" to run the rules alone
_WORD_CACHE_MAX = 200_000
_SENTENCE_CACHE_MAX = 50_000  # distinct sentences whose raw scores are kept (13 floats each)
_CACHE_WORDS, _CACHE_CHARS = 60, 400  # longer sentences are scored every time (bounds the caches' memory)


@dataclass(frozen=True)
class Explanation:
    """One n-gram of the sentence that pushed the decision up: its text as written, offsets and weight."""

    text: str
    start: int
    end: int
    weight: float  # contribution to the log-odds of the indicator


@dataclass
class SentenceModel:
    """Per-indicator linear scores over n-gram features, calibrated, with two thresholds each."""

    indicators: tuple[str, ...]
    features: list[str]  # row names of ``weights``
    weights: np.ndarray  # (n_features, n_indicators)
    intercepts: np.ndarray  # (n_indicators,)
    calibration: np.ndarray  # (n_indicators, 2): p = sigmoid(a * z + b)
    finding: np.ndarray  # (n_indicators,) threshold on p for a finding
    possible: np.ndarray  # (n_indicators,) threshold on p for a possible finding (<= finding)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {f: i for i, f in enumerate(self.features)}
        # indicators whose numbers the numeric rules judge: with digits in the sentence, at most "possible"
        self.numbers_decide = frozenset(self.meta.get("numbers_decide", ()))
        # character n-gram rows by their characters, and every 3-character start of one: a window of a word
        # whose first 3 characters start no feature cannot be a feature at any length (skipped unlooked)
        self._cindex = {f[2:]: i for f, i in self.index.items() if f.startswith("c:")}
        self._cstarts = frozenset(g[:3] for g in self._cindex)
        # first words of the word 2- and 3-gram features: other pairs and triples are not looked up
        grams = [f[2:].split(" ") for f in self.index if f.startswith("w:") and " " in f]
        self._gram_first = (frozenset(g[0] for g in grams if len(g) == 2), frozenset(g[0] for g in grams if len(g) == 3))
        self._gram_firsts = self._gram_first[0] | self._gram_first[1]
        con = self.meta.get("concepts")
        self.concepts = ConceptTable.from_json(con) if con else None
        self._con_rows: dict[int, list[int]] = {}  # a sentence's concepts -> rows of its concept features
        self._reset_words()
        self._zcache: dict[tuple[str, ...], np.ndarray] = {}  # folded words of a sentence -> its raw scores
        self._tcache: dict[str, np.ndarray] = {}  # a sentence as written -> its raw scores

    def _reset_words(self) -> None:
        k = len(self.indicators)
        self._wrow: dict[str, int] = {}  # folded word -> row of _wmat
        self._wmat = np.zeros((1024, k))  # per word: summed weights of its unigram and character n-grams
        self._wcount: list[int] = []  # per word: its number of character n-grams
        self._wmask = np.zeros(1024, dtype=np.int64)  # per word: its concepts as a bit mask

    # ------------------------------------------------------------------ scoring
    def _char_rows(self, form: str) -> list[int]:
        """Rows of the features among ``char_grams(form)``, in its order (length, then position); windows whose
        first 3 characters start no feature are not looked up."""
        padded = f" {form} "
        n = len(padded)
        starts3 = self._cstarts
        live = [i for i in range(n - 2) if padded[i:i + 3] in starts3]
        if not live:
            return []
        get = self._cindex.get
        out: list[int] = []
        for k in CHAR_NGRAMS:  # plain loops: a word has few live windows, comprehensions cost more than they do
            for i in live:
                if i + k <= n and (r := get(padded[i:i + k])) is not None:
                    out.append(r)
        return out

    def _ensure_words(self, forms: Iterable[str]) -> None:
        """Compute (once, for the words not yet cached) each word's summed unigram and character n-gram weights."""
        distinct = list(dict.fromkeys(forms))
        new = [f for f in distinct if f not in self._wrow]
        if not new:
            return
        if len(self._wrow) + len(new) > _WORD_CACHE_MAX:
            self._reset_words()
            new = distinct
        get, char_rows = self.index.get, self._char_rows
        rows: list[int] = []
        bounds: list[int] = []
        for f in new:
            bounds.append(len(rows))
            self._wcount.append(char_gram_count(f))
            rows.extend(char_rows(f))
            r = get("w:" + f)
            if r is not None:
                rows.append(r)
        bounds.append(len(rows))
        base = len(self._wrow)
        need = base + len(new)
        if need > len(self._wmat):
            grown = np.zeros((max(need, 2 * len(self._wmat)), self._wmat.shape[1]))
            grown[:base] = self._wmat[:base]
            self._wmat = grown
            mask = np.zeros(len(grown), dtype=np.int64)
            mask[:base] = self._wmask[:base]
            self._wmask = mask
        if self.concepts is not None:
            self._wmask[base:need] = [self.concepts.mask_of(f) for f in new]
        block = np.zeros((len(new), self._wmat.shape[1]))
        starts = np.array(bounds[:-1])
        filled = np.flatnonzero(np.diff(bounds) > 0)  # reduceat needs non-empty segments
        if len(filled):
            block[filled] = np.add.reduceat(self.weights[rows], starts[filled], axis=0)
        self._wmat[base:need] = block
        for i, f in enumerate(new):
            self._wrow[f] = base + i

    def _word_vector(self, form: str) -> np.ndarray:
        row = self._wrow.get(form)
        if row is None:
            self._ensure_words([form])
            row = self._wrow[form]
        return self._wmat[row]

    def decisions_many(self, texts: Sequence[str], forms_list: Sequence[list[str]] | None = None) -> np.ndarray:
        """Raw linear scores (log-odds before calibration), one row per sentence, one column per indicator.

        The scores depend on a sentence's folded words alone, so they are kept per distinct word sequence
        (reports repeat boilerplate, and numbers fold to bands) and per sentence as written (no tokenising
        for an exact repeat): a repeat costs a look-up. ``forms_list``: the texts' folded words, when known
        (then ``texts`` are not read and not kept)."""
        if not texts:
            return np.zeros((0, len(self.indicators)))
        by_text = self._tcache
        from_text = forms_list is None
        if forms_list is None:
            if len(by_text) > _SENTENCE_CACHE_MAX:
                by_text.clear()
            known = [by_text.get(t) for t in texts]
            if all(z is not None for z in known):  # every sentence seen as written: no tokenising
                return np.array(known)
            forms_list = [word_forms(t) if z is None else [] for t, z in zip(texts, known)]
        else:
            known = [None] * len(texts)
        keys = [tuple(fs) for fs in forms_list]
        cache = self._zcache
        # a snapshot of what the cache holds for this batch: another thread may clear the cache meanwhile
        got = {k: cache.get(k) for k, z in zip(keys, known) if z is None}
        todo = [k for k, z in got.items() if z is None]
        if todo:
            fresh = dict(zip(todo, self._score_forms(todo)))
            got.update(fresh)
            if len(cache) + len(todo) > _SENTENCE_CACHE_MAX:  # full: start again
                cache.clear()
            cache.update((k, z) for k, z in fresh.items() if len(k) <= _CACHE_WORDS)  # long ones rarely repeat
        rows = cast("list[np.ndarray]", [got[k] if z is None else z for k, z in zip(keys, known)])  # all filled
        if from_text:
            by_text.update((t, row) for t, z, row in zip(texts, known, rows) if z is None and len(t) <= _CACHE_CHARS)
        return np.array(rows)

    def _score_forms(self, forms_list: Sequence[Sequence[str]]) -> np.ndarray:
        """Raw scores of sentences given as folded words (no cache).

        Sparse counts of the sentences' words times the words' summed weights, plus sparse counts of their
        word 2- and 3-grams times those weights (only pairs and triples whose first word starts such a
        feature are looked up), divided by the scale, plus the intercepts."""
        self._ensure_words(f for fs in forms_list for f in fs)
        wrow, wcount, get = self._wrow, self._wcount, self.index.get
        first2, first3 = self._gram_first
        n = len(forms_list)
        # every word of every sentence in one list, with the sentence it belongs to (no loop per sentence)
        flat = list(chain.from_iterable(forms_list))
        lens = np.array([len(fs) for fs in forms_list], dtype=np.int64)
        w_i = np.repeat(np.arange(n, dtype=np.int64), lens)
        w_j = list(map(wrow.__getitem__, flat))
        chars = np.bincount(w_i, weights=list(map(wcount.__getitem__, w_j)), minlength=n) if w_j else np.zeros(n)
        # per sentence: sqrt(word 1-3-grams + character n-grams), an integer (exact in float64); 1 without words
        norm = np.where(lens > 0, np.sqrt(np.maximum(3 * lens - 3 + (lens == 1) + chars, 1.0)), 1.0)
        owner = w_i.tolist()
        last = len(flat)
        # word 2- and 3-grams, looked up only where a word starts such a feature; one pass over the words
        # (the order of the pairs does not matter: ``_counts_matrix`` sorts them)
        g_i: list[int] = []
        g_j: list[int] = []
        firsts = self._gram_firsts
        for p in [p for p, a in enumerate(flat) if a in firsts]:
            a, i = flat[p], owner[p]
            if p + 1 < last and owner[p + 1] == i:
                if a in first2 and (r := get("w:" + a + " " + flat[p + 1])) is not None:
                    g_i.append(i)
                    g_j.append(r)
                if a in first3 and p + 2 < last and owner[p + 2] == i and (
                        r := get("w:" + a + " " + flat[p + 1] + " " + flat[p + 2])) is not None:
                    g_i.append(i)
                    g_j.append(r)
        nw = len(self._wrow)
        total = _counts_matrix(n, w_i, w_j, nw) @ self._wmat[:nw]
        if g_i:
            total = total + _counts_matrix(n, g_i, g_j, len(self.features)) @ self.weights
        out = self.intercepts + total / norm[:, None]
        if self.concepts is not None:  # concept features: one value each, not scaled by the sentence's length
            masks = np.zeros(n, dtype=np.int64)  # per sentence: the bit-or of its words' concept masks
            has = np.flatnonzero(lens)
            if len(has):
                masks[has] = np.bitwise_or.reduceat(self._wmask[np.asarray(w_j, dtype=np.int64)],
                                                    (np.cumsum(lens) - lens)[has])
            c_i, c_j = concept_rows(self.concepts, self.index, self._con_rows, masks)
            if c_i:
                out = out + self.concepts.value * (_counts_matrix(n, c_i, c_j, len(self.features)) @ self.weights)
        return out

    def decision(self, text: str, tokens: list[Token] | None = None) -> np.ndarray:
        """Raw linear scores (log-odds before calibration) of every indicator for one sentence."""
        forms = word_forms(text) if tokens is None else [t.form for t in tokens]
        return self.decisions_many([text], [forms])[0]

    def clear_caches(self) -> None:
        """Forget the per-word and per-sentence scores (they are rebuilt on use; results do not change)."""
        self._reset_words()
        self._zcache.clear()
        self._tcache.clear()
        self._con_rows.clear()

    def calibrated(self, Z: np.ndarray) -> np.ndarray:
        """Calibrated probabilities from raw scores (any leading shape)."""
        return 1.0 / (1.0 + np.exp(-(self.calibration[:, 0] * Z + self.calibration[:, 1])))

    def probabilities_many(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, one row per sentence."""
        return self.calibrated(self.decisions_many(texts))

    def probabilities(self, text: str, tokens: list[Token] | None = None) -> np.ndarray:
        """Calibrated probability per indicator for one sentence."""
        return self.calibrated(self.decision(text, tokens))

    def explain(self, text: str, indicator: str, top: int = 5,
                tokens: list[Token] | None = None) -> list[Explanation]:
        """The n-grams of ``text`` with the largest positive contributions to ``indicator``, largest first.

        A word's character n-grams count towards the word; word n-grams (1-3) are shown as written in the
        sentence. The same n-gram text occurring twice is shown once with its contributions summed."""
        k = self.indicators.index(indicator)
        tokens = tokenize(text) if tokens is None else tokens
        scale = scale_of(tokens)
        parts: dict[str, list] = {}

        def add(a: int, b: int, w: float) -> None:
            key = text[a:b].lower()
            if key in parts:
                parts[key][3] += w
            else:
                parts[key] = [text[a:b], a, b, w]

        for t in tokens:
            add(t.start, t.end, scale * float(self._word_vector(t.form)[k]))
        for name, i, j in word_grams([t.form for t in tokens]):
            if j - i > 1 and (r := self.index.get(name)) is not None:
                add(tokens[i].start, tokens[j - 1].end, scale * float(self.weights[r, k]))
        if self.concepts is not None:  # a concept feature's weight is shown on the words that gave it
            for name, groups in self.concepts.triggers([t.form for t in tokens]).items():
                if (r := self.index.get(name)) is not None:
                    w = self.concepts.value * float(self.weights[r, k]) / len(groups)
                    for group in groups:
                        for i in group:
                            add(tokens[i].start, tokens[i].end, w / len(group))
        ranked = sorted((p for p in parts.values() if p[3] > 0), key=lambda p: (-p[3], p[1], p[2]))
        return [Explanation(s, a, b, round(w, 4)) for s, a, b, w in ranked[:top]]

    # ------------------------------------------------------------------ data
    def to_json(self) -> dict[str, Any]:
        """The model as plain data: per indicator its non-zero n-gram weights, intercept, calibration, thresholds."""
        per: dict[str, Any] = {}
        for k, ind in enumerate(self.indicators):
            col = self.weights[:, k]
            nz = np.flatnonzero(col)
            per[ind] = {
                "intercept": float(self.intercepts[k]),
                "calibration": {"a": float(self.calibration[k, 0]), "b": float(self.calibration[k, 1])},
                "thresholds": {"finding": float(self.finding[k]), "possible": float(self.possible[k])},
                "weights": {self.features[i]: float(col[i]) for i in sorted(nz, key=lambda i: self.features[i])},
            }
        return {"format": MODEL_FORMAT, "format_version": MODEL_FORMAT_VERSION, **self.meta,
                "indicators": list(self.indicators), "per_indicator": per}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SentenceModel":
        """A model from ``to_json`` output; ValueError when the format is not this one."""
        if data.get("format") != MODEL_FORMAT or data.get("format_version") not in (1, MODEL_FORMAT_VERSION):
            raise ValueError("not a sentence model file of this version")
        inds = tuple(data["indicators"])
        per = data["per_indicator"]
        feats = sorted({f for ind in inds for f in per[ind]["weights"]})
        index = {f: i for i, f in enumerate(feats)}
        W = np.zeros((len(feats), len(inds)))
        for k, ind in enumerate(inds):
            for f, w in per[ind]["weights"].items():
                W[index[f], k] = w
        meta = {k: v for k, v in data.items() if k not in ("format", "format_version", "indicators", "per_indicator")}
        return cls(inds, feats, W,
                   np.array([per[i]["intercept"] for i in inds], dtype=float),
                   np.array([[per[i]["calibration"]["a"], per[i]["calibration"]["b"]] for i in inds], dtype=float),
                   np.array([per[i]["thresholds"]["finding"] for i in inds], dtype=float),
                   np.array([per[i]["thresholds"]["possible"] for i in inds], dtype=float), meta)

    def save(self, path: str | Path) -> None:
        """Write the model as JSON (sorted keys, so the same model gives the same bytes)."""
        Path(path).write_text(json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False, indent=0) + "\n",
                              encoding="utf-8")

    @property
    def version(self) -> str:
        """Version label of the model (data hash prefix), for run records."""
        return str(self.meta.get("version", ""))


def _counts_matrix(n: int, i: "list[int] | np.ndarray", j: list[int], n_cols: int) -> sparse.csr_matrix:
    """The (n x n_cols) matrix of how often each pair (i, j) occurs, built directly in canonical CSR form
    (sorted columns, repeats summed): the same matrix, and so the same products to the last bit, as
    ``csr_matrix((ones, (i, j)))``, without the coordinate-format detour."""
    keys, counts = np.unique(np.asarray(i, dtype=np.int64) * n_cols + np.asarray(j, dtype=np.int64),
                             return_counts=True)
    rows = keys // n_cols
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return sparse.csr_matrix((counts.astype(float), keys - rows * n_cols, indptr), shape=(n, n_cols))


def load_model(path: str | Path) -> SentenceModel:
    """Read a sentence model file."""
    return SentenceModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def sha256_file(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> SentenceModel:
    return load_model(path)


def default_model() -> SentenceModel | None:
    """The active sentence model: env ``SCREENER_SENTENCE_MODEL`` (a file, or "off"), else
    ``models/sentence_model.json`` when it exists; None runs the rules alone."""
    env = os.environ.get(ENV_PATH, "").strip()
    if env.lower() in ("off", "none", "0", "false"):
        return None
    path = Path(env) if env else DEFAULT_PATH
    if not path.is_file():
        return None
    return _load_cached(str(path.resolve()))


def sigmoid(z: float) -> float:
    """Logistic function, safe for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
