"""JSON (versioned SupplierResult records) and CSV (one flat, escaped row per supplier) exports."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import Any, Callable, TextIO

from screener.export.rows import CSV_NAMES, supplier_headers, supplier_rows
from screener.executor import gc_paused
from screener.export.safety import safe_cell
from screener.export.view import ExportView, model_statement, redaction_statement
from screener.contracts import SupplierResult, to_dict


_FIELDS: dict[type, tuple[str, ...]] = {}
_PLAIN = (str, int, float, bool, type(None))
_SCALARS = frozenset(_PLAIN)  # exact types that ``plain`` returns as they are


def plain(obj: Any) -> Any:
    """``screener.contracts.to_dict`` (same output), with the field names of each dataclass looked up once."""
    if isinstance(obj, _PLAIN):
        return obj
    names = _FIELDS.get(type(obj))
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS[type(obj)] = tuple(f.name for f in dataclasses.fields(obj))
    if names is not None:
        return {n: plain(getattr(obj, n)) for n in names}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    return to_dict(obj)


# Parts a run holds once for many suppliers (screener.batchwork.share_parts): converted once per object.
_SHARED_LISTS = frozenset(("contributions", "inherent", "remediation", "vulnerability"))
_SHARED_ONE = frozenset(("ilo_rule", "escalation"))
_MAX_MEMO = 1 << 20


def _plain_part(obj: Any, memo: dict[int, tuple[Any, Any]]) -> Any:
    """``plain(obj)`` for a frozen part, the same dict for the same object (the exporter never changes it)."""
    hit = memo.get(id(obj))
    if hit is not None and hit[0] is obj:
        return hit[1]
    out = plain(obj)
    if len(memo) < _MAX_MEMO:
        memo[id(obj)] = (obj, out)  # holds obj: its id is not reused while the memo lives
    return out


def _plain_result(res: SupplierResult, memo: dict[int, tuple[Any, Any]] | None) -> dict[str, Any]:
    if memo is None:
        return plain(res)  # type: ignore[no-any-return]  # a dataclass gives a dict
    names = _FIELDS.get(SupplierResult)
    if names is None:
        names = _FIELDS[SupplierResult] = tuple(f.name for f in dataclasses.fields(SupplierResult))
    item: dict[str, Any] = {}
    for n in names:
        v = getattr(res, n)
        if n in _SHARED_LISTS:
            item[n] = [_plain_part(x, memo) for x in v]
        elif n in _SHARED_ONE:
            item[n] = _plain_part(v, memo)
        else:
            item[n] = plain(v)
    return item


def supplier_item(view: ExportView, res: SupplierResult,
                  memo: dict[int, tuple[Any, Any]] | None = None) -> dict[str, Any]:
    """One supplier of the JSON export as plain data; ``memo`` (one per export) converts shared parts once."""
    item = _plain_result(res, memo)
    item["rank"] = view.ranks[res.supplier_key]
    item["extra"] = {k: view.text(v) if isinstance(v, str) else v for k, v in item["extra"].items()}
    rec = view.records.get(res.supplier_key)
    item["input_columns"] = {str(k): view.text(v) if isinstance(v, str) else plain(v)
                             for k, v in (rec.extra if rec else {}).items()}
    item["review"] = plain(view.supplier_decisions.get(res.supplier_key))
    for ev_json, row in zip(item["evidence"], view.evidence[res.supplier_key]):
        ev_json["fingerprint"] = row.fingerprint
        ev_json["review"] = plain(row.review)
    if item["review"] and item["review"].get("note"):
        item["review"]["note"] = view.text(item["review"]["note"])
    for ev in item["evidence"]:
        if ev["review"] and ev["review"].get("note"):
            ev["review"]["note"] = view.text(ev["review"]["note"])
        if ev["review"] and view.redacted:
            ev["review"]["sentence"] = ev["sentence"]  # the store keeps the raw sentence
    return item


def _one_line_encoder() -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False, default=str).encode`` for containers, without building a new C
    encoder for each call; that very method when the C encoder's signature is not the one expected."""
    plain_encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
    try:
        from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]

        # no circular check (markers None): plain data holds no cycles, and a shared table of markers would not
        # be safe to use from two threads at once
        made = c_make_encoder(None, str, encode_basestring, None, ": ", ", ", False, False, True)  # type: ignore[misc]
        probe = {"a": [1.5, -0.0, float("nan"), 10**20, True, None, "é\n\"", {"b": ()}], "c": 1e16}

        def encode(value: Any) -> str:
            return "".join(made(value, 0))

        if encode(probe) == plain_encode(probe):
            return encode
    except (ImportError, TypeError):
        pass
    return plain_encode  # pragma: no cover - another Python's C encoder


