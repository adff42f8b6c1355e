"""The last visit behind next week's suggested calls (`plans.customer_facts`) is each
customer's latest call as the store keeps it (`customer_last_call`) and gives what a scan of
every visit gives: submitted calls only, not deleted ones, a correction like any submitted
report, the rep's (Beijing) day on a UTC machine, and the customer's own calls, whichever
territory they were made in. While the kept table cannot be trusted (an older store, a
download storing visits without the write hook) it still does."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from domainhelpers import REP, REP2, T_CHANGSHA, T_WUHAN, beijing
from sqlmodel import select

from desktop.domain import plans
from desktop.domain.local_time import local_day
from desktop.domain.plan_suggestions import suggest_week
from desktop.models import Customer, FrequencyTarget, Visit

MONDAY = date(2026, 3, 16)  # the week the rep plans


def oracle(session, territory_ids) -> dict[str, date | None]:
    """A scan of every visit: for each live tiered customer of `territory_ids`, the day (the
    rep's zone) of their latest submitted, not deleted call, or None."""
    latest: dict[str, datetime] = {}
    for v in session.exec(select(Visit)):
        if not v.deleted and v.status == "submitted" and (
                v.customer_id not in latest or v.started_at > latest[v.customer_id]):
            latest[v.customer_id] = v.started_at
    return {c.id: local_day(latest[c.id]) if c.id in latest else None
            for c in session.exec(select(Customer))
            if c.territory_id in territory_ids and not c.deleted and c.tier is not None}


def call(w, customer_id, moment, *, status="submitted", territory=T_WUHAN, rep=REP, **extra):
    return w.create(Visit, territory_id=territory, customer_id=customer_id, rep_user_id=rep,
                    visit_type="face_to_face", status=status, started_at=moment, **extra)


def facts_match_the_scan(store) -> dict[str, date | None]:
    """The last visit of every customer's facts, for each set of territories, equals the
    scan's; returns Wuhan's."""
    with store.read() as s:
        for territories in ([T_WUHAN], [T_CHANGSHA], [T_WUHAN, T_CHANGSHA], []):
            found = {f.customer_id: f.last_visit
                     for f in plans.customer_facts(s, territories, MONDAY)}
            assert found == oracle(s, territories), territories
        return {f.customer_id: f.last_visit for f in plans.customer_facts(s, [T_WUHAN], MONDAY)}


def before(days: int, hour: int, minute: int = 0) -> datetime:
    return beijing(MONDAY - timedelta(days=days), hour, minute)


@pytest.fixture
def calls(store, field):
    with store.write() as w:
        for tier, n in {"A": 4, "B": 2, "C": 1}.items():
            w.create(FrequencyTarget, tier=tier, calls_per_month=n)
        wrong = call(w, field.zhang_wh, before(6, 10))
        call(w, field.zhang_wh, before(7, 10), corrects_visit_id=wrong.id)  # the right day
        call(w, field.liu, before(20, 9))
        mistake = call(w, field.liu, before(1, 9))
        call(w, field.chen, before(40, 9))
        call(w, field.chen, before(1, 9), status="draft")
        call(w, field.first_hospital, before(3, 23, 30))  # 15:30 UTC
        call(w, field.pharmacy, before(2, 0, 30))  # 16:30 UTC of the day before
        # the other 张伟, in Changsha, called more lately than Wuhan's
        call(w, field.zhang_cs, before(1, 9), territory=T_CHANGSHA, rep=REP2)
        # 湘雅 moved from Changsha to Wuhan after its last call there
        call(w, field.xiangya, before(4, 9), territory=T_CHANGSHA, rep=REP2)
        w.update(Customer, field.xiangya, territory_id=T_WUHAN)
    store.delete(Visit, mistake.id)
    return field


def test_suggestions_know_each_customers_last_call_as_a_scan_of_every_visit(store, calls):
    wuhan = facts_match_the_scan(store)
    assert wuhan[calls.zhang_wh] == MONDAY - timedelta(days=6)  # both reports stay submitted
    assert wuhan[calls.liu] == MONDAY - timedelta(days=20)  # not the deleted call
    assert wuhan[calls.chen] == MONDAY - timedelta(days=40)  # not the draft
    assert wuhan[calls.first_hospital] == MONDAY - timedelta(days=3)
    assert wuhan[calls.pharmacy] == MONDAY - timedelta(days=2)  # Beijing's day, not UTC's
    assert calls.zhang_cs not in wuhan
    assert wuhan[calls.xiehe_west] is None
    assert wuhan[calls.xiangya] == MONDAY - timedelta(days=4)

    with store.read() as s:
        week = suggest_week(MONDAY, plans.customer_facts(s, [T_WUHAN], MONDAY),
                            plans.frequency_targets(s))
    reasons = {w.customer_id: w.text for w in week}
    assert reasons[calls.xiehe_west] == "Tier A: 0 of 4 calls this month"  # never called
    assert calls.xiangya not in reasons  # called four days ago, though in its old territory
    assert reasons[calls.chen] == "Tier C: 0 of 1 calls this month"  # the draft is no call
    assert calls.pharmacy not in reasons  # its call this month was on Saturday in Beijing


def test_calls_this_month_count_the_calls_the_last_call_counts(store, field):
    """A customer moved into the rep's territory after a call this month under its old
    territory: the suggestion counts that call, as its last call does ("1 of 4", not a
    last call this month and "0 of 4")."""
    with store.write() as w:
        call(w, field.xiangya, before(14, 9), territory=T_CHANGSHA, rep=REP2)  # 2 March
        call(w, field.xiangya, before(20, 9), territory=T_CHANGSHA, rep=REP2)  # February
        call(w, field.xiangya, before(10, 9), territory=T_CHANGSHA, rep=REP2, status="draft")
        call(w, field.xiehe_west, before(13, 15))
        call(w, field.xiehe_west, before(15, 0, 30))  # 1 March in Beijing, 28 Feb in UTC
        w.update(Customer, field.xiangya, territory_id=T_WUHAN)
    with store.read() as s:
        facts = {f.customer_id: f for f in plans.customer_facts(s, [T_WUHAN], MONDAY)}
        week = suggest_week(MONDAY, list(facts.values()), plans.frequency_targets(s))
    assert facts[field.xiangya].last_visit == MONDAY - timedelta(days=14)
    assert facts[field.xiangya].calls_this_month == 1
    assert facts[field.xiehe_west].calls_this_month == 2
    reasons = {s.customer_id: s.text for s in week}
    assert reasons[field.xiangya] == "Tier A: 1 of 4 calls this month"
    assert reasons[field.xiehe_west] == "Tier A: 2 of 4 calls this month"


def test_a_store_without_the_kept_table_still_suggests_from_the_last_calls(store, calls):
    """An older store (before the revision that made the table) read as it is."""
    with store.write() as w:
        w.session.connection().exec_driver_sql("DROP TABLE customer_last_call")
    assert facts_match_the_scan(store)[calls.pharmacy] == MONDAY - timedelta(days=2)


def test_a_download_under_way_suggests_from_the_calls_already_stored(store, calls):
    """A download into a store that had data stores visits without the write hook: until
    its visits are all in, the kept table is not read."""
    with store.write() as w:
        store.set_state("snapshot", json.dumps({"tables": ["customer", "visit"], "index": 1}),
                        w.session)
        w.session.connection().exec_driver_sql("DELETE FROM customer_last_call")
    assert facts_match_the_scan(store)[calls.zhang_wh] == MONDAY - timedelta(days=6)
