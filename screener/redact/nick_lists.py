"""Nicknames in a list that pairs each nickname with a full name, one pair a line ("Babu — Abdul Kader",
"« Pape » — Papa Malick Faye"), in a text that says it lists nicknames (``names.nickname_list_cues`` in
``lexicons/redaction.yaml``: "nicknames", "surnoms", "apodos"). The nickname counts only when the rest of its line
is a name already found; a role, a listed not-name or an organisation word before the dash stays."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from screener.redact.patterns import Rules
from screener.resources import lexicon_data

_PAIR = re.compile(r"(?m)^[^\S\n]*(?:[«\"“'][^\S\n]*)?(?P<nick>[A-ZÀ-Þ][^\W\d_]*(?:[^\S\n]+[A-ZÀ-Þ][^\W\d_]*)?)"
                   r"(?:[^\S\n]*[»\"”'])?[^\S\n]+[—–-][^\S\n]+(?P<rest>[^\n]+?)[^\S\n]*$")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str] | None:
    words = lexicon_data("redaction.yaml")["names"].get("nickname_list_cues") or ()
    if not words:
        return None
    return re.compile(r"(?i:(?<!\w)(?:" + "|".join(re.escape(str(w)) for w in words) + r")(?!\w))")


def nickname_list_spans(text: str, r: Rules, found: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the nicknames paired with an already found name (``found``) in a list of nicknames."""
    cue = _cue()
    if cue is None or "\n" not in text or not cue.search(text):
        return []
    out = []
    for m in _PAIR.finditer(text):
        rs, re_ = m.start("rest"), m.end("rest")
        if not any(s <= rs and e >= re_ for s, e in found):
            continue
        words = m.group("nick").split()
        if any(w.lower() in r.role_words or w in r.not_names or w.lower() in r.org_words for w in words):
            continue
        out.append((m.start("nick"), m.end("nick")))
    return out
