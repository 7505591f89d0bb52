"""Personal-data redaction: patterns, Evidence offsets, and the recall bar on tests/redaction_set.jsonl."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.contracts import Evidence
from screener.redact import find_personal_data, redact_evidence, redact_text
from screener.redact.evaluate import evaluate_redaction

SET = Path(__file__).with_name("redaction_set.jsonl")


def _items() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_redaction_set_is_large_varied_and_well_formed():
    items = _items()
    assert len(items) >= 100
    assert {i["lang"] for i in items} >= {"en", "es", "fr"}
    kinds = {s["kind"] for i in items for s in i["spans"]}
    assert kinds == {"email", "phone", "id_number", "name"}
    for item in items:
        for s in item["spans"]:
            assert item["text"][s["start"]:s["end"]] == s["text"], item["id"]
    assert any(not i["spans"] for i in items), "negative snippets are needed to measure precision"


def test_recall_bar_on_the_redaction_set():
    score = evaluate_redaction(_items())
    assert score.recall >= 0.95, score.missed
    assert score.precision >= 0.90, score.spurious  # reported by bench/redaction_eval.py; guard against collapse


@pytest.mark.parametrize("text, gone, kept", [
    ("Worker Maria L. said her passport no. AB1234567 was kept.", ["Maria", "AB1234567"], ["Worker", "passport no."]),
    ("Call +44 20 7946 0958 or write to maria.l@example.com today.", ["7946", "example.com"], ["Call", "today"]),
    ("La trabajadora Ana Pérez dijo: pasaporte n.º X1234567, Tel: 612 345 678.", ["Ana", "Pérez", "X1234567", "612"],
     ["trabajadora"]),
    ("M. Dupont et Mme Leclerc ont confirmé.", ["Dupont", "Leclerc"], ["M.", "Mme", "confirmé"]),
])
def test_redact_text_hides_personal_data_and_keeps_the_rest(text, gone, kept):
    out = redact_text(text)
    for g in gone:
        assert g not in out
    for k in kept:
        assert k in out


def test_ordinary_numbers_dates_and_adjectives_are_not_redacted():
    text = "On 2024-03-15, 1,200 migrant Nepali workers paid 1,500,000 rupiah; audit 15/03/2024."
    assert redact_text(text) == text
    assert find_personal_data("") == []


def test_configurable_name_list_is_redacted_case_insensitively():
    out = redact_text("The broker DEEPAK visits the dormitory; deepak collects fees.", names=["Deepak"])
    assert "deepak" not in out.lower() and out.count("[name]") == 2


def _ev(sentence: str, matched: str) -> Evidence:
    start = sentence.index(matched)
    return Evidence("retention_of_identity_documents", "S1", "audit.pdf", 2, sentence, start, start + len(matched),
                    matched, "passport_kept", "exact", 1.0, "asserted", False, "en")


def test_redact_evidence_keeps_offsets_when_redaction_is_before_the_match():
    ev = _ev("Worker Maria L. (maria@example.com) said her passport is kept by HR.", "passport is kept")
    out = redact_evidence(ev)
    assert "Maria" not in out.sentence and "example.com" not in out.sentence
    assert out.sentence[out.start:out.end] == out.matched_text == "passport is kept"
    assert out.fingerprint != ev.fingerprint  # callers must look reviews up with the original evidence


def test_redact_evidence_widens_a_match_that_contains_personal_data():
    ev = _ev("HR kept passport no. AB1234567 in the safe.", "kept passport no. AB1234567")
    out = redact_evidence(ev)
    assert "AB1234567" not in out.sentence and "AB1234567" not in out.matched_text
    assert out.sentence[out.start:out.end] == out.matched_text == "kept passport no. [id number]"


def test_redact_evidence_match_inside_a_redacted_span_becomes_the_placeholder():
    ev = _ev("Contact maria@example.com now.", "example")
    out = redact_evidence(ev)
    assert out.matched_text == "[email]" and out.sentence[out.start:out.end] == "[email]"


def test_redact_evidence_without_personal_data_is_unchanged():
    ev = _ev("Passports are kept by HR.", "Passports are kept")
    assert redact_evidence(ev) is ev
