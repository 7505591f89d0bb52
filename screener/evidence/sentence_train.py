"""Training the sentence model: corpus, split by source, fit, prune, calibrate, thresholds, metrics.

Used by ``scripts/train_sentence_model.py`` (the labelled corpus) and ``screener train --from-reviews``
(reviewers' evidence decisions). Deterministic: the same data and settings give the same model file.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from screener.evidence.sentence_concepts import ConceptTable
from screener.evidence.sentence_features import featurize, word_forms
from screener.evidence.sentence_model import SentenceModel
from screener.contracts import INDICATOR_IDS

SPLIT_FRACTIONS = (70, 15, 15)  # train / dev / test, in percent of source URLs (by hash)


@dataclass(frozen=True)
class LabelledSentence:
    """One corpus sentence with its labels (schema of ../shared/eval and corpus/ANNOTATION.md)."""

    id: str
    text: str
    lang: str
    present: tuple[str, ...]
    absent: tuple[str, ...]
    ambiguous: bool
    source: str
    register: str = ""
    absent_kind: str = ""

    @property
    def mentioned(self) -> set[str]:
        """Indicators the sentence mentions (present or absent): the model's target."""
        return set(self.present) | set(self.absent)


def load_corpus(dirs: Iterable[str | Path]) -> list[LabelledSentence]:
    """Every record of ``*.jsonl`` in ``dirs`` (files in name order), ambiguous ones included."""
    out: list[LabelledSentence] = []
    for d in dirs:
        for path in sorted(Path(d).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                r = json.loads(line)
                out.append(LabelledSentence(
                    str(r["id"]), r["text"], r.get("lang", "en"),
                    tuple(i for i in r.get("present", []) if i in INDICATOR_IDS),
                    tuple(i for i in r.get("absent", []) if i in INDICATOR_IDS),
                    bool(r.get("ambiguous", False)), str(r.get("source", "")),
                    str(r.get("register", "")), str(r.get("absent_kind", ""))))
    return out


def data_sha256(records: Sequence[LabelledSentence]) -> str:
    """Hash of the training data (ids, texts and labels, in order)."""
    h = hashlib.sha256()
    for r in records:
        h.update(json.dumps([r.id, r.text, r.lang, sorted(r.present), sorted(r.absent), r.ambiguous,
                             r.source], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def normalise_source(url: str) -> str:
    """The source URL as a split key: lower-cased, no fragment, no trailing slash."""
    return url.strip().split("#")[0].rstrip("/").lower()


def split_of(source: str) -> str:
    """"train", "dev" or "test" for a source URL, from its hash: every sentence of a source is in one split."""
    bucket = int(hashlib.sha256(normalise_source(source).encode("utf-8")).hexdigest()[:8], 16) % 100
    train, dev, _ = SPLIT_FRACTIONS
    return "train" if bucket < train else "dev" if bucket < train + dev else "test"


TARGETS = ("mention", "present")


def label_matrix(records: Sequence[LabelledSentence], indicators: Sequence[str] = INDICATOR_IDS,
                 target: str = "mention") -> np.ndarray:
    """(n, n_indicators) 0/1 matrix: the sentence mentions the indicator (present or absent; ``target``
    "mention") or states it occurred (``target`` "present")."""
    Y = np.zeros((len(records), len(indicators)), dtype=int)
    for n, r in enumerate(records):
        labels = r.mentioned if target == "mention" else set(r.present)
        for k, ind in enumerate(indicators):
            Y[n, k] = ind in labels
    return Y


def features_of(text: str, concepts: ConceptTable | None = None) -> dict[str, float]:
    """All features of ``text``: its n-grams and, with a concept table, its concept features."""
    feats = featurize(text)
    if concepts is not None:
        feats.update(dict.fromkeys(concepts.features(word_forms(text)), concepts.value))
    return feats


def design_matrix(texts: Sequence[str], vocab: dict[str, int],
                  concepts: ConceptTable | None = None) -> sparse.csr_matrix:
    """Sparse feature matrix of ``texts`` over ``vocab`` (features outside it are left out)."""
    rows, cols, vals = [], [], []
    for n, t in enumerate(texts):
        for f, v in features_of(t, concepts).items():
            j = vocab.get(f)
            if j is not None:
                rows.append(n)
                cols.append(j)
                vals.append(v)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(vocab)), dtype=float)


def build_vocab(texts: Sequence[str], min_df: int, concepts: ConceptTable | None = None) -> dict[str, int]:
    """Features found in at least ``min_df`` texts, in sorted order."""
    df: Counter[str] = Counter()
    for t in texts:
        df.update(features_of(t, concepts).keys())
    return {f: i for i, f in enumerate(sorted(f for f, c in df.items() if c >= min_df))}


def fit_raw(texts: Sequence[str], Y: np.ndarray, *, C: float = 4.0, min_df: int = 2,
            indicators: Sequence[str] = INDICATOR_IDS, mask: np.ndarray | None = None,
            only: Sequence[int] | None = None,
            concepts: ConceptTable | None = None) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Vocabulary, weights (n_features, n_indicators) and intercepts of one L2 logistic regression per indicator.

    ``mask[n, k]``: whether sentence n is labelled for indicator k (default: all are; a reviewer's decision
    labels one indicator of its sentence). ``only``: fit just these indicator columns (the others stay 0).
    An indicator with fewer than 2 positives (or no negatives) gets zero weights and an intercept at its
    base rate, clipped to a probability of 0.001..0.999."""
    vocab = build_vocab(texts, min_df, concepts)
    X = design_matrix(texts, vocab, concepts)
    W = np.zeros((len(vocab), len(indicators)))
    b = np.zeros(len(indicators))
    for k in (range(len(indicators)) if only is None else only):
        rows = np.arange(len(texts)) if mask is None else np.flatnonzero(mask[:, k])
        y = Y[rows, k]
        if y.sum() < 2 or y.sum() == len(y):
            rate = min(max(y.mean() if len(y) else 0.0, 0.001), 0.999)
            b[k] = float(np.log(rate / (1 - rate)))
            continue
        clf = LogisticRegression(C=C, solver="lbfgs", max_iter=3000)
        clf.fit(X[rows], y)
        W[:, k] = clf.coef_[0]
        b[k] = float(clf.intercept_[0])
    return vocab, W, b


def prune(vocab: dict[str, int], W: np.ndarray, *, min_weight: float = 0.01,
          max_per_indicator: int = 5000) -> tuple[list[str], np.ndarray]:
    """Drop weights below ``min_weight`` in absolute value and keep at most ``max_per_indicator`` per indicator
    (largest first); features left with no weight are removed."""
    W = W.copy()
    W[np.abs(W) < min_weight] = 0.0
    for k in range(W.shape[1]):
        nz = np.flatnonzero(W[:, k])
        if len(nz) > max_per_indicator:
            order = nz[np.lexsort((nz, -np.abs(W[nz, k])))]
            W[order[max_per_indicator:], k] = 0.0
    names = sorted(vocab, key=vocab.__getitem__)
    keep = np.flatnonzero(np.any(W != 0, axis=1))
    return [names[i] for i in keep], W[keep]


def build_model(texts: Sequence[str], Y: np.ndarray, *, C: float = 4.0, min_df: int = 2, min_weight: float = 0.01,
                max_per_indicator: int = 5000, indicators: Sequence[str] = INDICATOR_IDS,
                meta: dict | None = None, mask: np.ndarray | None = None,
                only: Sequence[int] | None = None, concepts: ConceptTable | None = None) -> SentenceModel:
    """Fit and prune; calibration is the identity and thresholds are 0.5 / 0.3 until ``calibrate``.

    ``concepts``: add concept features (the table is saved in the model); by default the table in
    ``meta["concepts"]`` if any (a retrained model keeps the features of the model it replaces)."""
    meta = dict(meta or {})
    if concepts is None and meta.get("concepts"):
        concepts = ConceptTable.from_json(meta["concepts"])
    if concepts is not None:
        meta["concepts"] = concepts.to_json()
    vocab, W, b = fit_raw(texts, Y, C=C, min_df=min_df, indicators=indicators, mask=mask, only=only,
                          concepts=concepts)
    feats, Wp = prune(vocab, W, min_weight=min_weight, max_per_indicator=max_per_indicator)
    n = len(indicators)
    return SentenceModel(tuple(indicators), feats, Wp, b, np.tile([1.0, 0.0], (n, 1)), np.full(n, 0.5),
                         np.full(n, 0.3), meta)


def decisions(model: SentenceModel, texts: Sequence[str]) -> np.ndarray:
    """(n, n_indicators) raw scores."""
    return model.decisions_many(list(texts)).reshape(len(texts), len(model.indicators))


def probabilities(model: SentenceModel, texts: Sequence[str]) -> np.ndarray:
    """(n, n_indicators) calibrated probabilities."""
    return model.calibrated(decisions(model, texts))


def _threshold_for(p: np.ndarray, y: np.ndarray, precision: float, min_hits: int, floor: float) -> float | None:
    """Lowest threshold >= floor whose predictions (p >= t) reach ``precision`` with at least ``min_hits``
    predicted; None when none does."""
    best = None
    for t in sorted(set(np.round(p[p >= floor], 4).tolist()), reverse=True):
        pred = p >= t
        if pred.sum() < min_hits:
            continue
        if y[pred].mean() >= precision:
            best = t
    return best


def calibrate(model: SentenceModel, texts: Sequence[str], Y: np.ndarray, *, finding_precision: float = 0.85,
              possible_precision: float = 0.5, min_positives: int = 8, finding_floor: float = 0.35,
              possible_floor: float = 0.3) -> dict[str, dict[str, float]]:
    """Fit Platt scaling and choose the two thresholds per indicator on held-out (dev) sentences, in place.

    Finding: the lowest threshold (at least ``finding_floor``) whose dev precision reaches ``finding_precision``;
    possible: the same for ``possible_precision`` (at least ``possible_floor``, at most finding). Indicators with fewer than
    ``min_positives`` dev positives keep the identity calibration and the default thresholds (0.6 finding,
    0.35 possible). Returns what was chosen, per indicator."""
    Z = decisions(model, texts)
    chosen: dict[str, dict[str, float]] = {}
    for k, ind in enumerate(model.indicators):
        y = Y[:, k]
        if y.sum() >= min_positives and y.sum() < len(y):
            lr = LogisticRegression(C=100.0, solver="lbfgs", max_iter=1000)
            lr.fit(Z[:, k:k + 1], y)
            model.calibration[k] = [float(lr.coef_[0, 0]), float(lr.intercept_[0])]
            p = 1.0 / (1.0 + np.exp(-(model.calibration[k, 0] * Z[:, k] + model.calibration[k, 1])))
            fin = _threshold_for(p, y, finding_precision, 3, finding_floor)
            pos = _threshold_for(p, y, possible_precision, 3, possible_floor)
            model.finding[k] = min(max(fin if fin is not None else 0.9, finding_floor), 0.95)
            model.possible[k] = min(max(pos if pos is not None else 0.5, possible_floor), model.finding[k])
        else:
            model.finding[k], model.possible[k] = 0.6, 0.35
        chosen[ind] = {"finding": float(model.finding[k]), "possible": float(model.possible[k]),
                       "dev_positives": int(y.sum())}
    return chosen


def prf(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float, int, int, int]:
    """Precision, recall, F1 and tp, fp, fn of 0/1 arrays (precision and recall are 1.0 when undefined)."""
    tp = int(np.sum((pred == 1) & (y == 1)))
    fp = int(np.sum((pred == 1) & (y == 0)))
    fn = int(np.sum((pred == 0) & (y == 1)))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return p, r, f, tp, fp, fn


def reliability(P: np.ndarray, Y: np.ndarray, bins: int = 10) -> list[tuple[str, int, float, float]]:
    """Pooled reliability table: (bin, count, mean predicted probability, observed rate)."""
    p, y = P.ravel(), Y.ravel()
    out = []
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        m = (p >= lo) & ((p < hi) if i < bins - 1 else (p <= hi))
        if m.any():
            out.append((f"{lo:.1f}-{hi:.1f}", int(m.sum()), float(p[m].mean()), float(y[m].mean())))
    return out


def average_precision(P: np.ndarray, Y: np.ndarray) -> float:
    """Mean over indicators (with a positive) of scikit-learn's average precision."""
    from sklearn.metrics import average_precision_score
    vals = [average_precision_score(Y[:, k], P[:, k]) for k in range(Y.shape[1]) if 0 < Y[:, k].sum() < len(Y)]
    return float(np.mean(vals)) if vals else 0.0
