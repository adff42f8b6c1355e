"""Complaint analysis on known data, in Beijing time on a machine that runs in UTC: time to
answer (median and mean), the on-time rate (open past the deadline counts as late, open
before it not yet), repeated lots (per product), groups by product, lot, kind, customer and
month (a complaint received at 07:00 on 1 April in Beijing is an April one)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from domainhelpers import BEIJING, T_WUHAN

from desktop.domain import complaint_analysis as ca
from desktop.models import Complaint

NOW = datetime(2026, 4, 2, 12, tzinfo=BEIJING)


def bj(month, day, hour, minute=0):
    return datetime(2026, month, day, hour, minute, tzinfo=BEIJING)


@pytest.fixture
def facts(store, field):
    def add(customer, kind, product, lot, received, deadline, answered=None):
        status = "reported_to_customer" if answered else "captured"
        store.create(Complaint, customer_id=customer, kind=kind, product_id=product, lot=lot,
                     description="-", received_at=received, committed_deadline=deadline,
                     reported_to_customer_at=answered, status=status, territory_id=T_WUHAN,
                     resolution="已处理" if answered else None)

    add(field.zhang_wh, "quality", field.amlodipine, "A1", bj(3, 2, 9), bj(3, 5, 9), bj(3, 4, 9))
    add(field.zhang_wh, "quality", field.amlodipine, "A1 ", bj(3, 10, 9), bj(3, 13, 9),
        bj(3, 16, 9))  # 144 h: late
    add(field.pharmacy, "delivery", field.rosuvastatin, "R7", bj(3, 20, 9), bj(3, 24, 9))
    add(field.pharmacy, "delivery", field.rosuvastatin, "A1", bj(3, 25, 9), bj(3, 30, 9))
    add(field.chen, "service", None, None, bj(4, 1, 10), bj(4, 8, 10))  # not due yet
    add(field.liu, "quality", field.amlodipine, "A1", bj(4, 1, 7), bj(4, 6, 7), bj(4, 1, 19))
    add(field.liu, "quality", field.amlodipine, "A1", bj(2, 27, 9), bj(3, 4, 9))  # February
    return ca.complaint_facts(store, date(2026, 3, 1), date(2026, 4, 30), BEIJING)


def test_overall_time_to_answer_and_on_time_rate(facts):
    assert len(facts) == 6  # February's is outside the period
    total = ca.overall(facts, NOW)
    assert (total.complaints, total.open, total.answered) == (6, 3, 3)
    assert (total.median_hours, total.mean_hours) == (48, 68)  # 48 h, 144 h, 12 h
    assert (total.due, total.on_time, total.late) == (5, 2, 3)
    assert total.on_time_rate == pytest.approx(0.4)


def test_a_lot_is_repeated_per_product(facts):
    [lot] = ca.repeated_lots(facts, NOW)
    assert (lot.label, lot.complaints, lot.on_time, lot.due) == ("安立平 · A1", 3, 2, 3)
    lots = {r.label: (r.complaints, r.repeated_lot)
            for r in ca.figures_by(facts, ca.Dimension.LOT, NOW)}
    assert lots == {"安立平 · A1": (3, True), "舒脂宁 · R7": (1, False),
                    "舒脂宁 · A1": (1, False), "": (1, False)}


def test_by_month_on_the_users_clock_with_empty_months_filled(facts):
    months = ca.by_month(facts, date(2026, 2, 1), date(2026, 5, 31), NOW)
    assert [(m.key, m.complaints, m.on_time_rate) for m in months] == [
        ("2026-02", 0, None), ("2026-03", 4, pytest.approx(0.25)), ("2026-04", 2, 1.0),
        ("2026-05", 0, None)]


def test_by_product_kind_and_customer(facts):
    products = ca.figures_by(facts, "product", NOW)
    assert [(r.label, r.complaints) for r in products] == [("安立平", 3), ("舒脂宁", 2), ("", 1)]
    kinds = ca.figures_by(facts, "kind", NOW)
    assert [(r.key, r.complaints, r.late) for r in kinds] == [
        ("quality", 3, 1), ("delivery", 2, 2), ("service", 1, 0)]
    customers = ca.figures_by(facts, "customer", NOW)
    assert [(r.label, r.complaints, r.median_hours) for r in customers] == [
        ("张伟", 2, 96), (ca_pharmacy := customers[1].label, 2, None), ("刘芳", 1, 12),
        ("陈静", 1, None)] and ca_pharmacy.startswith("老百姓大药房")
