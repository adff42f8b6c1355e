"""A small region for the plan screens: a manager, two reps with a territory each, tiered
customers in the first territory, frequency targets A 4 / B 2 / C 1, and a fixed week."""

from __future__ import annotations

import pytest
from planhelpers import PlanWorld
from uihelpers import seed_region

from desktop.models import Customer, FrequencyTarget


@pytest.fixture
def plan_world(store) -> PlanWorld:
    with store.write() as w:
        rep, manager, other_rep = seed_region(w)
        for tier, n in {"A": 4, "B": 2, "C": 1}.items():
            w.create(FrequencyTarget, tier=tier, calls_per_month=n)
        h = w.create(Customer, kind="hospital", name="协和医院", territory_id="t1")
        a1, a2, b1 = (w.create(Customer, kind="doctor", name=n, organisation_id=h.id,
                               territory_id="t1", tier=t)
                      for n, t in [("张伟", "A"), ("王芳", "A"), ("李娜", "B")])
        c1 = w.create(Customer, kind="pharmacy", name="同仁堂药店", territory_id="t1", tier="C")
    return PlanWorld(h.id, a1.id, a2.id, b1.id, c1.id, rep, manager, other_rep)
