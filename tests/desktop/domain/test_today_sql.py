"""Today's lists at start, read with plain SQL before the database layer loads
(`desktop.domain.today_sql`), are the lists the ORM gives (`desktop.domain.today`): on the
demo store and on field-like data (Beijing time on a UTC machine, a customer without a
phone, the same name in two cities), and after the visits they derive from change. While a
download stores visits without keeping each customer's last call, the start leaves Today
to the ordinary open rather than list called customers as overdue."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from domainhelpers import (
    FIRST_HOSPITAL,
    MANAGER,
    PHARMACY,
    REP,
    T_WUHAN,
    VISIT_COLUMNS,
    XIEHE_WEST,
    beijing,
    wire_visit,
)

from desktop.demo.generator import DemoSpec
from desktop.demo.loader import load_into_store
from desktop.domain import local_time, today, today_sql
from desktop.domain.complaints import capture_complaint
from desktop.domain.identity import USER_STATE_KEY
from desktop.models import CallPlan, Customer, FollowUp, FrequencyTarget, PlanItem, Visit
from desktop.store import encryption, quick_open, store_key
from desktop.store.store import Store

DAY = date(2026, 3, 4)  # a Wednesday
NOW = beijing(DAY, 7, 40)  # 23:40 UTC the day before: the rep's day is not UTC's


def orm_lists(store, day, now) -> dict:
    planned = today.planned_calls(store, day)
    return {"planned": (planned, today.day_progress(store, day, planned)),
            "follow_ups": today.follow_ups_due(store, day, now),
            "complaints": today.complaints_near_deadline(store, now),
            "overdue": today.customers_overdue(store, day)}


def sql_lists(store, day, now) -> today_sql.TodayLists:
    con = quick_open.open_for_reading(store.path)
    assert con is not None
    try:
        return today_sql.read_today(con, day, now, path=store.path)
    finally:
        con.close()


def assert_same_lists(store, day, now) -> today_sql.TodayLists:
    fast = sql_lists(store, day, now)
    assert fast.sections() == orm_lists(store, day, now)
    return fast


@pytest.mark.parametrize("role", ["rep", "manager", None])
def test_the_demo_store_gives_the_same_lists(store, role):
    load_into_store(store, DemoSpec(seed=5, customers=400, visits=6000, today=DAY))
    if role is not None:
        from desktop.demo.local_demo import demo_user

        store.set_state(USER_STATE_KEY, json.dumps(demo_user(role), ensure_ascii=False))
    for day in (DAY, DAY + timedelta(days=2)):
        now = beijing(day, 9)
        with local_time.fixed(now):
            fast = assert_same_lists(store, day, now)
        assert fast.overdue[1] > 0 and fast.follow_ups
    assert fast.identity.role == (role or "rep")


def plan_for_today(store, rep, customers):
    with store.write() as w:
        plan = w.create(CallPlan, territory_id=T_WUHAN, rep_user_id=rep,
                        week_start=DAY - timedelta(days=DAY.weekday()), status="approved")
        items = [w.create(PlanItem, territory_id=T_WUHAN, plan_id=plan.id, customer_id=c,
                          day=DAY, time_slot=slot, position=i, product_ids=[])
                 for i, (c, slot) in enumerate(customers)]
    return items


def test_field_data_gives_the_same_lists(store, field):
    """A 07:30 call in Beijing falls on the Beijing day (UTC still has the day before); the
    two 张伟 (Wuhan, Changsha) are two customers; a department is named with its hospital."""
    items = plan_for_today(store, REP, [(field.zhang_wh, "08:00-09:00"),
                                        (field.cardio, "10:00-11:00"), (field.chen, None)])
    store.set_state(USER_STATE_KEY, json.dumps({"id": REP, "role": "rep",
                                                "territory_ids": [T_WUHAN]}))
    with store.write() as w:
        # the first call of the day, reported at 07:30 Beijing time (23:30 UTC yesterday)
        w.create(Visit, territory_id=T_WUHAN, customer_id=field.zhang_wh, rep_user_id=REP,
                 visit_type="face_to_face", started_at=beijing(DAY, 7, 30), status="submitted",
                 submitted_at=beijing(DAY, 7, 35), plan_item_id=items[0].id)
        # a draft for the department does not count as a call
        w.create(Visit, territory_id=T_WUHAN, customer_id=field.cardio, rep_user_id=REP,
                 visit_type="face_to_face", started_at=beijing(DAY - timedelta(days=1), 16),
                 status="draft", plan_item_id=items[1].id)
        w.create(Visit, territory_id=T_WUHAN, customer_id=field.zhang_cs, rep_user_id=REP,
                 visit_type="phone", started_at=beijing(DAY - timedelta(days=20), 7, 10),
                 status="submitted", submitted_at=beijing(DAY - timedelta(days=20), 8))
        w.create(FollowUp, territory_id=T_WUHAN, customer_id=field.chen, title="送资料",
                 due_date=DAY - timedelta(days=2), status="open")
        w.create(FollowUp, territory_id=T_WUHAN, customer_id=field.liu, title="晚点再说",
                 due_date=DAY, status="open", snoozed_until=NOW + timedelta(hours=2))
    capture_complaint(store, dict(
        customer_id=field.pharmacy, product_id=field.amlodipine, kind="adverse_reaction",
        severity="high", channel="visit",
        description="服药后皮疹", received_at=NOW - timedelta(hours=20),
        day0_at=NOW - timedelta(hours=20), committed_deadline=NOW + timedelta(hours=4),
        patient_identifier="P-1", event_description="皮疹", reporter_name="黄小琴",
        patient_age=54, patient_sex="female"))
    with local_time.fixed(NOW):
        fast = assert_same_lists(store, DAY, NOW)
    calls, progress = fast.planned
    assert [c.customer_id for c in calls] == [field.chen, field.zhang_wh, field.cardio]
    assert (progress.logged, progress.planned) == (2, 3)  # the draft is a report made
    assert [f.title for f in fast.follow_ups] == ["送资料"]  # the snoozed one waits
    assert fast.complaints[0].pv.stage == "awaiting_receipt"
    overdue, total = fast.overdue
    names = {o.customer_id: o.customer_name for o in overdue}
    assert field.zhang_wh not in names  # called this (Beijing) morning
    assert names[field.zhang_cs] == "张伟" and names[field.cardio].startswith("心血管内科 · ")
    assert names[field.chen] == "陈静"  # no phone on record: listed all the same
    assert total == len(overdue)


def test_the_kept_last_calls_follow_changes_to_visits(store, field):
    """The overdue list at start reads each customer's latest call from a table the store
    keeps: a later call, a deleted one and one removed from this store all show."""
    with store.write() as w:
        old = w.create(Visit, territory_id=T_WUHAN, customer_id=field.xiehe_west,
                       rep_user_id=REP, visit_type="face_to_face", status="submitted",
                       started_at=beijing(DAY - timedelta(days=30), 9))
        recent = w.create(Visit, territory_id=T_WUHAN, customer_id=field.xiehe_west,
                          rep_user_id=REP, visit_type="face_to_face", status="submitted",
                          started_at=beijing(DAY - timedelta(days=2), 9))
    overdue_ids = lambda: {o.customer_id for o in sql_lists(store, DAY, NOW).overdue[0]}  # noqa: E731
    with local_time.fixed(NOW):
        assert field.xiehe_west not in overdue_ids()
        assert_same_lists(store, DAY, NOW)
        store.delete(Visit, recent.id)  # the recent call was a mistake: overdue again
        assert field.xiehe_west in overdue_ids()
        assert_same_lists(store, DAY, NOW)
        with store.write() as w:
            w.remove_local(Visit, old.id)  # left this store's scope
        assert_same_lists(store, DAY, NOW)
        with store.write() as w:  # a call pulled from the server
            w.apply_remote(Visit, dict(
                id="v-remote", territory_id=T_WUHAN, customer_id=field.xiehe_west,
                rep_user_id=REP, visit_type="phone", status="submitted", revision=7,
                started_at=beijing(DAY, 7, 5)))
        assert field.xiehe_west not in overdue_ids()
        assert_same_lists(store, DAY, NOW)


def test_a_manager_without_calls_sees_the_teams_progress(store, field):
    plan_for_today(store, REP, [(field.zhang_wh, "09:00-10:00"), (field.chen, None)])
    store.set_state(USER_STATE_KEY, json.dumps({"id": MANAGER, "role": "manager",
                                                "region_id": "r", "territory_ids": []}))
    with local_time.fixed(NOW):
        fast = assert_same_lists(store, DAY, NOW)
    assert fast.planned[1].team and fast.planned[1].planned == 2


def test_a_store_the_quick_read_cannot_take_is_left_to_the_ordinary_open(store, field):
    """An old store (needs a migration), a key that does not open the file, no key: no
    quick read (the ordinary open migrates, or says what is wrong)."""
    assert today_sql.read_at_start(store.path) is not None
    store.close()
    con = encryption.connect(store.path, store_key.load_key(store.path))
    con.execute("UPDATE alembic_version SET version_num = '0016'")
    con.commit()
    con.close()
    assert quick_open.open_for_reading(store.path) is None
    right = store_key.load_key(store.path)
    store_key.save_key(store.path, bytes(32))
    assert quick_open.open_for_reading(store.path) is None
    store_key.delete_key(store.path)
    assert quick_open.open_for_reading(store.path) is None
    store_key.save_key(store.path, right)
    assert quick_open.open_for_reading(store.path.with_name("missing.sqlite3")) is None


def overdue_ids(lists) -> set[str]:
    return {o.customer_id for o in lists[0]}


def test_a_first_download_cut_off_in_its_visits_is_left_to_the_ordinary_open(tmp_path):
    """The app was closed in the middle of a first download's visits, then opened the
    ordinary way (which builds the indexes set aside and clears their marker): the calls
    already stored are not yet in the kept last calls, so the next start does not list
    their hospitals as never called; the ordinary open's Today reads them from the visits.
    Once the visits are all in, the first look is back, and right."""
    path = tmp_path / "first.sqlite3"
    progress = {"revision": 120, "tables": ["frequency_target", "customer", "visit",
                                            "follow_up"],
                "counts": {}, "index": 2, "after": "v-2", "done": 5}
    store = Store.open(path)
    try:
        with store.write() as w:
            w.set_aside_indexes()
            store.set_state("snapshot", json.dumps(progress), w.session)
            for tier, calls in (("A", 4), ("B", 2), ("C", 1)):
                w.create(FrequencyTarget, tier=tier, calls_per_month=calls)
            xiehe, first, shop = (w.create(Customer, kind=kind, name=name, tier=tier,
                                           territory_id=T_WUHAN, phone=None).id
                                  for kind, name, tier in (("hospital", XIEHE_WEST, "A"),
                                                           ("hospital", FIRST_HOSPITAL, "B"),
                                                           ("pharmacy", PHARMACY, "C")))
            w.store_wire_rows(Visit, VISIT_COLUMNS, [
                wire_visit(1, xiehe, beijing(DAY - timedelta(days=2), 8)),
                # 16:30 UTC two days before: yesterday in Beijing
                wire_visit(2, first, beijing(DAY - timedelta(days=1), 0, 30))])
    finally:
        store.close()  # the app was closed before the visits' last page
    store = Store.open(path)  # the ordinary open: the indexes are back
    try:
        with local_time.fixed(NOW):
            assert today_sql.read_at_start(path, DAY) is None
            assert overdue_ids(today.customers_overdue(store, DAY)) == {shop}
            with store.write() as w:  # the visits' last page, then the follow-ups
                w.store_wire_rows(Visit, VISIT_COLUMNS, [
                    wire_visit(3, shop, beijing(DAY, 7, 30))])
                w.table_loaded("visit")
                store.set_state("snapshot", json.dumps({**progress, "index": 3}), w.session)
            assert today_sql.read_at_start(path, DAY) is not None
            assert assert_same_lists(store, DAY, NOW).overdue == ([], 0)
    finally:
        store.close()


def test_a_download_into_a_store_with_data_is_left_to_the_ordinary_open(store, field):
    """A full download into a store that already holds calls sets no index aside, yet
    stores its visits without keeping the last calls: until they are all in, a start does
    not show the store's old last calls (协和西院 called 40 days ago, though the download
    brought yesterday's late call)."""
    with store.write() as w:
        w.create(Visit, territory_id=T_WUHAN, customer_id=field.xiehe_west, rep_user_id=REP,
                 visit_type="face_to_face", status="submitted",
                 started_at=beijing(DAY - timedelta(days=40), 9))
    with local_time.fixed(NOW):
        assert field.xiehe_west in overdue_ids(today_sql.read_at_start(store.path, DAY).overdue)
        progress = {"revision": 300, "tables": ["customer", "visit", "follow_up"],
                    "counts": {}, "index": 1, "after": "v-8", "done": 40}
        with store.write() as w:
            store.set_state("snapshot", json.dumps(progress), w.session)
            w.store_wire_rows(Visit, VISIT_COLUMNS, [
                wire_visit(7, field.xiehe_west, beijing(DAY - timedelta(days=1), 23, 30)),
                wire_visit(8, field.chen, beijing(DAY - timedelta(days=3), 9))])
        assert today_sql.read_at_start(store.path, DAY) is None
        ordinary = overdue_ids(today.customers_overdue(store, DAY))
        assert field.xiehe_west not in ordinary and field.chen not in ordinary
        with store.write() as w:
            w.table_loaded("visit")
            store.set_state("snapshot", json.dumps({**progress, "index": 2}), w.session)
        assert field.xiehe_west not in overdue_ids(assert_same_lists(store, DAY, NOW).overdue)
