"""Schema checks on the real-phrasing sentence corpus (corpus/sentences/*.jsonl); no shared reference data needed."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("validate_corpus", ROOT / "scripts" / "validate_corpus.py")
vc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(vc)  # type: ignore[union-attr]

FILES = sorted((ROOT / "corpus" / "sentences").glob("*.jsonl"))


def _rec(**kw: object) -> dict:
    r = {"id": "pe-en-00001", "text": "Passports | kept by HR | Major NC", "lang": "en",
         "present": ["retention_of_identity_documents"], "absent": [], "ambiguous": False,
         "source": "https://example.org/a", "register": "audit_table_row", "absent_kind": "",
         "kind": "paraphrase"}
    r.update(kw)
    return r


def test_corpus_files_exist() -> None:
    assert FILES, "no corpus/sentences/*.jsonl files"


def test_corpus_is_valid() -> None:
    probs = vc.check(vc.load(FILES))
    assert probs == [], probs[:20]


def test_every_record_has_source_url_and_register() -> None:
    for _, _, r in vc.load(FILES):
        assert r["source"].startswith("http"), r["id"]
        assert r["register"] in vc.REGISTERS, r["id"]


def test_validator_catches_overlap_bad_ids_and_duplicates() -> None:
    good = _rec()
    assert vc.check([("f", 1, good)]) == []
    bad = [("f", 1, _rec(absent=["retention_of_identity_documents"], absent_kind="negated")),
           ("f", 2, _rec(id="pe-en-00002", present=["forced_labour"])),
           ("f", 3, _rec(id="pe-en-00003", text="Passports | kept by HR | Major NC")),
           ("f", 4, _rec(id="pe-en-00004", text="x", absent=["child_labour"])),
           ("f", 5, {})]
    probs = "\n".join(vc.check(bad))
    assert "share" in probs
    assert "unknown indicator" in probs
    assert "duplicate text" in probs
    assert "absent_kind" in probs
    assert "not valid JSON" in probs


def test_forbidden_source_is_flagged() -> None:
    probs = vc.check([("f", 1, _rec(source="https://example.org/a/"))], {"https://EXAMPLE.org/a"})
    assert any("held-back" in p for p in probs)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_line_is_json(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        assert isinstance(json.loads(line), dict)


def test_forbidden_document_in_another_language_is_flagged() -> None:
    """An ILO NORMLEX comment is one document in every language: the Spanish page of a forbidden French one is
    forbidden too."""
    es = ("https://normlex.ilo.org/dyn/nrmlx_en/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2C"
          "P13100_LANG_CODE%3A1234567%2Ces%3ANO")
    fr = ("https://normlex.ilo.org/dyn/nrmlx_fr/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2C"
          "P13100_LANG_CODE%3A1234567%2Cfr")
    rec = {"id": "pe-es-99999", "text": "Texto de prueba.", "lang": "es", "present": [], "absent": [], "absent_kind": "",
           "ambiguous": False, "source": es, "register": "government_report", "kind": "paraphrase"}
    assert any("held-back" in p for p in vc.check([("x.jsonl", 1, rec)], {fr}))
    assert not any("held-back" in p for p in vc.check([("x.jsonl", 1, rec)], {fr.replace("1234567", "7654321")}))
