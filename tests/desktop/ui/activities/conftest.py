"""A small region with market activities for the activity screens: a manager, two reps
with a territory each, customers of the first territory, two products, and activities in
several states (written straight into the store, as a sync would bring them)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from activity_screen_world import ActivityWorld
from uihelpers import seed_region

from desktop.models import (
    Customer,
    MarketActivity,
    MarketActivityCost,
    MarketActivityEvent,
    MarketActivityInvitee,
    MarketActivityProduct,
    Product,
    Visit,
)


@pytest.fixture(autouse=True)
def english(languages):
    """The screens in English with its catalogue installed (its plurals: "3 activities"),
    whatever translator an earlier test in this process left behind."""
    languages.switch("en")


@pytest.fixture
def world(store) -> ActivityWorld:
    with store.write() as w:
        rep, manager, other_rep = seed_region(w)
        h = w.create(Customer, kind="hospital", name="协和医院", territory_id="t1")
        cardio = w.create(Customer, kind="department", name="心内科", organisation_id=h.id,
                          territory_id="t1")
        a1, a2, b1 = (w.create(Customer, kind="doctor", name=n, organisation_id=h.id,
                               department_id=cardio.id, territory_id="t1", tier=t)
                      for n, t in [("张伟", "A"), ("王芳", "A"), ("李娜", "B")])
        product = w.create(Product, name="络活喜", drug_class="降压药", strength="5mg")
        product2 = w.create(Product, name="立普妥", drug_class="降脂药")

        def activity(title, status, starts, owner="rep1", territory="t1", kind="department_meeting",
                     **extra):
            a = w.create(MarketActivity, kind=kind, title=title, starts_on=starts,
                         owner_user_id=owner, status=status, territory_id=territory, **extra)
            w.create(MarketActivityProduct, activity_id=a.id, product_id=product.id,
                     territory_id=territory)
            return a

        draft = activity("心内科科室会", "draft", date(2026, 11, 19), place="协和医院会议室")
        w.create(MarketActivityCost, activity_id=draft.id, category="venue", budget_amount=2000,
                 territory_id="t1")
        w.create(MarketActivityCost, activity_id=draft.id, category="meals", budget_amount=1500,
                 territory_id="t1")
        w.create(MarketActivityInvitee, activity_id=draft.id, customer_id=a1.id,
                 territory_id="t1")
        submitted = activity("高血压学术沙龙", "submitted", date(2026, 12, 3), kind="salon",
                             submitted_at=datetime(2026, 11, 4, 2, tzinfo=UTC))
        w.create(MarketActivityCost, activity_id=submitted.id, category="speakers",
                 budget_amount=8000, territory_id="t1")
        held = activity("心血管学术年会卫星会", "held", date(2026, 9, 10), kind="academic_meeting",
                        held_at=datetime(2026, 9, 10, 10, tzinfo=UTC))
        w.create(MarketActivityCost, activity_id=held.id, category="venue", budget_amount=10000,
                 actual_amount=12000, territory_id="t1")
        for customer, status in ((a1, "attended"), (a2, "no_show"), (b1, "invited")):
            w.create(MarketActivityInvitee, activity_id=held.id, customer_id=customer.id,
                     status=status, territory_id="t1",
                     checked_in_at=datetime(2026, 9, 10, 1, tzinfo=UTC)
                     if status == "attended" else None)
        w.create(MarketActivityEvent, activity_id=held.id, action="submit", actor_user_id="rep1",
                 at=datetime(2026, 8, 1, 2, tzinfo=UTC), territory_id="t1")
        w.create(MarketActivityEvent, activity_id=held.id, action="approve", actor_user_id="mgr",
                 at=datetime(2026, 8, 2, 2, tzinfo=UTC), comment="同意", territory_id="t1")
        w.create(Visit, customer_id=a1.id, rep_user_id="rep1", territory_id="t1",
                 started_at=datetime(2026, 9, 20, 2, tzinfo=UTC), status="submitted",
                 market_activity_id=held.id)
        w.create(Visit, customer_id=a2.id, rep_user_id="rep1", territory_id="t1",
                 started_at=datetime(2026, 12, 20, 2, tzinfo=UTC), status="draft")
        other = activity("药店店员培训", "approved", date(2026, 11, 25), owner="rep2",
                         territory="t2", kind="salon")
    return ActivityWorld(h.id, cardio.id, a1.id, a2.id, b1.id, product.id, product2.id,
                         draft.id, submitted.id, held.id, other.id,
                         rep, manager, other_rep)
