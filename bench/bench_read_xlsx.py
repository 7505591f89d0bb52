"""Time read_supplier_table on a generated 100,000-row xlsx against plain openpyxl in the same run.

Usage: .venv/bin/python bench/bench_read_xlsx.py [--rows 100000] [--repeat 3]
Prints the median seconds of each, and their ratio. Bar: read_supplier_table <= 3 s.
"""
from __future__ import annotations

import argparse
import os
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

BAR_S = 3.0
COUNTRIES = ["China", "Viet Nam", "BANGLADESH", "IN", "Türkiye", "Indonesia", "Malaysia", "Thailand", "Brasil",
             "Mexico", "Pakistan", "Cambodia", "Burma", "Sri Lanka", "Ethiopia", "KEN", "Peru", "Ghana"]
PRODUCTS = ["Garments", "T-shirts", "cotton yarn", "Electronics assembly", "CPO", "Shrimp; fish", "Cocoa",
            "Bricks", "Polysilicon", "nitrile gloves", "Coffee", "Sugar cane", "Tea", "Footwear", "Toys"]


def make_xlsx(path: Path, rows: int, seed: int = 7) -> None:
    """A supplier master list with a title row, mixed countries, text percents and real dates."""
    from openpyxl import Workbook

    rnd = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Suppliers")
    ws.append(["Supplier master list - generated for the benchmark"])
    ws.append(["Vendor ID", "Vendor Name", "Ctry", "City", "Main product(s)", "No. of workers",
               "% migrant workers", "Labour agency used?", "Last audit", "Audit report", "Annual spend (USD)",
               "Buyer"])
    base = dt.date(2020, 1, 1)
    for i in range(rows):
        ws.append([f"V{i:06d}", f"Supplier {i} Manufacturing Co., Ltd", rnd.choice(COUNTRIES),
                   f"City {i % 500}", rnd.choice(PRODUCTS), rnd.randint(20, 5000),
                   rnd.choice([f"{rnd.randint(0, 90)}%", rnd.random(), None]),
                   rnd.choice(["Yes", "No", "sí", "", "n"]), base + dt.timedelta(days=rnd.randint(0, 1500)),
                   f"audit_{i}.pdf" if i % 3 == 0 else None, round(rnd.random() * 1e6, 2), "Team A"])
    wb.save(path)


def time_ours(path: Path) -> float:
    from screener.ingest.tables import read_supplier_table

    t0 = time.perf_counter()
    table = read_supplier_table(path)
    dt_ = time.perf_counter() - t0
    assert len(table.records) > 0
    return dt_


def time_openpyxl(path: Path) -> float:
    from openpyxl import load_workbook

    t0 = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    dt_ = time.perf_counter() - t0
    assert n > 0
    return dt_


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--file", type=Path, help="reuse (or create) this xlsx instead of a temporary one")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file or Path(tmp) / "suppliers_100k.xlsx"
        if not path.exists():
            t0 = time.perf_counter()
            make_xlsx(path, args.rows)
            print(f"generated {args.rows:,} rows ({path.stat().st_size / 1e6:.1f} MB) in "
                  f"{time.perf_counter() - t0:.1f} s")
        c0 = time.process_time()
        ours = [time_ours(path) for _ in range(args.repeat)]
        cpu = (time.process_time() - c0) / args.repeat
        base = [time_openpyxl(path) for _ in range(args.repeat)]
        print(f"machine load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
              f"read_supplier_table CPU time per run {cpu:.2f} s")
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(f"read_supplier_table (parse + map + normalise + records): median {m_ours:.2f} s "
          f"(runs {', '.join(f'{x:.2f}' for x in ours)})")
    print(f"openpyxl read_only, values only (no normalisation):     median {m_base:.2f} s "
          f"(runs {', '.join(f'{x:.2f}' for x in base)})")
    print(f"ratio ours/openpyxl: {m_ours / m_base:.2f}; bar {BAR_S:.1f} s: {'PASS' if m_ours <= BAR_S else 'FAIL'}")
    return 0 if m_ours <= BAR_S else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
