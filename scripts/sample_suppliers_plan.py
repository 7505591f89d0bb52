"""Plan the invented suppliers of the sample portfolio: names, places, products and workforce facts.

Deterministic for a given ``random.Random``. Near-variants of watchlist entities are listed explicitly in
``NEAR_VARIANTS``; every other generated name is checked not to resemble a listed entity.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from sample_content_places import COUNTRIES, PRODUCTS, PRODUCTS_ES, SECTOR_LOCAL

# suppliers per country in suppliers.xlsx (36 countries)
XLSX_COUNTS = {
    "CN": 13, "VN": 11, "BD": 11, "IN": 11, "PK": 6, "KH": 5, "MM": 4, "TH": 8, "MY": 8, "ID": 8, "PH": 4,
    "LK": 4, "NP": 2, "UZ": 3, "TR": 8, "MA": 4, "TN": 2, "CI": 4, "GH": 4, "BF": 2, "CD": 3, "ET": 3,
    "KE": 3, "JO": 3, "BR": 5, "MX": 4, "GT": 2, "HN": 2, "PE": 2, "CO": 2, "EC": 2, "IT": 3, "RO": 2, "MU": 1,
}
# Spanish-language list (suppliers_es.csv)
CSV_COUNTS = {"MX": 6, "GT": 4, "HN": 2, "PE": 3, "CO": 3, "EC": 3, "ES": 3, "DO": 1}

# Deliberate near-variants of watchlist entities: (name in our sheet, iso2, city, product, list, entity, how)
NEAR_VARIANTS = [
    ("Aksu Huafu Colour Spinning", "CN", "Aksu", "cotton_yarn", "uflpa",
     "Aksu Huafu Color Spinning Co., Ltd.", "legal form dropped, British spelling of 'Colour'"),
    ("Hoshine Silicon Industries Co Ltd", "CN", "Shanshan", "polysilicon", "uflpa",
     "Hoshine Silicon Industry Co., Ltd.", "plural 'Industries', punctuation dropped"),
    ("Hotan Taida Apparel Company Limited", "CN", "Hotan", "garments", "uflpa",
     "Hetian Taida Apparel Co., Ltd.", "transliteration Hetian/Hotan, legal form spelled out"),
    ("Ninestar Zhuhai Information Tech.", "CN", "Zhuhai", "electronics", "uflpa",
     "Zhuhai Ninestar Information Technology Co., Ltd.", "word order changed, 'Technology' abbreviated, legal form dropped"),
    ("Central Romana Corp.", "DO", "La Romana", "sugarcane", "cbp",
     "Central Romana Corporation Limited", "abbreviated legal form (CBP Withhold Release Order, active)"),
]

LEGAL_RE = re.compile(
    r"\b(co|ltd|limited|inc|corp|corporation|company|pvt|private|plc|llc|jsc|sdn|bhd|berhad|pt|tbk|sa|sas|sarl|"
    r"srl|sl|sac|spa|sa|rl|ltda|cia|scoops|group|industrial|industries|industry|holdings?|de|cv|as|sti|san|ve|tic)\b", re.I)


@dataclass
class Supplier:
    """One invented supplier (one sheet row unless it is a duplicate or the unnamed row)."""

    vendor_no: str
    name: str
    iso2: str
    city: str
    product: str
    product_raw: str
    workers: int
    migrant_share: float
    agency: bool
    fees: bool | None
    housing: str
    audit_date: dt.date | None
    table: str = "xlsx"
    lang: str = "en"
    report: str | None = None  # report key, set by the report planner
    watch: dict | None = None
    duplicate_of: str | None = None
    notes: list[str] = field(default_factory=list)


def core_name(name: str) -> str:
    """Lower-case name without punctuation and legal forms ("S.A. de C.V." -> "")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower().replace("\u0131", "i")) if not unicodedata.combining(c))
    flat = re.sub(r"[^\w\s]", " ", plain.replace(".", ""))
    return " ".join(LEGAL_RE.sub(" ", flat).split())


