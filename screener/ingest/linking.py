"""Attach each document to the supplier it is about.

In order: the sheet's audit_report column names the file (several names per cell allowed, with or without
extension, any case); the file name resembles one supplier's name; a supplier's name appears in the
first pages of the text. A document that links to nobody gets supplier_key None and method "none".
"""
from __future__ import annotations

import re
from pathlib import PurePath

from rapidfuzz import fuzz, process

from screener.ingest.dedupe import core_name
from screener.contracts import Document, DocumentLink, SupplierRecord
from screener.normalize import text_key

_SPLIT = re.compile(r"[;\n|]+|,\s+(?=\S+\.\w{2,4}\b)")
_FILE_NOISE = re.compile(r"\b(audit|report|reports|final|draft|smeta|rba|bsci|sa8000|wrap|amfori|ethical|social|"
                         r"compliance|assessment|informe|rapport|bericht|relatorio|auditoria|v\d+|rev\d*|copy|"
                         r"scan|\d{1,4})\b")
_FILE_CUTOFF = 88.0
_CONTENT_PAGES = 2
_MAX_NGRAM = 8


def _stem(name: str) -> str:
    base = PurePath(name.strip().replace("\\", "/")).name
    low = base.casefold()
    for ext in (".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm"):
        if low.endswith(ext):
            base = base[: -len(ext)]
            break
    return text_key(base)


def _sheet_index(records: list[SupplierRecord]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for rec in records:
        if not rec.audit_report:
            continue
        for part in _SPLIT.split(rec.audit_report):
            part = part.strip().strip('"\'')
            if part:
                index.setdefault(_stem(part), []).append(rec.supplier_key)
    return index


class _NameIndex:
    """Supplier names (normalised) -> key, with a token index so a file name is compared with few names."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.by_token: dict[str, list[str]] = {}
        for name in names:
            for tok in set(name.split()):
                self.by_token.setdefault(tok, []).append(name)

    def candidates(self, text: str) -> list[str]:
        out: dict[str, None] = {}
        for tok in set(text.split()):
            hits = self.by_token.get(tok, ())
            if len(hits) <= 2000:  # a token shared by thousands of names tells nothing
                out.update(dict.fromkeys(hits))
        return list(out)


def _file_name_match(doc: Document, index: _NameIndex) -> tuple[str, float, str] | None:
    stem = " ".join(_FILE_NOISE.sub(" ", _stem(doc.name)).split())
    if len(stem) < 4:
        return None
    choices = index.candidates(stem)
    if not choices:
        return None
    names = index.names
    hits = process.extract(stem, choices, scorer=fuzz.token_sort_ratio, limit=2)
    if not hits or hits[0][1] < _FILE_CUTOFF:
        return None
    if len(hits) > 1 and hits[1][1] >= hits[0][1] - 3 and names[hits[1][0]] != names[hits[0][0]]:
        return None  # two suppliers fit the file name equally well
    return names[hits[0][0]], round(hits[0][1] / 100, 3), hits[0][0]


def _content_match(doc: Document, names: dict[str, str]) -> tuple[str, str] | None:
    text = " ".join(p.text for p in doc.pages[:_CONTENT_PAGES])
    tokens = text_key(text).split()
    found: dict[str, tuple[int, str]] = {}
    for i in range(len(tokens)):
        for n in range(min(_MAX_NGRAM, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i:i + n])
            key = names.get(phrase)
            if key and (len(phrase) >= 6 or n >= 2):
                found.setdefault(key, (i, phrase))
                break
    if not found:
        return None
    if len(found) > 1:
        longest = sorted(found.items(), key=lambda kv: (-len(kv[1][1]), kv[1][0]))
        if len(longest[0][1][1]) == len(longest[1][1][1]):
            return None  # two suppliers named equally prominently
        return longest[0][0], longest[0][1][1]
    key, (_, phrase) = next(iter(found.items()))
    return key, phrase


def link_documents(docs: list[Document], records: list[SupplierRecord]) -> list[DocumentLink]:
    """One DocumentLink per document, in the order given."""
    sheet = _sheet_index(records)
    names: dict[str, str] = {}
    for rec in records:
        if rec.name and rec.screenable:
            for variant in (text_key(rec.name), core_name(rec.name)):
                if variant and len(variant) >= 4:
                    names.setdefault(variant, rec.supplier_key)
    index = _NameIndex(names)
    links: list[DocumentLink] = []
    for doc in docs:
        keys = sheet.get(_stem(doc.name))
        if keys:
            detail = "named in the sheet's audit report column"
            if len(set(keys)) > 1:
                detail += f" of {len(set(keys))} suppliers; linked to the first"
            links.append(DocumentLink(doc.name, keys[0], "sheet_column", 1.0, detail))
            continue
        hit = _file_name_match(doc, index)
        if hit:
            links.append(DocumentLink(doc.name, hit[0], "file_name", hit[1],
                                      f"file name resembles supplier name '{hit[2]}'"))
            continue
        found = _content_match(doc, names)
        if found:
            links.append(DocumentLink(doc.name, found[0], "content", 0.8,
                                      f"supplier name '{found[1]}' appears in the first pages"))
            continue
        links.append(DocumentLink(doc.name, None, "none", 0.0, "no supplier named in the sheet, the file name or "
                                  "the first pages"))
    return links
