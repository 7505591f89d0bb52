"""A large portfolio built reproducibly from the sample one: N suppliers (unique names) and M report copies.

Rows are resampled (seeded) from ``sample_suppliers/suppliers.xlsx``; each gets a new vendor number and a
unique name (the sample name plus two syllables and a number). Reports are byte copies of the sample reports
under new file names, each named in the "Audit report" cell of one supplier row (preferably a row resampled
from the supplier the original report is about); every other row's report cell is left empty.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SHEET = ROOT / "sample_suppliers" / "suppliers.xlsx"
SAMPLE_REPORTS = ROOT / "sample_suppliers" / "reports"
SYLLABLES = ("hua xing da sheng tai feng xin yuan long heng an jin hong li fu yong de jia mei kang rui bao "
             "cheng tian hai shun chang guang ming yi zhong wei hao sen lin yu run ke qi tong yang ze").split()


def _sample_rows() -> tuple[list[str], list[list[object]]]:
    wb = openpyxl.load_workbook(SAMPLE_SHEET, read_only=True, data_only=True)
    rows = [list(r) for r in wb["Vendors"].iter_rows(values_only=True)]
    wb.close()
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "Vendor No.")
    header = [str(h) for h in rows[header_at]]
    data = [r for r in rows[header_at + 1:] if any(v not in (None, "") for v in r)]
    return header, data


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value)


def build_portfolio(out_dir: Path, suppliers: int, reports: int, seed: int = 13) -> tuple[Path, Path]:
    """Write ``suppliers.csv`` and ``reports/`` into ``out_dir``; returns (sheet path, reports folder)."""
    rng = random.Random(seed)
    header, data = _sample_rows()
    col = {h: i for i, h in enumerate(header)}
    name_i, key_i, report_i = col["Vendor Name"], col["Vendor No."], col["Audit report"]
    sample_reports = sorted(p for p in SAMPLE_REPORTS.iterdir() if p.is_file())
    rows: list[list[object]] = []
    for i in range(suppliers):
        src = list(rng.choice(data))
        base = src[name_i] or "Unnamed Supplier"
        src[name_i] = f"{base} {rng.choice(SYLLABLES).title()}{rng.choice(SYLLABLES)} {i + 1}"
        src[key_i] = f"B{i + 1:07d}"
        src.append(src[report_i])  # remember the original report cell to place copies sensibly
        src[report_i] = None
        rows.append(src)
    by_report: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        cell = str(r[-1] or "").strip().replace("\\", "/").split("/")[-1].lower()
        if cell:
            by_report.setdefault(cell, []).append(i)
    out_dir.mkdir(parents=True, exist_ok=True)
    rep_dir = out_dir / "reports"
    if rep_dir.exists():
        shutil.rmtree(rep_dir)
    rep_dir.mkdir()
    pools = {p.stem.lower(): [i for key, idx in by_report.items() if key.startswith(p.stem.lower()) for i in idx]
             for p in sample_reports}
    for pool in pools.values():
        rng.shuffle(pool)
    used: set[int] = set()
    for k in range(reports):
        original = sample_reports[k % len(sample_reports)]
        copy_name = f"{original.stem}_copy{k + 1:05d}{original.suffix}"
        shutil.copyfile(original, rep_dir / copy_name)
        pool = pools[original.stem.lower()]
        while pool and pool[-1] in used:
            pool.pop()
        row = pool.pop() if pool else rng.randrange(len(rows))
        while row in used:
            row = rng.randrange(len(rows))
        used.add(row)
        rows[row][report_i] = copy_name
    sheet = out_dir / "suppliers.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow([_cell(v) for v in r[:-1]])
    return sheet, rep_dir


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--suppliers", type=int, default=100_000)
    ap.add_argument("--reports", type=int, default=1_000)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    print(build_portfolio(a.out, a.suppliers, a.reports, a.seed))
