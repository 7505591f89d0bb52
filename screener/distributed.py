"""Running the heavy stages of a screening run on a Dask distributed cluster (``screener screen --cluster``).

``DaskExecutor`` implements ``screener.executor.Executor``: the evidence scan of distinct page texts, the
watchlist name matching and the supplier scoring are cut into batches and mapped over the cluster's workers.
Every worker loads the evidence engine, the risk model and the lexicons once, through a worker plugin
(``EngineLoader``), not once per task. The tasks call the same functions as a local run
(``screener.batchwork``), so the register is the same. See docs/cluster.md for real clusters.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from screener.batchwork import AssessJob, assess_batch, chunks, match_batch
from screener.errors import InputError
from screener.contracts import Evidence, SupplierResult, WatchlistMatch
from screener.executor import count_of_workers

Advance = Callable[[int], None]
SCAN_TEXTS_PER_TASK = 40
MATCH_NAMES_PER_TASK = 5_000
ASSESS_JOBS_PER_TASK = 2_000


try:  # the plugin base class only exists when distributed is installed
    from distributed.diagnostics.plugin import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover - distributed is a dependency, this keeps import errors readable
    _PluginBase = object  # type: ignore[misc,assignment]  # stand-in base class


class EngineLoader(_PluginBase):  # type: ignore[misc, valid-type]
    """Worker plugin: build the evidence pipelines and load the model and lexicons once per worker."""

    name = "screener-engine-loader"

    def __init__(self, languages: Sequence[str] = ()) -> None:
        self.languages = tuple(languages)

    def setup(self, worker: Any = None) -> None:
        from screener.evidence import get_engine
        from screener.evidence.langdetect import SUPPORTED
        from screener.scoring.model import load_default_model

        engine = get_engine()
        for lang in self.languages or SUPPORTED:
            engine.pipeline(lang)
        load_default_model()


def _scan_task(texts: Sequence[tuple[str, str]]) -> list[list[Evidence]]:
    from screener.batchwork import scan_texts
    from screener.evidence import get_engine

    return scan_texts(get_engine(), texts)


_INDEXES: dict[str, Any] = {}  # per worker process: watchlist index by the lists' identity


def _match_task(lists: Sequence[Any], token: str, names: Sequence[tuple[str, str | None]]) -> list[list[WatchlistMatch]]:
    from screener.risk.watchlists import WatchlistIndex

    index = _INDEXES.get(token)
    if index is None:
        _INDEXES.clear()
        index = _INDEXES[token] = WatchlistIndex(list(lists))
    return match_batch(index, names)


def _assess_task(jobs: Sequence[AssessJob], decisions: Mapping[str, Any] | None) -> list[SupplierResult]:
    return assess_batch(jobs, decisions)


def _lists_token(lists: Sequence[Any]) -> str:
    import hashlib

    h = hashlib.sha256()
    for wl in lists:
        h.update(f"{getattr(wl, 'list_id', '')}|{getattr(wl, 'edition', '')}|{len(getattr(wl, 'entries', ()))}|"
                 .encode("utf-8"))
        for e in getattr(wl, "entries", ()):
            h.update(repr(e).encode("utf-8"))
    return h.hexdigest()


class DaskExecutor:
    """The batch stages of a run on a Dask cluster; ``connect("tcp://host:8786")`` or ``connect("local:2")``."""

    def __init__(self, client: Any, cluster: Any = None) -> None:
        self.client = client
        self.cluster = cluster  # a LocalCluster we started (and close), or None
        self.client.register_plugin(EngineLoader())

    @classmethod
    def connect(cls, address: str, **local_options: Any) -> "DaskExecutor":
        """A client on the scheduler at ``address``, or on a new LocalCluster for ``local:N``."""
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise InputError("--cluster needs Dask distributed: pip install 'dask[distributed]'") from None
        if address.startswith("local:") or address == "local":
            raw = address.partition(":")[2] or "2"
            n = count_of_workers(raw, f"--cluster local:N needs a whole number of workers of 1 or more, got '{raw}'")
            options = {"n_workers": n, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
            options.update(local_options)
            cluster = LocalCluster(**options)
            return cls(Client(cluster), cluster)
        try:
            return cls(Client(address, timeout="30s"))
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}") from None

    def _run(self, fn: Callable[..., list[Any]], parts: list[Any], sizes: list[int], advance: Advance,
             *shared: Any) -> list[Any]:
        from distributed import as_completed

        futures = [self.client.submit(fn, *shared, part, pure=False) for part in parts]
        order = {f.key: i for i, f in enumerate(futures)}
        results: list[list[Any] | None] = [None] * len(futures)
        for fut in as_completed(futures):
            i = order[fut.key]
            results[i] = fut.result()
            advance(sizes[i])
        return [x for part in results for x in (part or [])]

    def scan(self, texts: Sequence[tuple[str, str]], advance: Advance) -> list[list[Evidence]]:
        bounds = chunks(len(texts), SCAN_TEXTS_PER_TASK)
        return self._run(_scan_task, [list(texts[a:b]) for a, b in bounds], [b - a for a, b in bounds], advance)

    def match(self, lists: Sequence[Any], queries: Sequence[tuple[str, str | None]],
              advance: Advance) -> list[list[WatchlistMatch]]:
        bounds = chunks(len(queries), MATCH_NAMES_PER_TASK)
        [shared] = self.client.scatter([list(lists)], broadcast=True)  # one object, not one future per list
        token = _lists_token(lists)
        return self._run(lambda ls, part: _match_task(ls, token, part), [list(queries[a:b]) for a, b in bounds],
                         [b - a for a, b in bounds], advance, shared)

    def assess(self, jobs: Sequence[AssessJob], decisions: Mapping[str, Any] | None,
               advance: Advance) -> list[SupplierResult]:
        from screener.batchwork import share_parts

        bounds = chunks(len(jobs), ASSESS_JOBS_PER_TASK)
        shared = self.client.scatter([dict(decisions)], broadcast=True)[0] if decisions else None
        out = self._run(lambda d, part: _assess_task(part, d), [list(jobs[a:b]) for a, b in bounds],
                        [b - a for a, b in bounds], advance, shared)
        share_parts(out)
        return out

    def close(self) -> None:
        """Close the client, and the LocalCluster when this executor started it."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
