"""Normalisation of raw cell values: countries, products, numbers, percentages, dates and yes/no.

`names.py` (company names for watchlist matching) belongs to the watchlist module.
"""
from __future__ import annotations

from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[2] / "lexicons"


def text_key(raw: str) -> str:
    """Case-, accent- and punctuation-insensitive key used by the lookup tables."""
    from anyascii import anyascii

    s = anyascii(raw).lower().replace("&", " and ")
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())
