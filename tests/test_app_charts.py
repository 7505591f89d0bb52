"""The tables behind the app's charts: the waterfall adds up, heatmap and bars count what they should."""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app_pages import charts  # noqa: E402
from screener.contracts import Contribution  # noqa: E402
from test_app_pages import make_run  # noqa: E402


def test_waterfall_chains_from_baseline_to_score() -> None:
    r = make_run().results[0]
    df = charts.waterfall_frame(r)
    assert df.iloc[0]["Step"] == "Baseline" and df.iloc[0]["end"] == r.baseline
    assert df.iloc[-1]["Step"] == "Final score" and df.iloc[-1]["end"] == r.risk_score
    steps = df.iloc[1:-1]
    assert list(steps["start"])[1:] == list(steps["end"])[:-1]  # each bar starts where the last one ended
    assert steps.iloc[-1]["end"] == pytest.approx(r.risk_score)
    assert list(steps["points"]) == sorted(steps["points"], key=abs, reverse=True)


def test_waterfall_groups_small_factors_and_puts_the_cap_last() -> None:
    r = make_run().results[0]
    many = [Contribution(f"f{i}", 1.0, 1.0 + i / 10, f"reason {i}") for i in range(14)]
    cap = Contribution("capped_at_100", 1.0, -(r.baseline + sum(c.points for c in many) - 100.0), "capped")
    r = dataclasses.replace(r, contributions=[cap, *many], risk_score=100.0)
    df = charts.waterfall_frame(r, max_bars=5)
    assert list(df["Step"])[-2:] == ["Score kept at the top of the scale", "Final score"]  # plain label
    assert "9 smaller factors" in list(df["Step"])
    assert df.iloc[-2]["end"] == pytest.approx(100.0)


def test_waterfall_reasons_pass_through_the_redactor() -> None:
    r = make_run().results[0]
    df = charts.waterfall_frame(r, text=lambda t: "[hidden]")
    assert set(df["Reason"].iloc[1:-1]) == {"[hidden]"}


def test_heatmap_counts_only_asserted_evidence() -> None:
    df = charts.heatmap_frame(make_run())
    acme = df[df["Supplier"] == "Acme Garments Ltd"].set_index("Indicator")["Asserted sentences"]
    assert acme.sum() == 2  # the negated child-labour sentence is not counted
    assert set(df["Supplier"]) == {"Acme Garments Ltd"}  # no asserted finding (or not screened): no empty row


def test_country_and_tier_frames_count_suppliers() -> None:
    run = make_run()
    tiers = charts.tier_frame(run).set_index("Tier")["Suppliers"].to_dict()
    assert tiers == {"High risk": 1, "Needs assessment": 0, "Medium risk": 0, "Low risk": 1, "Not screened": 1}
    countries = charts.country_frame(run)
    assert set(zip(countries["Country"], countries["Tier"])) == {("Malaysia (MY)", "High risk"),
                                                                  ("Germany (DE)", "Low risk")}
    products = charts.product_frame(run)
    assert sorted(products["Product"]) == ["Electronics", "Garments", "Gloves"]
