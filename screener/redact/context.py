"""Where a run of capitalised words stands: sentence starts, table cells, list entries, clause subjects, kin, a
role word after it."""
from __future__ import annotations

import re

from screener.redact.patterns import Rules


_SENTENCE_OPENERS = ".!?:;\"'“”«»(-–—\n"


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 200):pos].rstrip()  # a bounded look-back keeps long texts linear
    return not before or before[-1] in _SENTENCE_OPENERS


_SUBJECT_BEFORE = re.compile(r"(?:^|\W)(?:that|who|when|because|after|before|until|while|but|and|so|que|qu['’]|"
                             r"cuando|porque|mientras|pero|quand|lorsque|parce que|mais|et|y)[^\S\n]+$", re.IGNORECASE)


_SUBJECT_AFTER = re.compile(r"[^\S\n]+(?:had|has|was|is|did|could|would|had|said|told|asked|tried|left|lost|fell|"
                            r"worked|went|came|tenía|había|estaba|era|fue|dijo|trabajaba|avait|était|a[^\S\n]+(?:été|dû|"
                            r"perdu|quitté|travaillé)|est[^\S\n]+(?:tombée?|partie?|restée?))\b")


_KIN_AFTER = re.compile(r"[^\S\n]+(?:and|et|y|e)[^\S\n]+(?:his|her|their|sa|son|ses|leur|su|sus)[^\S\n]+([a-zà-ÿ-]+)")


def _kin_follows(text: str, end: int, r: Rules) -> bool:
    """True when "and his wife", "et sa fille", "y su hijo" follows: a person with a relative (not "et ses clients")."""
    m = _KIN_AFTER.match(text, end)
    return bool(m and (m.group(1) in r.personal_nouns or m.group(1) in r.role_words))


def _clause_subject(text: str, start: int, end: int, r: Rules) -> bool:
    """True when one word is the subject of a clause that a person heads: "that Prabin had been injured",
    "Voahangy et sa fille Miora trient le mica"."""
    if _sentence_start(text, start) and _kin_follows(text, end, r):
        return True
    return _SUBJECT_BEFORE.search(text[max(0, start - 14):start]) is not None and _SUBJECT_AFTER.match(text, end) is not None


_ENTRY_BEFORE = re.compile(r"(?:^|[:;|\n•*])[^\S\n]*(?:[-–—][^\S\n]*)?$")


_ENTRY_AFTER = re.compile(r"[^\S\n]+[–—-][^\S\n]+[a-zà-ÿ]|[^\S\n]*:[^\S\n]+[a-zà-ÿ]")


def _entry_follows(text: str, start: int, end: int) -> bool:
    """True when the run opens an entry of a list and a lower-case description follows a dash or a colon:
    "Notes: Hery Andrianarivo – sorter; Lova Rasoanaivo – carrier"."""
    return _ENTRY_BEFORE.search(text[max(0, start - 40):start]) is not None and _ENTRY_AFTER.match(text, end) is not None


def _running_text_follows(text: str, end: int) -> bool:
    """True when a lower-case word (or a comma and one) follows: running text, not a heading or a label."""
    return re.match(r"[^\S\n]*(?:,[^\S\n]*)?[a-zà-ÿ]", text[end:end + 8]) is not None


def _in_cell(text: str, start: int, end: int) -> bool:
    """True when the run fills a field of a table row or a delimited record ("| Rahim Uddin |", "Row 4; Dawa Lhamu;")."""
    line_start = text.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)  # bounded: linear
    line_end = text.find("\n", end, end + 300)
    line = text[line_start:line_end if line_end >= 0 else min(len(text), end + 300)]
    before, after = text[line_start:start].rstrip(" \t"), text[end:end + 3].lstrip(" \t")
    for sep, fields in (("|", 2), (";", 3), ("\t", 2)):  # prose has a semicolon or two, records have more
        if line.count(sep) >= fields and (before.endswith(sep) or (sep == "\t" and text[start - 1:start] == "\t")) \
                and (after.startswith(sep) or after == "" or after.startswith("\n")):
            return True
    return False


def _contact_owner(text: str, start: int, end: int) -> bool:
    """True when the run alone in brackets names whose phone, e-mail or ID comes just before ("... 6543 (Valentina)")."""
    return bool(re.search(r"[\d\w.]@?[\w.]*[^\S\n]*\($", text[max(0, start - 4):start])
                and re.search(r"\d[^\S\n]*\($|\.[a-z]{2,}[^\S\n]*\($", text[max(0, start - 6):start])
                and text[end:end + 1] == ")")


def _line_start(text: str, start: int) -> bool:
    """True when only a dash, a bullet or a time stamp stands before ``start`` on its line."""
    head = text[text.rfind("\n", max(0, start - 120), start) + 1 or max(0, start - 120):start]
    return re.fullmatch(r"[^\S\n]*(?:.*?\d{1,2}[:.]\d{2}[^\S\n]*)?[-–—•*]?[^\S\n]*", head) is not None


def _followed_by_role(text: str, end: int, r: Rules) -> bool:
    next_word = re.match(r"[^\W\d_]+", text[end:end + 80].lstrip())
    return bool(next_word and next_word.group(0).lower() in r.role_words)


def _followed_by_plural_role(text: str, end: int, r: Rules) -> bool:
    """True when a plural role word follows ("Karen workers", "Rohingya refugees")."""
    nxt = re.match(r"[^\S\n]+([a-zà-ÿ]+)", text[end:end + 40])
    if not nxt:
        return False
    low = nxt.group(1)
    return low.endswith("s") and (low[:-1] in r.role_words or low[:-2] in r.role_words or low in _PEOPLE_NOUNS)


_PEOPLE_NOUNS = frozenset({"refugees", "migrants", "communities", "families", "villagers", "people", "women", "men",
                           "children", "households", "farmers", "growers", "smallholders", "fishers", "fishermen"})
