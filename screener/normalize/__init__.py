"""Normalisation of raw cell values: countries, products, numbers, percentages, dates and yes/no.

`names.py` (company names for watchlist matching) belongs to the watchlist module.
"""
from __future__ import annotations

import re
from pathlib import Path

from anyascii import anyascii

LEXICON_DIR = Path(__file__).resolve().parents[2] / "lexicons"
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def text_key(raw: str) -> str:
    """Case-, accent- and punctuation-insensitive key used by the lookup tables."""
    s = raw if raw.isascii() else anyascii(raw)
    return _NON_ALNUM.sub(" ", s.lower().replace("&", " and ")).strip()
