"""Exports of a screening run: Excel risk register, PDF case files, JSON and CSV.

Every export is redacted by default (``redact=False`` for authorised use) and escapes spreadsheet cells
against formula injection. ``store`` is a ``screener.store.ReviewStore`` whose decisions are included.
"""
from __future__ import annotations

from pathlib import Path

from screener.errors import InputError
from screener.export.jsonio import csv_string, json_string
from screener.export.view import StoreLike, build_view
from screener.export.xlsx import workbook_bytes
from screener.models import ScreenRun, SupplierResult

__all__ = ["write_export", "xlsx_bytes", "pdf_case_bytes", "pdf_summary_bytes", "json_text", "csv_text"]
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


def write_export(run: ScreenRun, out: Path | str, *, store: StoreLike | None = None,
                 redact: bool = True) -> list[Path]:
    """Write the export chosen by ``out``'s suffix (.xlsx, .json, .csv) or, for a directory, one PDF case
    file per supplier plus ``portfolio_summary.pdf``. Returns the paths written."""
    raw = str(out)
    out = Path(out)
    if _is_directory_target(out, raw):
        from screener.export.pdf import write_case_files

        out.mkdir(parents=True, exist_ok=True)
        return write_case_files(build_view(run, store, redact), out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"cannot export to '{out.suffix}': use .xlsx, .json, .csv or a directory for PDF case files",
                         file=str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    view = build_view(run, store, redact)
    if suffix == ".xlsx":
        out.write_bytes(workbook_bytes(view))
    elif suffix == ".json":
        out.write_text(json_string(view), encoding="utf-8")
    else:
        out.write_text(csv_string(view), encoding="utf-8", newline="")
    return [out]
