"""Seed data and small helpers shared by the UI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from desktop.models import (
    CallPlan,
    Customer,
    CustomerMetric,
    FollowUp,
    PlanItem,
    Product,
    TeamMember,
)
from desktop.models import Territory as TerritoryRow

# The UI tests' clock (conftest's `clock`): a Thursday, noon UTC (the same date from UTC-11
# to UTC+11), the Thursday of the plan tests' week.
NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)


@dataclass
class Territory:
    hospital: str
    cardiology: str
    doctor: str
    doctor2: str
    pharmacy: str
    product: str
    product2: str
    plan_item: str


def seed_territory(store, today: date | None = None) -> Territory:
    """A hospital with a department and two doctors, a pharmacy, two products, a plan item
    for today and some monthly figures."""
    today = today or date.today()
    t = "terr-1"
    with store.write() as w:
        hospital = w.create(Customer, kind="hospital", name="北京协和医院", city="北京",
                            tier="A", grade="3A", bed_count=2000, territory_id=t)
        cardio = w.create(Customer, kind="department", name="心内科", city="北京",
                          organisation_id=hospital.id, territory_id=t)
        doctor = w.create(Customer, kind="doctor", name="张伟", city="北京", tier="A",
                          organisation_id=hospital.id, department_id=cardio.id,
                          title="主任医师", territory_id=t)
        doctor2 = w.create(Customer, kind="doctor", name="李娜", city="北京", tier="B",
                           organisation_id=hospital.id, department_id=cardio.id,
                           territory_id=t)
        pharmacy = w.create(Customer, kind="pharmacy", name="同仁堂药店", city="上海",
                            tier="C", territory_id=t)
        product = w.create(Product, name="络活喜", drug_class="降压药", strength="5mg")
        product2 = w.create(Product, name="立普妥", drug_class="降脂药", strength="20mg")
        plan = w.create(CallPlan, rep_user_id="rep-1",
                        week_start=today - timedelta(days=today.weekday()), territory_id=t)
        item = w.create(PlanItem, plan_id=plan.id, customer_id=doctor.id, day=today,
                        time_slot="09:30", objective="介绍新适应症",
                        product_ids=[product.id], territory_id=t)
        for i, (total, ours) in enumerate([(400, 40), (420, 63), (410, 82)]):
            w.create(CustomerMetric, customer_id=doctor.id, period=f"2026-0{i + 1}",
                     total_prescriptions=total, our_prescriptions=ours, territory_id=t)
    return Territory(hospital.id, cardio.id, doctor.id, doctor2.id, pharmacy.id, product.id,
                     product2.id, item.id)


def add_follow_up(store, customer_id: str, title: str, due: date, **extra) -> str:
    return store.create(FollowUp, customer_id=customer_id, title=title, due_date=due,
                        **extra).id


def now_utc() -> datetime:
    return datetime.now(UTC)


class FakeSyncWorker(QObject):
    """The sync worker's signal interface, driven by the test."""

    state_changed = Signal(str)
    progress_changed = Signal(int, int)
    pending_count_changed = Signal(int)
    last_synced_changed = Signal(object)
    sync_finished = Signal(object)
    device_revoked = Signal()

    def __init__(self):
        super().__init__()
        self.soon = 0

    def schedule_soon(self):
        self.soon += 1


def seed_region(w) -> tuple:
    """The region the manager's screens are tested on (inside a `store.write()` as `w`):
    rep1 李明 owning territory t1 朝阳, rep2 王强 owning t2 海淀, and their manager 刘经理,
    all of region r1. Returns the identities (rep1, manager, rep2)."""
    from desktop.domain.identity import Identity

    for uid, name, role in (("rep1", "李明", "rep"), ("rep2", "王强", "rep"),
                            ("mgr", "刘经理", "manager")):
        w.create(TeamMember, id=uid, username=uid, display_name=name, role=role,
                 region_id="r1")
    for tid, name, owner in (("t1", "朝阳", "rep1"), ("t2", "海淀", "rep2")):
        w.create(TerritoryRow, id=tid, territory_id=tid, name=name, code=tid.upper(),
                 region_id="r1", owner_user_id=owner)
    return (Identity("rep1", "rep", "r1", ("t1",), "李明"),
            Identity("mgr", "manager", "r1", ("t1", "t2"), "刘经理"),
            Identity("rep2", "rep", "r1", ("t2",), "王强"))
