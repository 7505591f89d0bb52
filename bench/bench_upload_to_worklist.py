"""Upload-to-worklist time in the app: the sample portfolio and a 5,000-supplier sheet, warm process.

What the app does after "Screen uploaded files": write the uploads (``state.save_uploads``), ``screener.screen``
with the nlp engine and model already built, the ``st.cache_data`` pickle round trip, then the Portfolio page
builds its ranked worklist (``app_pages.worklist.worklist_frame``) with the review store's decisions. The
5,000-supplier sheet repeats the sample's rows with numbered names (so findings cells, countries and products
keep their real mix) and carries no reports. Medians over ``--repeats`` runs; the baseline, in the same process,
is reading the sheet alone.

Usage: .venv/bin/python bench/bench_upload_to_worklist.py [--repeats 3] [--big 5000]
"""
from __future__ import annotations

import argparse
import io
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app_pages import worklist  # noqa: E402
from app_pages.state import SAMPLE_REPORTS, SAMPLE_SHEET, prepare_engine_and_model, save_uploads  # noqa: E402
from screener.ingest.tables import read_supplier_table  # noqa: E402
from screener.pipeline import collect_report_paths, screen  # noqa: E402
from screener.review.store import ReviewStore  # noqa: E402


def big_sheet(n: int) -> bytes:
    """An xlsx of ``n`` suppliers made from the sample's rows, names numbered so that every row is distinct."""
    from openpyxl import Workbook, load_workbook

    src = load_workbook(SAMPLE_SHEET, read_only=True)
    ws = src[src.sheetnames[0]]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header_i = next(i for i, r in enumerate(rows) if r and any(str(c or "").strip() == "Vendor Name" for c in r))
    header, data = rows[header_i], [r for r in rows[header_i + 1:] if any(c not in (None, "") for c in r)]
    name_i, id_i = header.index("Vendor Name"), header.index("Vendor No.")
    wb = Workbook()
    out = wb.active
    out.append(header)
    for k in range(n):
        row = list(data[k % len(data)])
        row[name_i] = f"{row[name_i] or 'Supplier'} {k // len(data) + 1:03d}"
        row[id_i] = f"B{k:06d}"
        out.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def upload_to_worklist(sheet: tuple[str, bytes], reports: list[tuple[str, bytes]], store: ReviewStore) -> float:
    t0 = time.perf_counter()
    inputs = save_uploads(sheet[0], sheet[1], reports)
    run = screen(inputs.suppliers, reports=list(inputs.reports), progress=lambda f, m: None, store=store)
    run = pickle.loads(pickle.dumps(run, protocol=pickle.HIGHEST_PROTOCOL))  # what st.cache_data does
    df = worklist.worklist_frame(run, store.supplier_decisions(), store.evidence_decisions())
    assert len(df) == len(run.results)
    return time.perf_counter() - t0


def measure(label: str, sheet: tuple[str, bytes], reports: list[tuple[str, bytes]], repeats: int,
            store: ReviewStore) -> None:
    path = Path(tempfile.mkdtemp()) / sheet[0]
    path.write_bytes(sheet[1])
    base, times = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        n = len(read_supplier_table(path).records)
        base.append(time.perf_counter() - t)
        times.append(upload_to_worklist(sheet, reports, store))
    med, bmed = statistics.median(times), statistics.median(base)
    print(f"{label}: {n} suppliers, {len(reports)} reports: upload-to-worklist median {med:.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in times)}); reading the sheet alone {bmed:.2f} s "
          f"(ratio {med / bmed:.1f}x)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--big", type=int, default=5000)
    args = ap.parse_args()
    t0 = time.perf_counter()
    prepare_engine_and_model()
    print(f"one-off warm-up (nlp pipelines and model, once per server): {time.perf_counter() - t0:.1f} s")
    store = ReviewStore(Path(tempfile.mkdtemp()) / "reviews.sqlite")
    reports = [(p.name, p.read_bytes()) for p in collect_report_paths(SAMPLE_REPORTS)]
    screen(SAMPLE_SHEET, reports=SAMPLE_REPORTS)  # the app opens on the sample, screened once
    measure("sample portfolio", (SAMPLE_SHEET.name, SAMPLE_SHEET.read_bytes()), reports, args.repeats, store)
    measure(f"{args.big}-supplier sheet", ("big_suppliers.xlsx", big_sheet(args.big)), [], max(1, args.repeats - 1),
            store)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
