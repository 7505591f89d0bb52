"""Exports of a screening run: Excel risk register, PDF case files, JSON and CSV.

Every export is redacted by default (``redact=False`` for authorised use) and escapes spreadsheet cells
against formula injection. ``store`` is a ``screener.review.store.ReviewStore`` whose decisions are included.
"""
from __future__ import annotations

from pathlib import Path

from screener.errors import InputError
from screener.export.jsonio import csv_string, json_string, write_csv, write_json
from screener.export.view import ExportView, StoreLike, build_view
from screener.export.xlsx import workbook_bytes, write_workbook
from screener.contracts import ScreenRun, SupplierResult
from screener.progress import NullTracker, Tracker

__all__ = ["write_export", "prepare_view", "xlsx_bytes", "pdf_case_bytes", "pdf_summary_bytes", "json_text", "csv_text"]
SUFFIXES = (".xlsx", ".json", ".csv")


def xlsx_bytes(run: ScreenRun, store: StoreLike | None = None, redact: bool = True) -> bytes:
    """The Excel risk register as file content."""
    return workbook_bytes(build_view(run, store, redact))


def json_text(run: ScreenRun, redact: bool = True, store: StoreLike | None = None) -> str:
    """The versioned JSON export (docs/result_schema.md)."""
    return json_string(build_view(run, store, redact))


def csv_text(run: ScreenRun, redact: bool = True, store: StoreLike | None = None) -> str:
    """One flat, escaped CSV row per supplier, in rank order."""
    return csv_string(build_view(run, store, redact))


def pdf_case_bytes(result: SupplierResult, run: ScreenRun, store: StoreLike | None = None,
                   redact: bool = True) -> bytes:
    """The PDF case file of one supplier of ``run``."""
    from screener.export.pdf import case_pdf

    view = build_view(run, store, redact)
    shown = view.result(result.supplier_key)
    if shown is None:
        raise ValueError(f"supplier {result.supplier_key!r} is not part of this run")
    return case_pdf(view, shown)


def pdf_summary_bytes(run: ScreenRun, store: StoreLike | None = None, redact: bool = True) -> bytes:
    """The portfolio summary PDF of ``run``."""
    from screener.export.pdf import summary_pdf

    return summary_pdf(build_view(run, store, redact))


def _is_directory_target(out: Path, raw: str) -> bool:
    return raw.endswith(("/", "\\")) or out.is_dir() or out.suffix == ""


def prepare_view(run: ScreenRun, store: StoreLike | None = None, redact: bool = True,
                 progress: Tracker | None = None) -> ExportView:
    """Rank, redact and attach reviews once, for every export of the same run (``write_export(view=...)``)."""
    with (progress or NullTracker()).stage("Preparing the export (ranking, redaction)", len(run.results)) as step:
        view = build_view(run, store, redact)
        step(len(run.results))
    return view


def write_export(run: ScreenRun, out: Path | str, *, store: StoreLike | None = None,
                 redact: bool = True, progress: Tracker | None = None, all_cases: bool = False,
                 view: ExportView | None = None) -> list[Path]:
    """Write the export chosen by ``out``'s suffix (.xlsx, .json, .csv) or, for a directory, one PDF case
    file per supplier that needs attention (every supplier with ``all_cases``) plus ``portfolio_summary.pdf``.
    Returns the paths written. Files are streamed: memory does not grow with the number of rows.
    ``view`` reuses a view already built for the same run, store and redaction.
    """
    tracker = progress or NullTracker()
    raw = str(out)
    out = Path(out)
    directory = _is_directory_target(out, raw)
    if not directory and out.suffix.lower() not in SUFFIXES:
        raise InputError(f"cannot export to '{out.suffix}': use .xlsx, .json, .csv or a directory for PDF case files",
                         file=str(out))
    if view is None:
        view = prepare_view(run, store, redact, tracker)
    if directory:
        from screener.export.pdf import case_selection, write_case_files

        chosen = case_selection(view, all_cases)
        out.mkdir(parents=True, exist_ok=True)
        with tracker.stage(f"Writing case files to {out}", len(chosen) + 1) as step:
            return write_case_files(view, out, chosen, advance=step)
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tracker.stage(f"Writing {out.name}", len(view.results)) as step:
        if suffix == ".xlsx":
            write_workbook(view, out, advance=step)
        elif suffix == ".json":
            with out.open("w", encoding="utf-8") as fh:
                write_json(view, fh, advance=step)
        else:
            with out.open("w", encoding="utf-8", newline="") as fh:
                write_csv(view, fh, advance=step)
    return [out]
