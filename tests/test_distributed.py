"""The Dask executor gives the same register as a local run (timestamps aside), on a small LocalCluster."""
from __future__ import annotations

import csv
import shutil

import pytest

pytest.importorskip("distributed")

from screener.export import prepare_view  # noqa: E402
from screener.export.jsonio import json_document  # noqa: E402
from screener.pipeline import screen  # noqa: E402

HEADER = ["Vendor No.", "Vendor Name", "Ctry", "Main product(s)", "Audit report", "Audit findings (summary)"]
ROWS = [
    ["V1", "Hoshine Silicon Industries Co Ltd", "China", "Polysilicon", "", "Workers said the agent keeps their passports."],
    ["V2", "Kaveri Rice Pvt. Ltd.", "India", "Rice", "audit_kaveri-rice_2026.docx", ""],
    ["V3", "Petra Stitch Garments Co.", "Jordan", "Woven garments", "", "No findings."],
    ["V4", "Mingtai Footwear Co., Ltd.", "China", "Footwear", "", "Workers said the agent keeps their passports."],
    ["V5", "", "Kenya", "Fresh fruit", "", ""],
    ["V6", "Frutas Inambari S.A.C.", "Peru", "Avocados", "auditoria_frutas-inambari_2023.txt",
     "Los trabajadores no pueden salir del campamento."],
]


def _register(run) -> dict:
    doc = json_document(prepare_view(run))
    doc.pop("generated_at")
    doc["run"].pop("started_at")
    doc["run"].pop("duration_s")
    return doc


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory, repo_root):
    folder = tmp_path_factory.mktemp("portfolio")
    (folder / "reports").mkdir()
    for name in ("audit_kaveri-rice_2026.docx", "auditoria_frutas-inambari_2023.txt"):
        shutil.copyfile(repo_root / "sample_suppliers" / "reports" / name, folder / "reports" / name)
    with (folder / "suppliers.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    return folder


def test_dask_local_cluster_gives_the_local_register(portfolio, monkeypatch):
    from screener import distributed

    monkeypatch.setattr(distributed, "SCAN_TEXTS_PER_TASK", 1)  # many small tasks: order must still hold
    monkeypatch.setattr(distributed, "MATCH_NAMES_PER_TASK", 2)
    monkeypatch.setattr(distributed, "ASSESS_JOBS_PER_TASK", 2)
    local = screen(portfolio / "suppliers.csv", reports=portfolio / "reports")
    executor = distributed.DaskExecutor.connect("local:1", processes=False)
    try:
        loaded = executor.client.run(lambda dask_worker: sorted(dask_worker.plugins))
        assert all(distributed.EngineLoader.name in names for names in loaded.values())
        remote = screen(portfolio / "suppliers.csv", reports=portfolio / "reports", executor=executor)
    finally:
        executor.close()
    assert any(r.evidence for r in local.results) and any(r.watchlist_matches for r in local.results)
    assert _register(remote) == _register(local)


def test_cluster_address_must_be_sensible():
    from screener.distributed import DaskExecutor
    from screener.errors import InputError

    with pytest.raises(InputError, match="whole number"):
        DaskExecutor.connect("local:zero")
