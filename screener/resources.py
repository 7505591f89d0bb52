"""Where the product's data lives: lexicons, models, the model card and the sample portfolio.

They ship inside the package (``screener/data/``), so an installed wheel finds them anywhere. In a source
checkout ``screener/data/`` holds links to the top-level ``lexicons/``, ``models/`` and ``sample_suppliers/``
folders, which stay where developers edit them. Every YAML file of the lexicons is read through
:func:`lexicon_data` (cached) or :func:`read_yaml`, which check it against its schema.
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from screener.errors import LexiconError
from screener.lexicon_schema import SCHEMAS, check


def data_root() -> Path:
    """The folder holding the packaged data (``screener/data``)."""
    return Path(str(resources.files("screener") / "data"))


def lexicon_dir() -> Path:
    """The lexicons folder (indicator lexicons, scope cues, risk tables, scoring weights)."""
    return data_root() / "lexicons"


def models_dir() -> Path:
    """The folder of saved models (JSON, never pickles)."""
    return data_root() / "models"


def model_card_path() -> Path:
    """The model card shipped with the default model."""
    return data_root() / "MODEL_CARD.md"


def sample_dir() -> Path:
    """The demo portfolio: a supplier sheet and its audit reports."""
    return data_root() / "sample_suppliers"


# ---------------------------------------------------------------- reading the lexicons
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when present: same data, faster


def _schema_name(path: Path) -> str | None:
    """``risk/match_weights.yaml`` for a file inside the lexicons folder, else None."""
    try:
        return path.resolve().relative_to(lexicon_dir().resolve()).as_posix()
    except ValueError:
        return None


def read_yaml(path: Path | str, schema: str | None = None) -> Any:
    """One YAML file, parsed and checked against the schema of ``schema`` (a name such as ``"scoring.yaml"``;
    by default the file's own name when it lies in the lexicons folder). Not cached: see :func:`lexicon_data`.
    A missing file, bad YAML or a wrong shape raises :class:`LexiconError` naming the file (and the key)."""
    path = Path(path)
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError("lexicon file is missing", file=shown) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"lexicon file cannot be read: {exc}", file=shown) from exc
    try:
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise LexiconError(f"not valid YAML: {exc}", file=shown) from exc
    name = schema or _schema_name(path)
    if name in SCHEMAS:
        check(shown, data, SCHEMAS[name])
    return data


@functools.lru_cache(maxsize=None)
def lexicon_data(name: str) -> Any:
    """``lexicons/<name>`` (e.g. ``"risk/match_weights.yaml"``) read once per process, checked against its schema
    in :mod:`screener.lexicon_schema`. The result is shared: treat it as read-only."""
    return read_yaml(lexicon_dir() / name, name)