_ENCODE = _one_line_encoder()
_ADDED = ("rank", "input_columns", "review")  # keys supplier_item adds after the SupplierResult fields


def _layout(names: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """The item's keys in order, as runs: ("plain", keys encoded together), ("list", (key,)) of shared parts,
    ("one", (key,)) of one shared part."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for n in (*names, *_ADDED):
        kind = "list" if n in _SHARED_LISTS else "one" if n in _SHARED_ONE else "plain"
        if kind == "plain" and out and out[-1][0] == "plain":
            out[-1] = ("plain", (*out[-1][1], n))
        else:
            out.append((kind, (n,)))
    return out


class LineEncoder:
    """``encode(supplier_item(view, res))`` for each supplier, spliced from JSON fragments.

    A part a run shares between many suppliers (a contribution such as "no audit on file", an inherent-risk row,
    a remediation step, a vulnerability factor, an ILO-rule result) is encoded once and its text reused; each run
    of the other keys goes through the same C encoder as one dict. The separators are those of the encoder
    (", " and ": "), so the line is byte for byte the one ``encode`` gives for the whole item.
    """

    def __init__(self, view: ExportView) -> None:
        self.view = view
        self.fragments: dict[int, str] = {}  # id of a shared part -> its JSON text
        self._alive: list[Any] = []  # the parts in ``fragments``: their ids are not reused while this encoder lives
        names = _FIELDS.get(SupplierResult)
        if names is None:
            names = _FIELDS[SupplierResult] = tuple(f.name for f in dataclasses.fields(SupplierResult))
        assert not set(_ADDED) & set(names), "supplier_item would overwrite a field in place"
        self.layout = [(kind, keys, _ENCODE(keys[0]) + ": ") for kind, keys in _layout(names)]
        self.special = self._getters()

    def _fragments(self, parts: Any) -> list[str]:
        frags = self.fragments
        try:
            return [frags[id(x)] for x in parts]
        except KeyError:
            pass
        for x in parts:
            if id(x) not in frags:
                if len(frags) >= _MAX_MEMO:
                    return [_ENCODE(plain(y)) for y in parts]
                frags[id(x)] = _ENCODE(plain(x))
                self._alive.append(x)
        return [frags[id(x)] for x in parts]

    def _evidence(self, res: SupplierResult) -> list[dict[str, Any]]:
        view = self.view
        out = []
        rows = view.evidence[res.supplier_key]
        for i, ev in enumerate(res.evidence):
            ev_json = plain(ev)
            out.append(ev_json)
            if i >= len(rows):  # as supplier_item: evidence without a row is left as it is
                continue
            row = rows[i]
            ev_json["fingerprint"] = row.fingerprint
            review = ev_json["review"] = plain(row.review)
            if review:
                if review.get("note"):
                    review["note"] = view.text(review["note"])
                if view.redacted:
                    review["sentence"] = ev_json["sentence"]  # the store keeps the raw sentence
        return out

    def _extra(self, res: SupplierResult) -> dict[str, Any]:
        text = self.view.text
        return {str(k): text(x) if isinstance(x, str) else plain(x) for k, x in res.extra.items()}

    def _rank(self, res: SupplierResult) -> int:
        return self.view.ranks[res.supplier_key]

    def _input_columns(self, res: SupplierResult) -> dict[str, Any]:
        view = self.view
        rec = view.records.get(res.supplier_key)
        return {str(k): view.text(x) if isinstance(x, str) else plain(x) for k, x in (rec.extra if rec else {}).items()}

    def _review(self, res: SupplierResult) -> Any:
        review = plain(self.view.supplier_decisions.get(res.supplier_key))
        if review and review.get("note"):
            review["note"] = self.view.text(review["note"])
        return review

    def _getters(self) -> dict[str, Callable[[SupplierResult], Any]]:
        return {"evidence": self._evidence, "extra": self._extra, "rank": self._rank,
                "input_columns": self._input_columns, "review": self._review}

    def line(self, res: SupplierResult) -> str:
        """The supplier's item of the JSON export, encoded on one line."""
        out = ["{"]
        special = self.special
        for kind, keys, head in self.layout:
            if len(out) > 1:
                out.append(", ")
            if kind == "plain":
                item = {}
                for n in keys:
                    get = special.get(n)
                    if get is not None:
                        item[n] = get(res)
                    else:
                        v = getattr(res, n)
                        item[n] = v if type(v) in _SCALARS else plain(v)
                out.append(_ENCODE(item)[1:-1])  # the keys and values without the braces
            elif kind == "list":
                out += (head, "[", ", ".join(self._fragments(getattr(res, keys[0]))), "]")
            else:
                out += (head, self._fragments((getattr(res, keys[0]),))[0])
        out.append("}")
        return "".join(out)


def _head(view: ExportView) -> dict[str, Any]:
    run = view.run
    return {
        "schema_version": run.schema_version,
        "generated_at": view.generated_at.isoformat(timespec="seconds"),
        "run": {"started_at": run.started_at.isoformat(), "duration_s": run.duration_s,
                "suppliers_file": run.table.source_file, "sheet": run.table.sheet,
                "documents": list(run.documents),
                "coverage": to_dict(run.coverage) if getattr(run, "coverage", None) is not None else None},
        "input_files": to_dict(run.input_files),
        "editions": dict(run.editions),
        "thresholds": dict(run.thresholds),
        "model_statement": model_statement(),
        "redacted": view.redacted,
        "redaction_statement": redaction_statement(view.redacted),
    }


def json_document(view: ExportView) -> dict[str, Any]:
    """The JSON export as plain data (see docs/result_schema.md)."""
    doc = _head(view)
    doc["suppliers"] = [supplier_item(view, res) for res in view.results]
    doc["data_quality"] = to_dict(view.data_quality())
    return doc


def _dumps(value: Any, indent: int) -> str:
    """``json.dumps(value, indent=2)`` nested ``indent`` spaces deep (JSON strings hold no raw newlines)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    return text.replace("\n", "\n" + " " * indent) if indent else text


def write_json(view: ExportView, fh: TextIO, advance: Callable[[int], None] | None = None) -> None:
    """Stream the JSON export to ``fh`` one supplier at a time, each supplier on one line.

    The document is the same data as ``json_document(view)``; only the layout differs (one line a supplier
    keeps the file small and lets the fast C encoder write it).
    """
    fh.write("{")
    for i, (key, value) in enumerate(_head(view).items()):
        fh.write(f'{"," if i else ""}\n  {json.dumps(key)}: {_dumps(value, 2)}')
    fh.write(',\n  "suppliers": [')
    line = LineEncoder(view).line  # one line per supplier
    with gc_paused():
        for i, res in enumerate(view.results):
            fh.write(f'{"," if i else ""}\n    {line(res)}')
            if advance is not None:
                advance(1)
    fh.write("\n  ]" if view.results else "]")
    fh.write(f',\n  "data_quality": {_dumps(to_dict(view.data_quality()), 2)}\n}}')


def json_string(view: ExportView) -> str:
    """The JSON export as text (UTF-8, indented)."""
    buf = io.StringIO()
    write_json(view, buf)
    return buf.getvalue()


def write_csv(view: ExportView, fh: TextIO, advance: Callable[[int], None] | None = None) -> None:
    """Stream one row per supplier in rank order to ``fh``; snake_case headers, then unmapped input columns."""
    headers, extras = supplier_headers(view)
    headers = [*CSV_NAMES, *headers[len(CSV_NAMES):]]
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow([safe_cell(h) for h in headers])
    for row in supplier_rows(view, extras):
        writer.writerow(["" if v is None else safe_cell(v) for v in row])
        if advance is not None:
            advance(1)


def csv_string(view: ExportView) -> str:
    """One row per supplier in rank order; snake_case headers, then unmapped input columns; cells escaped."""
    buf = io.StringIO()
    write_csv(view, buf)
    return buf.getvalue()
