"""Names written in another script inside Latin text: lists of Devanagari, Bengali, Thai, Khmer, Myanmar, Tamil,
Arabic, Chinese or Cyrillic names ("a list pinned at the camp: दीपक घिमिरे, मनोज यादव – Camp 3") and such a name
after a cue word ("received from راشد علي", "paid NT$ 1,000 to 黃志豪").

A run of non-Latin words counts as a name when it is an item of a list of at least two such runs, or when it follows
a cue word. A run followed by a number ("车间 3", "ค่าแรง 9,000"), placed after a dash ("– الوردية الأولى") or a
non-Latin word, is left alone: those are headings and labels. The cue words are in ``lexicons/redaction.yaml``
(``names.script_cues``)."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.resources import lexicon_data

# A letter of a script other than Latin (letters, and the vowel signs of Indic, Thai, Khmer and Myanmar), no digit.
_LETTER = (r"(?:(?!\d)(?:[^\W\d_\u0000-\u024F\u1E00-\u1EFF]"
           r"|[\u0600-\u06FF\u0750-\u077F\u0900-\u0DFF\u0E00-\u0E7F\u1000-\u109F\u1780-\u17FF]))")
_WORD = rf"{_LETTER}+"
_RUN = re.compile(rf"(?<![\w\u0900-\u0DFF\u0E00-\u0E7F\u1000-\u109F\u1780-\u17FF]){_WORD}(?:[ \u00A0]{_WORD}){{0,3}}")
_HAN = re.compile(r"^[\u3400-\u9FFF]+$")
_LIST_BEFORE = re.compile(r"(?:^|[:,،;、|\n(]|(?<!\w)(?:and|y|et|und|e|и|และ))[^\S\n]*$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"^[^\S\n]*(?:[,،;、|)(.–—\-\n]|(?:and|y|et|und|e|и)\b|$)", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"^[^\S\n]*[\d৳₹฿$€£¥]")
# A whole table cell ("| 김민수 | welder |") or a line's first item before a dash and a Latin label ("阮氏花 – sewing").
_CELL_BEFORE = re.compile(r"(?:^|\n|\||\t)[^\S\n]*$")
_CELL_AFTER = re.compile(r"^[^\S\n]*(?:\||\t|\n|$)")
_ITEM_BEFORE = re.compile(r"(?:^|\n|[:;])[^\S\n]*$")
_DASH_AFTER = re.compile(r"^[^\S\n]+[–—-][^\S\n]+[A-Za-zÀ-ÿ]")
_SEP = re.compile(r"^[^\S\n]*(?:[,،;、]|(?:and|y|et|und|e|и)\b)[^\S\n]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cue_before() -> re.Pattern[str]:
    cues = [str(c) for c in (lexicon_data("redaction.yaml")["names"].get("script_cues") or ())]
    alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})[^\S\n]*[:«\"“]?[^\S\n]*$", re.IGNORECASE)


def _plausible(run: str) -> bool:
    """A name's shape: a Chinese name of 2 to 6 characters; a Cyrillic name opens with a capital."""
    if _HAN.match(run):
        return 2 <= len(run) <= 6
    if any("\u0400" <= ch <= "\u04FF" for ch in run):
        return all(w[:1].isupper() for w in run.split())
    return True


_CAPITALISED = re.compile(rf"(?<!\w)[А-ЯЁІЇЄҐҚҒҮҰӘӨҺ]{_LETTER}*(?:[ \u00A0][А-ЯЁІЇЄҐҚҒҮҰӘӨҺ]{_LETTER}*){{0,2}}")


def _candidates(m: re.Match[str]) -> list[re.Match[str]]:
    """The run itself, or in Cyrillic its runs of capitalised words ("паспорт у Виктора" -> "Виктора")."""
    run = m.group(0)
    if not any("\u0400" <= ch <= "\u04FF" for ch in run) or all(w[:1].isupper() for w in run.split()):
        return [m]
    return [c for c in _CAPITALISED.finditer(m.string, m.start(), m.end())]


def _in_a_mixed_row(text: str, m: re.Match[str], before: str, after: str) -> bool:
    """True when the run fills a table cell, or opens a line or list item before a dash and a Latin label, on a line
    that also holds Latin text: a register of names with their jobs in another language."""
    cell = _CELL_BEFORE.search(before) is not None and _CELL_AFTER.match(after) is not None
    item = not cell and _ITEM_BEFORE.search(before) is not None and _DASH_AFTER.match(after) is not None
    if not (cell or item):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return any("a" <= ch.lower() <= "z" for ch in line)


def script_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names in a non-Latin script found by list position or a cue word."""
    if text.isascii():
        return []
    runs = [c for m in _RUN.finditer(text) for c in _candidates(m) if _plausible(c.group(0))]
    if not runs:
        return []
    cue = _cue_before()
    out: list[tuple[int, int]] = []
    for i, m in enumerate(runs):
        before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 12]
        if _NUMBER_AFTER.match(after):
            continue
        if cue.search(before) or _in_a_mixed_row(text, m, before, after):
            out.append((m.start(), m.end()))
            continue
        if not _LIST_BEFORE.search(before):
            continue
        prev_ok = i > 0 and _SEP.match(text[runs[i - 1].end():m.start()]) is not None
        next_ok = i + 1 < len(runs) and _SEP.match(text[m.end():runs[i + 1].start()]) is not None
        if prev_ok or (next_ok and _LIST_AFTER.match(after)):  # the last item may run on: "X, Y and Z were sent"
            out.append((m.start(), m.end()))
    return out
