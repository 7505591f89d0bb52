"""Rebuild the curated risk tables in lexicons/risk/ from the raw public files in ../shared/data.

Run from the repository root: ``.venv/bin/python lexicons/risk/curate_risk_data.py [RAW_DIR]``.
It adds ISO 3166-1 alpha-2 columns, parses the UFLPA verification level, splits CBP entity strings into
names and aliases, and classifies CBP order status. It stops with an error on a country name it cannot map:
add the name to country_crosswalk.yaml and run it again. Editions and caveats live in SOURCES.yaml.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pycountry
import yaml

HERE = Path(__file__).resolve().parent
RAW = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "data"
CROSSWALK = yaml.safe_load((HERE / "country_crosswalk.yaml").read_text(encoding="utf-8"))["names"]

# UFLPA entities that are not (only) PRC-mainland companies: Hong Kong holdings listed by DHS.
UFLPA_COUNTRIES = {
    "Esquel Group": "HK;CN",
    "Rare Earth Magnesium Technology Group Holdings, Ltd.": "HK;CN",
    "Century Sunshine Group Holdings, Ltd.": "HK;CN",
}

# CBP rows whose entity string is a region or a commodity, not a company: they never take part in name
# matching; the goods they cover (DOL good names) feed inherent risk instead.
CBP_REGION_GOODS = {
    "All Turkmenistan Cotton": ("Cotton;Garments;Textiles;Thread/Yarn", ""),
    "Gold mined in artisanal small mines": ("Gold", ""),
    "Marange Diamond Fields": ("Diamonds", ""),
    "Tobacco produced in the Republic of Malawi": ("Tobacco", ""),
    "Cotton and cotton products, and tomatoes": (
        "Cotton;Garments;Textiles;Thread/Yarn;Tomatoes;Tomato Products",
        "Xinjiang Uyghur Autonomous Region",
    ),
}

# Hand-checked splits of CBP entity strings that the generic parser below cannot read.
CBP_NAME_OVERRIDES = {
    "Supermax Corporation Bhd.": (
        "Supermax Corporation Bhd.",
        ["Supermax Glove Manufacturing Sdn. Bhd.", "Maxter Glove Manufacturing Sdn. Bhd.",
         "Maxwell Glove Manufacturing Bhd."],
    ),
    "Smart Glove Corporation Sdn Bhd": (
        "Smart Glove Corporation Sdn Bhd",
        ["GX Corporation Sdn Bhd", "GX3 Specialty Plant", "Sigma Glove Industries",
         "Platinum Glove Industries Sdn Bhd", "Smart Glove"],
    ),
    "Brightway Holdings Sdn. Bhd.": (
        "Brightway Holdings Sdn. Bhd.",
        ["Laglove (M) Sdn. Bhd.", "Biopro (M) Sdn. Bhd.", "Brightway Group"],
    ),
    "YTY Industry Holdings Sdn Bhd": (
        "YTY Industry Holdings Sdn Bhd",
        ["YTY Group", "YTY Industry Sdn Bhd", "Green Prospect Sdn Bhd", "GP Lumut"],
    ),
    "Top Glove Sdn. Bhd. and TG Medical": (
        "Top Glove Sdn. Bhd.", ["TG Medical Sdn. Bhd.", "Top Glove Corporation Bhd"],
    ),
    "Yili Zhuowan Garment Manufacturing": (
        "Yili Zhuowan Garment Manufacturing Co., Ltd.", ["Baoding LYSZD Trade and Business Co., Ltd."],
    ),
    "Xinjiang Production and Construction Corps (XPCC)": (
        "Xinjiang Production and Construction Corps", ["XPCC", "Xinjiang Corps", "Bingtuan"],
    ),
    "Fuchu Prison; Union Kogyo": ("Fuchu Prison", ["Union Kogyo Co., Ltd."]),
    "China Cattle Breeding Enterprise": (
        "China Cattle Breeding Enterprise",
        ["Zhongguo Yangniu Zonghe Qiye", "Xinjiang Kashgar Prefecture Yecheng County Cattle Farm",
         "Xinjiang Kashgar Prefecture Shache County Cattle Farm"],
    ),
    "Guangzhou No. 1 Reeducation-Through-Labor Camp": (
        "Guangzhou No. 1 Reeducation-Through-Labor Camp",
        ["Guangdong Province No. 1 Reeducation-Through-Labor Camp", "Kwong Ngai Industrial Company"],
    ),
}

VESSEL_RE = re.compile(r"\s*\((?:fishing vessel)\)\s*", re.I)
SCOPE_RE = re.compile(r"\s*\((?:and |all |including |incl\.)[^)]*\)\s*$", re.I)
AKA_RE = re.compile(r",?\s+a/k/a\s+", re.I)


def iso_codes(raw: str) -> list[str]:
    """ISO alpha-2 codes for a source country name (crosswalk first, then pycountry)."""
    raw = raw.strip()
    if not raw:
        return []
    if raw in CROSSWALK:
        return list(CROSSWALK[raw])
    try:
        return [pycountry.countries.lookup(raw).alpha_2]
    except LookupError:
        sys.exit(f"error: country name {raw!r} is neither in country_crosswalk.yaml nor known to pycountry")


def write(name: str, rows: list[dict[str, str]]) -> None:
    with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {name}: {len(rows)} rows")


def read(name: str) -> list[dict[str, str]]:
    with (RAW / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split_aliases(raw: str) -> tuple[list[str], list[str]]:
    """Aliases and former names ('... (formerly known as)') from a ';'-separated cell."""
    aliases, former = [], []
    for part in (p.strip() for p in raw.split(";")):
        if not part:
            continue
        m = re.match(r"(.*?)\s*\((?:formerly known as|f/k/a)\)\s*$", part, re.I)
        (former if m else aliases).append(m.group(1) if m else part)
    return aliases, former


def uflpa_notices() -> dict[str, dict[str, str]]:
    """The DHS Federal Register notices by effective date (uflpa_notices.csv, curated by hand)."""
    with (HERE / "uflpa_notices.csv").open(encoding="utf-8", newline="") as fh:
        return {r["effective_date"]: r for r in csv.DictReader(fh)}


def uflpa_other_scripts() -> dict[str, list[str]]:
    """Names in Chinese characters from reliable reports, by listed name (uflpa_other_scripts.csv)."""
    out: dict[str, list[str]] = {}
    with (HERE / "uflpa_other_scripts.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["name"].strip(), []).append(r["alias"].strip())
    return out


def curate_uflpa() -> None:
    notices = uflpa_notices()
    scripts = uflpa_other_scripts()
    out = []
    for i, r in enumerate(read("uflpa_entity_list.csv"), 1):
        level = re.match(r"\s*(VERIFIED|PARTIAL|UNVERIFIED)", r["notes"])
        if not level:
            sys.exit(f"error: UFLPA row {i + 1}: notes do not start with a verification level")
        aliases, former = split_aliases(r["aliases"])
        aliases += scripts.pop(r["name"].strip(), [])
        out.append({
            "entity_id": f"uflpa-{i:03d}", "name": r["name"].strip(), "aliases": "; ".join(aliases),
            "former_names": "; ".join(former), "countries": UFLPA_COUNTRIES.get(r["name"].strip(), "CN"),
            "section": r["section"].strip(), "effective_date": r["effective_date"].strip(),
            "verification": level.group(1), "source_url": r["source_url"].strip(), "notes": r["notes"].strip(),
        })
        notice = notices.get(out[-1]["effective_date"])
        if notice is None:
            sys.exit(f"error: UFLPA row {i + 1}: no notice for effective date {out[-1]['effective_date']} "
                     "in uflpa_notices.csv")
        out[-1].update({"notice_date": notice["published"], "fr_document": notice["fr_document"] or "not found",
                        "fr_citation": notice["fr_citation"]})
    rows = with_additions(out)
    # a name curated by hand (uflpa_additions.csv) already carries its Chinese aliases; they must be the ones here
    by_name = {r["name"]: r["aliases"].split("; ") for r in rows}
    unkeyed = [f"{n} ({a})" for n, aliases in scripts.items() for a in aliases if a not in by_name.get(n, [])]
    if unkeyed:
        sys.exit(f"error: uflpa_other_scripts.csv names no listed entity or alias: {', '.join(unkeyed)}")
    write("uflpa_entity_list.csv", rows)


def with_additions(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The curated rows with the hand-curated ones of uflpa_additions.csv (entities of notices missing from the
    raw table, and renames): a row with a known entity_id replaces it, a new one is appended. Rows named in
    uflpa_removals.csv (names that are not on the DHS table) are dropped; the other ids do not change."""
    with (HERE / "uflpa_additions.csv").open(encoding="utf-8", newline="") as fh:
        extra = {r["entity_id"]: r for r in csv.DictReader(fh)}
    with (HERE / "uflpa_removals.csv").open(encoding="utf-8", newline="") as fh:
        removed = {r["entity_id"]: r["name"] for r in csv.DictReader(fh)}
    merged = [extra.pop(r["entity_id"], r) for r in rows]
    for entity_id, name in removed.items():
        if not any(r["entity_id"] == entity_id and r["name"] == name for r in merged):
            sys.exit(f"error: uflpa_removals.csv names no curated row: {entity_id} {name}")
    kept = [r for r in merged if r["entity_id"] not in removed]
    return kept + sorted(extra.values(), key=lambda r: r["entity_id"])


