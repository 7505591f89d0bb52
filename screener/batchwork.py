"""The per-page and per-supplier work of a run as pure functions over batches, shared by every executor.

Identical texts are scanned once: report pages and findings cells are reduced to distinct ``(text, lang)``
pairs, scanned, and the evidence is placed back on every (document, page, supplier) that holds the text.
A local run and a Dask run call the same functions here, so their results are the same.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from screener.contracts import (DataQualityIssue, Document, Evidence, InherentRiskItem, SupplierRecord, SupplierResult,
                             WatchlistMatch)


@dataclass(frozen=True)
class PagePlace:
    """Where one occurrence of a distinct page text belongs."""

    text_id: int
    document: str
    page: int
    supplier_key: str


@dataclass
class ScanPlan:
    """Distinct page texts to scan, and every place their evidence goes, in the order of the run."""

    texts: list[tuple[str, str]]  # (text, lang)
    places: list[PagePlace]


def plan_scan(items: Sequence[tuple[Document, str]], resolve_lang: Any) -> ScanPlan:
    """Reduce (document, supplier_key) pairs to distinct page texts; ``resolve_lang(text, lang)`` as the engine's.

    The language of a document is resolved once per distinct document text, as the engine does per document.
    """
    ids: dict[tuple[str, str], int] = {}
    texts: list[tuple[str, str]] = []
    places: list[PagePlace] = []
    langs: dict[tuple[str, str | None], str] = {}
    for doc, key in items:
        head = doc.text[:20000]
        lang = langs.get((head, doc.lang))
        if lang is None:
            lang = langs[(head, doc.lang)] = resolve_lang(head, doc.lang)
        for page in doc.pages:
            if not page.text or not page.text.strip():
                continue
            k = (page.text, lang)
            tid = ids.get(k)
            if tid is None:
                tid = ids[k] = len(texts)
                texts.append(k)
            places.append(PagePlace(tid, doc.name, page.number, key))
    return ScanPlan(texts, places)


def scan_texts(engine: Any, texts: Sequence[tuple[str, str]]) -> list[list[Evidence]]:
    """Evidence of each distinct (text, lang), with blank document, page 1 and no supplier."""
    return [engine.scan_text(text, lang=lang) for text, lang in texts]


def place_evidence(plan: ScanPlan, found: Sequence[Sequence[Evidence]]) -> list[Evidence]:
    """The evidence of every place of the plan, in order, pointing at its document, page and supplier."""
    out: list[Evidence] = []
    for p in plan.places:
        for ev in found[p.text_id]:
            out.append(dataclasses.replace(ev, document=p.document, page=p.page, supplier_key=p.supplier_key))
    return out


@dataclass(frozen=True)
class AssessJob:
    """Everything ``assess_supplier`` needs for one screened supplier (picklable, for worker processes)."""

    record: SupplierRecord
    evidence: list[Evidence]
    matches: list[WatchlistMatch]
    inherent: list[InherentRiskItem]
    quality: list[DataQualityIssue]
    documents: list[str]
    pages: list[tuple[str, int, str]]


def assess_batch(jobs: Sequence[AssessJob], decisions: Mapping[str, Any] | None) -> list[SupplierResult]:
    """``assess_supplier`` for each job, in order, with the default model."""
    from screener.scoring.assess import assess_supplier
    from screener.scoring.model import load_default_model

    model = load_default_model()
    return [assess_supplier(j.record, j.evidence, j.matches, j.inherent, j.quality, model=model,
                            documents=j.documents, decisions=decisions, pages=j.pages) for j in jobs]


def match_batch(index: Any, names: Sequence[tuple[str, str | None]]) -> list[list[WatchlistMatch]]:
    """Watchlist matches of each (name, country), in order, in this process."""
    return index.match_many(list(names), workers=1)


def chunks(n: int, size: int) -> list[tuple[int, int]]:
    """(start, stop) ranges that cover ``range(n)`` in pieces of at most ``size``."""
    size = max(1, size)
    return [(i, min(i + size, n)) for i in range(0, n, size)]


SHARED_PARTS = ("contributions", "inherent", "remediation", "vulnerability")
_KNOWN = object()  # the key of share_parts' table of canonical parts by id, inside ``canon``


def share_parts(results: Sequence[SupplierResult], canon: dict[Any, Any] | None = None) -> None:
    """Make equal frozen parts of different results one object (in place): a contribution such as "no audit
    finding" or a remediation step is the same for thousands of suppliers and is then held once in memory.
    Values do not change; only object identity does. Pass the same ``canon`` for the batches of one run."""
    canon = {} if canon is None else canon
    known = canon.setdefault(_KNOWN, {})  # id -> a canonical part: most parts already are one (memo tables)

    def one(x: Any) -> Any:
        hit = known.get(id(x))
        if hit is x:  # canon holds x, so its id is not reused while canon lives
            return x
        try:
            out = canon.setdefault(x, x)
        except TypeError:  # holds a list: keep it as it is
            return x
        known[id(out)] = out
        return out

    for r in results:
        for name in SHARED_PARTS:  # a part known by its id is canonical already (frozen parts are truthy)
            setattr(r, name, [known.get(id(x)) or one(x) for x in getattr(r, name)])
        r.ilo_rule = one(r.ilo_rule)
        r.escalation = one(r.escalation)
