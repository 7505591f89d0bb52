"""Normalisation of raw cell values: countries, products, numbers, percentages, dates and yes/no.

`names.py` (company names for watchlist matching) belongs to the watchlist module.
"""
from __future__ import annotations

import re

from anyascii import anyascii

from screener.resources import lexicon_dir

LEXICON_DIR = lexicon_dir()
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def text_key(raw: str) -> str:
    """Case-, accent- and punctuation-insensitive key used by the lookup tables."""
    s = raw if raw.isascii() else anyascii(raw)
    return _NON_ALNUM.sub(" ", s.lower().replace("&", " and ")).strip()
