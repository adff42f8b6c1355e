"""Follow-ups without widgets: the list, done and snooze, and reminders in the rep's time zone
(Beijing) on a machine that runs in UTC: when they are due, that each fires once, also across
a restart, and again after a snooze."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from domainhelpers import BEIJING, REP, beijing

from desktop.domain import follow_ups
from desktop.models import FollowUp, utcnow
from desktop.store.store import Store

TODAY = date(2026, 3, 19)
HOUR = 9  # the rep's default reminder hour


@pytest.fixture
def add(store, field):
    """A function adding an open follow-up for a customer of the field; returns its id."""
    def add(title, due, customer="zhang_wh", **extra):
        return store.create(FollowUp, customer_id=getattr(field, customer), title=title,
                            due_date=due, assigned_user_id=REP, territory_id="t-wh",
                            **extra).id
    return add


def _due(store, now):
    return [(row.title, key) for row, key in
            follow_ups.due_reminders(store, now, HOUR, BEIJING)]


def test_open_follow_ups_by_due_date_and_the_done_ones_on_request(store, field, add):
    add("送最新高血压防治指南", TODAY + timedelta(days=1), "chen")
    add("核对库存", TODAY, "pharmacy")
    late = add("回访用药反馈", TODAY - timedelta(days=2))
    add("带样品", TODAY, "zhang_wh")
    add("旧事项", TODAY - timedelta(days=9), status="done")
    store.delete(FollowUp, add("删掉的", TODAY))

    rows = follow_ups.follow_up_rows(store)
    assert [(r.title, r.customer_name) for r in rows] == [
        ("回访用药反馈", "张伟"), ("带样品", "张伟"), ("核对库存", "老百姓大药房（江汉路店）"),
        ("送最新高血压防治指南", "陈静")]
    assert [r.is_overdue(TODAY) for r in rows] == [True, False, False, False]
    assert len(follow_ups.follow_up_rows(store, include_done=True)) == 5
    assert [r.id for r in follow_ups.follow_up_rows(store, customer_id=field.zhang_wh)][0] == late
    assert follow_ups.follow_up_rows(store, customer_id=field.zhang_cs) == []


def test_mark_done_and_snooze(store, field, add):
    fid = add("回访用药反馈", TODAY)
    until = beijing(TODAY, 15)
    follow_ups.snooze(store, fid, until)
    assert follow_ups.follow_up_rows(store)[0].snoozed_until == until
    before = utcnow()
    follow_ups.mark_done(store, fid)
    done = store.get(FollowUp, fid)
    assert done.status == "done" and before <= done.done_at <= utcnow()
    assert follow_ups.follow_up_rows(store) == []


def test_reminder_time_snoozed_before_remind_at_before_the_due_day_in_beijing(store, field,
                                                                            add):
    add("都有", TODAY, remind_at=beijing(TODAY, 14), snoozed_until=beijing(TODAY, 16))
    add("定了时间", TODAY, remind_at=beijing(TODAY, 14))
    add("只有日期", TODAY)
    rows = {r.title: r for r in follow_ups.follow_up_rows(store)}
    at = {title: follow_ups.reminder_time(row, HOUR, BEIJING) for title, row in rows.items()}
    assert at == {"都有": beijing(TODAY, 16), "定了时间": beijing(TODAY, 14),
                  "只有日期": datetime(2026, 3, 19, 1, tzinfo=UTC)}
    early = follow_ups.reminder_time(rows["只有日期"], 7, BEIJING)
    assert early == datetime(2026, 3, 18, 23, tzinfo=UTC)  # 07:00 Beijing, the day before in UTC


def test_a_reminder_fires_once_also_after_a_restart_and_again_after_a_snooze(store, field,
                                                                             add):
    add("回访用药反馈", TODAY)
    add("下周的事", TODAY + timedelta(days=7))
    assert _due(store, beijing(TODAY, 8, 59)) == []
    (title, key), = _due(store, beijing(TODAY, 9))
    assert title == "回访用药反馈"
    follow_ups.remember_fired(store, [key])
    assert _due(store, beijing(TODAY, 9, 1)) == []

    restarted = Store.open(store.path)  # a new process: only the store remembers
    try:
        assert _due(restarted, beijing(TODAY, 11)) == []
        fid = follow_ups.follow_up_rows(restarted)[0].id
        follow_ups.snooze(restarted, fid, beijing(TODAY, 13, 30))
        assert _due(restarted, beijing(TODAY, 13, 29)) == []
        (title, again), = _due(restarted, beijing(TODAY, 13, 30))
        assert title == "回访用药反馈" and again != key
        follow_ups.remember_fired(restarted, [again])
        assert _due(restarted, beijing(TODAY, 18)) == []
    finally:
        restarted.close()


def test_remembered_reminders_of_closed_follow_ups_are_forgotten(store, field, add):
    done = add("回访用药反馈", TODAY)
    add("核对库存", TODAY, "pharmacy")
    keys = dict(_due(store, beijing(TODAY, 10)))
    follow_ups.remember_fired(store, list(keys.values()))
    assert follow_ups.fired_keys(store) == set(keys.values())
    follow_ups.mark_done(store, done)
    follow_ups.remember_fired(store, [])
    assert follow_ups.fired_keys(store) == {keys["核对库存"]}


def test_a_damaged_memory_of_fired_reminders_fires_them_again(store, field, add):
    add("回访用药反馈", TODAY)
    store.set_state(follow_ups.FIRED_KEY, "not json")
    assert follow_ups.fired_keys(store) == set()
    assert [t for t, _k in _due(store, beijing(TODAY, 10))] == ["回访用药反馈"]


def test_the_timer_waits_until_the_next_reminder_at_most_five_minutes(store, field, add):
    def wait(now, **kw):
        return follow_ups.next_reminder_in(store, now, HOUR, BEIJING, **kw)

    assert wait(beijing(TODAY, 8)) == timedelta(minutes=5)  # nothing to remind
    add("回访用药反馈", TODAY)
    assert wait(beijing(TODAY, 8, 58)) == timedelta(minutes=2)
    assert wait(beijing(TODAY, 8, 58), ceiling=timedelta(minutes=1)) == timedelta(minutes=1)
    assert wait(beijing(TODAY, 8)) == timedelta(minutes=5)
    assert wait(beijing(TODAY, 9, 30)) == timedelta(0)  # due and not fired yet
    follow_ups.remember_fired(store, [key for _t, key in _due(store, beijing(TODAY, 9, 30))])
    assert wait(beijing(TODAY, 9, 30)) == timedelta(minutes=5)
