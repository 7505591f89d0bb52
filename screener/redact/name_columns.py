"""Names in a table column whose header names people ("Name", "Nickname", "Nom", "Apodo", "Agent", "Initiales"): the header row is a
line of tab- or pipe-separated cells, each later row with as many cells is read under it (as for ID columns,
screener/redact/table_ids.py). A value counts when it is one to four capitalised words with no digit and no word
that is a place, a country, a role, an organisation word or a listed not-name ("N/A", "Vacant", "Dhaka", "Gulf
Recruiting Ltd" stay), and under a name header no word that stands for no one ("Vacant", "Total", "Unknown").
The header labels are ``names.column_words`` and ``names.nickname_column_words`` in ``lexicons/redaction.yaml``."""
from __future__ import annotations

import re
from functools import lru_cache

from screener.redact.joins import ordinary_words
from screener.redact.patterns import Rules, literal_alternation
from screener.redact.table_ids import column_cells
from screener.resources import lexicon_data

_VALUE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[^\S\n\t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}")  # "Pi", "Sok Dara", "B.Tr."


@lru_cache(maxsize=1)
def _header() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Headers of name columns and of nickname columns, and the values that stand for no one in a name column
    (``names.column_blanks`` and the ``missing`` words of lexicons/values.yaml)."""
    names = lexicon_data("redaction.yaml")["names"]
    nick = [*(names.get("nickname_column_words") or ["nickname"]), *(names.get("initials_column_words") or ())]
    words = [*(names.get("column_words") or ["name"]), *nick]
    blanks = frozenset(str(w).lower() for w in [*(names.get("column_blanks") or ()),
                                                *lexicon_data("values.yaml")["missing"]])
    return (re.compile(rf"(?i:{literal_alternation(words)})[^\S\n]*:?"),
            re.compile(rf"(?i:{literal_alternation(nick)})[^\S\n]*:?"), blanks)


def _office(value: str, r: Rules, header: re.Pattern[str]) -> bool:
    """True when a cell of a name column names an office, not a person: a short acronym ("DRH", "RRHH"), a role
    ("HR Manager") or a header word with a department ("Responsable HSE")."""
    words = value.split()
    if len(words) == 1 and value.isalpha() and value.isupper() and len(value) <= 4:
        return True
    return any(w.lower() in r.role_words for w in words) or (len(words) > 1 and bool(header.fullmatch(words[0])))


def name_column_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of the values in a name column of a table in ``text``."""
    if "\t" not in text and "|" not in text:
        return []
    header, nickname, blanks = _header()
    out: list[tuple[int, int]] = []
    for i, labels, start, value in column_cells(text, lambda c: bool(header.fullmatch(c))):
        plain = not nickname.fullmatch(labels[i])  # a name (not nickname) column: "Vacant", "Total", "N/A" are no one
        if _VALUE.fullmatch(value) and not any(ch.isdigit() for ch in value) \
                and not ordinary_words(value.split(), r) \
                and not (plain and value.lower() in blanks) and not (plain and _office(value, r, header)):
            out.append((start, start + len(value)))
    return out
