"""Ingestion + deduplication throughput of a realistic supplier list (names that repeat across countries,
near-duplicate spellings, legal forms), at 2,500 / 10,000 / 40,000 rows. Target: 10,000 rows <= 2 s.

    PYTHONPATH=. .venv/bin/python bench/bench_ingest_rows.py
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("Golden Star Textile Garment Apparel Knit Fashion Sun Rise Green Leaf Ocean Pearl Royal Global Union "
         "Bright Eagle Lotus Dragon Phoenix Crystal Metro Prime Delta Alpha Omega Eastern Western Pacific").split()
FORMS = ["Co., Ltd.", "Ltd", "Limited", "Inc.", "S.A. de C.V.", "Pvt Ltd", "GmbH", "LLC", ""]
COUNTRIES = ["China", "Viet Nam", "Bangladesh", "India", "Turkey", "Cambodia", "Indonesia", "Mexico"]


def make_csv(path: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    lines = ["Supplier Name,Supplier ID,Country,Address,Products,Total Workers,% Migrant Workers"]
    for i in range(n):
        name = " ".join(rnd.sample(WORDS, 3)) + " " + rnd.choice(FORMS)
        if rnd.random() < 0.1:
            name = name.upper()
        lines.append(f'"{name}",S{i:06d},{rnd.choice(COUNTRIES)},"{rnd.randint(1, 999)} Road, City",garments,'
                     f"{rnd.randint(50, 5000)},{rnd.randint(0, 60)}%")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    from screener.ingest.tables import read_supplier_table

    sizes = [int(x) for x in (sys.argv[1].split(",") if len(sys.argv) > 1 else ["2500", "10000", "40000"])]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            p = Path(tmp) / f"s{n}.csv"
            make_csv(p, n)
            times = []
            for _ in range(3):
                t = time.perf_counter()
                table = read_supplier_table(p)
                times.append(time.perf_counter() - t)
            dups = sum(1 for i in table.quality.issues if i.code == "duplicate_supplier")
            print(f"{n:>7,d} rows: median {statistics.median(times):.2f} s "
                  f"({statistics.median(times) / n * 1e6:.0f} us/row), {dups} duplicate warnings", flush=True)


if __name__ == "__main__":
    main()
