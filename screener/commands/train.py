"""``screener train``: refine the expert weights on reviewers' decisions, or regenerate the default model from them."""
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
                      help="refine the expert weights on reviewers' supplier decisions (escalate = 1, clear = 0; "
                           "monitor is left out), with a penalty that keeps them near the expert weights")
    mode.add_argument("--reference", action="store_true",
                      help="regenerate the default model from the expert weights in lexicons/scoring.yaml")
    parser.add_argument("--db", default=None,
                        help="review database (default: env SCREENER_DB or reviews.sqlite in the working directory)")
    parser.add_argument("--min-labels", type=int, default=30,
                        help=f"refuse to train on fewer decisions than this (default 30; at least {MIN_PER_CLASS} of each label)")
    parser.add_argument("--tolerance", type=float, default=0.0,
                        help="accept a new model whose CV AUC is at most this much lower, or Brier this much higher, "
                             "than the expert weights' (and the current model's) on the same decisions (default 0)")
    parser.add_argument("--model", default=None, help="model file to write (default: the active model file)")
    parser.add_argument("--card", default=None, help="model card to write (default: MODEL_CARD.md beside models/)")
    from screener.commands.train_sentences import add_arguments as add_sentence_arguments
    add_sentence_arguments(parser)


def _card_for(model_file: Path, card: str | None) -> Path:
    from screener.scoring.model import DEFAULT_MODEL_PATH
    if card:
        return Path(card)
    if model_file.resolve() == DEFAULT_MODEL_PATH.resolve():
        return DEFAULT_MODEL_PATH.resolve().parents[1] / "MODEL_CARD.md"
    return model_file.with_suffix(".card.md")


def examples_matrix(examples: Sequence[tuple[dict[str, float], int]]) -> tuple[np.ndarray, np.ndarray, int]:
    """Feature matrix and labels; examples recorded with another feature set are left out (and counted)."""
    from screener.scoring.refine import matrix
    return matrix(examples)


def _print_metrics(title: str, m: dict[str, Any]) -> None:
    print(f"{title}: AUC {m['auc']:.4f}, Brier {m['brier']:.4f}")


def run_reference(args: argparse.Namespace) -> int:
    """Regenerate the default model from the expert weights of ``lexicons/scoring.yaml`` and rewrite the card."""
    from screener.scoring.cohort import write_model_card
    from screener.scoring.expert import write_default_model
    from screener.scoring.model import load_default_model, model_path
    target = Path(args.model) if args.model else model_path()
    model = write_default_model(target)
    card = write_model_card(model, _card_for(target, args.card))
    load_default_model.cache_clear()
    print(f"expert weights from lexicons/scoring.yaml version {model.training['scoring_version']} "
          f"(sha256 {model.training['weights_sha256'][:12]})")
    print(f"wrote {target} and {card}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Refine; exit 2 when there are too few decisions or the refined model is worse than the expert weights."""
    if args.reference:
        return run_reference(args)
    what = getattr(args, "what", "all")
    if what in ("all", "sentences"):  # the sentence model, from reviewers' evidence decisions
        from screener.commands.train_sentences import run_sentences
        code = run_sentences(args, required=what == "sentences")
        if what == "sentences":
            return code
    import numpy as np

    from screener.scoring.cohort import write_model_card
    from screener.scoring.expert import expert_model, same_weights
    from screener.scoring.model import load_default_model, load_model, model_path, save_model
    from screener.scoring.refine import compare, predict, refined_model, weight_changes
    from screener.review.store import open_existing_store

    store = open_existing_store(args.db, "review some suppliers first")
    db = store.location
    X, y, skipped = examples_matrix(store.training_examples())
    if skipped:
        print(f"note: {skipped} decision(s) were recorded with another feature set and are left out")
    counts = np.bincount(y, minlength=2) if len(y) else np.zeros(2, dtype=int)
    if len(y) < args.min_labels or counts.min() < MIN_PER_CLASS:
        raise InputError(f"too few reviewer decisions to train on: {len(y)} usable ({counts[1]} escalate, "
                         f"{counts[0]} clear); need at least {args.min_labels} with at least {MIN_PER_CLASS} of each",
                         file=str(db))
    target = Path(args.model) if args.model else model_path()
    current = load_model(target) if target.is_file() else load_default_model()
    prior = expert_model()
    cmp = compare(X, y, prior)
    print(f"{len(y)} decisions ({counts[1]} escalate, {counts[0]} clear) from {db}")
    _print_metrics(f"refined model, cross-validated ({cmp.folds} folds)", cmp.refined)
    _print_metrics("expert weights on the same decisions", cmp.prior)
    model = refined_model(X, y, prior, cmp, source=f"reviewer decisions ({Path(db).name})")
    print("largest changes from the expert weights (points per unit):")
    for name, before, after in weight_changes(prior, model):
        print(f"  {name}: {before:+.2f} -> {after:+.2f}")
    worse = cmp.worse(args.tolerance)
    if not same_weights(current, prior):
        from screener.scoring.model import metrics
        now = metrics(y, predict(current, X))
        _print_metrics("current model on the same decisions", now)
        worse = worse or cmp.refined["auc"] < now["auc"] - args.tolerance
    if worse:
        print("refused: the refined model is worse than the expert weights (or the current model) on these "
              "decisions; the current model is kept")
        return 2
    model.training["db"] = Path(db).name
    from screener.scoring.model import current_lexicon
    lexicon = current_lexicon()  # the decisions' features were computed with this lexicon
    model.lexicon_version = str(getattr(lexicon, "version", "unknown"))
    model.lexicon_checksum = str(getattr(lexicon, "checksum", ""))
    save_model(model, target)
    card = write_model_card(model, _card_for(target, args.card))
    load_default_model.cache_clear()
    print(f"wrote {target} and {card}")
    return 0
