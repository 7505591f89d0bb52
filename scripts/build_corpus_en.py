"""Build corpus/sentences/<lang>_<batch>.jsonl from the compact authoring files corpus/src/<lang>_<batch>.txt.

Authoring format (one item per line):
  @src <URL>            source URL for the following lines
  @reg <register>       register for the following lines
  <present>/<absent>:<kind> | <text>
where <present> and <absent> are comma-separated short codes (see CODES), <kind> is one of
n (negated), c (compliant), r (remediated), p (policy), h (hypothetical); "-" marks a neutral line.
A trailing "?" before the bar ("ot?") marks the line ambiguous. Lines starting with # are comments.
Ids are stable as long as files are only appended to: each batch has its own id block.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

CODES = {
    "av": "abuse_of_vulnerability", "dec": "deception", "mov": "restriction_of_movement",
    "iso": "isolation", "vio": "physical_sexual_violence", "thr": "intimidation_threats",
    "doc": "retention_of_identity_documents", "wag": "withholding_of_wages", "debt": "debt_bondage",
    "fee": "recruitment_fees", "cond": "abusive_working_living_conditions", "ot": "excessive_overtime",
    "child": "child_labour",
}
KINDS = {"n": "negated", "c": "compliant", "r": "remediated", "p": "policy", "h": "hypothetical"}
BATCH_BLOCK = {"audit": 0, "ngo": 10000, "gov": 20000, "news": 30000, "codes": 40000,
               "cap": 50000, "interview": 60000, "fishing": 70000, "misc": 80000,
               "supply": 85000, "extra": 90000, "more": 95000,
               "audit2": 5000, "ngo2": 15000, "gov2": 25000, "news2": 35000, "codes2": 45000,
               "cap2": 55000, "interview2": 65000, "fishing2": 75000,
               "news3": 37500, "ngo3": 17500, "audit3": 7500, "misc2": 82500,
               "cap3": 57500, "codes3": 47500, "gov3": 27500, "interview3": 67500,
               "agri": 97500, "recall": 99000, "grow": 99500,
               "s5": 92500, "s5b": 93500, "s5c": 94500, "s5d": 96000, "s6": 100000, "s6b": 101000, "s6c": 102000, "s6d": 103000, "s7": 104000, "s7b": 105000, "s7c": 106000, "s8": 107000}
# Spanish and French compact files (``es_<batch>.txt``, ``fr_<batch>.txt``): their own id blocks, above the ids
# of the JSONL files written directly (pe-es-00001.., pe-fr-00001..)
LANG_BATCH_BLOCK = {"es": {"grow": 5000, "s5": 6000, "s5b": 7000, "s5c": 8000, "s5d": 9000, "s6": 10000, "s6b": 11000, "s6c": 12000,
                           "s7": 13000, "s7b": 14000, "s7c": 15000, "s7d": 16000, "s8": 17000},
                    "fr": {"grow": 5000, "s5": 6000, "s5b": 7000, "s5c": 8000, "s5d": 9000, "s6": 10000, "s6b": 11000, "s6c": 12000,
                           "s7": 13000, "s7b": 14000, "s7c": 15000, "s7d": 16000, "s8": 17000}}


def _codes(field: str) -> list[str]:
    out = []
    for c in field.split(","):
        c = c.strip()
        if c and c != "-":
            if c not in CODES:
                raise ValueError(f"unknown code {c!r}")
            out.append(CODES[c])
    return out


def parse(path: Path, lang: str = "en") -> list[dict]:
    """Parse one compact authoring file into corpus records."""
    batch = path.stem.split("_", 1)[1]
    base = BATCH_BLOCK[batch] if lang == "en" else LANG_BATCH_BLOCK[lang][batch]
    src, reg, recs = "", "", []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@src "):
            src = line[5:].strip()
            continue
        if line.startswith("@reg "):
            reg = line[5:].strip()
            continue
        if " | " not in line:
            raise ValueError(f"{path}:{n}: no ' | ' separator")
        lab, text = line.split(" | ", 1)
        lab = lab.strip()
        amb = lab.endswith("?")
        lab = lab.rstrip("?")
        kind = ""
        if "/" in lab:
            pres, ab = lab.split("/", 1)
            if ":" not in ab:
                raise ValueError(f"{path}:{n}: absent without kind")
            ab, k = ab.split(":", 1)
            kind = KINDS[k]
        else:
            pres, ab = lab, ""
        rec = {"id": f"pe-{lang}-{base + len(recs) + 1:05d}", "text": text.strip(), "lang": lang,
               "present": _codes(pres), "absent": _codes(ab), "ambiguous": amb, "source": src,
               "register": reg, "absent_kind": kind if ab else "", "kind": "paraphrase"}
        recs.append(rec)
    return recs


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent / "corpus"
    for path in sorted((root / "src").glob("*_*.txt")):
        lang = path.stem.split("_", 1)[0]
        if lang not in ("en", "es", "fr"):
            continue
        recs = parse(path, lang)
        out = root / "sentences" / f"{path.stem}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        print(f"{out.name}: {len(recs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
