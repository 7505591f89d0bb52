"""Write the small input files that the README's command-line examples use (examples/), deterministically.

Every company, site and person here is invented, except the watchlist names in names.txt, which are real entries of
the UFLPA Entity List and CBP orders (shown to demonstrate matching).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from openpyxl import Workbook

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

VENDORS = [
    ("Vendor", "Country", "Main product", "Workers", "% migrant", "Last audit", "Audit findings"),
    ("Golden Lotus Knitwear Ltd.", "Bangladesh", "knitted garments", 850, "12%", "2025-03-11",
     "OT up to 84 hours a week in peak season; no rest day for 19 consecutive days."),
    ("Sierra Azul Agroexport S.A.C.", "Peru", "asparagus", 420, "0%", "2024-11-02",
     "Los salarios se pagan puntualmente y no se encontraron menores de edad."),
    ("Perlis Rubber Gloves Sdn Bhd", "Malaysia", "nitrile gloves", 2300, "68%", "2023-06-20",
     "Passports of migrant workers kept by HR; workers paid MYR 4,500 in recruitment fees to agents."),
    ("Atelier Tissage du Nord", "France", "woven fabric", 95, "", "",
     ""),
    ("Hetian Haolin Hair Accessories Co., Ltd.", "China", "hair accessories", "", "", "", ""),
]

MY_LIST = [
    ("name", "aliases", "country"),
    ("Perlis Rubber Gloves Sdn Bhd", "Perlis Gloves; PRG Sdn Bhd", "MY"),
    ("Blue Harbour Seafood Processing Co.", "Blue Harbour Seafood", "TH"),
]

NAMES = ["Hetian Haolin Hair Accessories Co., Ltd.", "Xinjiang Production and Construction Corps",
         "Golden Lotus Knitwear Ltd.", "Hoshine Silicon Industry Co Ltd", "Sierra Azul Agroexport"]

SENTENCES = [
    {"id": "s1", "text": "Passports of 14 migrant workers were kept in the HR office safe.", "lang": "en"},
    {"id": "s2", "text": "Wages were paid on time and all workers hold their own documents.", "lang": "en"},
    {"id": "s3", "text": "NC: OT fixed and compulsory, 72 hours a week in peak season."},
    {"id": "s4", "text": "Los trabajadores no recibieron su salario durante tres meses.", "lang": "es"},
    {"id": "s5", "text": "Des enfants de 12 ans travaillaient dans l'atelier de couture.", "lang": "fr"},
]

REPORT = """Social compliance audit - summary of findings
Site: Perlis Rubber Gloves Sdn Bhd, Kedah, Malaysia. Audit date: 20 June 2023.

Finding 1 (major NC): passports of 212 migrant workers from Nepal and Bangladesh are kept by HR and returned
only on resignation. Workers interviewed said they paid MYR 4,500 to agents in their home country and are
still repaying loans taken for the fees.
Finding 2: overtime records show 78 hours in the week of 12 June; workers said they cannot refuse overtime.
Observation: dormitory rooms hold 16 workers each; the fire exit on level 2 was locked.
Good practice: wages are paid on time by bank transfer, and payslips are in the workers' languages.
"""


def main(out: Path = EXAMPLES) -> None:
    """Write the example files into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendors 2026"
    for row in VENDORS:
        ws.append(list(row))
    wb.properties.creator = "screener examples"
    wb.save(out / "vendors.xlsx")
    with (out / "my_list.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(MY_LIST)
    (out / "names.txt").write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    (out / "sentences.jsonl").write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in SENTENCES),
                                         encoding="utf-8")
    (out / "audit_report.txt").write_text(REPORT, encoding="utf-8")
    write_review_db(out / "reviews.sqlite")


def write_review_db(db: Path, n: int = 300) -> None:
    """A small review database of simulated supplier decisions (for ``screener train --from-reviews``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from example_refine_from_reviews import review_store

    db.unlink(missing_ok=True)
    review_store(db, n)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLES)
