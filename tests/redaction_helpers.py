"""What redaction finds in a text, as the strings a reader would see blacked out (shared by the redaction class tests)."""
from __future__ import annotations

from screener.redact import find_personal_data


def found(text: str, kind: str | None = None) -> list[str]:
    """The texts of the personal-data spans found in ``text`` (only those of ``kind`` when given), in order."""
    return [text[s.start:s.end] for s in find_personal_data(text) if kind is None or s.kind == kind]
