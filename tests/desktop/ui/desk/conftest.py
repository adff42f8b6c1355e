"""A small region for the Desk: a manager, two reps with a territory each, tiered doctors,
calls in October and November 2026, rep1's plan for the week of 2 November, monthly
prescriptions and sales, and rep1's November quota."""

from __future__ import annotations

from datetime import timedelta

import pytest
from deskhelpers import MONDAY, DeskWorld, at
from uihelpers import seed_region

from desktop.domain import plans
from desktop.models import (
    Customer,
    CustomerMetric,
    FrequencyTarget,
    Product,
    Quota,
    Visit,
)


@pytest.fixture
def desk_world(store) -> DeskWorld:
    """rep1 (t1): a1 called 6 Oct and Mon 2 Nov (planned, linked), b1 Wed 4 Nov (planned),
    a1 planned Tue 3 Nov and missed, a draft on Wed (not a call made); rep2 (t2): a3 called
    20 Oct. a1's share 20 % in October, 30 % in November; sales 40,000 and 50,000 CNY;
    rep1's November quota 100,000 CNY."""
    with store.write() as w:
        rep, manager, other_rep = seed_region(w)
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
                     product_id=product.id, our_prescriptions=ours, total_prescriptions=100,
                     sales_amount=sales, territory_id="t1")
        w.create(Quota, year=2026, month=11, product_id=product.id, level="rep",
                 region_id="r1", rep_user_id="rep1", amount=100_000)
    return DeskWorld(h.id, a1.id, b1.id, a3.id, call.id, rep, manager, other_rep)

