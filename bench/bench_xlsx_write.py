"""Writing the Excel register: wall and CPU time per sheet, rows and cells per sheet, peak memory; streamed rows
against openpyxl's own writer (the reference) in the same process, and a cell-for-cell comparison of the two files.

The portfolio is built as in bench_full_screen.py (seed 13, from the sample); the screened run is kept in the work
folder (pickle) so that repeated runs time the writer only.

    PYTHONPATH=. python bench/bench_xlsx_write.py                        # 5,000 suppliers + 50 reports
    PYTHONPATH=. python bench/bench_xlsx_write.py --compare              # and compare every cell with the reference
    PYTHONPATH=. python bench/bench_xlsx_write.py --suppliers 100000 --reports 1000 --reference
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import re
import resource
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from portfolio_synth import build_portfolio  # noqa: E402

SHEET_FUNCS = ("summary_sheet", "suppliers_sheet", "methodology_sheet")
DETAIL_FUNCS = ("evidence_sheet", "remediation_sheet", "referrals_sheet", "watchlist_sheet", "inherent_sheet",
                "quality_sheet", "reviews_sheet")


def cpu_s() -> float:
    t = os.times()
    return t.user + t.system


def screened_run(work: Path, suppliers: int, reports: int, seed: int):
    """The screened run of the bench portfolio, from the pickle when there is one."""
    case = work / f"case_{suppliers}_{reports}_{seed}"
    cached = case / "run.pickle"
    if cached.is_file():
        with cached.open("rb") as fh:
            return pickle.load(fh)
    from screener.pipeline import screen

    sheet, reps = build_portfolio(case, suppliers, reports, seed)
    t = time.perf_counter()
    run = screen(sheet, reports=reps)
    print(f"# screened in {time.perf_counter() - t:.1f} s (kept in {cached})")
    with cached.open("wb") as fh:
        pickle.dump(run, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return run


def timed_write(view, target: Path, stream: bool) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Write the register; (wall, CPU) per sheet function and for saving, and the totals."""
    from screener.export import xlsx

    times: dict[str, tuple[float, float]] = {}
    saved = {}

    def timed(module, name):
        fn = getattr(module, name)
        saved[(module, name)] = fn

        def run(*a, **k):
            w, c = time.perf_counter(), cpu_s()
            fn(*a, **k)
            times[name] = (time.perf_counter() - w, cpu_s() - c)
        setattr(module, name, run)

    for name in SHEET_FUNCS:
        timed(xlsx, name)
    for name in DETAIL_FUNCS:
        timed(xlsx.sheets, name)
    try:
        w, c = time.perf_counter(), cpu_s()
        xlsx.write_workbook(view, target, stream=stream)
        wall, cpu = time.perf_counter() - w, cpu_s() - c
    finally:
        for (module, name), fn in saved.items():
            setattr(module, name, fn)
    times["saving (zip)"] = (wall - sum(a for a, _ in times.values()), cpu - sum(b for _, b in times.values()))
    return times, wall, cpu


def sheet_sizes(path: Path) -> dict[str, tuple[int, int, float]]:
    """Rows, non-empty cells and MB of XML of each sheet, by sheet name."""
    out = {}
    with zipfile.ZipFile(path) as z:
        names = re.findall(r'<sheet [^>]*name="([^"]+)"', z.read("xl/workbook.xml").decode())
        for i, name in enumerate(names, start=1):
            part = f"xl/worksheets/sheet{i}.xml"
            rows = cells = 0
            with z.open(part) as fh:
                for chunk in iter(lambda: fh.read(1 << 22), b""):
                    rows += chunk.count(b"<row ")
                    cells += chunk.count(b"<c ")
            out[name.replace("&amp;", "&")] = (rows, cells, z.getinfo(part).file_size / 1e6)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suppliers", type=int, default=5_000)
    ap.add_argument("--reports", type=int, help="default: one per 100 suppliers")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--work", type=Path, default=Path("/tmp/screener-bench-xlsx"))
    ap.add_argument("--reference", action="store_true", help="also time openpyxl's own writer (slow)")
    ap.add_argument("--compare", action="store_true", help="compare every cell with the reference (implies it)")
    a = ap.parse_args()
    reports = a.reports if a.reports is not None else max(1, a.suppliers // 100)
    run = screened_run(a.work, a.suppliers, reports, a.seed)
    from screener.export import build_view

    view = build_view(run)
    view.generated_at = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)  # the same in both files
    out_dir = a.work / f"case_{a.suppliers}_{reports}_{a.seed}"
    print(f"# xlsx write bench: {a.suppliers:,} suppliers + {reports:,} reports (seed {a.seed}); "
          f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results = {}
    modes = [("streamed", True)] + ([("openpyxl", False)] if a.reference or a.compare else [])
    for label, stream in modes:
        target = out_dir / f"register_{label}.xlsx"
        results[label] = timed_write(view, target, stream)
        print(f"# {label}: {results[label][1]:.2f} s wall, {results[label][2]:.2f} s CPU, "
              f"{target.stat().st_size / 1e6:.1f} MB; load {os.getloadavg()[0]:.2f}", flush=True)
    sizes = sheet_sizes(out_dir / "register_streamed.xlsx")
    head = f"{'sheet':24s} {'rows':>9s} {'cells':>10s} {'XML MB':>7s}"
    for label in results:
        head += f" {label + ' wall':>14s} {'CPU':>7s}"
    print(head)
    names = list(results["streamed"][0])
    labels = {n: n.replace("_sheet", "") for n in names}
    by_sheet = dict(zip(SHEET_FUNCS + DETAIL_FUNCS, ("Summary", "Suppliers", "Methodology", "Evidence",
                                                      "Corrective-action plan", "Referrals", "Watchlist matches",
                                                      "Inherent risk", "Data quality", "Reviews & audit log")))
    for name in names:
        rows, cells, mb = sizes.get(by_sheet.get(name, ""), (0, 0, 0.0))
        line = f"{by_sheet.get(name, labels[name]):24s} {rows:9,d} {cells:10,d} {mb:7.1f}"
        for label in results:
            w, c = results[label][0].get(name, (0.0, 0.0))
            line += f" {w:14.2f} {c:7.2f}"
        print(line)
    total = f"{'TOTAL':24s} {sum(r for r, _, _ in sizes.values()):9,d} {sum(c for _, c, _ in sizes.values()):10,d} " \
            f"{sum(m for _, _, m in sizes.values()):7.1f}"
    for label in results:
        total += f" {results[label][1]:14.2f} {results[label][2]:7.2f}"
    print(total)
    if "openpyxl" in results:
        print(f"# CPU ratio openpyxl / streamed: {results['openpyxl'][2] / results['streamed'][2]:.1f}x")
    print(f"# peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")
    if a.compare:
        from xlsx_compare import differences

        t = time.perf_counter()
        diff = differences(out_dir / "register_streamed.xlsx", out_dir / "register_openpyxl.xlsx")
        print(f"# comparison ({time.perf_counter() - t:.0f} s): "
              + ("every sheet, cell, style and layout the same" if not diff else "DIFFERENCES:\n" + "\n".join(diff)))


if __name__ == "__main__":
    main()
