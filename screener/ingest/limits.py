"""Bounds on untrusted input. Every limit has a default and can be changed by the caller."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Configurable bounds on the size and work of one upload."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_rows: int = 1_000_000
    max_pages: int = 2_000
    max_cells: int = 50_000_000
    max_columns: int = 16_384  # as wide as Excel allows
    max_decompressed_bytes: int = 1024 * 1024 * 1024  # xlsx/docx/ods zip members, summed
    max_compression_ratio: float = 200.0  # decompressed / compressed, per zip archive
    max_text_chars: int = 20_000_000  # text kept from one document


DEFAULT_LIMITS = Limits()
