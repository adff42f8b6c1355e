"""Prescription share, roll-ups and trend series."""

from __future__ import annotations

import pytest

from desktop.domain.metrics import (
    Prescriptions,
    TrendPoint,
    customer_share,
    falling_share_warning,
    months_back,
    prescription_share,
    rollup,
    share_change,
    trend,
)


def m(customer, period, ours, total, drug_class="降压药", **extra):
    return {"customer_id": customer, "period": period, "drug_class": drug_class,
            "our_prescriptions": ours, "total_prescriptions": total, **extra}


ROWS = [
    m("zhang", "2026-01", 30, 120), m("zhang", "2026-02", 45, 150),
    m("wang", "2026-01", 5, 200), m("wang", "2026-02", 10, 100),
    m("li", "2026-01", 0, 0),  # saw no hypertension patients that month
    m("zhang", "2026-01", 40, 50, drug_class="调脂药"),
    m("chen", "2026-02", 7, 10, deleted=True),
]


def test_share_is_ours_over_total_and_none_without_a_total():
    assert prescription_share(30, 120) == 0.25
    assert prescription_share(0, 80) == 0.0
    assert prescription_share(5, 0) is None
    assert prescription_share(5, None) is None
    assert prescription_share(None, 100) is None


def test_customer_share_for_one_class_and_period_range():
    assert customer_share(ROWS, "zhang", "降压药", ["2026-01"]).share == 0.25
    both = customer_share(ROWS, "zhang", "降压药", ["2026-01", "2026-02"])
    assert (both.ours, both.total) == (75, 270)
    assert both.share == pytest.approx(75 / 270)
    assert customer_share(ROWS, "zhang", "调脂药", ["2026-01"]).share == 0.8
    assert customer_share(ROWS, "li", "降压药", ["2026-01"]).share is None
    assert customer_share(ROWS, "nobody", "降压药", ["2026-01"]) == Prescriptions(None, None)


def test_department_rollup_sums_doctors_figures_not_their_shares():
    dept = rollup(ROWS, ["zhang", "wang", "li"], "降压药", ["2026-01"])
    # (30 + 5 + 0) / (120 + 200 + 0); the mean of shares would be (0.25 + 0.025) / 2
    assert (dept.ours, dept.total) == (35, 320)
    assert dept.share == pytest.approx(35 / 320)
    assert rollup(ROWS, ["chen"], "降压药", ["2026-02"]).share is None  # deleted rows ignored


def test_a_missing_our_figure_is_not_counted_as_zero_share():
    rows = [m("a", "2026-01", None, 100), m("b", "2026-01", 10, 40)]
    assert rollup(rows, ["a", "b"], "降压药", ["2026-01"]).share == 0.25


def test_a_month_given_by_class_and_by_product_counts_its_prescriptions_once():
    # One import gives Dr Zhang of 朝阳医院(东院区)'s January by drug class and by product (a
    # product row carries its class); Dr Wang's January only by product.
    rows = [
        m("zhang", "2026-01", 30, 120),
        m("zhang", "2026-01", 20, 120, product_id="p-aml"),
        m("zhang", "2026-01", 10, 120, product_id="p-val"),
        m("wang", "2026-01", 4, 50, product_id="p-aml"),
        m("wang", "2026-01", 6, 50, product_id="p-val"),
        m("zhang", "2026-02", 45, 150),
    ]
    zhang = customer_share(rows, "zhang", "降压药", ["2026-01", "2026-02"])
    assert (zhang.ours, zhang.total) == (75, 270)  # not 105 of 510
    dept = rollup(rows, ["zhang", "wang"], "降压药", ["2026-01"])
    # Zhang's class row, Wang's products (no class row of his to prefer)
    assert (dept.ours, dept.total) == (30 + 10, 120 + 100)
    assert dept.share == pytest.approx(40 / 220)


def test_months_back_crosses_year_boundaries():
    assert months_back("2026-02", 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_trend_has_a_point_per_period_with_gaps_as_none():
    periods = ["2025-12", "2026-01", "2026-02"]
    points = trend(ROWS, periods, "share", "降压药", ["zhang", "wang"])
    assert [p.period for p in points] == periods
    assert points[0].value is None
    assert points[1].value == pytest.approx(35 / 320)
    assert points[2].value == pytest.approx(55 / 250)
    volumes = trend([{"customer_id": "h", "period": "2026-01", "drug_class": None,
                      "outpatient_volume": 900}], periods, "outpatient_volume")
    assert [p.value for p in volumes] == [None, 900, None]
    with pytest.raises(ValueError, match="unknown series field"):
        trend(ROWS, periods, "popularity")


def test_falling_share_warns_only_past_the_threshold():
    falling = [TrendPoint("2026-01", 0.30), TrendPoint("2026-02", None),
               TrendPoint("2026-03", 0.22)]
    assert share_change(falling) == pytest.approx(-0.08)
    template, params = falling_share_warning(falling, "降压药")
    assert "fell" in template and params == {"drug_class": "降压药", "start": "30%", "end": "22%"}
    steady = [TrendPoint("2026-01", 0.30), TrendPoint("2026-03", 0.27)]
    assert falling_share_warning(steady, "降压药") is None
    assert share_change([TrendPoint("2026-01", 0.3)]) is None
