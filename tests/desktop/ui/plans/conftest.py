"""A small region for the plan screens: a manager, two reps with a territory each, tiered
customers in the first territory, frequency targets A 4 / B 2 / C 1, and a fixed week."""

from __future__ import annotations

import pytest
from planhelpers import PlanWorld

from desktop.models import Customer, FrequencyTarget, TeamMember, Territory


@pytest.fixture
def plan_world(store) -> PlanWorld:
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
        a1, a2, b1 = (w.create(Customer, kind="doctor", name=n, organisation_id=h.id,
                               territory_id="t1", tier=t)
                      for n, t in [("张伟", "A"), ("王芳", "A"), ("李娜", "B")])
        c1 = w.create(Customer, kind="pharmacy", name="同仁堂药店", territory_id="t1", tier="C")
    return PlanWorld(h.id, a1.id, a2.id, b1.id, c1.id,
                     Identity("rep1", "rep", "r1", ("t1",), "李明"),
                     Identity("mgr", "manager", "r1", ("t1", "t2"), "刘经理"),
                     Identity("rep2", "rep", "r1", ("t2",), "王强"))


@pytest.fixture
def context(qtbot, store, ui_settings):
    from desktop.ui.context import AppContext

    context = AppContext(store, ui_settings)
    yield context
    assert context.tasks.shutdown()  # its database thread ends with the test
