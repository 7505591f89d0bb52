"""``screener train``: retrain the risk model on reviewers' decisions, or regenerate it from the reference cohort."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from screener.errors import InputError

if TYPE_CHECKING:  # numpy and the features are imported where used: `screener --help` stays fast
    import numpy as np

MIN_PER_CLASS = 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``screener train``."""
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--from-reviews", action="store_true",
                      help="retrain on reviewers' supplier decisions (escalate = 1, clear = 0; monitor is left out)")
    mode.add_argument("--reference", action="store_true",
                      help="regenerate the default model from the synthetic reference cohort")
    parser.add_argument("--db", default=None,
                        help="review database (default: env SCREENER_DB or reviews.sqlite in the working directory)")
    parser.add_argument("--min-labels", type=int, default=30,
                        help=f"refuse to train on fewer decisions than this (default 30; at least {MIN_PER_CLASS} of each label)")
    parser.add_argument("--tolerance", type=float, default=0.0,
                        help="accept a new model whose CV AUC is at most this much lower, or Brier this much higher, "
                             "than the current model's on the same decisions (default 0)")
    parser.add_argument("--model", default=None, help="model file to write (default: the active model file)")
    parser.add_argument("--card", default=None, help="model card to write (default: MODEL_CARD.md beside models/)")


def _card_for(model_file: Path, card: str | None) -> Path:
    from screener.model import DEFAULT_MODEL_PATH
    if card:
        return Path(card)
    if model_file.resolve() == DEFAULT_MODEL_PATH.resolve():
        return DEFAULT_MODEL_PATH.resolve().parents[1] / "MODEL_CARD.md"
    return model_file.with_suffix(".card.md")


def examples_matrix(examples: Sequence[tuple[dict[str, float], int]]) -> tuple[np.ndarray, np.ndarray, int]:
    """Feature matrix and labels; examples recorded with another feature set are left out (and counted)."""
    import numpy as np

    from screener.features import FEATURE_NAMES

    rows, labels, skipped = [], [], 0
    for features, label in examples:
        if any(name not in features for name in FEATURE_NAMES):
            skipped += 1
            continue
        rows.append([float(features[name]) for name in FEATURE_NAMES])
        labels.append(int(label))
    return np.array(rows, dtype=float).reshape(-1, len(FEATURE_NAMES)), np.array(labels, dtype=int), skipped


def _print_metrics(title: str, m: dict[str, Any]) -> None:
    print(f"{title}: AUC {m['auc']:.4f}, Brier {m['brier']:.4f}")


def run_reference(args: argparse.Namespace) -> int:
    """Regenerate the model from the reference cohort and rewrite the card."""
    from screener.cohort import train_reference
    from screener.model import load_default_model, model_path
    target = Path(args.model) if args.model else model_path()
    model, cv = train_reference(model_path=target, card_path=_card_for(target, args.card))
    load_default_model.cache_clear()
    print(f"reference cohort: {model.training['n']} synthetic suppliers, {model.training['positives']} escalated")
    _print_metrics(f"cross-validated ({cv['folds']} folds)", cv)
    print(f"wrote {target} and {_card_for(target, args.card)}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Train; exit 2 when there are too few decisions or the new model is worse than the current one."""
    if args.reference:
        return run_reference(args)
    import numpy as np

    from screener.cohort import write_model_card
    from screener.features import FEATURE_NAMES
    from screener.model import (cross_validated_metrics, current_lexicon, fit_model, load_default_model, load_model,
                                metrics, model_path, save_model)
    from screener.rules import scoring_config
    from screener.store import ReviewStore, default_db_path

    db = Path(args.db) if args.db else default_db_path()
    if not db.is_file():
        raise InputError("the review database does not exist; review some suppliers first", file=str(db))
    X, y, skipped = examples_matrix(ReviewStore(db).training_examples())
    if skipped:
        print(f"note: {skipped} decision(s) were recorded with another feature set and are left out")
    counts = np.bincount(y, minlength=2) if len(y) else np.zeros(2, dtype=int)
    if len(y) < args.min_labels or counts.min() < MIN_PER_CLASS:
        raise InputError(f"too few reviewer decisions to train on: {len(y)} usable ({counts[1]} escalate, "
                         f"{counts[0]} clear); need at least {args.min_labels} with at least {MIN_PER_CLASS} of each",
                         file=str(db))
    target = Path(args.model) if args.model else model_path()
    current = load_model(target) if target.is_file() else load_default_model()
    cfg = scoring_config()["cohort"]
    cv = cross_validated_metrics(X, y, C=cfg["l2_c"], folds=cfg["cv_folds"], seed=cfg["seed"], bins=cfg["calibration_bins"])
    probs = np.array([current.probability(dict(zip(FEATURE_NAMES, row))) for row in X])
    now = metrics(y, probs, cfg["calibration_bins"])
    print(f"{len(y)} decisions ({counts[1]} escalate, {counts[0]} clear) from {db}")
    _print_metrics(f"new model, cross-validated ({cv['folds']} folds)", cv)
    _print_metrics("current model on the same decisions", now)
    if cv["auc"] < now["auc"] - args.tolerance or cv["brier"] > now["brier"] + args.tolerance:
        print("refused: the retrained model is worse than the current one on these decisions; the current model is kept")
        return 2
    model = fit_model(X, y, C=cfg["l2_c"], lexicon=current_lexicon(), training={
        "source": "reviewer decisions", "synthetic": False, "db": db.name, "metrics": cv,
        "current_model_on_same_data": {"auc": now["auc"], "brier": now["brier"]}})
    model.provenance = current.provenance + [{"at": model.training["created"], "source": f"reviewer decisions ({db.name})",
                                              "n": model.training["n"], "data_sha256": model.training["data_sha256"],
                                              "auc": cv["auc"], "brier": cv["brier"]}]
    save_model(model, target)
    card = write_model_card(model, _card_for(target, args.card))
    load_default_model.cache_clear()
    print(f"wrote {target} and {card}")
    return 0