def load_watch_names(shared: Path) -> list[str]:
    """All UFLPA names and aliases and CBP entity names, for the look-alike check."""
    names: list[str] = []
    with open(shared / "uflpa_entity_list.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names.append(row["name"])
            names += [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
    with open(shared / "cbp_wro_findings.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names += [p.strip() for p in re.split(r",? a/k/a |; ", row["entity"]) if p.strip()]
    return names


def looks_listed(name: str, watch_cores: list[str], threshold: float = 70.0) -> bool:
    """True when ``name`` (legal forms removed) resembles any watchlist name."""
    core = core_name(name)
    return any(fuzz.token_sort_ratio(core, w) >= threshold or (len(core) > 8 and fuzz.partial_ratio(core, w) >= 90)
               for w in watch_cores if w)


def _strip_legal(name: str) -> str:
    words = name.split()
    while words and LEGAL_RE.fullmatch(words[-1].replace(".", "").strip(",()")):
        words.pop()
    return " ".join(words)


def _make_name(rng: random.Random, iso2: str, product: str, used: set[str]) -> str:
    spec = COUNTRIES[iso2]
    for _ in range(50):
        stem = rng.choice(spec["stems"])
        local = SECTOR_LOCAL.get(spec.get("name_lang", ""), {}).get(product)
        sector = rng.choice(local or PRODUCTS[product][1])
        legal = rng.choice(spec["legal"])
        if local:
            name = f"{sector} {stem} {legal}"
        elif spec.get("prefix_legal"):
            name = f"{legal} {stem} {sector}"
        elif spec.get("city_prefix") and rng.random() < 0.7:
            name = f"{rng.choice(spec['cities'])} {stem} {sector} {legal}"
        else:
            name = f"{stem} {sector} {legal}"
        core = core_name(name)
        if all(fuzz.ratio(core, core_name(u)) < 85 for u in used):  # no accidental look-alike duplicates
            return name
    raise RuntimeError(f"cannot make a unique name for {iso2}/{product}")


def _workforce(rng: random.Random, iso2: str, product: str) -> tuple[int, float, bool, bool | None, str]:
    migrant_host = bool(COUNTRIES[iso2].get("migrants"))
    workers = rng.choice([35, 60, 120, 240, 380, 650, 900, 1200, 1850, 2600, 4100])
    share = rng.choice([0.0, 0.05, 0.1, 0.15]) if not migrant_host else rng.choice([0.35, 0.5, 0.62, 0.8, 0.9])
    if product in ("cocoa", "coffee", "bricks", "sugarcane", "tomatoes", "hazelnuts", "cotton", "gold", "tea"):
        share = max(share, rng.choice([0.0, 0.2, 0.4]))  # seasonal internal migrants
    agency = share >= 0.3 or rng.random() < 0.2
    fees = None if rng.random() < 0.25 else (agency and rng.random() < 0.35)
    housing = rng.choice(["Yes - dormitory on site", "Yes (agency hostel)", "No", "Y", "Worker camp", ""]) if (
        share >= 0.3 or product in ("palm_oil", "fishing", "bricks", "sugarcane")) else rng.choice(["No", "", "N", "Yes - dormitory on site"])
    return workers, share, agency, fees, housing


def plan_suppliers(rng: random.Random, watch_names: list[str]) -> list[Supplier]:
    """Return the invented suppliers of both tables, in sheet order (xlsx first, then csv)."""
    watch_cores = [core_name(w) for w in watch_names]
    used: set[str] = set()
    out: list[Supplier] = []
    today = dt.date(2026, 10, 14)
    for table, counts, prefix in (("xlsx", XLSX_COUNTS, "V"), ("csv", CSV_COUNTS, "P-")):
        slots = [iso for iso, n in counts.items() for _ in range(n)]
        rng.shuffle(slots)
        for i, iso in enumerate(slots):
            spec = COUNTRIES[iso]
            product = rng.choice(spec["products"])
            name = _make_name(rng, iso, product, used)
            while looks_listed(name, watch_cores):
                name = _make_name(rng, iso, product, used)
            used.add(name)
            workers, share, agency, fees, housing = _workforce(rng, iso, product)
            audit = None if rng.random() < 0.12 else today - dt.timedelta(days=rng.randint(40, 1300))
            num = f"{prefix}{10001 + 7 * i}" if table == "xlsx" else f"{prefix}{i + 1:03d}"
            raw = rng.choice(PRODUCTS_ES[product] if table == "csv" else PRODUCTS[product][0])
            out.append(Supplier(num, name, iso, rng.choice(spec["cities"]), product, raw,
                                workers, share, agency, fees, housing, audit, table=table,
                                lang="es" if table == "csv" else spec.get("lang", "en")))
    xlsx = [s for s in out if s.table == "xlsx"]
    for k, (name, iso, city, product, lst, entity, how) in enumerate(NEAR_VARIANTS):
        s = xlsx[17 + 29 * k]  # spread through the sheet
        s.name, s.iso2, s.city, s.product = name, iso, city, product
        s.product_raw = PRODUCTS[product][0][0]
        s.watch = {"list": lst, "entity": entity, "how": how}
        s.lang = "en"
    return out


def add_duplicates(rng: random.Random, suppliers: list[Supplier]) -> list[Supplier]:
    """Insert two rows that repeat an existing supplier under another spelling."""
    xlsx = [s for s in suppliers if s.table == "xlsx" and not s.watch]
    dups = []
    for src, respell in ((xlsx[8], lambda n: n.upper().replace(" LTD.", " LIMITED").replace(" CO., LTD.", " CO LTD")),
                         (xlsx[41], lambda n: f"{_strip_legal(n)} ({xlsx[41].city})")):
        d = Supplier(f"V{90001 + len(dups)}", respell(src.name), src.iso2, src.city, src.product, src.product_raw,
                     src.workers, src.migrant_share, src.agency, src.fees, src.housing, src.audit_date,
                     duplicate_of=src.vendor_no)
        dups.append((src, d))
    for src, d in dups:
        suppliers.insert(suppliers.index(src) + rng.randint(5, 30), d)
    return suppliers
