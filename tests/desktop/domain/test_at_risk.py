"""Customers at risk: each rule trips on known data and does not trip just short of it;
the manager's settings switch a rule off or move its threshold; lost reasons counted."""

from datetime import date, datetime, timedelta

import pytest
from domainhelpers import BEIJING, REGION, REP, T_CHANGSHA, T_WUHAN

from desktop.domain import at_risk
from desktop.models import Complaint, Customer, CustomerMetric, Visit

TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 9, tzinfo=BEIJING)


def codes(store, customer_id, **where):
    rows = at_risk.at_risk_customers(store, region_id=REGION, today=TODAY, now=NOW, **where)
    return {r.code for row in rows if row.customer_id == customer_id for r in row.reasons}


def metric(w, customer_id, period, ours=None, total=None, purchases=None):
    w.create(CustomerMetric, customer_id=customer_id, period=period, drug_class="降压药",
             our_prescriptions=ours, total_prescriptions=total, purchase_amount=purchases,
             territory_id=T_WUHAN)


@pytest.mark.parametrize("shares, trips", [
    ([40, 38, 35, 30], True),    # three falls in a row
    ([40, 38, 38, 30], False),   # flat in between
])
def test_share_falling_three_months_in_a_row(store, field, shares, trips):
    with store.write() as w:
        for month, ours in zip(("2026-08", "2026-09", "2026-10", "2026-11"), shares, strict=True):
            metric(w, field.zhang_wh, month, ours=ours, total=100)
            metric(w, field.zhang_wh, month, ours=0, total=0)  # a row without figures
    assert ("share_falling" in codes(store, field.zhang_wh)) is trips


def test_share_falling_reason_states_the_figures(store, field):
    with store.write() as w:
        for month, ours in zip(("2026-08", "2026-09", "2026-10", "2026-11"), (40, 38, 35, 30),
                               strict=True):
            metric(w, field.zhang_wh, month, ours=ours, total=100)
    row = next(r for r in at_risk.at_risk_customers(store, territory_ids=[T_WUHAN], today=TODAY,
                                                    now=NOW) if r.customer_id == field.zhang_wh)
    assert [r.text for r in row.reasons] == [
        "Prescription share fell 3 months in a row, from 40% to 30%."]
    assert row.rep_user_id == REP


def prescriptions_at_levels(w, field, period, whole, by_class=None):
    """A doctor's month as an import gives it: the whole month (every drug class), and where
    the import has it, the 降压药 class again (ours, total), each level its own figures."""
    base = {"customer_id": field.zhang_wh, "period": period, "territory_id": T_WUHAN}
    w.create(CustomerMetric, our_prescriptions=whole[0], total_prescriptions=whole[1], **base)
    if by_class is not None:
        w.create(CustomerMetric, drug_class="降压药", our_prescriptions=by_class[0],
                 total_prescriptions=by_class[1], **base)


@pytest.mark.parametrize("whole, by_class, reasons", [
    # The whole month falls 40 → 38 → 35 → 30 %; the last two months come with the drug
    # class too (strong there): adding the levels up would read 46 % and 46 %, no fall.
    ([40, 38, 35, 30], [None, None, (30, 40), (28, 35)],
     ["Prescription share fell 3 months in a row, from 40% to 30%."]),
    # The whole month holds at 40 %; the drug class beside it falls: adding the levels up
    # would read 50 → 48 → 46 → 43 %, three falls that the customer's share does not have.
    ([40, 40, 40, 40], [(30, 40), (27, 40), (24, 40), (20, 40)], []),
])
def test_share_counts_each_month_once_at_its_widest_level(store, field, whole, by_class,
                                                         reasons):
    with store.write() as w:
        for month, ours, cls in zip(("2026-08", "2026-09", "2026-10", "2026-11"), whole,
                                    by_class, strict=True):
            prescriptions_at_levels(w, field, month, (ours, 100), cls)
    rows = at_risk.at_risk_customers(store, territory_ids=[T_WUHAN], today=TODAY, now=NOW)
    assert [r.text for row in rows if row.customer_id == field.zhang_wh
            for r in row.reasons if r.code == "share_falling"] == reasons


@pytest.mark.parametrize("days_ago, trips", [(16, True), (15, False)])
def test_not_called_for_more_than_twice_the_tier_interval(store, field, days_ago, trips):
    # A tier: 4 calls a month → every 7.5 days; twice that is 15 days.
    with store.write() as w:
        w.create(Visit, customer_id=field.zhang_wh, territory_id=T_WUHAN, status="submitted",
                 visit_type="face_to_face",
                 started_at=datetime.combine(TODAY - timedelta(days=days_ago),
                                             datetime.min.time(), BEIJING).replace(hour=10))
    assert ("not_called" in codes(store, field.zhang_wh)) is trips


@pytest.mark.parametrize("hours_past, status, trips", [
    (1, "in_progress", True), (-1, "in_progress", False), (5, "reported_to_customer", False)])
def test_complaint_past_its_committed_deadline(store, field, hours_past, status, trips):
    deadline = NOW - timedelta(hours=hours_past)
    with store.write() as w:
        w.create(Complaint, customer_id=field.first_hospital, territory_id=T_WUHAN,
                 kind="delivery", severity="medium", channel="phone", description="到货延迟",
                 received_at=deadline - timedelta(days=2), committed_deadline=deadline,
                 status=status)
    assert ("complaint_overdue" in codes(store, field.first_hospital)) is trips


