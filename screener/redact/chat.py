"""Speakers of a chat transcript pasted into a report ("[08:02] Vero: ..."): the name between a line's timestamp
and its colon. The line patterns are ``names.chat_lines`` in ``lexicons/redaction.yaml``; a speaker that is a role
word, a listed not-name or a ``names.chat_not_speakers`` word ("[08:03] Supervisor:", "[10:30] Note:") stays.
Without timestamps ("Bouba : ils ont fermé", "kevin.ma: good"), a line's speaker counts in a text that says it is a
chat (``names.chat_cues``: WhatsApp, Slack, conversation...) and holds two such lines or more."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.patterns import Rules, literal_alternation
from screener.redact.words import _plain_word
from screener.resources import lexicon_data


@lru_cache(maxsize=1)
def _lines() -> tuple[tuple[re.Pattern[str], ...], frozenset[str]]:
    names = lexicon_data("redaction.yaml")["names"]
    return (tuple(re.compile(p) for p in names.get("chat_lines") or ()),
            frozenset(str(w).lower() for w in names.get("chat_not_speakers") or ()))


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    words = lexicon_data("redaction.yaml")["names"].get("chat_cues") or ["chat"]
    return re.compile(rf"(?<![\w'’])(?i:{literal_alternation(words)})(?![\w'’])")


_PLAIN_LINE = re.compile(r"(?m)^[^\S\n]*(?P<speaker>[A-ZÀ-Þ][\w’'\-]*(?:[^\S\n]+[A-ZÀ-Þ][\w’'\-]*\.?){0,2}"
                         r"|[a-z][a-z0-9]*[._][a-z0-9]+(?:[._][a-z0-9]+)?)[^\S\n]?:[^\S\n]+\S")


def _plain_speakers(text: str) -> list[re.Match[str]]:
    """The speaker matches of the untimed lines of a chat, or none when the text is no chat."""
    if "\n" not in text or not _cue().search(text):
        return []
    found = list(_PLAIN_LINE.finditer(text))
    return found if len(found) >= 2 else []


def chat_speaker_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the chat speakers named in ``text``."""
    if ":" not in text:
        return []
    out = []
    patterns, not_speakers = _lines()
    timed = [m for pattern in patterns for m in pattern.finditer(text)]
    found = _plain_speakers(text)
    named = [m for m in found if not _plain_word(m.group("speaker"), r)]
    # An ordinary word speaks too ("Rima:", "Jewel:") in a chat where someone else is named, when it speaks twice
    # or is named in the text as well; a label ("Answer:", "Date:") does neither.
    plain = [m for m in found if m in named or (named and " " not in m.group("speaker")
                                                and text.count(m.group("speaker")) >= 2)]
    for m in timed + plain:
        words = m.group("speaker").split()
        if any(w.lower() in r.role_words or w in r.not_names or w.lower() in r.org_words or w in r.stop_words
               or w.lower() in not_speakers for w in words):
            continue
        out.append((m.start("speaker"), m.end("speaker")))
    return out
