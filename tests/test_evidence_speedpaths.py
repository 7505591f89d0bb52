"""The fast paths of the evidence engine give exactly what the plain paths give."""
from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from pathlib import Path
from re import _compiler, _parser

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER

from screener.evidence.startup import reuse_charsets
from screener.evidence.textnorm import fold, fold_many, load_lemma_table

TRICKY = ["Straße", "ΟΔΟΣ ΛΟΓΟΣ", "İstanbul", "with- held", "with-\nheld", "Ça-\u00a0va", "ﬁancé",
          "ÉLÈVE’s", "a\x00b", "x-\tb", "ǅemal", "a`b", "é`´‘", "", "Niño's pasaporte", "retenu-  e"]


def test_fold_many_equals_fold_on_tricky_text():
    assert fold_many(TRICKY) == [fold(t) for t in TRICKY]
    assert fold_many([]) == []


def test_fold_many_equals_fold_on_a_whole_lemma_table():
    path = resources.files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    forms = list(json.loads(gzip.decompress(path.read_bytes())))
    assert len(forms) > 10_000
    assert fold_many(forms) == [fold(f) for f in forms]


def test_lemma_table_is_loaded_once_and_folded():
    a, b = load_lemma_table("es"), load_lemma_table("es")
    assert a is b
    assert a["pasaportes"] == "pasaporte"
    assert all(k == fold(k) for k in list(a)[:5000])


def _code(pattern: str, flags: int = 0) -> list[int]:
    return _compiler._code(_parser.parse(pattern, flags), flags)


def test_reused_charsets_compile_to_identical_code():
    pattern = "|".join(f"(?:[{ALPHA}]+-[{ALPHA_LOWER}]{{{n}}}[{ALPHA}])" for n in range(1, 6))
    for flags in (0, re.IGNORECASE | re.UNICODE):
        plain = _code(pattern, flags)
        with reuse_charsets():
            fast = _code(pattern, flags)
            again = _code(pattern, flags)
        assert fast == plain == again
    assert _compiler._optimize_charset.__module__ == "re._compiler"  # restored afterwards


# ---------------------------------------------------------------- parallel scanning
import pytest  # noqa: E402

from screener.errors import InputError  # noqa: E402
from screener.evidence import get_engine, parallel  # noqa: E402
from screener.ingest.documents import read_document  # noqa: E402

REPORTS = Path(__file__).resolve().parents[1] / "sample_suppliers" / "reports"


@pytest.fixture(scope="module")
def report_items():
    docs = [read_document(p) for p in sorted(REPORTS.iterdir())[:24]]
    assert len(docs) >= 12
    return [(d, f"S{i % 5}") for i, d in enumerate(docs)]


def test_parallel_scan_equals_sequential_scan(report_items, monkeypatch):
    engine = get_engine()
    plain = [ev for doc, key in report_items for ev in engine.scan_document(doc, key)]
    assert len({ev.indicator for ev in plain}) >= 5  # the documents do contain evidence
    seq_progress, par_progress = [], []
    sequential = engine.scan_documents(report_items, workers=1, progress=lambda f, m: seq_progress.append(f))
    monkeypatch.setattr(parallel, "PARALLEL_MIN_WORDS", 0)
    calls = []
    real = parallel.scan_pages_parallel

    def spy(scan, jobs, workers, done=None):
        calls.append((len(jobs), workers))
        return real(scan, jobs, workers, done)

    monkeypatch.setattr(parallel, "scan_pages_parallel", spy)
    forked = engine.scan_documents(report_items, workers=2, progress=lambda f, m: par_progress.append(f))
    assert calls and calls[0][0] > len(report_items) // 2 and calls[0][1] == 2  # really forked
    assert sequential == plain
    assert forked == plain
    assert seq_progress == par_progress == [(i + 1) / len(report_items) for i in range(len(report_items))]


def test_chunks_cover_every_page_once_in_order():
    words = [5, 400, 0, 30, 1200, 7, 7, 7, 300]
    bounds = parallel.chunk_bounds(words, 4)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(words)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(s < e for s, e in bounds)
    assert parallel.chunk_bounds([], 4) == []


def test_worker_count_from_environment(monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_ENV, "3")
    assert parallel.worker_count() == 3
    monkeypatch.delenv(parallel.WORKERS_ENV)
    assert 1 <= parallel.worker_count() <= 2
    for bad in ("0", "two", "-1"):
        monkeypatch.setenv(parallel.WORKERS_ENV, bad)
        with pytest.raises(InputError, match=parallel.WORKERS_ENV):
            parallel.worker_count()


def test_lemma_table_disk_cache_is_used_and_survives_corruption(tmp_path, monkeypatch):
    from screener.evidence import textnorm

    monkeypatch.setenv(textnorm.CACHE_ENV, str(tmp_path))
    built = textnorm.load_lemma_table.__wrapped__("en")
    files = list(tmp_path.glob("lemma-en-*.marshal"))
    assert len(files) == 1
    assert textnorm.load_lemma_table.__wrapped__("en") == built  # read back from the cache
    files[0].write_bytes(b"\x00not marshal")
    assert textnorm.load_lemma_table.__wrapped__("en") == built  # rebuilt, not crashed
    assert built["passports"] == "passport"
