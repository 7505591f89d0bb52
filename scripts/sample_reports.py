"""Plan and compose the sample audit reports (content only; ``sample_docs`` writes the files).

Every indicator sentence carries its tags (indicator, polarity, hedged), which become the answer key.
Within one report an indicator is never both asserted and denied/remediated.
"""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

import sample_content_en as EN
import sample_content_es as ES
import sample_content_fr as FR
from sample_content_frame import AREA, FIRMS, FRAME, GENERIC_ACTION
from sample_content_places import COUNTRIES, DIAL, LOCAL_WORKERS, ORIGINS
from sample_suppliers_plan import Supplier, core_name

INDICATORS = tuple(EN.FINDINGS)
POOLS = {"en": EN, "es": ES, "fr": FR}
COUNTRY_NAME = {iso: spec["sheet"][0] for iso, spec in COUNTRIES.items()}
MONTHS = {"en": ["January", "March", "April", "June", "September", "November"],
          "es": ["enero", "marzo", "abril", "junio", "septiembre", "noviembre"],
          "fr": ["janvier", "mars", "avril", "juin", "septembre", "novembre"]}
PROFILE = {
    "fishing": ["isolation", "physical_sexual_violence", "withholding_of_wages", "retention_of_identity_documents", "deception"],
    "gloves": ["recruitment_fees", "debt_bondage", "retention_of_identity_documents", "excessive_overtime", "restriction_of_movement"],
    "palm_oil": ["recruitment_fees", "retention_of_identity_documents", "isolation", "abuse_of_vulnerability", "child_labour"],
    "bricks": ["debt_bondage", "child_labour", "abusive_working_living_conditions", "restriction_of_movement"],
    "cocoa": ["child_labour", "debt_bondage", "isolation", "abusive_working_living_conditions"],
    "gold": ["child_labour", "isolation", "abusive_working_living_conditions", "debt_bondage"],
    "cobalt": ["child_labour", "abusive_working_living_conditions", "intimidation_threats"],
    "sugarcane": ["excessive_overtime", "debt_bondage", "abusive_working_living_conditions", "withholding_of_wages"],
    "garments": ["excessive_overtime", "withholding_of_wages", "intimidation_threats", "recruitment_fees", "restriction_of_movement"],
    "electronics": ["recruitment_fees", "excessive_overtime", "retention_of_identity_documents", "deception"],
    "shrimp": ["retention_of_identity_documents", "abuse_of_vulnerability", "excessive_overtime", "recruitment_fees"],
}
DEFAULT_PROFILE = ["excessive_overtime", "withholding_of_wages", "abusive_working_living_conditions", "intimidation_threats"]
GROUPS = {
    "boat": {"fishing"}, "kiln": {"bricks"}, "mine": {"gold", "cobalt"}, "cocoa": {"cocoa"},
    "farm": {"cocoa", "coffee", "tea", "palm_oil", "sugarcane", "tomatoes", "hazelnuts", "fruit", "cotton", "rice", "rubber"},
    "factory": {"garments", "cotton_yarn", "electronics", "footwear", "toys", "gloves", "carpets", "leather", "polysilicon", "shrimp"},
}
HIGH_RISK = {"fishing", "gloves", "palm_oil", "bricks", "cocoa", "gold", "cobalt", "sugarcane", "shrimp"}


@dataclass
class Sentence:
    text: str
    tags: list[tuple[str, str, bool]] = field(default_factory=list)  # (indicator, polarity, hedged)


@dataclass
class Para:
    sentences: list[Sentence]
    page: int | None = None

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass
class Report:
    """One audit report: where it goes, whom it is about, and its composed content."""

    file: str
    fmt: str
    lang: str
    supplier: Supplier
    severity: str
    linked_by: str  # sheet_exact | sheet_case | sheet_no_extension | sheet_path | text
    sheet_value: str | None = None
    long: bool = False
    title: str = ""
    header: list[tuple[str, str]] = field(default_factory=list)
    sections: list[tuple[str, list[Para]]] = field(default_factory=list)
    pii: list[str] = field(default_factory=list)
    pages: int | None = None


