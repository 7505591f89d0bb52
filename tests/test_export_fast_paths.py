"""The fast export paths (bulk redaction in forked workers, shared parts converted once for JSON) give the same
register as the plain ones, on the sample portfolio."""
from __future__ import annotations

import dataclasses
import io
import json
import re

import pytest

from screener.export import jsonio, redaction
from screener.export.view import build_view
from screener.pipeline import screen
from screener.redact import redact_text


@pytest.fixture(scope="module")
def sample_run(repo_root):
    return screen(repo_root / "sample_suppliers" / "suppliers.xlsx", reports=repo_root / "sample_suppliers" / "reports")


def _register(view) -> str:
    buf = io.StringIO()
    jsonio.write_json(view, buf)
    return re.sub(r'"generated_at": "[^"]*"', "", buf.getvalue())


def _with_names(run):
    """The sample run with a worker's name, a phone and an e-mail in reasons, steps and input columns."""
    personal = "Interviewed worker Maria Lopez (phone +44 20 7946 0958, maria.lopez@example.org) said so."
    results = []
    for i, res in enumerate(run.results[:20]):
        contributions = [dataclasses.replace(c, reason=f"{c.reason} {personal}") for c in res.contributions[:1]]
        results.append(dataclasses.replace(res, contributions=contributions + res.contributions[1:],
                                           extra={**res.extra, "Contact": f"Contact {i}: {personal}"}))
    return dataclasses.replace(run, results=results + run.results[20:])


def test_bulk_redaction_in_workers_equals_redacting_each_text(sample_run, monkeypatch):
    run = _with_names(sample_run)
    monkeypatch.setattr(redaction, "PARALLEL_MIN", 1)
    monkeypatch.setattr(redaction, "CHUNK", 7)
    monkeypatch.setattr(redaction, "_workers", lambda: 2)
    forked = build_view(run)
    monkeypatch.setattr(redaction, "_workers", lambda: 1)
    single = build_view(run)
    assert _register(forked) == _register(single)
    by_key = {r.supplier_key: r for r in run.results}
    changed = 0
    for shown in forked.results:
        orig = by_key[shown.supplier_key]
        assert [c.reason for c in shown.contributions] == [redact_text(c.reason) for c in orig.contributions]
        assert [s.description for s in shown.remediation] == [redact_text(s.description) for s in orig.remediation]
        assert shown.tier_reason == redact_text(orig.tier_reason)
        changed += sum(c.reason != o.reason for c, o in zip(shown.contributions, orig.contributions))
    assert changed >= 20  # the test data did hold personal data, and it was hidden
    assert "Maria Lopez" not in _register(forked)


def test_redact_many_keeps_order_across_chunks(monkeypatch):
    monkeypatch.setattr(redaction, "PARALLEL_MIN", 1)
    monkeypatch.setattr(redaction, "CHUNK", 3)
    texts = [f"Call {n} on +44 20 7946 09{n:02d} or write to worker{n}@example.org." for n in range(25)]
    assert redaction.redact_many(texts, workers=2) == [redact_text(t) for t in texts]


def test_json_with_shared_parts_memo_is_the_plain_conversion(sample_run):
    view = build_view(sample_run)
    memo: dict = {}
    for res in view.results:
        fast = jsonio.supplier_item(view, res, memo)
        assert fast == jsonio.supplier_item(view, res)
    assert memo  # parts were converted through the memo
    buf = io.StringIO()
    jsonio.write_json(view, buf)
    doc = json.loads(buf.getvalue())
    assert [s["supplier_key"] for s in doc["suppliers"]] == [r.supplier_key for r in view.results]


def _encoded_items(view) -> list[str]:
    encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
    return [encode(jsonio.supplier_item(view, res)) for res in view.results]


@pytest.mark.parametrize("redact", [True, False])
def test_spliced_lines_are_the_encoded_items(sample_run, redact):
    run = _with_names(sample_run)
    view = build_view(run, redact=redact)
    encoder = jsonio.LineEncoder(view)
    lines = [encoder.line(res) for res in view.results]
    assert lines == _encoded_items(view)
    assert encoder.fragments  # shared parts were encoded once and spliced
    assert any('"evidence": [{' in line for line in lines) and any('"remediation": [{' in line for line in lines)
    assert all(json.loads(line)["supplier_key"] == res.supplier_key for line, res in zip(lines, view.results))


def test_spliced_lines_carry_reviews_and_notes_as_the_items_do():
    from export_fixtures import FakeStore, make_run

    run = make_run()
    for redact in (True, False):
        view = build_view(run, store=FakeStore(run), redact=redact)
        lines = [jsonio.LineEncoder(view).line(res) for res in view.results]
        assert lines == _encoded_items(view)
        assert any('"review": {' in line for line in lines)  # a supplier decision and an evidence decision


def test_gc_paused_restores_the_collector_as_it_was():
    import gc

    from screener.executor import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_one_line_encoder_is_json_s_own():
    encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
    values = [{"a": [1.5, -0.0, 1e16, 10**30, None, True], "é": "line\nbreak \"quoted\" \u2028"}, [], {}, "text",
              3.25, {"when": dataclasses.make_dataclass("D", ["x"])(1)}]
    assert [jsonio._ENCODE(v) for v in values] == [encode(v) for v in values]
