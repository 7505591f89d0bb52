"""ID and account numbers in a table column whose header names them ("Bank a/c", "Compte", "Cuenta", "IBAN",
"Seaman's book"): the header row is a line of tab- or pipe-separated cells, each later row with as many cells is
read under it. The header labels are the ID keywords of ``id_numbers.context_words`` in ``lexicons/redaction.yaml``
and ``column_words`` (minus ``not_before_words``, which name references of sites, invoices and cases)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from screener.redact.patterns import id_keywords, literal_alternation
from screener.resources import lexicon_data

_SPLIT = re.compile(r"\t|[^\S\n]*\|[^\S\n]*")
_VALUE = re.compile(r"[A-Z0-9][A-Z0-9\-/. ]{2,40}[A-Z0-9]")
_SUFFIX = r"(?:[^\S\n]*(?:no\.?|nos\.?|number|numbers|n[°º]\.?|#|número|numéro|nr\.?))?[^\S\n]*[:.]?"


@lru_cache(maxsize=1)
def _header() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    ids = lexicon_data("redaction.yaml")["id_numbers"]

    yes = re.compile(rf"(?i:(?:{literal_alternation([*id_keywords(), *(ids.get('column_words') or [])])}){_SUFFIX})")
    no = re.compile(rf"(?i:(?:{literal_alternation(ids.get('not_before_words'))}){_SUFFIX})")
    return yes, no, int(ids.get("table_min_digits") or ids["min_digits"])


def column_cells(text: str, is_head: Callable[[str], bool],
                 label: Callable[[str], str] = str.strip) -> Iterator[tuple[int, tuple[str, ...], int, str]]:
    """Every non-empty cell under a header column of a table in ``text``: (its column, the header row's labels,
    the offset of its stripped value in ``text``, that value). A header row is a line of two or more tab- or
    pipe-separated cells with a label (``label`` of the cell) that ``is_head`` accepts; each later line with as
    many cells is read under it, until a line of another width or a line that is not a row."""
    columns: set[int] = set()
    labels: tuple[str, ...] = ()
    width = 0
    pos = 0
    for line in text.split("\n"):
        cells = [(m.start(), m.end()) for m in _cells(line)]
        if len(cells) >= 2:
            row = tuple(label(line[s:e]) for s, e in cells)
            heads = {i for i, c in enumerate(row) if c and is_head(c)}
            if heads:
                columns, width, labels = heads, len(cells), row
            elif columns and len(cells) == width:
                for i in sorted(columns):
                    s, e = cells[i]
                    value = line[s:e].strip()
                    if value:
                        yield i, labels, pos + s + line[s:e].index(value), value
            elif len(cells) != width:
                columns = set()
        elif columns and line.strip():
            columns = set()
        pos += len(line) + 1


def _id_label(cell: str) -> str:
    """A header cell as an ID label: stripped of spaces and quotes ("'Passport No.'")."""
    return cell.strip().strip("'’").strip()


def table_id_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the values in an ID or account column of a table in ``text``."""
    if "\t" not in text and "|" not in text:
        return []
    yes, no, min_digits = _header()
    return [(start, start + len(value))
            for _, _, start, value in column_cells(text, lambda c: bool(yes.fullmatch(c) and not no.fullmatch(c)),
                                                   _id_label)
            if _VALUE.fullmatch(value) and sum(ch.isdigit() for ch in value) >= min_digits]


def _cells(line: str) -> list[re.Match[str]]:
    """The cells of a row, as matches of their text between separators."""
    return list(re.finditer(r"[^\t|]+|(?<=[\t|])(?=[\t|]|$)", line)) if _SPLIT.search(line) else []
