"""Each customer's last call day (`visit_cadence.last_visit_days`, behind Today's overdue list
and the at-risk rule `not_called`) is read from the table the store keeps
(`customer_last_call`) and gives what a scan of every visit gives: submitted calls only, not
deleted ones, a correction like any submitted report, the rep's (Beijing) day on a UTC
machine, the customers of the territories asked for."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from domainhelpers import REP, REP2, T_CHANGSHA, T_WUHAN, beijing
from sqlmodel import select

from desktop.domain import visit_cadence
from desktop.domain.local_time import local_day
from desktop.models import Customer, Visit

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
