"""Names in Chinese characters, as anyascii writes them (one pinyin syllable per character): syllables joined into
the listed words they spell ("xin jiang zhong tai" -> "xinjiang zhongtai"), and single syllables left over paired,
so that one syllable alone never matches."""
from __future__ import annotations

import re
from collections.abc import Collection

_SYLLABLE = re.compile(r"^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv]{1,3}(?:n|ng|r)?$")


def is_pinyin_run(w: str) -> bool:
    """Whether ``w`` is two to four pinyin syllables written together ("keji", "xincailiao")."""
    return any(is_syllable(w[:k]) and (is_syllable(w[k:]) or is_pinyin_run(w[k:])) for k in range(1, len(w)))


def is_syllable(w: str) -> bool:
    """Whether ``w`` is one pinyin syllable (as anyascii writes a Chinese character)."""
    return bool(_SYLLABLE.match(w))


def join_syllables(words: list[str], known: Collection[str]) -> tuple[list[str], list[str]]:
    """Runs of 2 to 4 syllables joined into the ``known`` words they spell, longest first, with the changes made."""
    out: list[str] = []
    changes: list[str] = []
    i, n = 0, len(words)
    while i < n:
        for k in (4, 3, 2):
            run = words[i:i + k]
            if len(run) == k and "".join(run) in known and all(len(w) <= 6 and w.isalpha() for w in run):
                out.append("".join(run))
                changes.append(f"{' '.join(run)} -> {out[-1]}")
                i += k
                break
        else:
            out.append(words[i])
            i += 1
    return out, changes


def pair_syllables(core: tuple[str, ...], known: Collection[str]) -> tuple[tuple[str, ...], list[str]]:
    """Single syllables left in the core words of a Chinese name, paired from the left (most Chinese words have
    two characters): one syllable alone ("xin", "an") would match far too many names."""
    out: list[str] = []
    changes: list[str] = []
    run: list[str] = []
    for w in (*core, ""):
        if w and w not in known and is_syllable(w):
            run.append(w)
            continue
        for k in range(0, len(run), 2):
            out.append("".join(run[k:k + 2]))
            if k + 1 < len(run):
                changes.append(f"{run[k]} {run[k + 1]} -> {out[-1]}")
        run = []
        if w:
            out.append(w)
    return tuple(out), changes
