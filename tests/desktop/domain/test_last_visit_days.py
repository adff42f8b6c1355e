"""Each customer's last call day (`visit_cadence.last_visit_days`, behind Today's overdue list
and the at-risk rule `not_called`) is read from the table the store keeps
(`customer_last_call`) and gives what a scan of every visit gives: submitted calls only, not
deleted ones, a correction like any submitted report, the rep's (Beijing) day on a UTC
machine, the customers of the territories asked for. While the table cannot be trusted (an
older store, a first download storing visits without the write hook) it still does."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from domainhelpers import (
    REP,
    REP2,
    T_CHANGSHA,
    T_WUHAN,
    VISIT_COLUMNS,
    beijing,
    wire_visit,
)
from sqlmodel import select

from desktop.domain import visit_cadence
from desktop.domain.local_time import local_day
from desktop.models import Customer, Visit
from desktop.store.store import Store

DAY = date(2026, 3, 18)  # the rep's today


def full_scan(session, territory_ids=None, tz=None) -> dict[str, date]:
    """The answer of a scan of every visit: the day (rep's zone) of each customer's latest
    submitted, not deleted call, for the customers of `territory_ids` (all when None)."""
    wanted = None if territory_ids is None else {
        c.id for c in session.exec(select(Customer)) if c.territory_id in territory_ids}
    latest: dict[str, datetime] = {}
    for v in session.exec(select(Visit)):
        if v.deleted or v.status != "submitted" or (wanted is not None
                                                      and v.customer_id not in wanted):
            continue
        if v.customer_id not in latest or v.started_at > latest[v.customer_id]:
            latest[v.customer_id] = v.started_at
    return {customer: local_day(moment, tz) for customer, moment in latest.items()}


def call(w, customer_id, moment, *, status="submitted", territory=T_WUHAN, rep=REP, **extra):
    return w.create(Visit, territory_id=territory, customer_id=customer_id, rep_user_id=rep,
                    visit_type="face_to_face", status=status, started_at=moment, **extra)


def same_answers(store) -> dict[str, date]:
    with store.read() as s:
        for territories in (None, [T_WUHAN], [T_CHANGSHA], [T_WUHAN, T_CHANGSHA], []):
            for tz in (None, UTC):
                assert visit_cadence.last_visit_days(s, territories, tz) == \
                    full_scan(s, territories, tz), (territories, tz)
        return visit_cadence.last_visit_days(s, [T_WUHAN])


def test_last_call_days_are_those_of_a_scan_of_every_visit(store, field):
    with store.write() as w:
        wrong = call(w, field.zhang_wh, beijing(DAY - timedelta(days=6), 10))
        call(w, field.zhang_wh, beijing(DAY - timedelta(days=7), 10),  # the right day
             corrects_visit_id=wrong.id)
        call(w, field.liu, beijing(DAY - timedelta(days=20), 9))
        mistake = call(w, field.liu, beijing(DAY - timedelta(days=1), 9))
        call(w, field.chen, beijing(DAY - timedelta(days=40), 9))
        call(w, field.chen, beijing(DAY - timedelta(days=1), 9), status="draft")
        call(w, field.first_hospital, beijing(DAY - timedelta(days=3), 23, 30))  # 15:30 UTC
        call(w, field.pharmacy, beijing(DAY - timedelta(days=2), 0, 30))  # 16:30 UTC, day before
        call(w, field.zhang_cs, beijing(DAY - timedelta(days=2), 9), territory=T_CHANGSHA,
             rep=REP2)  # the other 张伟, in Changsha
        # 湘雅 moved from Changsha to Wuhan after its last call there
        call(w, field.xiangya, beijing(DAY - timedelta(days=4), 9), territory=T_CHANGSHA,
             rep=REP2)
        w.update(Customer, field.xiangya, territory_id=T_WUHAN)
    store.delete(Visit, mistake.id)

    wuhan = same_answers(store)
    assert wuhan[field.zhang_wh] == DAY - timedelta(days=6)  # both reports stay submitted
    assert wuhan[field.liu] == DAY - timedelta(days=20)
    assert wuhan[field.chen] == DAY - timedelta(days=40)
    assert wuhan[field.first_hospital] == DAY - timedelta(days=3)
    assert wuhan[field.pharmacy] == DAY - timedelta(days=2)  # Beijing's day, not UTC's
    assert field.zhang_cs not in wuhan
    assert wuhan[field.xiangya] == DAY - timedelta(days=4)
    with store.read() as s:
        overdue = visit_cadence.customers_overdue_by_tier(s, DAY, territory_ids=[T_WUHAN])
    ids = {st.customer_id for tier in overdue.values() for st in tier}
    assert field.xiangya not in ids  # called four days ago, though in its old territory
    assert field.chen in ids and field.zhang_wh not in ids


def test_a_store_without_the_table_still_knows_the_last_calls(store, field):
    """An older store (before the revision that made the table) read as it is."""
    with store.write() as w:
        call(w, field.zhang_wh, beijing(DAY - timedelta(days=2), 9))
        w.session.connection().exec_driver_sql("DROP TABLE customer_last_call")
    assert same_answers(store)[field.zhang_wh] == DAY - timedelta(days=2)


def test_a_first_download_under_way_shows_the_calls_already_stored(tmp_path):
    """A first download stores the visits without the write hook and fills the table once
    they are all in: until then, and after the app was closed in the middle of it, the last
    calls are those of the visits stored; then those of the table."""
    store = Store.open(tmp_path / "first.sqlite3")
    progress = {"revision": 90, "tables": ["customer", "visit", "follow_up"],
                "counts": {}, "index": 1, "after": "v-2", "done": 2}
    try:
        with store.write() as w:
            assert w.set_aside_indexes() > 0
            store.set_state("snapshot", json.dumps(progress), w.session)
            w.store_wire_rows(Visit, VISIT_COLUMNS, [
                wire_visit(1, "c-zhang", beijing(DAY - timedelta(days=1), 8)),
                wire_visit(2, "c-liu", beijing(DAY - timedelta(days=30), 23, 30))])
        with store.read() as s:
            assert visit_cadence.last_visit_days(s) == full_scan(s) == {
                "c-zhang": DAY - timedelta(days=1), "c-liu": DAY - timedelta(days=30)}
    finally:
        store.close()
    store = Store.open(tmp_path / "first.sqlite3")  # the indexes are back, the table empty
    try:
        with store.read() as s:
            assert visit_cadence.last_visit_days(s) == full_scan(s)
            assert visit_cadence.last_visit_days(s)["c-zhang"] == DAY - timedelta(days=1)
        with store.write() as w:  # the last page of visits
            w.store_wire_rows(Visit, VISIT_COLUMNS, [
                wire_visit(3, "c-zhang", beijing(DAY, 7, 30))])
            w.table_loaded("visit")
            store.set_state("snapshot", json.dumps({**progress, "index": 2}), w.session)
        with store.read() as s:
            assert visit_cadence.last_visit_days(s) == full_scan(s)
            assert visit_cadence.last_visit_days(s)["c-zhang"] == DAY
    finally:
        store.close()


@pytest.mark.parametrize("index", [0, 1])
def test_the_kept_table_waits_for_every_visit_of_a_download(store, field, index):
    """A download into a store that had data (no indexes set aside) stores visits without
    the hook too: until its visits are all in, the kept table is not read."""
    with store.write() as w:
        store.set_state("snapshot", json.dumps({"tables": ["customer", "visit"],
                                                "index": index}), w.session)
        w.store_wire_rows(Visit, VISIT_COLUMNS, [
            wire_visit(1, field.chen, beijing(DAY - timedelta(days=1), 23, 30))])
    assert same_answers(store)[field.chen] == DAY - timedelta(days=1)
