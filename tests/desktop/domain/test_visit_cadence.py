"""Which customers are overdue for a call, and frequency attainment for a month."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop.domain.visit_cadence import (
    cadence,
    calls_in_month,
    frequency_phrase,
    local_day,
    month_attainment,
    overdue_customers,
    visit_interval_days,
)

TARGETS = {"A": 4, "B": 2, "C": 1}
TODAY = date(2026, 3, 18)


def test_interval_is_thirty_days_over_the_target():
    assert visit_interval_days(4) == 7.5
    assert visit_interval_days(2) == 15
    assert visit_interval_days(1) == 30
    assert visit_interval_days(0) is None and visit_interval_days(None) is None


@pytest.mark.parametrize("tier,days,overdue", [
    ("A", 7, False), ("A", 8, True), ("B", 15, False), ("B", 16, True),
    ("C", 30, False), ("C", 31, True), ("D", 400, False), (None, 400, False),
])
def test_overdue_once_more_days_than_the_interval_have_passed(tier, days, overdue):
    status = cadence("c", tier, TODAY - timedelta(days=days), TARGETS, TODAY)
    assert status.overdue is overdue
    assert status.days_since == days


def test_never_visited_customers_with_a_target_are_overdue():
    status = cadence("c", "B", None, TARGETS, TODAY)
    assert status.overdue and status.days_since is None and status.days_overdue is None
    assert frequency_phrase(status.calls_per_month) == ("month", 2)
    assert cadence("d", "D", None, TARGETS, TODAY).overdue is False


def test_overdue_set_and_order():
    customers = [("a-ok", "A"), ("a-late", "A"), ("a-later", "A"), ("a-never", "A"),
                 ("b-late", "B"), ("c-ok", "C"), ("d-old", "D")]
    last = {"a-ok": TODAY - timedelta(days=3), "a-late": TODAY - timedelta(days=9),
            "a-later": TODAY - timedelta(days=20), "b-late": TODAY - timedelta(days=40),
            "c-ok": TODAY - timedelta(days=29), "d-old": date(2025, 1, 1)}
    found = overdue_customers(customers, last, TARGETS, TODAY)
    assert [s.customer_id for s in found] == ["a-never", "a-later", "a-late", "b-late"]
    assert found[1].days_overdue == 12.5
    assert (found[1].days_since, found[1].tier, found[1].calls_per_month) == (20, "A", 4)


@pytest.mark.parametrize("calls_per_month,phrase", [
    (4, ("week", 1)), (8, ("week", 2)), (2, ("month", 2)), (1, ("month", 1)),
    (3, ("month", 3)), (0, None), (None, None),
])
def test_targets_read_the_way_a_rep_says_them(calls_per_month, phrase):
    assert frequency_phrase(calls_per_month) == phrase


def test_local_day_uses_the_reps_time_zone():
    beijing = timezone(timedelta(hours=8))
    late_evening_utc = datetime(2026, 3, 17, 17, 30, tzinfo=UTC)  # 01:30 on the 18th in Beijing
    assert local_day(late_evening_utc, beijing) == date(2026, 3, 18)
    assert local_day(late_evening_utc, UTC) == date(2026, 3, 17)
    assert local_day(date(2026, 3, 1)) == date(2026, 3, 1)


def test_month_attainment_caps_each_customer_at_the_target():
    tiers = {"a1": "A", "a2": "A", "b1": "B", "c1": "C", "d1": "D"}
    visits = ([("a1", date(2026, 3, d)) for d in (2, 5, 9, 12, 16, 19)]  # 6 calls, 4 count
              + [("a2", date(2026, 3, 3))]
              + [("b1", date(2026, 2, 27)), ("b1", date(2026, 3, 10))]  # one in February
              + [("d1", date(2026, 3, 4))])
    assert calls_in_month(visits, date(2026, 3, 1))["a1"] == 6
    result = month_attainment(visits, tiers, TARGETS, date(2026, 3, 31))
    assert result["A"] == pytest.approx(5 / 8)
    assert result["B"] == pytest.approx(1 / 2)
    assert result["C"] == 0.0


@pytest.mark.parametrize("limit", [0, 1, 7, 200, 5000])
def test_the_most_urgent_few_are_the_head_of_the_whole_ordered_list(limit):
    """Today shows the first 200 overdue customers and counts them all; taking only those
    (`most_urgent`) keeps the whole list's order: tier A first, never-called first within a
    tier, then the longest overdue, and ties in the order the customers came."""
    import random

    from desktop.domain.cadence_rules import by_tier, most_urgent, most_urgent_first

    rng = random.Random(limit)
    targets = {"A": 4, "B": 2, "C": 1, "E": 3, "Z": 1, "N": 0}
    customers = [(f"c{i}", rng.choice("ABCDEZN") if i % 50 else None) for i in range(3000)]
    last = {cid: TODAY - timedelta(days=rng.choice([1, 5, 8, 8, 8, 20, 31, 31, 90]))
            for cid, _tier in customers if rng.random() < 0.8}
    whole = most_urgent_first(by_tier(overdue_customers(customers, last, targets, TODAY),
                                      targets))
    shown, total = most_urgent(customers, last, targets, TODAY, limit)
    assert total == len(whole) > 1000
    assert shown == whole[:limit]
