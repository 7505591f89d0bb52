"""Each hostile or odd table of the generated corpus parses correctly or fails with its specific error."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "ingest_corpus"
sys.path.insert(0, str(CORPUS))

import make_corpus  # noqa: E402
import make_corpus_sheets  # noqa: E402,F401  (registers more cases)

from screener.errors import InputError  # noqa: E402
from screener.ingest.tables import read_supplier_table  # noqa: E402

CASES = make_corpus.CASES


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case_id,builder,check", CASES, ids=[c[0] for c in CASES])
def test_corpus_case(case_id, builder, check, tmp_path: Path) -> None:
    path, kwargs = builder(tmp_path)
    expects_error = getattr(check, "expects_error", False)
    try:
        result = read_supplier_table(path, **kwargs)
    except InputError as exc:
        if not expects_error:
            raise
        result = exc
    else:
        assert not expects_error, f"{case_id}: expected an error, got a table with {len(result.records)} rows"
    check(result)
