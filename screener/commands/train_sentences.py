"""``screener train --from-reviews``, sentence-model part: retrain the sentence model on reviewers' evidence
decisions (confirmed or remediated = the sentence states the indicator, dismissed = it does not).

The reviewed sentences are added to the labelled corpus (train split); each labels only its own indicator.
Guard, as for the supplier model: the new model is cross-validated on the reviewed sentences (each fold
fitted without them) and compared with the current model on the same sentences; a model with a lower AUC
or a higher Brier score is refused and the current one kept.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from screener.errors import InputError

if TYPE_CHECKING:  # numpy and scikit-learn are imported where used: `screener --help` stays fast
    import numpy as np

MIN_DECISIONS = 10
MIN_PER_CLASS = 3
FOLDS = 5
SEED = 13
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "corpus" / "sentences"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the sentence-model part of ``screener train``."""
    parser.add_argument("--what", choices=("all", "suppliers", "sentences"), default="all",
                        help="with --from-reviews: retrain the supplier risk model, the sentence model, or both "
                             "(default both)")
    parser.add_argument("--sentence-data", action="append", default=None, metavar="DIR",
                        help="labelled corpus the sentence model is retrained with (repeatable; default corpus/sentences)")
    parser.add_argument("--sentence-model", default=None,
                        help="sentence model file to write (default: the active sentence model file)")


def _metrics(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    import numpy as np
    from sklearn.metrics import brier_score_loss, roc_auc_score

    return {"auc": float(roc_auc_score(y, p)) if len(set(y.tolist())) > 1 else 0.5,
            "brier": float(brier_score_loss(y, np.clip(p, 0, 1)))}


def run_sentences(args: argparse.Namespace, required: bool) -> int:
    """Retrain the sentence model from evidence decisions; 0 done, 2 refused or too few (raises when ``required``)."""
    from screener.evidence import sentence_model as sm
    from screener.evidence import sentence_train as st
    from screener.contracts import INDICATOR_IDS
    from screener.review.store import open_existing_store
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    store = open_existing_store(args.db, "review some evidence first")
    db = store.location
    reviews = [(s, i, y) for s, i, y in store.evidence_training_examples() if i in INDICATOR_IDS]
    labels = np.array([y for _, _, y in reviews], dtype=int)
    n_pos, n_neg = int(labels.sum()), int(len(labels) - labels.sum())
    if len(reviews) < MIN_DECISIONS or min(n_pos, n_neg) < MIN_PER_CLASS:
        msg = (f"too few evidence decisions to retrain the sentence model: {len(reviews)} ({n_pos} confirmed, "
               f"{n_neg} dismissed); need at least {MIN_DECISIONS} with at least {MIN_PER_CLASS} of each")
        if required:
            raise InputError(msg, file=str(db))
        print(f"sentence model: {msg}; kept as it is")
        return 2
    dirs = args.sentence_data or [str(DEFAULT_DATA)]
    corpus = [r for r in st.load_corpus([d for d in dirs if Path(d).is_dir()]) if not r.ambiguous]
    if not corpus:
        msg = f"the labelled corpus is needed to retrain the sentence model and none was found in {', '.join(dirs)}"
        if required:
            raise InputError(msg)
        print(f"sentence model: {msg}; kept as it is")
        return 2
    env = os.environ.get(sm.ENV_PATH, "")
    target = Path(args.sentence_model) if args.sentence_model else (
        Path(env) if env and env.lower() not in ("off", "none", "0", "false") else sm.DEFAULT_PATH)
    if not target.is_file():
        msg = "there is no current sentence model to compare with; run scripts/train_sentence_model.py first"
        if required:
            raise InputError(msg, file=str(target))
        print(f"sentence model: {msg}")
        return 2
    current = sm.load_model(target)
    settings = current.meta.get("settings", {})
    label_target = current.meta.get("target", "mention")
    cal_kw = {k: settings[k] for k in ("finding_precision", "finding_floor", "possible_precision", "possible_floor")
              if k in settings}
    fit_kw = {k: settings[k] for k in ("C", "min_df", "min_weight", "max_per_indicator") if k in settings}
    train = [r for r in corpus if st.split_of(r.source) == "train"]
    dev = [r for r in corpus if st.split_of(r.source) == "dev"]
    K = len(INDICATOR_IDS)
    kidx = np.array([INDICATOR_IDS.index(i) for _, i, _ in reviews])

    def fit(extra: list[int]) -> sm.SentenceModel:
        texts = [r.text for r in train] + [reviews[j][0] for j in extra]
        Y = np.vstack([st.label_matrix(train, target=label_target), np.zeros((len(extra), K), dtype=int)])
        mask = np.vstack([np.ones((len(train), K), dtype=bool), np.zeros((len(extra), K), dtype=bool)])
        for n, j in enumerate(extra, start=len(train)):
            Y[n, kidx[j]], mask[n, kidx[j]] = reviews[j][2], True
        model = st.build_model(texts, Y, mask=mask, meta=dict(current.meta), **fit_kw)
        st.calibrate(model, [r.text for r in dev], st.label_matrix(dev, target=label_target), **cal_kw)
        model.finding[:] = current.finding  # which outputs count at once is the shipped decision, kept as it is
        return model

    def p_of(model: sm.SentenceModel, j: int) -> float:
        return float(model.probabilities(reviews[j][0])[kidx[j]])

    folds = min(FOLDS, n_pos, n_neg)
    held = np.zeros(len(reviews))
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(np.zeros(len(labels)), labels):
        model = fit(tr.tolist())
        for j in te:
            held[j] = p_of(model, j)
    new = _metrics(labels, held)
    now = _metrics(labels, np.array([p_of(current, j) for j in range(len(reviews))]))
    print(f"sentence model: {len(reviews)} evidence decisions ({n_pos} confirmed or remediated, {n_neg} dismissed) "
          f"from {db}; corpus {len(train)} train / {len(dev)} dev sentences")
    print(f"sentence model, new, cross-validated ({folds} folds): AUC {new['auc']:.4f}, Brier {new['brier']:.4f}")
    print(f"sentence model, current, on the same decisions: AUC {now['auc']:.4f}, Brier {now['brier']:.4f}")
    if new["auc"] < now["auc"] - args.tolerance or new["brier"] > now["brier"] + args.tolerance:
        print("refused: the retrained sentence model is worse than the current one on these decisions; "
              "the current sentence model is kept")
        return 2
    model = fit(list(range(len(reviews))))
    model.meta["reviews"] = {"db": Path(db).name, "decisions": len(reviews), "confirmed": n_pos, "dismissed": n_neg,
                             "cv": new, "current_on_same": now}
    model.meta["version"] = f"{current.version.split('+')[0]}+reviews{len(reviews)}"
    model.save(target)
    sm._load_cached.cache_clear()
    print(f"wrote {target}")
    return 0
