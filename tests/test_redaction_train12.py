"""The tagger's annotated training text tests/redaction_train12.jsonl: well formed, rebuilt the same from its
sources, in the training sets, and kept apart from the development set."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "redaction_train12.jsonl"


def _module(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _records() -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_is_well_formed_and_mostly_single_uncued_names():
    build = _module("train12_build", ROOT / "tests" / "redaction_train12" / "build.py")
    records = _records()
    assert len(records) >= 600
    langs = Counter(r["lang"] for r in records)
    assert langs["en"] >= 0.45 * len(records) and langs["es"] >= 0.2 * len(records) and langs["fr"] >= 0.2 * len(records)
    assert len({r["id"] for r in records}) == len(records) == len({r["text"] for r in records})
    for r in records:
        assert build.check(r) == [], r["id"]
        assert r["keep"] or r["spans"], r["id"]
    names = [s["text"] for r in records for s in r["spans"] if s["kind"] == "name"]
    assert sum(" " not in n for n in names) > 0.8 * len(names)
    assert sum(len(r["keep"]) for r in records) >= len(records)


def test_the_validator_finds_a_bad_span_an_overlap_and_a_keep_string_inside_a_name():
    build = _module("train12_build", ROOT / "tests" / "redaction_train12" / "build.py")
    rec = {"text": "Kofi met Ama Mensah at Mensah Farms.",
           "spans": [{"start": 0, "end": 4, "kind": "name", "text": "Kofi"},
                     {"start": 9, "end": 19, "kind": "name", "text": "Ama Mensah"},
                     {"start": 13, "end": 19, "kind": "name", "text": "Mensah"}],
           "keep": ["Ama"]}
    problems = build.check(rec)
    assert any(p.startswith("overlap") for p in problems)
    assert any(p.startswith("keep 'Ama'") for p in problems)
    rec = {"text": "Kofi left.", "spans": [{"start": 0, "end": 3, "kind": "name", "text": "Kofi"}], "keep": []}
    assert build.check(rec)


def test_the_builder_rebuilds_the_committed_file_exactly():
    build = _module("train12_build", ROOT / "tests" / "redaction_train12" / "build.py")
    assert build.build() == _records()


def test_the_set_is_trained_on_and_the_development_set_is_not():
    script = _module("train_name_tagger", ROOT / "scripts" / "train_name_tagger.py")
    assert "tests/redaction_train12.jsonl" in script.REALISH
    assert not any("blind11" in rel or "tagger3_fresh" in rel for rel in script.REALISH)
    dev = {json.loads(line)["text"] for line in (ROOT / "tests" / "blind" / "redaction_blind11.jsonl")
           .read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not dev & {t for t, _ in script._realish()}
