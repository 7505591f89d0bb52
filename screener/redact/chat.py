"""Speakers of a chat transcript pasted into a report ("[08:02] Vero: ..."): the name between a line's timestamp
and its colon. The line patterns are ``names.chat_lines`` in ``lexicons/redaction.yaml``; a speaker that is a role
word, a listed not-name or a ``names.chat_not_speakers`` word ("[08:03] Supervisor:", "[10:30] Note:") stays."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import Rules
from screener.resources import lexicon_data


@lru_cache(maxsize=1)
def _lines() -> tuple[tuple[re.Pattern[str], ...], frozenset[str]]:
    names = lexicon_data("redaction.yaml")["names"]
    return (tuple(re.compile(p) for p in names.get("chat_lines") or ()),
            frozenset(str(w).lower() for w in names.get("chat_not_speakers") or ()))


def chat_speaker_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the chat speakers named in ``text``."""
    if ":" not in text:
        return []
    out = []
    patterns, not_speakers = _lines()
    for pattern in patterns:
        for m in pattern.finditer(text):
            words = m.group("speaker").split()
            if any(w.lower() in r.role_words or w in r.not_names or w.lower() in r.org_words
                   or w.lower() in not_speakers for w in words):
                continue
            out.append((m.start("speaker"), m.end("speaker")))
    return out
