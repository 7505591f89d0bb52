"""The whole screening run as one plain function: ingest, evidence, watchlists, inherent risk, scoring."""
from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Sequence

from screener.issues import REPORT_DUPLICATE_NAME, REPORT_UNLINKED, REPORT_UNREADABLE
from screener.errors import InputError
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.contracts import (
    DataQualityIssue,
    Document,
    Evidence,
    InputFile,
    Page,
    ScreenRun,
    SupplierRecord,
    SupplierResult,
)

from screener.executor import Executor, LocalExecutor
from screener.progress import ProgressCallback, Tracker, as_tracker

Progress = ProgressCallback


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
                 progress: ProgressCallback | None = None, *,
                 advance: Callable[[int], None] | None = None) -> tuple[list[Document], list[DataQualityIssue]]:
    """Read every report; a report that cannot be read becomes a data-quality issue, not a crash.

    ``progress(fraction, message)`` or ``advance(1)`` is called once per file.

    Files with identical content are parsed once: later copies share the pages under their own name.
    """
    import hashlib

    from screener.ingest.documents import read_document

    docs: list[Document] = []
    issues: list[DataQualityIssue] = []
    seen: set[str] = set()
    parsed: dict[str, Document] = {}
    for i, path in enumerate(paths):
        name = display_names.get(str(path), path.name)
        if advance is not None:
            advance(1)
        if progress is not None:
            progress(i / max(len(paths), 1), f"Reading report {name}")
        if name in seen:
            issues.append(DataQualityIssue(
                code=REPORT_DUPLICATE_NAME, severity="error", file=str(path),
                message=f"Another report is also named '{name}'; this one was not scanned. Rename one of them."))
            continue
        seen.add(name)
        try:
            small = path.is_file() and 0 < path.stat().st_size <= limits.max_file_bytes
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if small else ""
        except OSError:
            digest = ""
        same = parsed.get(digest) if digest else None
        if same is not None:
            docs.append(dataclasses.replace(same, name=name, path=str(path)))
            continue
        try:
            doc = read_document(path, limits=limits, display_name=name)
        except InputError as exc:
            issues.append(DataQualityIssue(code=REPORT_UNREADABLE, message=exc.message, severity="error",
                                           file=name))
            continue
        if digest and doc.sha256 == digest:
            parsed[digest] = doc
        docs.append(doc)
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
    progress: ProgressCallback | Tracker | None = None,
    display_names: dict[str, str] | None = None,
    store: Any | None = None,
    executor: Executor | None = None,
) -> ScreenRun:
    """Screen a supplier sheet and its audit reports; every input row comes back as a SupplierResult.

    ``progress`` is a ``(fraction, message)`` callback or a ``screener.progress.Tracker`` (one stage at a
    time, with counts). ``store`` is an optional ``ReviewStore``: reviewers' earlier decisions on the same
    findings are applied (dismissed or remediated findings stop counting, confirmed ones count in full).
    ``executor`` runs the evidence scan, name matching and scoring (default: this machine; see
    ``screener.distributed`` for a Dask cluster); the result does not depend on it.
    """
    from screener.scoring.assess import coverage, not_screened_result
    from screener.batchwork import AssessJob, place_evidence, plan_scan
    from screener.evidence import get_engine
    from screener.risk.inherent import inherent_editions, inherent_risk
    from screener.ingest.linking import link_documents
    from screener.ingest.tables import read_supplier_table
    from screener.lexicon import load_lexicon
    from screener.scoring.model import model_edition
    from screener.scoring.rules import rank_key, tier_thresholds
    from screener.risk.watchlists import load_watchlists, watchlist_editions

    tracker = as_tracker(progress)
    run_on = executor or LocalExecutor()
    names = dict(display_names or {})
    started_at = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()

    with tracker.stage("Reading the supplier sheet", 1) as step:
        table = read_supplier_table(suppliers, sheet=sheet, overrides=overrides, limits=limits,
                                    display_name=names.get(str(suppliers)))
        step(1)
    paths = collect_report_paths(reports)
    with tracker.stage("Reading reports", len(paths)) as step:
        docs, doc_issues = read_reports(paths, limits, names, advance=step)

    with tracker.stage("Linking reports to suppliers", len(docs)) as step:
        links = link_documents(docs, table.records)
        step(len(docs))
    docs_by_name = {d.name: d for d in docs}
    docs_for: dict[str, list[str]] = defaultdict(list)
    for link in links:
        if link.supplier_key is None:
            doc_issues.append(DataQualityIssue(
                code=REPORT_UNLINKED, severity="warning", file=link.document,
                message="This report could not be linked to any supplier in the sheet; it was not scanned. "
                        "Name it in the sheet's audit-report column to link it."))
        else:
            docs_for[link.supplier_key].append(link.document)

    screenable = [r for r in table.records if r.screenable]
    items: list[tuple[Document, str]] = []
    for record in screenable:
        items.extend((docs_by_name[n], record.supplier_key) for n in docs_for.get(record.supplier_key, []))
        cell = findings_document(record, table.source_file)
        if cell is not None:
            items.append((cell, record.supplier_key))
    engine = get_engine()
    plan = plan_scan(items, engine.resolve_lang)
    with tracker.stage("Finding evidence", len(plan.texts)) as step:
        found = run_on.scan(plan.texts, step)
    evidence_for: dict[str, list[Evidence]] = defaultdict(list)
    for ev in place_evidence(plan, found):
        evidence_for[ev.supplier_key].append(ev)

    lists = load_watchlists(watchlists, extra_files=extra_lists)
    queries = [(r.name, r.country) for r in screenable]
    with tracker.stage("Matching names against watchlists", len(queries)) as step:
        matches = run_on.match(lists, queries, step)
    matches_for = {r.supplier_key: m for r, m in zip(screenable, matches)}

    decisions = store.evidence_decisions() if store is not None else None
    quality_for = table.quality.by_supplier()
    jobs = []
    for record in screenable:
        key = record.supplier_key
        doc_names = docs_for.get(key, [])
        jobs.append(AssessJob(record, evidence_for.get(key, []), matches_for.get(key, []),
                              inherent_risk(record.country, record.products), quality_for.get(key, []),
                              doc_names, [(n, page.number, page.text) for n in doc_names
                                          for page in docs_by_name[n].pages]))
    with tracker.stage("Scoring suppliers", len(table.records)) as step:
        assessed = iter(run_on.assess(jobs, decisions, step))
        results: list[SupplierResult] = []
        for record in table.records:
            if record.screenable:
                results.append(next(assessed))
            else:
                results.append(not_screened_result(record, quality_for.get(record.supplier_key, [])))
                step(1)
        results.sort(key=rank_key)

    lexicon = load_lexicon()
    editions = {"lexicon": f"{lexicon.version} (sha256 {lexicon.checksum[:12]})", "model": model_edition()}
    editions.update(watchlist_editions(lists))
    editions.update(inherent_editions())
    input_files = [InputFile(name=table.source_file, sha256=table.sha256, kind="suppliers")]
    input_files += [InputFile(name=d.name, sha256=d.sha256, kind="report") for d in docs]
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
