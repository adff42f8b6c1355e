"""What the screens read from the store (Today, follow-ups, complaints, cadence, share),
over a real local store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop.demo.generator import DEMO_USERS, DemoSpec
from desktop.demo.loader import load_into_store
from desktop.domain import complaints, follow_ups, prescription_share, today, visit_cadence
from desktop.models import (
    CallPlan,
    Complaint,
    Customer,
    CustomerMetric,
    FollowUp,
    FrequencyTarget,
    PlanItem,
    Visit,
)

TODAY = date(2026, 3, 18)
NOW = datetime(2026, 3, 18, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
BEIJING = timezone(timedelta(hours=8))
REP, OTHER_REP = "rep-1", "rep-2"
T1, T2 = "t1", "t2"


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def world(store):
    """A hospital with a department and three doctors, a pharmacy, and targets A4 B2 C1."""
    ids = {}
    with store.write() as w:
        for tier, calls in (("A", 4), ("B", 2), ("C", 1)):
            w.create(FrequencyTarget, tier=tier, calls_per_month=calls)
        h = w.create(Customer, kind="hospital", name="北京协和医院", tier="A", territory_id=T1)
        d = w.create(Customer, kind="department", name="心内科", organisation_id=h.id,
                     tier="B", territory_id=T1)
        for key, name, tier in (("zhang", "张伟", "A"), ("wang", "王芳", "B"), ("li", "李娜", "C")):
            ids[key] = w.create(Customer, kind="doctor", name=name, tier=tier,
                                organisation_id=h.id, department_id=d.id, territory_id=T1).id
        ids["pharmacy"] = w.create(Customer, kind="pharmacy", name="老百姓大药房（建国路店）",
                                   tier="D", territory_id=T2).id
        ids["hospital"], ids["department"] = h.id, d.id
    return ids


def visit(w, customer_id, day, *, status="submitted", plan_item_id=None, territory=T1):
    return w.create(Visit, customer_id=customer_id, started_at=at(day), status=status,
                    rep_user_id=REP, plan_item_id=plan_item_id, territory_id=territory)


def test_todays_planned_calls_in_order_with_the_calls_already_made(store, world):
    with store.write() as w:
        plan = w.create(CallPlan, rep_user_id=REP, week_start=date(2026, 3, 16), territory_id=T1)
        other = w.create(CallPlan, rep_user_id=OTHER_REP, week_start=date(2026, 3, 16))
        second = w.create(PlanItem, plan_id=plan.id, customer_id=world["wang"], day=TODAY,
                          position=1, time_slot="15:00-16:30", product_ids=["p1"])
        first = w.create(PlanItem, plan_id=plan.id, customer_id=world["zhang"], day=TODAY,
                         position=0, time_slot="08:30-10:00")
        w.create(PlanItem, plan_id=plan.id, customer_id=world["li"], day=TODAY + timedelta(1))
        w.create(PlanItem, plan_id=other.id, customer_id=world["li"], day=TODAY)
        made = visit(w, world["zhang"], TODAY, status="draft", plan_item_id=first.id)
    with store.read() as s:
        calls = today.todays_planned_calls(s, REP, TODAY)
    assert [c.customer_name for c in calls] == ["张伟", "王芳"]
    assert [c.plan_item_id for c in calls] == [first.id, second.id]
    assert calls[0].done and calls[0].visit_id == made.id
    assert not calls[1].done and calls[1].product_ids == ("p1",)
    assert calls[0].plan_status == "draft" and calls[1].tier == "B"


def test_follow_ups_due_today_and_overdue_only_open_and_not_snoozed(store, world):
    with store.write() as w:
        def fu(title, due, **extra):
            return w.create(FollowUp, customer_id=world["zhang"], title=title, due_date=due,
                            assigned_user_id=REP, territory_id=T1, **extra)
        fu("送文献", TODAY - timedelta(days=3))
        fu("回访", TODAY)
        fu("下周", TODAY + timedelta(days=1))
        fu("已完成", TODAY - timedelta(days=5), status="done")
        fu("稍后", TODAY, snoozed_until=NOW + timedelta(hours=2))
        w.create(FollowUp, customer_id=world["li"], title="别人的", due_date=TODAY,
                 assigned_user_id=OTHER_REP, territory_id=T1)
    with store.read() as s:
        mine = follow_ups.follow_ups_due(s, TODAY, assigned_user_id=REP, now=NOW)
        everyone = follow_ups.follow_ups_due(s, TODAY)
    assert [(f.title, f.days_overdue, f.overdue) for f in mine] == [
        ("送文献", 3, True), ("回访", 0, False)]
    assert mine[0].customer_name == "张伟"
    assert {f.title for f in everyone} == {"送文献", "回访", "稍后", "别人的"}


def test_complaints_nearing_deadline_with_the_pv_receipt_clock(store, world):
    with store.write() as w:
        def complaint(kind, received, deadline, status="captured", **extra):
            return w.create(Complaint, customer_id=world["zhang"], kind=kind, description="x",
                            received_at=received, committed_deadline=deadline, status=status,
                            territory_id=T1, **extra)
        day0 = NOW - timedelta(hours=20)
        adr = complaint("adverse_reaction", day0, day0 + timedelta(hours=24), day0_at=day0,
                        patient_identifier="张某，男，60岁", reporter_name="张伟",
                        product_id="p1", event_description="皮疹")
        late = complaint("delivery", NOW - timedelta(days=3), NOW - timedelta(hours=1),
                         status="in_progress")
        complaint("quality", NOW - timedelta(days=1), NOW + timedelta(days=2))  # not yet near
        complaint("service", NOW - timedelta(days=9), NOW - timedelta(days=2), status="closed")
    with store.read() as s:
        found = complaints.complaints_nearing_deadline(s, NOW)
        elsewhere = complaints.complaints_nearing_deadline(s, NOW, territory_ids=[T2])
    assert [(c.complaint_id, c.state) for c in found] == [(late.id, "overdue"), (adr.id, "near")]
    assert found[0].pv is None
    clock = found[1].pv
    assert clock.stage == "awaiting_receipt"
    assert clock.receipt.deadline == day0 + timedelta(hours=24) and not clock.receipt.late
    assert elsewhere == []


def test_customers_overdue_by_tier(store, world):
    with store.write() as w:
        visit(w, world["zhang"], TODAY - timedelta(days=9))   # A, 9 > 7.5 days: overdue
        visit(w, world["zhang"], TODAY - timedelta(days=20))
        visit(w, world["wang"], TODAY - timedelta(days=10))   # B, 10 <= 15: fine
        visit(w, world["li"], TODAY - timedelta(days=2), status="draft")  # C: drafts don't count
        visit(w, world["department"], TODAY - timedelta(days=16))  # B department: overdue
    with store.read() as s:
        grouped = visit_cadence.customers_overdue_by_tier(s, TODAY, tz=UTC)
        t2_only = visit_cadence.customers_overdue_by_tier(s, TODAY, territory_ids=[T2], tz=UTC)
    assert sorted(grouped) == ["A", "B", "C"]
    assert [x.customer_id for x in grouped["A"]] == [world["hospital"], world["zhang"]]
    assert grouped["A"][0].days_since is None and grouped["A"][1].days_since == 9
    assert [x.customer_id for x in grouped["B"]] == [world["department"]]
    assert [x.customer_id for x in grouped["C"]] == [world["li"]]
    assert t2_only == {"A": [], "B": [], "C": []}  # the D pharmacy has no target


def test_last_visit_day_is_the_reps_local_day(store, world):
    with store.write() as w:
        w.create(Visit, customer_id=world["zhang"], status="submitted", territory_id=T1,
                 started_at=datetime(2026, 3, 17, 23, 30, tzinfo=UTC))  # 07:30 on the 18th
    with store.read() as s:
        assert visit_cadence.last_visit_days(s, tz=BEIJING) == {world["zhang"]: TODAY}
        assert visit_cadence.last_visit_days(s, tz=UTC) == {world["zhang"]: TODAY - timedelta(1)}


def test_share_of_doctor_department_and_hospital(store, world):
    figures = {"zhang": (30, 120, 45, 150), "wang": (5, 200, 10, 100), "li": (0, 0, None, None)}
    with store.write() as w:
        for key, (o1, t1, o2, t2) in figures.items():
            for period, ours, total in (("2026-01", o1, t1), ("2026-02", o2, t2)):
                w.create(CustomerMetric, customer_id=world[key], period=period, drug_class="降压药",
                         our_prescriptions=ours, total_prescriptions=total, territory_id=T1)
        w.create(CustomerMetric, customer_id=world["zhang"], period="2026-01",
                 drug_class="调脂药", our_prescriptions=50, total_prescriptions=50)
    with store.read() as s:
        assert prescription_share.share_for(s, world["zhang"], "降压药", ["2026-01"]).share == 0.25
        dept = prescription_share.share_for(s, world["department"], "降压药", ["2026-01"])
        assert (dept.ours, dept.total) == (35, 320)
        hospital = prescription_share.share_for(s, world["hospital"], "降压药", ["2026-01", "2026-02"])
        assert (hospital.ours, hospital.total) == (90, 570)
        assert prescription_share.share_for(s, world["li"], "降压药", ["2026-01"]).share is None
        series = prescription_share.share_trend(s, world["department"], "降压药", "2026-02", months=3)
    assert [p.period for p in series] == ["2025-12", "2026-01", "2026-02"]
    assert series[0].value is None
    assert series[1].value == pytest.approx(35 / 320)
    assert series[2].value == pytest.approx(55 / 250)


def test_reads_on_the_loaded_demo(store):
    spec = DemoSpec(seed=7, customers=400, today=TODAY)
    load_into_store(store, spec)
    rep1 = DEMO_USERS[1]
    now = datetime(2026, 3, 18, 1, 0, tzinfo=UTC)  # 09:00 Beijing, the demo's "now"
    with store.read() as s:
        calls = today.todays_planned_calls(s, rep1["id"], TODAY)
        due = follow_ups.follow_ups_due(s, TODAY, assigned_user_id=rep1["id"])
        urgent = complaints.complaints_nearing_deadline(s, now)
        overdue = visit_cadence.customers_overdue_by_tier(s, TODAY, tz=BEIJING)
    assert 4 <= len(calls) <= 6 and all(c.plan_status == "approved" for c in calls)
    assert any(f.overdue for f in due) and any(f.days_overdue == 0 for f in due)
    adrs = [c for c in urgent if c.pv is not None]
    assert any(not c.pv.receipt.late for c in adrs) and any(c.pv.receipt.late for c in adrs)
    assert overdue["A"] and overdue["B"]