class Composer:
    """Picks sentences from the pools in rotation so that reports vary."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.turn: dict[tuple, int] = {}

    def pick(self, pool: list, key: tuple):
        i = self.turn.get(key, self.rng.randrange(len(pool)))
        self.turn[key] = i + 1
        return pool[i % len(pool)]


def _slug(name: str) -> str:
    flat = unicodedata.normalize("NFKD", core_name(name).replace("\u0131", "i")).encode("ascii", "ignore").decode()
    return "-".join(re.sub(r"[^a-z0-9 ]", "", flat).split()[:3]) or "site"


def plan_reports(rng: random.Random, suppliers: list[Supplier]) -> list[Report]:
    """Choose suppliers, severities, formats, languages and file names of the reports."""
    xlsx = [s for s in suppliers if s.table == "xlsx" and not s.duplicate_of and s.name]
    fr = [s for s in xlsx if s.lang == "fr"][:6]
    es_x = [s for s in xlsx if s.lang == "es"][:2]
    watch = [s for s in xlsx if s.watch][:2]
    rest = [s for s in xlsx if s.lang == "en" and not s.watch]
    rng.shuffle(rest)
    chosen = watch + fr + es_x + rest[:32]
    text_only = chosen[-4:]
    csv_rows = [s for s in suppliers if s.table == "csv"]
    chosen += rng.sample(csv_rows, 4)
    sev_cycle = ["clean", "low", "medium", "severe", "medium", "low", "severe", "clean", "medium", "severe"]
    fmts = ["pdf", "docx", "txt", "pdf", "docx", "pdf", "txt"]
    obscure = ["audit_2024_batch7_0042", "scan_20240611", "VAP_final_v2", "field_visit_notes_0311"]
    reports: list[Report] = []
    for i, s in enumerate(chosen):
        sev = sev_cycle[i % len(sev_cycle)]
        if s.product in HIGH_RISK and sev in ("clean", "low") and rng.random() < 0.5:
            sev = "medium"
        if s.watch and i == 0:
            sev = "clean"  # a clean audit does not clear a watchlist hit
        fmt = fmts[i % len(fmts)]
        if s in text_only:
            stem, link = obscure[text_only.index(s)], "text"
        else:
            kind = {"en": rng.choice(["SMETA", "audit", "RBA_VAP", "social_audit"]), "es": "auditoria", "fr": "audit_social"}[s.lang]
            year = (s.audit_date.year if s.audit_date else 2025)
            stem, link = f"{kind}_{_slug(s.name)}_{year}", "sheet_exact"
        fname = f"{stem}.{fmt}"
        while fname.lower() in {x.file.lower() for x in reports}:
            stem += "_b"
            fname = f"{stem}.{fmt}"
        r = Report(fname, fmt, s.lang, s, sev, link)
        if link != "text":
            r.sheet_value = fname
            if i % 9 == 4:
                r.linked_by, r.sheet_value = "sheet_case", fname.upper() if i % 2 else stem.lower() + "." + fmt.upper()
            elif i % 9 == 7:
                r.linked_by, r.sheet_value = "sheet_no_extension", stem
            elif i == 11:
                r.linked_by, r.sheet_value = "sheet_path", "\\\\fs01\\compliance\\audits\\" + fname
        s.report = r.sheet_value
        reports.append(r)
    longest = next(r for r in reports if r.fmt == "pdf" and r.severity == "severe" and r.lang == "en")
    longest.long = True
    return reports


def _pick_indicators(rng: random.Random, r: Report, forced: dict[str, list[str]]) -> dict[str, list[str]]:
    profile = PROFILE.get(r.supplier.product, DEFAULT_PROFILE)
    profile = rng.sample(profile[:3], 3) + profile[3:]
    others = [i for i in INDICATORS if i not in profile]
    rng.shuffle(others)
    order = profile + others
    n_assert = {"clean": 0, "low": 1, "medium": rng.randint(2, 3), "severe": rng.randint(4, 6)}[r.severity]
    asserted = order[:n_assert]
    if r.severity in ("medium", "severe") and r.lang == "en":  # every indicator asserted in English reports
        extra = list(dict.fromkeys(f for f in forced["asserted"] if f not in asserted))[:3 if r.severity == "severe" else 1]
        asserted = asserted[:n_assert - len(extra)] + extra
    free = [i for i in INDICATORS if i not in asserted]
    rng.shuffle(free)
    n_rem = {"clean": rng.randint(0, 1), "low": 1, "medium": 1, "severe": rng.randint(0, 1)}[r.severity]
    remediated = list(dict.fromkeys([f for f in forced["remediated"] if f in free] + free))[:n_rem]
    free = [i for i in free if i not in remediated]
    n_neg = {"clean": rng.randint(3, 4), "low": 2, "medium": rng.randint(1, 2), "severe": 1}[r.severity]
    negated = list(dict.fromkeys([f for f in forced["negated"] if f in free] + free))[:n_neg]
    policy = rng.sample(list(INDICATORS), rng.randint(1, 2))
    hypo = [rng.choice(INDICATORS)] if r.severity in ("medium", "severe") and rng.random() < 0.6 else []
    hedged = [a for a in asserted if rng.random() < (0.5 if r.severity in ("low", "medium") else 0.15)]
    if r.severity == "severe" and len(hedged) == len(asserted):
        hedged = hedged[1:]
    for pol, got in (("asserted", asserted), ("remediated", remediated), ("negated", negated)):
        for f in got:
            if f in forced[pol]:
                forced[pol].remove(f)
    return {"asserted": asserted, "hedged": hedged, "remediated": remediated, "negated": negated,
            "policy": policy, "hypothetical": hypo}


def fit(pool: list[str] | None, product: str) -> list[str]:
    """Sentences of ``pool`` that suit ``product``: "[farm,kiln] ..." entries only for those sectors."""
    out = []
    for t in pool or []:
        m = re.match(r"\[([a-z,]+)\] ", t)
        if not m:
            out.append(t)
        elif any(product in GROUPS[g] for g in m.group(1).split(",")):
            out.append(t[m.end():])
    return out


def fill(template: str, ctx: dict[str, str]) -> str:
    return template.format_map(ctx)


def _context(rng: random.Random, r: Report, comp: Composer) -> dict[str, str]:
    s = r.supplier
    origins = COUNTRIES[s.iso2].get("migrants") or [s.iso2]
    origin = rng.choice(origins)
    o = ORIGINS.get(origin, {"name": COUNTRY_NAME.get(origin, "the region"), "fees": ["USD 900"], "workers": []})
    workers = o["workers"] or LOCAL_WORKERS.get(s.iso2) or LOCAL_WORKERS["_" + r.lang if r.lang != "en" else "_"]
    if r.lang != "en":
        workers = LOCAL_WORKERS["_" + r.lang]
    worker = comp.pick(workers, ("w", tuple(workers)))
    female = bool(re.match(r"(Ms\.|Ma |Sra\.|Mme|María|Rosa|Juana|Siti|Fatima|Maria|Srey)", worker))
    return {"worker": worker, "he": "she" if female else "he", "his": "her" if female else "his",
            "el_trabajador": "La trabajadora" if female else "El trabajador",
            "le_travailleur": "La travailleuse" if female else "Le travailleur",
            "agent": rng.choice(["Sunrise Manpower Services", "Global Link Recruiters", "Bright Future Overseas Employment"]),
            "origin": o["name"], "fee": rng.choice(o["fees"]), "month": rng.choice(MONTHS[r.lang]),
            "year": str(rng.choice([2023, 2024, 2025])), "n": str(rng.randint(6, 48)),
            "passport": f"{rng.choice('KMNPRS')}{rng.randint(1000000, 9999999)}"}


def compose(rng: random.Random, r: Report, comp: Composer, forced: dict[str, list[str]]) -> None:
    """Fill ``r`` with header, sections and tagged sentences."""
    lang, frame, pools = r.lang, FRAME[r.lang], POOLS[r.lang]
    s, ctx = r.supplier, _context(rng, r, comp)
    picks = _pick_indicators(rng, r, forced)
    areas: dict[str, list[Para]] = {"labour": [], "wages": [], "hs": [], "mgmt": []}
    for pol in ("asserted", "remediated", "negated", "policy", "hypothetical"):
        for ind in picks[pol]:
            hedged = pol == "asserted" and ind in picks["hedged"]
            pool_key = "hedged" if hedged else pol
            pool = fit(pools.FINDINGS[ind].get(pool_key), s.product)
            if not pool:
                continue
            text = fill(comp.pick(pool, (lang, ind, pool_key)), ctx)
            area = "mgmt" if pol in ("policy", "hypothetical") else AREA[ind]
            areas[area].append(Para([Sentence(text, [(ind, pol, hedged)])]))
    if r.severity in ("medium", "severe") and rng.random() < 0.7:
        used = {i for p in ("asserted", "remediated", "negated") for i in picks[p]}
        for text, tags in pools.MIXED:
            if not any(ind in used for ind, _ in tags):
                areas["labour"].append(Para([Sentence(fill(text, ctx), [(i, p, False) for i, p in tags])]))
                break
    for area, paras in areas.items():
        rng.shuffle(paras)
        neutral = [fill(t, _frame_ctx(r, rng)) for t in rng.sample(frame["neutral"][area], min(2, len(frame["neutral"][area])))]
        paras.insert(0, Para([Sentence(t) for t in neutral]))
    _frame(rng, r, frame, areas, ctx)


def _frame_ctx(r: Report, rng: random.Random) -> dict[str, str]:
    n = rng.randint(12, 40)
    women = rng.randint(n // 3, n - 2)
    return {"site": r.supplier.name, "city": r.supplier.city, "n": str(n), "women": str(women), "men": str(n - women),
            "workers": _num(r.supplier.workers, r.lang), "founded": str(rng.randint(1988, 2016))}


DEPARTMENTS = ["Cutting", "Sewing line A", "Sewing line B", "Sewing line C", "Finishing", "Washing", "Packing",
               "Warehouse", "Maintenance", "Quality control", "Administration", "Canteen and cleaning", "Security"]
DOCUMENTS = ["business licence", "fire safety certificate", "building permit", "payroll January to December",
             "time cards (sample of 40 workers)", "personnel files (sample of 30 workers)", "agency service agreements",
             "dormitory rules", "grievance log", "training records", "chemical inventory", "accident register",
             "social insurance receipts", "leave records", "disciplinary records", "minutes of worker committee meetings"]


def _site_description(rng: random.Random, r: Report, frame: dict, fctx: dict[str, str]) -> list[Para]:
    """A long, varied, neutral site description (pushes the findings of the long report to page 3+)."""
    paras = [Para([Sentence(t.format_map(fctx)) for t in frame["neutral"]["background"]])]
    total = r.supplier.workers
    shares = [rng.randint(3, 20) for _ in DEPARTMENTS]
    for dept, w in zip(DEPARTMENTS, shares):
        n = max(4, total * w // sum(shares))
        paras.append(Para([Sentence(f"{dept}: {_num(n, 'en')} workers, {rng.randint(20, 90)}% women, "
                                    f"{rng.choice(['one shift', 'two shifts', 'day shift only'])}, "
                                    f"{rng.randint(0, 6)} interviewed.")]))
    firms = FIRMS["en"]
    for year in range(2019, 2024):
        paras.append(Para([Sentence(f"Audit history {year}: {rng.choice(['SMETA 2-pillar', 'SMETA 4-pillar', 'customer code audit', 'RBA VAP'])} "
                                    f"by {rng.choice(firms)}, {rng.randint(0, 9)} non-compliances, "
                                    f"{rng.choice(['all closed', 'two open', 'closed after follow-up'])}.")]))
    paras.append(Para([Sentence("Documents reviewed: " + "; ".join(rng.sample(DOCUMENTS, len(DOCUMENTS))) + ".")]))
    paras.append(Para([Sentence(t) for t in frame["neutral"]["hs"] + frame["neutral"]["mgmt"]]))
    return paras


def _num(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", {"en": ",", "es": ".", "fr": " "}[lang])


def _frame(rng: random.Random, r: Report, frame: dict, areas: dict[str, list[Para]], ctx: dict[str, str]) -> None:
    s, h = r.supplier, frame["headings"]
    fctx = _frame_ctx(r, rng)
    r.title = rng.choice(frame["titles"])
    contact = rng.choice(["Ms. Priya N.", "Mr. Daniel K.", "Ms. Hoa T.", "Mr. Omar S."] if r.lang == "en" else
                         ["Sra. Carmen V.", "Sr. Luis M."] if r.lang == "es" else ["Mme Nadia B.", "M. Karim T."])
    email = f"{rng.choice(['compliance', 'hr', 'social', 'admin'])}@{_slug(s.name).split('-')[0]}.example.com"
    phone = f"+{DIAL[s.iso2]} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    lab, date = frame["labels"], s.audit_date
    audit_day = date.strftime(rng.choice(["%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"])) if date else "2025-02-18"
    site = s.name if rng.random() < 0.6 else re.sub(r"\s+(Co\.,? Ltd\.?|Ltd\.?|Limited|S\.A\.|JSC|SARL)$", "", s.name)
    r.header = [(lab["site"], site), (lab["address"], f"{s.city}, {COUNTRY_NAME[s.iso2]}"), (lab["date"], audit_day),
                (lab["firm"], rng.choice(FIRMS[r.lang])), (lab["type"], rng.choice(frame["audit_types"])),
                (lab["auditor"], rng.choice(["A. Fernandes", "K. Osei", "L. Moreau", "S. Iyer", "J. Castillo", "M. Novak"])),
                (lab["ref"], f"{rng.choice(['MSA', 'NCS', 'CPA', 'LET'])}-{date.year if date else 2025}-{rng.randint(100, 999):04d}"),
                (lab["workers"], _num(s.workers, r.lang)), (lab["contact"], f"{contact}, tel. {phone}, {email}")]
    wphone = f"+{DIAL[s.iso2]} {rng.randint(300, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    r.pii = [ctx["worker"], ctx["passport"], phone, contact, email, wphone]
    para = lambda texts: Para([Sentence(fill(t, fctx)) for t in texts])  # noqa: E731
    r.sections.append((h[0], [para(rng.sample(frame["scope"], min(2, len(frame["scope"]))))]))
    method = [para(frame["method"][:2]), para(frame["method"][2:])]
    if r.severity != "clean" and rng.random() < 0.6:
        method.append(Para([Sentence(fill(frame["interview_note"], {**ctx, "wphone": wphone}))]))
    r.sections.append((h[1], method))
    if r.long:
        r.sections.append((h[9], _site_description(rng, r, frame, fctx)))
    r.sections.append((h[2], []))
    for k, area in ((3, "labour"), (4, "wages"), (5, "hs"), (6, "mgmt")):
        r.sections.append((h[k], areas[area]))
    asserted = [t for a in areas.values() for p in a for se in p.sentences for t in se.tags if t[1] == "asserted"]
    area_head = {"labour": h[3], "wages": h[4], "hs": h[5]}
    ncs = [Para([Sentence(f"{frame['nc_prefix']}-{j + 1}: {frame['grade'][hed]} - {area_head[AREA[ind]]}")])
           for j, (ind, _, hed) in enumerate(asserted)] or [para([frame["none_found"]])]
    r.sections.append((h[7], ncs))
    caps = []
    for j, (ind, _, _) in enumerate(asserted):
        action = frame["action"].get(ind) or GENERIC_ACTION[r.lang]
        line = frame["cap_line"].format(code=f"{frame['nc_prefix']}-{j + 1}", action=action,
                                        who=rng.choice(frame["cap_who"]), deadline=f"{rng.randint(30, 90)} {frame['days']}")
        caps.append(Para([Sentence(line, [(ind, "corrective_action", False)])]))
    r.sections.append((h[8], caps or [para([frame["no_cap"]])]))
    r.sections.append(("", [para([frame["conclusion"][r.severity]])]))
