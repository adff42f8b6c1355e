"""A customer's figures (`customer_figures`) without widgets: share by drug class (a
department's is summed over its doctors), a falling share flagged, and the other figures
(outpatient visits, purchases, sales) by month."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.domain.metrics import MSG_SHARE_FALLING
from desktop.domain.prescription_share import (
    MonthFigures,
    customer_figures,
    share_for,
    share_trend,
)
from desktop.models import CustomerMetric

BP, LIPID = "降压药", "调脂药"
# (doctor, period, drug class, ours, total)
FIGURES = [
    ("zhang_wh", "2025-12", BP, 40, 100), ("zhang_wh", "2026-01", BP, 30, 100),
    ("zhang_wh", "2026-02", BP, 25, 100), ("zhang_wh", "2026-03", BP, 20, 100),
    ("liu", "2025-12", BP, 10, 100), ("liu", "2026-01", BP, 10, 100),
    ("liu", "2026-03", BP, 5, 50),
    ("zhang_wh", "2026-02", LIPID, 10, 40), ("zhang_wh", "2026-03", LIPID, 12, 40),
    ("chen", "2026-03", BP, 50, 50),  # another hospital's doctor
]


@pytest.fixture
def figures(store, field):
    with store.write() as w:
        for key, period, drug_class, ours, total in FIGURES:
            w.create(CustomerMetric, customer_id=getattr(field, key), period=period,
                     drug_class=drug_class, our_prescriptions=ours, total_prescriptions=total,
                     territory_id="t-wh")
    return field


def customer_metrics(store, customer_id, months=12):
    figures = customer_figures(store, customer_id, months)
    return figures.share, figures.table


def _month(period, drug_class, total, ours):
    return MonthFigures(period, drug_class, None, total_prescriptions=total,
                        our_prescriptions=ours)


def _by_class(series):
    return {s.drug_class: s for s in series}


def test_a_department_s_share_is_summed_over_its_doctors(store, figures):
    series, table = customer_metrics(store, figures.cardio)
    assert [s.drug_class for s in series] == [LIPID, BP]
    bp = _by_class(series)[BP]
    assert len(bp.points) == 12 and bp.points[0].period == "2025-04"
    assert [(p.period, p.value) for p in bp.points[-4:]] == [
        ("2025-12", 0.25), ("2026-01", 0.2), ("2026-02", 0.25),
        ("2026-03", pytest.approx(25 / 150))]  # not the mean of 20% and 10%
    assert all(p.value is None for p in bp.points[:8])
    assert [round(m.share, 3) for m in table] == [0.167, 0.3, 0.25, 0.25, 0.2, 0.25]
    assert table == [
        _month("2026-03", BP, 150, 25),
        _month("2026-03", LIPID, 40, 12),
        _month("2026-02", BP, 100, 25),
        _month("2026-02", LIPID, 40, 10),
        _month("2026-01", BP, 200, 40),
        _month("2025-12", BP, 200, 50)]


def test_a_share_falling_five_points_or_more_is_flagged(store, figures):
    series, _table = customer_metrics(store, figures.cardio)
    assert _by_class(series)[BP].warning == (
        MSG_SHARE_FALLING, {"drug_class": BP, "start": "25%", "end": "17%"})
    assert _by_class(series)[LIPID].warning is None  # 25% -> 30%
    liu, _ = customer_metrics(store, figures.liu)
    assert [(s.drug_class, s.warning) for s in liu] == [(BP, None)]  # 10% -> 10%


def test_a_doctor_s_own_figures_and_a_hospital_s_doctors(store, figures):
    series, table = customer_metrics(store, figures.liu, months=3)
    assert [(p.period, p.value) for p in series[0].points] == [
        ("2026-01", 0.1), ("2026-02", None), ("2026-03", 0.1)]
    assert [(m.period, m.our_prescriptions) for m in table] == [("2026-03", 5), ("2026-01", 10)]
    hospital, _ = customer_metrics(store, figures.first_hospital, months=1)
    assert [(s.drug_class, s.points[0].value) for s in hospital] == [(BP, 1.0)]  # 陈静 only
    assert customer_metrics(store, figures.zhang_cs) == ([], [])  # the namesake has none


def test_a_deleted_month_no_longer_counts(store, figures):
    with store.read() as s:
        row = s.exec(select(CustomerMetric).where(CustomerMetric.customer_id == figures.liu,
                                                  CustomerMetric.period == "2026-03")).one()
    store.delete(CustomerMetric, row.id)
    series, table = customer_metrics(store, figures.cardio)
    assert _by_class(series)[BP].points[-1].value == 0.2
    assert table[0] == _month("2026-03", BP, 100, 20) and table[0].share == 0.2


def test_each_month_s_share_is_the_ours_and_total_shown_beside_it(store, figures):
    store.create(CustomerMetric, customer_id=figures.liu, period="2026-02", drug_class=BP,
                 our_prescriptions=None, total_prescriptions=80, territory_id="t-wh")
    _series, table = customer_metrics(store, figures.cardio)
    for point in table:
        if point.share is not None:
            assert point.share == pytest.approx(point.our_prescriptions
                                                / point.total_prescriptions), point


def test_a_hospital_s_share_counts_a_doctor_s_month_once_when_given_by_product_too(
        store, figures):
    """The import gives 张伟's March by drug class and by product (the product row carries its
    class); 刘芳's February by product only: the hospital's share of the class counts each
    doctor-month once, at its widest level."""
    with store.write() as w:
        for key, period, ours, total in (("zhang_wh", "2026-03", 18, 90),
                                         ("liu", "2026-02", 4, 40)):
            w.create(CustomerMetric, customer_id=getattr(figures, key), period=period,
                     drug_class=BP, product_id=figures.amlodipine, our_prescriptions=ours,
                     total_prescriptions=total, territory_id="t-wh")
    with store.read() as s:
        march = share_for(s, figures.xiehe_west, BP, ["2026-03"])
        trend = share_trend(s, figures.xiehe_west, BP, "2026-03", months=2)
    assert (march.ours, march.total) == (20 + 5, 100 + 50)
    assert [(p.period, p.value) for p in trend] == [
        ("2026-02", pytest.approx((25 + 4) / (100 + 40))), ("2026-03", pytest.approx(25 / 150))]
