"""Build tests/redaction_train12.jsonl: annotated training text for the name tagger (issue 17, part 4).

The snippets are composed from the hand-written frames of frames_{en,es,fr}.txt (audit prose, interview notes,
grievance logs, registers and CAP items, each rich in single names with no cue) filled from fill.yaml: names of
one sourcing region per snippet, and hard negatives (companies, places, job titles, headings, capitalised words,
months, weekdays) that are marked as keep strings. A snippet is one to three frames of one language; a name slot
({G1}...) keeps its name inside the snippet, so a name can come back. The output is deterministic (seed 12).

The set is TRAINING data (scripts/train_name_tagger.py, REALISH), not an evaluation set.

Usage: python tests/redaction_train12/build.py   (writes tests/redaction_train12.jsonl and prints counts)
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "redaction_train12.jsonl"
COUNTS = {"en": 320, "es": 160, "fr": 160}
SEED = 12
SLOT = re.compile(r"\{([A-Z]+[0-9]?)\}")


def frames(lang: str) -> list[str]:
    """The frames of one language (comments and blank lines left out)."""
    lines = (HERE / f"frames_{lang}.txt").read_text(encoding="utf-8").splitlines()
    return [ln.replace("\\n", "\n") for ln in lines if ln.strip() and not ln.startswith("#")]


def _pattern(pat: str, rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else chr(65 + rng.randrange(26)) if c == "X" else c
                   for c in pat)


class Snippet:
    """The fillers of one snippet: one region, a name per slot kept for the whole snippet."""

    def __init__(self, fill: dict, lang: str, rng: random.Random) -> None:  # type: ignore[type-arg]
        self.fill, self.lang, self.rng = fill, lang, rng
        self.region = fill["regions"][rng.choice(sorted(fill["regions"]))]
        self.values: dict[str, tuple[str, str]] = {}
        self.used: set[str] = set()

    def _fresh(self, pool: list[str]) -> str:
        choices = [v for v in pool if v not in self.used] or pool
        value = self.rng.choice(choices)
        self.used.add(value)
        return value

    def _given(self) -> str:
        r, roll = self.region, self.rng.random()
        if roll < 0.12 and r["word"]:
            return self._fresh(r["word"])
        if roll < 0.18 and r["native"]:
            return self._fresh(r["native"])
        return self._fresh(r["given"])

    def value(self, slot: str) -> tuple[str, str]:
        """(kind, text) of a slot: kind is "n" (name), "p", "i", "k" (keep) or "" (plain text)."""
        if slot in self.values:
            return self.values[slot]
        r, f, lang = self.region, self.fill, self.lang
        base = slot.rstrip("0123456789")
        if base == "G":
            out = ("n", self._given())
        elif base == "W":
            out = ("n", self._fresh(r["word"] or r["given"]))
        elif base == "NV":
            out = ("n", self._fresh(r["native"] or r["given"]))
        elif base == "S":
            out = ("n", self._fresh(r["surname"]))
        elif base == "F":
            out = ("n", f"{self._fresh(r['given'])} {self._fresh(r['surname'])}")
        elif base == "SU":
            out = ("n", f"{self._fresh(r['surname']).upper()}, {self._fresh(r['given'])}")
        elif base == "CO":
            out = ("k", self._fresh(f["companies"]))
        elif base == "PL":
            out = ("k", self._fresh(f["places"]))
        elif base == "ROLE":
            out = ("k", self._fresh(f["roles"]))
        elif base in ("MON", "DAY", "HEAD", "CAP"):
            key = {"MON": "months", "DAY": "days", "HEAD": "headings", "CAP": "caps"}[base]
            out = ("k", self._fresh(f[f"{key}_{lang}"]))
        elif base == "PH":
            out = ("p", _pattern(self.rng.choice(r["phone"]), self.rng).strip())
        elif base == "ID":
            out = ("i", _pattern(self.rng.choice(r["id"]), self.rng))
        elif base == "N":
            out = ("", str(self.rng.randrange(2, 60)))
        else:
            raise ValueError(f"unknown slot {slot!r}")
        self.values[slot] = out
        return out


def render(parts: list[str], snip: Snippet) -> dict:  # type: ignore[type-arg]
    """One record: the frames joined (a frame with a line break stands on its own lines), spans and keep strings."""
    text, spans, keep = "", [], []
    for k, frame in enumerate(parts):
        if k:
            text += "\n" if "\n" in frame or "\n" in parts[k - 1] else " "
        pos = 0
        for m in SLOT.finditer(frame):
            text += frame[pos:m.start()]
            kind, value = snip.value(m.group(1))
            if kind in ("n", "p", "i"):
                spans.append({"start": len(text), "end": len(text) + len(value),
                              "kind": {"n": "name", "p": "phone", "i": "id_number"}[kind], "text": value})
            elif kind == "k" and value not in keep:
                keep.append(value)
            text += value
            pos = m.end()
        text += frame[pos:]
    return {"text": text, "spans": spans, "keep": keep}


def check(rec: dict) -> list[str]:  # type: ignore[type-arg]
    """Problems of one record: span text, overlaps, keep strings that occur only inside spans or equal a span."""
    text, problems = rec["text"], []
    spans = sorted(rec["spans"], key=lambda s: s["start"])
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"] or s["kind"] not in ("name", "phone", "id_number", "email"):
            problems.append(f"bad span {s}")
    for a, b in zip(spans, spans[1:]):
        if a["end"] > b["start"]:
            problems.append(f"overlap {a} {b}")
    covered = [False] * len(text)
    for s in spans:
        covered[s["start"]:s["end"]] = [True] * (s["end"] - s["start"])
    names = {s["text"] for s in spans}
    for k in rec["keep"]:
        starts = [m.start() for m in re.finditer(re.escape(k), text)]
        if k in names or not any(not any(covered[j:j + len(k)]) for j in starts):
            problems.append(f"keep {k!r} not outside spans")
        for s in spans:  # a keep string that is part of a name (or the reverse) would teach both ways
            if k in s["text"] or s["text"] in k:
                problems.append(f"keep {k!r} and span {s['text']!r} share text")
    return problems


def build() -> list[dict]:  # type: ignore[type-arg]
    """All records, in a fixed order."""
    fill = yaml.safe_load((HERE / "fill.yaml").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    records, seen = [], set()
    for lang, count in COUNTS.items():
        pool = frames(lang)
        n = 0
        while n < count:
            parts = rng.sample(pool, rng.choice((1, 2, 2, 3)))
            rec = render(parts, Snippet(fill, lang, rng))
            if rec["text"] in seen or check(rec):
                continue
            seen.add(rec["text"])
            n += 1
            records.append({"id": f"train12-{lang}-{n:03d}", "lang": lang, **rec})
    return records


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    single = sum(1 for r in records for s in r["spans"] if s["kind"] == "name" and " " not in s["text"])
    print(f"{len(records)} snippets {dict(Counter(r['lang'] for r in records))} spans {dict(kinds)} "
          f"single-word names {single} keep strings {sum(len(r['keep']) for r in records)} -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