def cbp_status(raw: str) -> str:
    """One of active | modified | revoked | superseded | unknown."""
    low = raw.lower()
    for key in ("revoked", "modified", "superseded", "unknown"):
        if low.startswith(key):
            return key
    return "active" if low.startswith("active") else "unknown"


def parse_cbp_entity(entity: str) -> tuple[str, list[str], bool]:
    """Primary name, aliases and whether the row is a fishing vessel."""
    for prefix, (name, aliases) in CBP_NAME_OVERRIDES.items():
        if entity.startswith(prefix):
            return name, list(aliases), False
    vessel = bool(VESSEL_RE.search(entity))
    text = SCOPE_RE.sub("", VESSEL_RE.sub(" ", entity)).strip()
    names = [n.strip() for n in AKA_RE.split(text) if n.strip()]
    primary, aliases = names[0], names[1:]
    # a trailing parenthetical acronym or short name is an alias, e.g. "(XPCC)", "(BAT Malawi)"
    m = re.match(r"^(.*\S)\s+\(([^()]{2,40})\)$", primary)
    if m and not re.search(r"\b(?:No\.|Manufacturing|Plastics Factory)\b", m.group(2)):
        primary, aliases = m.group(1), [m.group(2), *aliases]
    return primary, aliases, vessel


def curate_cbp() -> None:
    out = []
    for i, r in enumerate(read("cbp_wro_findings.csv"), 1):
        entity = r["entity"].strip()
        region = next((v for k, v in CBP_REGION_GOODS.items() if entity.startswith(k)), None)
        if region:
            name, aliases, vessel, scope = entity, [], False, "region"
        else:
            name, aliases, vessel = parse_cbp_entity(entity)
            scope = "vessel" if vessel else "entity"
        out.append({
            "entity_id": f"cbp-{i:03d}", "entity": entity, "name": name, "aliases": "; ".join(aliases),
            "scope": scope, "countries": ";".join(iso_codes(r["country"])), "country_raw": r["country"].strip(),
            "region": region[1] if region else "", "goods": region[0] if region else "",
            "product": r["product"].strip(), "order_type": r["order_type"].strip(),
            "effective_date": r["effective_date"].strip(), "status": cbp_status(r["status"]),
            "status_raw": r["status"].strip(), "uncertain": str("UNCERTAIN" in r["notes"]).lower(),
            "source_url": r["source_url"].strip(), "notes": r["notes"].strip(),
        })
    write("cbp_orders.csv", with_cbp_additions(out))


