"""A small region for the Desk: a manager, two reps with a territory each, tiered doctors,
calls in October and November 2026, rep1's plan for the week of 2 November, monthly
prescriptions and sales, and rep1's November quota."""

from __future__ import annotations

from datetime import timedelta

import pytest
from deskhelpers import MONDAY, DeskWorld, at

from desktop.domain import plans
from desktop.models import (
    Customer,
    CustomerMetric,
    FrequencyTarget,
    Product,
    Quota,
    TeamMember,
    Territory,
    Visit,
)


@pytest.fixture
def desk_world(store) -> DeskWorld:
    """rep1 (t1): a1 called 6 Oct and Mon 2 Nov (planned, linked), b1 Wed 4 Nov (planned),
    a1 planned Tue 3 Nov and missed, a draft on Wed (not a call made); rep2 (t2): a3 called
    20 Oct. a1's share 20 % in October, 30 % in November; sales 40,000 and 50,000 CNY;
    rep1's November quota 100,000 CNY."""
    from desktop.domain.identity import Identity

    with store.write() as w:
        w.create(TeamMember, id="rep1", username="rep1", display_name="李明", role="rep",
                 region_id="r1")
        w.create(TeamMember, id="rep2", username="rep2", display_name="王强", role="rep",
                 region_id="r1")
        w.create(TeamMember, id="mgr", username="mgr", display_name="刘经理", role="manager",
                 region_id="r1")
        w.create(Territory, id="t1", territory_id="t1", name="朝阳", code="T1", region_id="r1",
                 owner_user_id="rep1")
        w.create(Territory, id="t2", territory_id="t2", name="海淀", code="T2", region_id="r1",
                 owner_user_id="rep2")
        for tier, n in {"A": 4, "B": 2, "C": 1}.items():
            w.create(FrequencyTarget, tier=tier, calls_per_month=n)
        h = w.create(Customer, kind="hospital", name="协和医院", territory_id="t1")
        a1 = w.create(Customer, kind="doctor", name="张伟", organisation_id=h.id,
                      territory_id="t1", tier="A")
        b1 = w.create(Customer, kind="doctor", name="李娜", organisation_id=h.id,
                      territory_id="t1", tier="B")
        h2 = w.create(Customer, kind="hospital", name="北大医院", territory_id="t2")
        a3 = w.create(Customer, kind="doctor", name="王芳", organisation_id=h2.id,
                      territory_id="t2", tier="A")
        product = w.create(Product, name="络活喜", drug_class="降压药", strength="5mg")
        plan = plans.create_plan(w, rep_user_id="rep1", territory_id="t1", week_start=MONDAY)
        monday = plans.add_item(w, plan.id, a1.id, MONDAY)
        plans.add_item(w, plan.id, a1.id, MONDAY + timedelta(days=1))
        plans.add_item(w, plan.id, b1.id, MONDAY + timedelta(days=2))
        w.create(Visit, customer_id=a1.id, territory_id="t1", status="submitted",
                 visit_type="face_to_face", started_at=at(MONDAY - timedelta(days=27)))
        call = w.create(Visit, customer_id=a1.id, territory_id="t1", status="submitted",
                        visit_type="face_to_face", started_at=at(MONDAY),
                        plan_item_id=monday.id)
        w.create(Visit, customer_id=b1.id, territory_id="t1", status="submitted",
                 visit_type="face_to_face", started_at=at(MONDAY + timedelta(days=2)))
        w.create(Visit, customer_id=b1.id, territory_id="t1", status="draft",
                 visit_type="face_to_face", started_at=at(MONDAY + timedelta(days=2), 15))
        w.create(Visit, customer_id=a3.id, territory_id="t2", status="submitted",
                 visit_type="face_to_face", started_at=at(MONDAY - timedelta(days=13)))
        for period, ours, sales in (("2026-10", 20, 40_000), ("2026-11", 30, 50_000)):
            w.create(CustomerMetric, customer_id=a1.id, period=period, drug_class="降压药",
                     our_prescriptions=ours, total_prescriptions=100, sales_amount=sales,
                     territory_id="t1")
        w.create(Quota, year=2026, month=11, product_id=product.id, level="rep",
                 region_id="r1", rep_user_id="rep1", amount=100_000)
    return DeskWorld(h.id, a1.id, b1.id, a3.id, call.id,
                     Identity("rep1", "rep", "r1", ("t1",), "李明"),
                     Identity("mgr", "manager", "r1", ("t1", "t2"), "刘经理"),
                     Identity("rep2", "rep", "r1", ("t2",), "王强"))


@pytest.fixture
def context(qtbot, store, ui_settings):
    from desktop.ui.context import AppContext

    context = AppContext(store, ui_settings)
    yield context
    assert context.tasks.shutdown()
    assert context.exports.shutdown()
