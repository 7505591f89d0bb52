"""Where the product's data lives: lexicons, models, the model card and the sample portfolio.

They ship inside the package (``screener/data/``), so an installed wheel finds them anywhere. In a source
checkout ``screener/data/`` holds links to the top-level ``lexicons/``, ``models/`` and ``sample_suppliers/``
folders, which stay where developers edit them.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path


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
