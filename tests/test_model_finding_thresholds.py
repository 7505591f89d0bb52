"""The sentence model's finding thresholds are the ones its thresholds file records, and the script that applies a
thresholds file sets them without touching anything else."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np

from screener.evidence.sentence_model import load_model

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "models" / "sentence_model.json"
THRESHOLDS = REPO / "models" / "finding_thresholds.json"


def _apply_script():
    spec = importlib.util.spec_from_file_location("apply_finding_thresholds",
                                                  REPO / "scripts" / "apply_finding_thresholds.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shipped_model_uses_the_recorded_thresholds() -> None:
    model = load_model(MODEL)
    per = json.loads(THRESHOLDS.read_text(encoding="utf-8"))["per_indicator"]
    assert {ind: float(model.finding[k]) for k, ind in enumerate(model.indicators)} == \
        {ind: float(per.get(ind, 1.01)) for ind in model.indicators}
    assert np.all(model.possible <= model.finding)


def test_applying_a_thresholds_file_changes_only_the_thresholds(tmp_path: Path) -> None:
    model_path = tmp_path / "model.json"
    model_path.write_bytes(MODEL.read_bytes())
    before = load_model(model_path)
    chosen = {"choice": "per_indicator", "global": 0.7,
              "per_indicator": {"isolation": 0.4, "debt_bondage": 0.95}}  # every other indicator: never counts
    thr_path = tmp_path / "thr.json"
    thr_path.write_text(json.dumps(chosen), encoding="utf-8")
    assert _apply_script().main(["--thresholds", str(thr_path), "--model", str(model_path),
                                 "--chosen-on", "a test"]) == 0
    after = load_model(model_path)
    k_iso, k_debt = after.indicators.index("isolation"), after.indicators.index("debt_bondage")
    assert after.finding[k_iso] == 0.4 and after.finding[k_debt] == 0.95
    others = [k for k in range(len(after.indicators)) if k not in (k_iso, k_debt)]
    assert np.all(after.finding[others] == 1.01)
    # a possible threshold above the new finding threshold comes down to it; the others stay
    assert after.possible[k_iso] == min(before.possible[k_iso], 0.4)
    assert after.possible[k_debt] == before.possible[k_debt]
    assert np.array_equal(after.weights, before.weights) and np.array_equal(after.calibration, before.calibration)
    assert after.meta["settings"]["finding_thresholds_chosen_on"] == "a test"
