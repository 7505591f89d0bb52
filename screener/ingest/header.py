"""Find the header row of a sheet: title rows above it, two-row headers and merged header cells."""
from __future__ import annotations

import re
from dataclasses import dataclass

from screener.ingest.columns import match_header

SCAN_ROWS = 30
_DATA_LIKE = re.compile(r"^[\s$€£%+\-.,:/0-9]+$|^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class HeaderChoice:
    """Where the header is (0-based frame row), how many rows it spans and the column names it gives."""

    row: int
    rows: int
    names: tuple[str, ...]
    matched: int


def _is_text(value: str | None) -> bool:
    return value is not None and bool(str(value).strip()) and not _DATA_LIKE.match(str(value).strip())


SCAN_COLUMNS = 512  # the header row is chosen from the first columns (the names still span the full width)
_FUZZY_WIDTH = 256  # rows with more text cells than this are scored by exact and contained synonyms only


def _score(names: list[str | None]) -> int:
    fields = set()
    texts = [str(n) for n in names if _is_text(n) and len(str(n)) <= 200]  # numbers, dates, long texts: no header
    fuzzy_ok = len(texts) <= _FUZZY_WIDTH
    for n in texts:
        fld, conf, _ = match_header(n, fuzzy_ok)
        if fld and conf >= 0.8:
            fields.add(fld)
    return len(fields)


def _combine(parent: list[str | None], child: list[str | None]) -> list[str | None]:
    out: list[str | None] = []
    for p, c in zip(parent, child):
        p = str(p).strip() if p is not None and str(p).strip() else None
        c = str(c).strip() if c is not None and str(c).strip() else None
        if p and c and p.casefold() != c.casefold():
            out.append(f"{p} {c}")
        else:
            out.append(c or p)
    return out


def _looks_like_data(values: list) -> bool:
    """A row holding a country name or code, or a company legal form, is a data row, not a header."""
    from screener.normalize.countries import is_exact_country

    legal = re.compile(r"\b(?:ltd|llc|inc|co|corp|gmbh|s\.?a|srl|pvt|limited|company|factory|industr\w*)\b\.?", re.I)
    return any(is_exact_country(str(v)) or legal.search(str(v)) for v in values)


def _spread(row: list[str | None], spans: list[tuple[int, int]]) -> list[str | None]:
    """Copy a merged (or visually spanning) parent label over the columns it covers."""
    out = list(row)
    for c1, c2 in spans:
        if 0 <= c1 < len(out):
            for j in range(c1 + 1, min(c2 + 1, len(out))):
                if out[j] is None or not str(out[j]).strip():
                    out[j] = out[c1]
    return out


def find_header(top: list[list[str | None]], spans_by_row: dict[int, list[tuple[int, int]]],
                col_offset: int = 0) -> HeaderChoice:
    """Best header among the first rows: the row (or pair of rows) naming the most canonical fields.

    ``spans_by_row`` gives, per frame row, the horizontal merged ranges (first, last column) in frame columns.
    """
    full = top[:SCAN_ROWS]
    full_width = max((len(r) for r in full), default=0)
    best = _choose(full, spans_by_row, col_offset)
    if full_width <= SCAN_COLUMNS:
        return best
    rows = [list(r) + [None] * (full_width - len(r)) for r in full]
    if best.rows == 2 and best.row + 1 < len(rows):
        spread = _spread(rows[best.row], spans_by_row.get(best.row, []))
        return HeaderChoice(best.row, 2, tuple(_names(_combine(spread, rows[best.row + 1]), col_offset)),
                            best.matched)
    return HeaderChoice(best.row, best.rows, tuple(_names(rows[best.row], col_offset)), best.matched)


def _choose(top: list[list[str | None]], spans_by_row: dict[int, list[tuple[int, int]]],
            col_offset: int) -> HeaderChoice:
    rows = [list(r[:SCAN_COLUMNS]) for r in top]
    width = max((len(r) for r in rows), default=0)
    rows = [list(r) + [None] * (width - len(r)) for r in rows]
    best: HeaderChoice | None = None
    for i, row in enumerate(rows):
        texts = [v for v in row if _is_text(v)]
        if len(texts) < 1:
            continue
        single = _score(row)
        cand = HeaderChoice(i, 1, tuple(_names(row, col_offset)), single)
        if i + 1 < len(rows):
            child = rows[i + 1]
            child_vals = [v for v in child if v is not None and str(v).strip()]
            if len(child_vals) >= 2 and all(_is_text(v) for v in child_vals):
                spans = spans_by_row.get(i, [])
                parent = _spread(row, spans)
                gaps = any((row[j] is None or not str(row[j]).strip()) and child[j] is not None for j in range(width))
                combined = _combine(parent, child)
                score2 = _score(combined)
                child_score = _score(child)
                if _looks_like_data(child_vals):
                    pass  # a supplier row under the header is data, whatever the merges above it say
                elif score2 > max(single, child_score) and (spans or gaps or score2 > single + 1) \
                        or (score2 == single > child_score > 0 and spans):
                    cand = HeaderChoice(i, 2, tuple(_names(combined, col_offset)), score2)
        if best is None or cand.matched > best.matched:
            best = cand
    if best is None:
        return HeaderChoice(0, 1, tuple(_names(rows[0] if rows else [], col_offset)), 0)
    if best.matched == 0:
        return _fallback(rows, col_offset)
    return best


def _fallback(rows: list[list[str | None]], col_offset: int = 0) -> HeaderChoice:
    """No known header anywhere: the first row that is mostly text and as wide as the widest row."""
    widest = max((sum(1 for v in r if v is not None and str(v).strip()) for r in rows), default=0)
    for i, row in enumerate(rows):
        filled = [v for v in row if v is not None and str(v).strip()]
        if filled and len(filled) >= max(2, widest // 2) and all(_is_text(v) for v in filled):
            return HeaderChoice(i, 1, tuple(_names(row, col_offset)), 0)
    return HeaderChoice(0, 1, tuple(_names(rows[0] if rows else [], col_offset)), 0)


def _names(row: list[str | None], col_offset: int = 0) -> list[str]:
    """Header texts, with blanks named after their column letter and duplicates numbered."""
    from screener.ingest.readers import col_letter

    out: list[str] = []
    seen: dict[str, int] = {}
    for j, v in enumerate(row):
        blank = f"Column {col_letter(j + col_offset)}"
        name = " ".join(str(v).split()) if v is not None and str(v).strip() else blank
        if name.casefold() in seen:
            seen[name.casefold()] += 1
            name = f"{name} ({seen[name.casefold()]})"
        else:
            seen[name.casefold()] = 1
        out.append(name)
    return out
