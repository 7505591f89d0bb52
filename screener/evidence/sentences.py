"""Sentence segmentation for audit text: prose, bullet lists, numbered findings and table rows.

Lines are first grouped into blocks: a bullet, a numbered item, a table row, a blank line or a short
heading line starts a new block. Each block is then split at sentence-final punctuation followed by a
capital letter, digit or opening quote, except after common abbreviations. Offsets refer to the input text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–—>]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\([ivxIVX]{1,4}\))\s+")
_TABLE = re.compile(r"\|.*\||\t")
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+(?=[\"'«“‘(¿¡\[]?[A-ZÀ-Ý0-9])")
_ABBREV = {
    "no", "nos", "nr", "mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "vs", "art", "approx", "co", "ltd", "inc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "p", "pp", "para",
    "u.s", "u.k", "sr", "sra", "mme", "m", "ud", "uds", "núm", "art", "cf", "ca", "incl", "dept", "gov",
}
MAX_SENTENCE_CHARS = 2000


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    start: int | None = None
    prev_short = False
    for line in text.splitlines(keepends=True):
        body = line.strip()
        lstart = pos
        pos += len(line)
        if not body:
            if start is not None:
                yield start, lstart
                start = None
            continue
        is_row = bool(_TABLE.search(line))
        new_block = start is None or is_row or bool(_BULLET.match(line)) or prev_short
        if new_block:
            if start is not None:
                yield start, lstart
            start = lstart
        # a heading (short line with no end punctuation) ends its own block; so does a table row
        prev_short = is_row or (len(body.split()) <= 6 and body[-1] not in ".,;:!?" and body[:1].isupper()
                                and not body.endswith(("-", "–")))
    if start is not None:
        yield start, len(text)


def _split_block(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    s = a
    for m in _BOUNDARY.finditer(text, a, b):
        before = text[max(s, m.start() - 40):m.start() + 1].split()  # bounded look-back: linear time
        word = before[-1].rstrip(".!?…").lower() if before else ""
        if word in _ABBREV or (len(word) == 1 and word.isalpha() and text[m.start()] == "."):
            continue
        yield s, m.end()
        s = m.end()
    yield s, b


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, trimmed of surrounding whitespace.

    The last page split is kept: the rules and the sentence model both split each page."""
    global _last
    last = _last  # one read: another thread may replace it, never change it
    if last[0] == text:
        return list(last[1])
    out = _split(text)
    _last = (text, tuple(out))
    return out


_last: tuple[str, tuple[tuple[int, int], ...]] = ("", ())  # the latest split text and its sentence offsets


def _split(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in _blocks(text):
        for s, e in _split_block(text, a, b):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            while e - s > MAX_SENTENCE_CHARS:  # runaway text (no punctuation): cut at a space
                cut = text.rfind(" ", s, s + MAX_SENTENCE_CHARS)
                cut = cut if cut > s else s + MAX_SENTENCE_CHARS
                out.append((s, cut))
                s = cut + 1 if text[cut:cut + 1] == " " else cut
            if e > s:
                out.append((s, e))
    return out
