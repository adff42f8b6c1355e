"""What the manager's team screen asks of `desktop.domain.team` without widgets: the week's
summary of the manager's region, and the region's call targets, which only a manager sets.
(The summary's arithmetic is in test_team.py.)"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import OTHER_REGION, REGION, beijing

from desktop.domain import plan_week, team
from desktop.domain.identity import Identity
from desktop.domain.plans import PlanRuleError
from desktop.models import FrequencyTarget, Visit

MONDAY = date(2026, 3, 16)
WEDNESDAY = MONDAY + timedelta(days=2)


def test_the_week_summary_lists_the_reps_of_the_manager_s_region(store, field):
    rep = field.people.rep
    plan_id = plan_week.ensure_plan(store, rep, MONDAY)
    plan_week.add_customer(store, plan_id, field.zhang_wh, MONDAY)
    plan_week.submit(store, plan_id, rep)
    store.create(Visit, customer_id=field.zhang_wh, started_at=beijing(MONDAY, 10),
                 status="submitted", rep_user_id=rep.user_id, territory_id="t-wh")

    rows = team.week_summary(store, field.people.manager, WEDNESDAY, today=WEDNESDAY)
    assert [(r.name, r.territory_ids, r.plan_status, r.planned_calls, r.calls_this_week)
            for r in rows] == [("李明", ["t-wh"], "submitted", 1, 1),
                               ("王强", ["t-cs"], None, 0, 0)]
    assert rows[0].plan_done == 1
    north = team.week_summary(store, Identity("u-hbm", "manager", OTHER_REGION, ()), MONDAY,
                              today=WEDNESDAY)
    assert [r.name for r in north] == ["赵敏"]


def test_an_early_monday_call_in_beijing_counts_for_the_week(store, field):
    store.create(Visit, customer_id=field.zhang_wh, started_at=beijing(MONDAY, 7, 30),
                 status="submitted", rep_user_id=field.people.rep.user_id, territory_id="t-wh")
    li, _wang = team.week_summary(store, field.people.manager, MONDAY, today=WEDNESDAY)
    assert li.calls_this_week == 1


def test_a_region_s_own_targets_override_the_company_s(store, field):
    manager = field.people.manager
    assert team.region_targets(store, manager) == {"A": 4, "B": 2, "C": 1}
    store.create(FrequencyTarget, tier="A", calls_per_month=8, region_id=OTHER_REGION)
    assert team.region_targets(store, manager) == {"A": 4, "B": 2, "C": 1}
    assert team.region_targets(store, field.people.other_rep) == {"A": 8, "B": 2, "C": 1}


def test_a_manager_sets_the_region_s_targets_and_hears_how_many_changed(store, field, outbox):
    manager = field.people.manager
    assert team.set_region_targets(store, manager, {"A": 6, "B": 2, "C": 1}) == 3
    assert team.region_targets(store, manager) == {"A": 6, "B": 2, "C": 1}
    assert team.region_targets(store, field.people.other_rep) == {"A": 4, "B": 2, "C": 1}
    assert team.set_region_targets(store, manager, {"A": 6, "B": 2, "C": 1}) == 0
    pending = len(outbox())
    assert team.set_region_targets(store, manager, {"A": 5, "B": 2, "C": 1}) == 1
    entry, = outbox()[pending:]
    assert (entry.table_name, entry.op, entry.changes) == (
        "frequency_target", "update", {"calls_per_month": 5})
    week = plan_week.week_plan(store, manager.user_id, MONDAY, region_id=REGION,
                               today=WEDNESDAY)
    assert week.targets["A"] == 5


def test_only_a_manager_with_a_region_sets_its_targets(store, field, outbox):
    pending = len(outbox())
    for who in (field.people.rep, Identity("u-roving", "manager", None, ())):
        with pytest.raises(PlanRuleError, match="Only a regional manager"):
            team.set_region_targets(store, who, {"A": 10})
    assert len(outbox()) == pending
    assert team.region_targets(store, field.people.manager)["A"] == 4
    admin = Identity("u-admin", "admin", REGION, ())
    assert team.set_region_targets(store, admin, {"D": 1}) == 1
    assert team.region_targets(store, field.people.manager) == {"A": 4, "B": 2, "C": 1, "D": 1}
