"""The whole screening run as one plain function: ingest, evidence, watchlists, inherent risk, scoring."""
from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Sequence

from screener.errors import InputError
from screener.limits import DEFAULT_LIMITS, Limits
from screener.models import (
    DataQualityIssue,
    Document,
    DocumentLink,
    Evidence,
    InputFile,
    Page,
    ScreenRun,
    SupplierRecord,
    SupplierResult,
)

Progress = Callable[[float, str], None]


def _noop(_fraction: float, _message: str) -> None:
    return None


def collect_report_paths(reports: Path | str | Sequence[Path | str] | None) -> list[Path]:
    """The audit-report files to read: every supported file in a folder (sorted), or the files given."""
    from screener.ingest.documents import SUPPORTED_DOCUMENT_SUFFIXES

    if reports is None:
        return []
    if isinstance(reports, (str, Path)):
        folder = Path(reports)
        if not folder.exists():
            raise InputError("the reports folder does not exist", file=str(folder))
        if folder.is_file():
            return [folder]
        return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_DOCUMENT_SUFFIXES)
    return [Path(p) for p in reports]


def read_reports(paths: Sequence[Path], limits: Limits, display_names: dict[str, str],
                 progress: Progress) -> tuple[list[Document], list[DataQualityIssue]]:
    """Read every report; a report that cannot be read becomes a data-quality issue, not a crash."""
    from screener.ingest.documents import read_document

    docs: list[Document] = []
    issues: list[DataQualityIssue] = []
    seen: set[str] = set()
    for i, path in enumerate(paths):
        name = display_names.get(str(path), path.name)
        progress(0.10 + 0.15 * i / max(len(paths), 1), f"Reading report {name}")
        if name in seen:
            issues.append(DataQualityIssue(
                code="report_duplicate_name", severity="error", file=str(path),
                message=f"Another report is also named '{name}'; this one was not scanned. Rename one of them."))
            continue
        seen.add(name)
        try:
            docs.append(read_document(path, limits=limits, display_name=name))
        except InputError as exc:
            issues.append(DataQualityIssue(code="report_unreadable", message=exc.message, severity="error",
                                           file=name))
    return docs, issues


def findings_document(record: SupplierRecord, source_file: str) -> Document | None:
    """The sheet's free-text findings cell as a one-page document, so it is scanned like a report."""
    if not record.findings or not record.findings.strip():
        return None
    name = f"{source_file} (row {record.row_number}, findings)"
    return Document(name=name, pages=[Page(1, record.findings)], format="cell")


def screen(
    suppliers: Path | str,
    *,
    reports: Path | str | Sequence[Path | str] | None = None,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    watchlists: Sequence[str] = ("uflpa", "cbp"),
    extra_lists: Sequence[Path | str] = (),
    progress: Progress | None = None,
    display_names: dict[str, str] | None = None,
    store: Any | None = None,
) -> ScreenRun:
    """Screen a supplier sheet and its audit reports; every input row comes back as a SupplierResult.

    ``store`` is an optional ``ReviewStore``: reviewers' earlier decisions on the same findings are applied
    (dismissed or remediated findings stop counting, confirmed ones count in full).
    """
    from screener.assess import assess_supplier, coverage, not_screened_result
    from screener.evidence import get_engine
    from screener.inherent import inherent_editions, inherent_risk
    from screener.ingest.linking import link_documents
    from screener.ingest.tables import read_supplier_table
    from screener.lexicon import load_lexicon
    from screener.model import load_default_model, model_edition
    from screener.rules import rank_key, tier_thresholds
    from screener.watchlists import WatchlistIndex, load_watchlists, watchlist_editions

    report = progress or _noop
    names = dict(display_names or {})
    started_at = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()

    report(0.0, "Reading the supplier sheet")
    table = read_supplier_table(suppliers, sheet=sheet, overrides=overrides, limits=limits,
                                display_name=names.get(str(suppliers)))
    paths = collect_report_paths(reports)
    docs, doc_issues = read_reports(paths, limits, names, report)

    report(0.25, "Linking reports to suppliers")
    links = link_documents(docs, table.records)
    docs_by_name = {d.name: d for d in docs}
    docs_for: dict[str, list[str]] = defaultdict(list)
    for link in links:
        if link.supplier_key is None:
            doc_issues.append(DataQualityIssue(
                code="report_unlinked", severity="warning", file=link.document,
                message="This report could not be linked to any supplier in the sheet; it was not scanned. "
                        "Name it in the sheet's audit-report column to link it."))
        else:
            docs_for[link.supplier_key].append(link.document)

    report(0.30, "Finding evidence in reports")
    items: list[tuple[Document, str]] = []
    for record in table.records:
        if not record.screenable:
            continue
        items.extend((docs_by_name[n], record.supplier_key) for n in docs_for.get(record.supplier_key, []))
        cell = findings_document(record, table.source_file)
        if cell is not None:
            items.append((cell, record.supplier_key))
    engine = get_engine()
    evidence = engine.scan_documents(items, progress=lambda f, m: report(0.30 + 0.45 * f, m))
    evidence_for: dict[str, list[Evidence]] = defaultdict(list)
    for ev in evidence:
        evidence_for[ev.supplier_key].append(ev)

    report(0.75, "Matching names against watchlists")
    lists = load_watchlists(watchlists, extra_files=extra_lists)
    index = WatchlistIndex(lists)
    screenable = [r for r in table.records if r.screenable]
    matches = index.match_many([(r.name, r.country) for r in screenable])
    matches_for = {r.supplier_key: m for r, m in zip(screenable, matches)}

    report(0.85, "Scoring suppliers")
    model = load_default_model()
    decisions = store.evidence_decisions() if store is not None else None
    results: list[SupplierResult] = []
    quality_for = table.quality.by_supplier()
    for record in table.records:
        quality = quality_for.get(record.supplier_key, [])
        if not record.screenable:
            results.append(not_screened_result(record, quality))
            continue
        names = docs_for.get(record.supplier_key, [])
        results.append(assess_supplier(
            record,
            evidence_for.get(record.supplier_key, []),
            matches_for.get(record.supplier_key, []),
            inherent_risk(record.country, record.products),
            quality,
            model=model,
            documents=names,
            decisions=decisions,
            pages=[(n, page.number, page.text) for n in names for page in docs_by_name[n].pages],
        ))
    results.sort(key=rank_key)

    lexicon = load_lexicon()
    editions = {"lexicon": f"{lexicon.version} (sha256 {lexicon.checksum[:12]})", "model": model_edition()}
    editions.update(watchlist_editions(lists))
    editions.update(inherent_editions())
    input_files = [InputFile(name=table.source_file, sha256=table.sha256, kind="suppliers")]
    input_files += [InputFile(name=d.name, sha256=d.sha256, kind="report") for d in docs]
    report(1.0, "Done")
    return ScreenRun(
        results=results,
        table=table,
        documents=[d.name for d in docs],
        links=links,
        input_files=input_files,
        editions=editions,
        started_at=started_at,
        duration_s=time.perf_counter() - t0,
        document_issues=doc_issues,
        thresholds=tier_thresholds(),
        coverage=coverage(results),
    )
