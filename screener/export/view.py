"""The run as every export sees it: results ranked and redacted, reviews attached, shared labels and rows.

xlsx, pdf, json and csv all start from ``build_view`` so that they agree on ranks, redaction and review status.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol


from screener.lexicon import indicator_label  # noqa: F401  (re-exported for the export modules)
from screener.scoring.rules import rank_key
from screener.contracts import (Contribution, DataQualityIssue, Evidence, ScreenRun, SupplierRecord, SupplierResult,
                                VulnerabilityFactor)
from screener.executor import gc_paused
from screener.export.redaction import TextRedactor, run_texts
from screener.scoring.features import REASONS_WITHOUT_INPUT_TEXT
from screener.scoring.vulnerability import factors_without_input_text
from screener.redact import redact_evidence
from screener.resources import lexicon_data, lexicon_dir, model_card_path

SETTINGS_PATH = lexicon_dir() / "export.yaml"
MODEL_CARD_PATH = model_card_path()


class StoreLike(Protocol):
    """The part of ``screener.review.store.ReviewStore`` that exports read."""

    def supplier_decisions(self) -> dict[str, Any]: ...
    def evidence_decisions(self, supplier_key: str | None = None) -> dict[str, Any]: ...
    def audit_log(self) -> list[Any]: ...


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """``lexicons/export.yaml``: due days, tier colours, model and redaction statements."""
    return lexicon_data("export.yaml")


def model_statement() -> str:
    """The sentence every export carries about how the default model was trained."""
    return " ".join(str(settings()["model_statement"]).split())


def redaction_statement(redacted: bool) -> str:
    """Whether this export hides personal data, in plain English."""
    return str(settings()["redaction_statement"]["redacted" if redacted else "not_redacted"])


def tier_colour(tier: str) -> str:
    """RGB hex background of a tier."""
    return str(settings()["tier_colours"].get(tier, "FFFFFF"))


def due_date(run_date: dt.date, priority: str) -> dt.date:
    """When a remediation step of this priority falls due, counted from the run date."""
    days = settings()["due_days"]
    return run_date + dt.timedelta(days=int(days.get(priority, days["default"])))


def model_card_summary(max_lines: int | None = None) -> list[str]:
    """The first lines of MODEL_CARD.md (headings and text, no blank lines); empty when there is none."""
    if not MODEL_CARD_PATH.is_file():
        return []
    limit = max_lines or int(settings().get("model_card_max_lines", 60))
    lines = [ln.rstrip() for ln in MODEL_CARD_PATH.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines[:limit]


@dataclass(frozen=True)
class EvidenceRow:
    """One piece of evidence as exported: possibly redacted, with the review of the original finding."""

    evidence: Evidence  # redacted when the export is
    fingerprint: str  # of the original evidence, as the review store knows it
    review: Any | None = None  # screener.review.store.ReviewDecision


@dataclass
class ExportView:
    """Ranked, redacted results plus the reviews and records the exports need."""

    run: ScreenRun
    results: list[SupplierResult]  # in rank order
    ranks: dict[str, int]
    evidence: dict[str, list[EvidenceRow]]
    records: dict[str, SupplierRecord]
    supplier_decisions: dict[str, Any] = field(default_factory=dict)
    evidence_decisions: dict[str, Any] = field(default_factory=dict)
    audit_log: list[Any] = field(default_factory=list)
    plan_items: dict[tuple[str, str], Any] = field(default_factory=dict)  # screener.review.store.PlanItem by (key, step)
    referrals: list[Any] = field(default_factory=list)  # screener.review.store.Referral, in the order recorded
    has_store: bool = False
    redacted: bool = True
    redactor: TextRedactor = field(default_factory=TextRedactor, repr=False)  # each distinct text redacted once
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    _by_key: dict[str, SupplierResult] = field(default_factory=dict, repr=False)

    @property
    def run_date(self) -> dt.date:
        return self.run.started_at.date()

    def data_quality(self) -> list[DataQualityIssue]:
        """Every data-quality issue of the run, once each: table, documents, then per supplier."""
        seen: set[DataQualityIssue] = set()
        out: list[DataQualityIssue] = []
        for issue in [*self.run.table.quality.issues, *self.run.document_issues,
                      *(i for r in self.results for i in r.data_quality)]:
            if issue not in seen:
                seen.add(issue)
                out.append(issue)
        return out

    def extra_columns(self) -> list[str]:
        """Unmapped input columns, in the order they first appear."""
        cols: dict[str, None] = {}
        for rec in self.run.table.records:
            for k in rec.extra:
                cols.setdefault(str(k), None)
        for res in self.results:
            for k in res.extra:
                cols.setdefault(str(k), None)
        return list(cols)

    def result(self, supplier_key: str) -> SupplierResult | None:
        """The (ranked, redacted) result of one supplier."""
        if len(self._by_key) != len(self.results):
            self._by_key = {r.supplier_key: r for r in self.results}
        return self._by_key.get(supplier_key)

    def extra_values(self, supplier_key: str) -> dict[str, Any]:
        """The unmapped input values of one supplier (record first, then anything the result added)."""
        rec = self.records.get(supplier_key)
        res = self.result(supplier_key)
        values = {**(res.extra if res else {}), **(rec.extra if rec else {})}
        return {str(k): self._scrub(v) for k, v in values.items()}

    def _scrub(self, value: Any) -> Any:
        return self.redactor(value) if self.redacted and isinstance(value, str) else value

    def text(self, value: str | None) -> str:
        """Free text from reviewers or inputs, redacted when the export is."""
        return self._scrub(value or "")



def _redact_issue(issue: DataQualityIssue, cache: dict[int, tuple[Any, Any]] | None = None,
                  redact: TextRedactor | None = None) -> DataQualityIssue:
    return _redacted(issue, "message", {} if cache is None else cache, redact or TextRedactor())


_MAX_CACHED = 1 << 20


def _redacted(obj: Any, field_name: str, cache: dict[int, tuple[Any, Any]], redact: TextRedactor) -> Any:
    """``obj`` with ``field_name`` redacted; the same object when nothing changes, one copy per part object.

    ``cache`` is keyed by object identity (hashing a frozen part costs more than redacting a known text):
    the parts a run shares between suppliers (``batchwork.share_parts``) are looked at once.
    """
    hit = cache.get(id(obj))
    if hit is not None and hit[0] is obj:
        return hit[1]
    value = getattr(obj, field_name)
    new = value if _without_input_text(obj) else redact(value)
    out = obj if new == value else dataclasses.replace(obj, **{field_name: new})
    if len(cache) < _MAX_CACHED:
        cache[id(obj)] = (obj, out)  # holds obj: its id is not reused while the cache lives
    return out


def _without_input_text(obj: Any) -> bool:
    """A contribution, or the vulnerability factor made from it, whose text is our own wording with numbers, dates
    and a row number (nothing to redact)."""
    if isinstance(obj, Contribution):
        return obj.feature in REASONS_WITHOUT_INPUT_TEXT
    return isinstance(obj, VulnerabilityFactor) and obj.factor in _factors_without_input_text()


@lru_cache(maxsize=1)
def _factors_without_input_text() -> frozenset[str]:
    return factors_without_input_text(REASONS_WITHOUT_INPUT_TEXT)


def _redacted_list(items: list[Any], field_name: str, cache: dict[int, tuple[Any, Any]],
                   redact: TextRedactor) -> list[Any]:
    """``[_redacted(x, ...) for x in items]``, by identity alone when every part was looked at before (the cache
    holds each part it knows, so a known id is that very part)."""
    try:
        return [cache[id(x)][1] for x in items]
    except KeyError:
        pass
    for x in items:  # look at the new parts, then take them all from the cache
        if id(x) not in cache:
            _redacted(x, field_name, cache, redact)
    try:
        return [cache[id(x)][1] for x in items]
    except KeyError:  # the cache is full
        return [_redacted(x, field_name, cache, redact) for x in items]


def _redact_escalation(esc: Any, cache: dict[int, tuple[Any, Any]], redact: TextRedactor) -> Any:
    hit = cache.get(id(esc))
    if hit is not None and hit[0] is esc:
        return hit[1]
    reasons = tuple(redact(r) for r in esc.reasons)
    out = esc if reasons == tuple(esc.reasons) else dataclasses.replace(esc, reasons=reasons)
    if len(cache) < _MAX_CACHED:
        cache[id(esc)] = (esc, out)
    return out


def _redact_result(res: SupplierResult, cache: dict[int, tuple[Any, Any]] | None = None,
                   redact: TextRedactor | None = None) -> SupplierResult:
    """A copy of ``res`` with its texts redacted; ``cache`` shares one redacted copy of each distinct frozen
    part (contribution, factor, issue) between the suppliers of a run; ``redact`` remembers redacted texts."""
    cache = {} if cache is None else cache
    redact = redact or TextRedactor()
    parts: dict[str, Any] = {
        "contributions": _redacted_list(res.contributions, "reason", cache, redact),
        "evidence": [redact_evidence(e) for e in res.evidence],
        "data_quality": _redacted_list(res.data_quality, "message", cache, redact),
        "escalation": _redact_escalation(res.escalation, cache, redact),
        "not_screened_reason": redact(res.not_screened_reason) if res.not_screened_reason else None,
        "vulnerability": _redacted_list(res.vulnerability, "detail", cache, redact),
        "tier_reason": redact(res.tier_reason) if res.tier_reason else "",
        "remediation": _redacted_list(res.remediation, "description", cache, redact),
    }
    if all(_same(getattr(res, name), value) for name, value in parts.items()):
        return res  # nothing to hide: the result itself, not a copy (most suppliers of a large portfolio)
    return dataclasses.replace(res, **parts)


def _same(old: Any, new: Any) -> bool:
    """True when ``new`` is ``old`` unchanged: the same object, equal text, or a list of the same objects."""
    if old is new:
        return True
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(a is b for a, b in zip(old, new))
    return isinstance(old, str) and isinstance(new, str) and old == new


def build_view(run: ScreenRun, store: StoreLike | None = None, redact: bool = True) -> ExportView:
    """Rank, redact and attach reviews; the one entry point of every exporter."""
    with gc_paused():  # many small acyclic objects: see screener.executor.gc_paused
        return _build_view(run, store, redact)


def _build_view(run: ScreenRun, store: StoreLike | None, redact: bool) -> ExportView:
    ordered = sorted(run.results, key=rank_key)
    sup_dec = dict(store.supplier_decisions()) if store is not None else {}
    ev_dec = dict(store.evidence_decisions()) if store is not None else {}
    audit = list(store.audit_log()) if store is not None else []
    plans = dict(store.plan_items()) if store is not None and hasattr(store, "plan_items") else {}
    referrals = list(store.referrals()) if store is not None and hasattr(store, "referrals") else []
    results, evidence = [], {}
    cache: dict[int, tuple[Any, Any]] = {}
    redactor = TextRedactor()
    if redact:
        redactor.prefill(run_texts(run))  # each distinct text once, in parallel on a large portfolio
    for res in ordered:
        out = _redact_result(res, cache, redactor) if redact else res
        evidence[res.supplier_key] = [
            EvidenceRow(shown, orig.fingerprint, ev_dec.get(orig.fingerprint))
            for orig, shown in zip(res.evidence, out.evidence)
        ]
        results.append(out)
    if redact:
        run = dataclasses.replace(
            run, table=dataclasses.replace(run.table, quality=dataclasses.replace(
                run.table.quality, issues=[_redact_issue(i, cache, redactor) for i in run.table.quality.issues])),
            document_issues=[_redact_issue(i, cache, redactor) for i in run.document_issues])
    return ExportView(
        run=run, results=results, ranks={r.supplier_key: i + 1 for i, r in enumerate(results)},
        evidence=evidence, records={r.supplier_key: r for r in run.table.records},
        supplier_decisions=sup_dec, evidence_decisions=ev_dec, audit_log=audit, plan_items=plans,
        referrals=referrals, has_store=store is not None,
        redacted=redact, redactor=redactor,
    )