def with_cbp_additions(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The curated orders with the hand-curated ones of cbp_additions.csv (orders newer than the raw transcription,
    and rows corroborated since): a row with a known entity_id replaces it, a new one is appended."""
    with (HERE / "cbp_additions.csv").open(encoding="utf-8", newline="") as fh:
        extra = {r["entity_id"]: r for r in csv.DictReader(fh)}
    merged = [extra.pop(r["entity_id"], r) for r in rows]
    return merged + sorted(extra.values(), key=lambda r: r["entity_id"])


def curate_goods() -> None:
    out = []
    for r in read("ilab_tvpra_goods_2022.csv"):
        row = {k: v.strip() for k, v in r.items()}
        row["country_iso"] = iso_codes(row["country"])[0]
        src = row["input_source_country"]
        row["input_source_iso"] = iso_codes(src)[0] if src else ""
        out.append(row)
    write("dol_goods_2022.csv", out)


def curate_country_findings() -> None:
    out = []
    for r in read("ilab_findings_2022_country.csv"):
        row = {"country_iso": iso_codes(r["country"])[0], **{k: v.strip() for k, v in r.items()}}
        out.append(row)
    write("dol_country_findings_2022.csv", out)


def curate_tip() -> None:
    out = []
    for r in read("tip_tiers_2025_factbook_t2wl_t3.csv"):
        row = {"country_iso": iso_codes(r["country"])[0], **{k: v.strip() for k, v in r.items()}}
        out.append(row)
    write("tip_tiers_2025.csv", out)


if __name__ == "__main__":
    curate_uflpa()
    curate_cbp()
    curate_goods()
    curate_country_findings()
    curate_tip()
