"""Worker: read each (id, kind, path) of a JSON file the way the CLI does and print one JSON result a line.

Run by tests/test_ingest_hostile.py in a subprocess so that its own peak memory is measured: VmHWM of
/proc/self/status on Linux. ru_maxrss is only the fallback: a child keeps the peak of the process that started it (a
pytest worker of 1 GB made every hostile case "use" 1 GB).
Each result: id, code (0 read, 2 InputError, 1 anything else: a bug), msg, rows, names, countries, warnings.
"""
from __future__ import annotations

import json
import signal
import sys


def _alarm(signum, frame):  # noqa: ANN001
    raise TimeoutError("hang: over 60 s")


def read_one(kind: str, path: str) -> dict:
    from screener.errors import InputError

    try:
        if kind == "table":
            from screener.ingest.tables import read_supplier_table

            t = read_supplier_table(path)
            warn = " | ".join(i.message for i in t.quality.issues)
            return {"code": 0, "msg": "", "rows": len(t.records), "names": [r.name for r in t.records[:5]],
                    "countries": [r.country for r in t.records[:5]], "warnings": warn,
                    "migrant": [r.migrant_share for r in t.records[:3]]}
        from screener.ingest.documents import read_document

        doc = read_document(path)
        return {"code": 0, "msg": "", "pages": len(doc.pages), "text": doc.text[:2000], "warnings": ""}
    except InputError as exc:
        return {"code": 2, "msg": str(exc)}
    except BaseException as exc:  # noqa: BLE001 - what the corpus hunts for
        if isinstance(exc, KeyboardInterrupt):
            raise
        return {"code": 1, "msg": f"{type(exc).__name__}: {exc}"[:500]}


def main() -> None:
    signal.signal(signal.SIGALRM, _alarm)
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    for cid, kind, path in jobs:
        signal.alarm(60)
        res = read_one(kind, path)
        signal.alarm(0)
        res["id"] = cid
        print(json.dumps(res, ensure_ascii=True), flush=True)
    print(json.dumps({"peak_rss_kb": peak_rss_kb()}), flush=True)


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB, not counting the process that started it."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()