@pytest.mark.parametrize("recent, trips", [(79_000, True), (81_000, False)])
def test_purchases_down_against_last_year(store, field, recent, trips):
    with store.write() as w:
        for month in ("09", "10", "11"):
            metric(w, field.pharmacy, f"2025-{month}", purchases=100_000 / 3)
            metric(w, field.pharmacy, f"2026-{month}", purchases=recent / 3)
    assert ("purchases_down" in codes(store, field.pharmacy)) is trips


def purchases_at_levels(w, field, period, whole=None, by_class=None, by_product=None):
    """A hospital's month as an import gives it: the whole month, its drug class, and its
    two products, each level the same purchases again."""
    base = {"customer_id": field.xiehe_west, "period": period, "territory_id": T_WUHAN}
    if whole is not None:
        w.create(CustomerMetric, purchase_amount=whole, **base)
    if by_class is not None:
        w.create(CustomerMetric, drug_class="降压药", purchase_amount=by_class, **base)
    if by_product is not None:
        for product in (field.amlodipine, field.rival):
            w.create(CustomerMetric, drug_class="降压药", product_id=product,
                     purchase_amount=by_product / 2, **base)


def reasons_of(store, customer_id):
    rows = at_risk.at_risk_customers(store, region_id=REGION, today=TODAY, now=NOW)
    return [r.text for row in rows if row.customer_id == customer_id for r in row.reasons]


def test_purchases_given_at_several_levels_are_counted_once(store, field):
    # Last year the hospital's months came as whole months only; this year the import gives
    # the whole month, the drug class and the products: 70,000 a quarter however it is cut,
    # 30 % below last year's 100,000. Adding the levels up would make it 210,000 (up).
    with store.write() as w:
        for month in ("09", "10", "11"):
            purchases_at_levels(w, field, f"2025-{month}", whole=100_000 / 3)
            purchases_at_levels(w, field, f"2026-{month}", whole=70_000 / 3,
                                by_class=70_000 / 3, by_product=70_000 / 3)
    assert reasons_of(store, field.xiehe_west) == [
        "Purchases down 30% on the same months last year (70,000 against 100,000 CNY)."]


def test_purchases_at_several_levels_last_year_are_not_a_fall(store, field):
    # Last year at three levels (each 90,000 a quarter), this year the whole month only:
    # 90,000 against 90,000 is not a fall, though the levels added up would be 270,000.
    # A month given only by its products counts its products.
    with store.write() as w:
        for month in ("09", "10"):
            purchases_at_levels(w, field, f"2025-{month}", whole=30_000, by_class=30_000,
                                by_product=30_000)
        purchases_at_levels(w, field, "2025-11", by_product=30_000)
        for month in ("09", "10", "11"):
            purchases_at_levels(w, field, f"2026-{month}", whole=30_000)
    assert reasons_of(store, field.xiehe_west) == []


def test_a_tier_customer_moved_down_is_flagged_and_a_b_tier_one_is_not(store, field):
    with store.write() as w:
        w.update(Customer, field.xiehe_west, tier="B")  # was A
        w.update(Customer, field.first_hospital, tier="C")  # was B
    assert "tier_down" in codes(store, field.xiehe_west)
    assert "tier_down" not in codes(store, field.first_hospital)
    with store.read() as s:
        assert s.get(Customer, field.xiehe_west).previous_tier == "A"


def test_manager_switches_a_rule_off_and_moves_a_threshold(store, field):
    with store.write() as w:
        for month in ("09", "10", "11"):
            metric(w, field.pharmacy, f"2025-{month}", purchases=100_000)
            metric(w, field.pharmacy, f"2026-{month}", purchases=85_000)  # down 15 %
    assert "purchases_down" not in codes(store, field.pharmacy)
    at_risk.set_rule(store, REGION, "purchases_down", enabled=True, threshold=10)
    assert "purchases_down" in codes(store, field.pharmacy)
    at_risk.set_rule(store, REGION, "purchases_down", enabled=False, threshold=10)
    assert "purchases_down" not in codes(store, field.pharmacy)


def test_manager_sees_the_region_by_rep_and_a_rep_their_own(store, field):
    with store.write() as w:
        w.update(Customer, field.xiehe_west, tier="B")
        w.update(Customer, field.xiangya, tier="C")
    region = at_risk.at_risk_customers(store, region_id=REGION, today=TODAY, now=NOW)
    grouped = at_risk.by_rep(region)
    assert {r.customer_id for r in grouped[REP]} == {field.xiehe_west}
    assert {r.customer_id for rows in grouped.values() for r in rows} == {
        field.xiehe_west, field.xiangya}
    own = at_risk.at_risk_customers(store, territory_ids=[T_CHANGSHA], today=TODAY, now=NOW)
    assert [r.customer_id for r in own] == [field.xiangya]


def test_lost_customer_needs_a_reason_and_reasons_are_counted(store, field):
    with pytest.raises(ValueError):
        at_risk.mark_lost(store, field.chen, "bad luck")
    at_risk.mark_lost(store, field.chen, "competitor", NOW)
    at_risk.mark_lost(store, field.liu, "competitor", NOW)
    at_risk.mark_lost(store, field.zhang_cs, "price", NOW)
    counted = at_risk.lost_reasons_counted(store, REGION)
    assert list(counted.items())[:2] == [("competitor", 2), ("price", 1)]
    assert counted["policy"] == 0
    with store.write() as w:
        w.update(Customer, field.chen, tier="A")
    assert field.chen not in {r.customer_id for r in at_risk.at_risk_customers(
        store, region_id=REGION, today=TODAY, now=NOW)}
