"""The hostile-input corpus (tests/ingest_corpus/make_hostile.py): every file gives exactly its expected
outcome (exit 0 with the right rows, or a one-line exit-2 error), never an internal error or a hang, with
peak memory under 1 GB. Files are generated once per session; they are read in subprocesses (light ones
in two batches, heavy ones alone) whose peak RSS comes from os.wait4."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "ingest_corpus"
sys.path.insert(0, str(CORPUS))

import make_hostile  # noqa: E402

CASES = make_hostile.CASES
MAX_RSS_KB = 1024 * 1024  # 1 GB
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _run(jobs: list[tuple[str, str, str]], workdir: Path, tag: str) -> tuple[list[dict], int]:
    spec = workdir / f"jobs-{tag}.json"
    spec.write_text(json.dumps(jobs), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.Popen([sys.executable, str(CORPUS / "run_hostile.py"), str(spec)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate(timeout=600)
    lines = [json.loads(line) for line in out.decode().splitlines() if line.startswith("{")]
    results = [r for r in lines if "id" in r]
    peaks = [r["peak_rss_kb"] for r in lines if "peak_rss_kb" in r]  # the worker's own ru_maxrss
    assert len(results) == len(jobs) and peaks, f"worker {tag} died: {err.decode()[-2000:]}"
    return results, peaks[0]


@pytest.fixture(scope="session")
def outcomes(tmp_path_factory) -> dict[str, tuple[dict, int]]:
    root = tmp_path_factory.mktemp("hostile")
    light, heavy = [], []
    for cid, kind, build, exp in CASES:
        d = root / cid
        d.mkdir()
        path = build(d)
        (heavy if exp.heavy else light).append((cid, kind, os.fsdecode(path)))
    batches = [("light0", light[0::2]), ("light1", light[1::2])] + [(j[0], [j]) for j in heavy]
    out: dict[str, tuple[dict, int]] = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for results, rss in pool.map(lambda b: _run(b[1], root, b[0]), batches):
            for r in results:
                out[r["id"]] = (r, rss)
    return out


def test_corpus_size() -> None:
    import make_corpus  # noqa: F401
    import make_corpus_sheets  # noqa: F401

    assert len(CASES) >= 300
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("cid,kind,build,exp", CASES, ids=[c[0] for c in CASES])
def test_hostile_case(cid, kind, build, exp, outcomes) -> None:
    res, rss = outcomes[cid]
    assert rss < MAX_RSS_KB, f"{cid}: peak RSS {rss / 1024:.0f} MB"
    assert res["code"] in (0, 2), f"{cid}: internal error {res['msg']}"
    msg = res.get("msg", "")
    assert "\n" not in msg and "Traceback" not in msg, msg
    if res["code"] == 2:
        assert not _CTRL.search(msg), repr(msg)
    if exp.code == -1:  # random damage: any clean outcome
        return
    assert res["code"] == exp.code, f"{cid}: expected exit {exp.code}, got {res}"
    if exp.message:
        hay = msg if exp.code == 2 else res.get("warnings", "")
        assert re.search(exp.message, hay, re.S), f"{cid}: {exp.message!r} not in {hay[:600]!r}"
    if exp.rows is not None:
        assert res["rows"] == exp.rows, res
    if exp.names:
        assert tuple(res["names"][:len(exp.names)]) == exp.names, res["names"]
    if exp.countries:
        assert tuple(res["countries"][:len(exp.countries)]) == exp.countries, res["countries"]
    extra = exp.extra
    if extra.get("no_controls"):
        assert not any(_CTRL.search(n or "") or "\x1b" in (n or "") for n in res["names"]), res["names"]
    if "text" in extra:
        assert extra["text"] in res["text"]
    if "pages" in extra:
        assert res["pages"] == extra["pages"]
    if "migrant_share_0" in extra:
        assert res["migrant"][:2] == [extra["migrant_share_0"], extra["migrant_share_1"]], res["migrant"]


def test_worker_peak_memory_excludes_the_parent(tmp_path: Path) -> None:
    """The bound is on the reading process itself: a parent holding 300 MB does not count."""
    ballast = bytearray(300 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # touched, so resident
    results, rss = _run([], tmp_path, "empty")
    assert results == [] and rss < 200 * 1024, f"peak RSS {rss / 1024:.0f} MB"
    del ballast
