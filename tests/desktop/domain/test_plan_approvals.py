"""The manager's side of call plans without widgets: the queue of the region's submitted
plans, opening one, and the decisions a rep hears of after a sync."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import MANAGER, REGION, REP2

from desktop.demo.generator import DEMO_USERS, DemoSpec
from desktop.demo.loader import load_into_store
from desktop.domain import plan_approvals, plan_week
from desktop.domain.identity import Identity
from desktop.domain.plan_approvals import DecisionNotice
from desktop.models import FrequencyTarget, PlanDecision, new_id, utcnow

MONDAY = date(2026, 3, 16)
ADMIN = Identity("u-admin", "admin", REGION, (), "信息部")
NORTH_MANAGER = Identity("u-hbm", "manager", "r-hb", (), "孙立新")


@pytest.fixture
def submitted(store, field):
    """Plans of the week submitted by 王强, then 李明 (华中), then 赵敏 (华北); 李明's next
    week is still a draft. Returns the plan ids by rep key."""
    people = field.people
    ids = {}
    for key, who, customers in (("wang", people.rep2, [field.zhang_cs]),
                                ("li", people.rep, [field.zhang_wh, field.liu]),
                                ("zhao", people.other_rep, [])):
        ids[key] = plan_week.ensure_plan(store, who, MONDAY)
        for n, customer in enumerate(customers):
            plan_week.add_customer(store, ids[key], customer, MONDAY + timedelta(days=n))
        plan_week.submit(store, ids[key], who)
    ids["li_next"] = plan_week.ensure_plan(store, people.rep, MONDAY + timedelta(days=7))
    return ids


def _queue(store, who):
    return [(r.plan_id, r.rep_name, r.item_count) for r in plan_approvals.approvals_queue(store, who)]


def arrive(store, plan_id, action, revision, *, age=timedelta(hours=1), actor=MANAGER,
           comment=None):
    """A decision pulled from the server (it carries the server's revision)."""
    with store.write() as w:
        w.apply_remote(PlanDecision, dict(
            id=new_id(), plan_id=plan_id, territory_id="t-wh", action=action,
            actor_user_id=actor, at=utcnow() - age, comment=comment, plan_revision=1,
            revision=revision))


def test_the_queue_holds_the_region_s_submitted_plans_oldest_first(store, field, submitted):
    manager = field.people.manager
    assert _queue(store, manager) == [(submitted["wang"], "王强", 1), (submitted["li"], "李明", 2)]
    assert _queue(store, NORTH_MANAGER) == [(submitted["zhao"], "赵敏", 0)]
    assert [row[0] for row in _queue(store, ADMIN)] == [
        submitted["wang"], submitted["li"], submitted["zhao"]]
    row = plan_approvals.approvals_queue(store, manager)[0]
    assert (row.week_start, row.plan_revision, row.rep_user_id) == (MONDAY, 1, REP2)


def test_a_decided_plan_leaves_the_queue_and_a_resubmitted_one_queues_again(
        store, field, submitted):
    manager, rep2 = field.people.manager, field.people.rep2
    plan_approvals.return_plan(store, submitted["wang"], manager, "湘雅医院拜访太少")
    assert _queue(store, manager) == [(submitted["li"], "李明", 2)]
    plan_week.revise(store, submitted["wang"], rep2)
    plan_week.submit(store, submitted["wang"], rep2)
    assert [row[0] for row in _queue(store, manager)] == [submitted["li"], submitted["wang"]]
    plan_approvals.approve(store, submitted["li"], manager)
    queue = plan_approvals.approvals_queue(store, manager)
    assert [(r.plan_id, r.plan_revision) for r in queue] == [(submitted["wang"], 2)]


def test_the_manager_opens_a_plan_with_the_region_s_targets(store, field, submitted):
    store.create(FrequencyTarget, tier="A", calls_per_month=6, region_id=REGION)
    week = plan_approvals.plan_of(store, submitted["li"], today=MONDAY + timedelta(days=3))
    assert (week.rep_name, week.status, week.week_start) == ("李明", "submitted", MONDAY)
    assert [r.customer_name for r in week.items] == ["张伟", "刘芳"]
    assert week.targets == {"A": 6, "B": 2, "C": 1}
    assert [(h.action, h.actor_name) for h in week.history] == [("submit", "李明")]


def test_a_rep_hears_once_of_each_new_decision_by_a_manager(store, field, submitted):
    rep = field.people.rep
    arrive(store, submitted["li"], "return", 20, age=timedelta(days=2), comment="旧的退回")
    assert plan_approvals.new_decisions(store, rep) == []  # the first call only remembers
    arrive(store, submitted["li"], "approve", 31, comment="同意")
    arrive(store, submitted["wang"], "return", 32, comment="别人的计划")
    arrive(store, submitted["li"], "return", 33, age=timedelta(days=20), comment="太旧")

    notice, = plan_approvals.new_decisions(store, rep)
    assert isinstance(notice, DecisionNotice)
    assert (notice.plan_id, notice.week_start, notice.action, notice.actor_name,
            notice.comment) == (submitted["li"], MONDAY, "approve", "周建华", "同意")
    assert plan_approvals.new_decisions(store, rep) == []
    arrive(store, submitted["li"], "return", 34, comment="再看看")
    assert [n.comment for n in plan_approvals.new_decisions(store, rep, mark_seen=False)] == [
        "再看看"]
    assert [n.comment for n in plan_approvals.new_decisions(store, rep)] == ["再看看"]
    assert plan_approvals.new_decisions(store, rep) == []


def test_the_rep_s_own_and_unsent_decisions_are_not_announced(store, field, submitted):
    rep = field.people.rep
    plan_approvals.new_decisions(store, rep)
    arrive(store, submitted["li"], "approve", 40, actor=rep.user_id)
    plan_approvals.approve(store, submitted["li"], field.people.manager)  # local: revision 0
    assert plan_approvals.new_decisions(store, rep) == []


def test_on_the_demo_the_queue_is_the_region_s_and_old_history_is_not_announced(store):
    load_into_store(store, DemoSpec(seed=3, customers=60, visits=50, today=date.today()))
    manager = Identity(DEMO_USERS[0]["id"], "manager", DEMO_USERS[0]["region_id"],
                       tuple(DEMO_USERS[0]["territory_ids"]))
    queue = plan_approvals.approvals_queue(store, manager)
    assert queue and {r.rep_name for r in queue} <= {"赵明", "孙丽娜", "陈晓东"}
    assert [r.submitted_at for r in queue] == sorted(r.submitted_at for r in queue)
    assert plan_approvals.approvals_queue(store, NORTH_MANAGER) == []
    rep1 = DEMO_USERS[1]
    rep = Identity(rep1["id"], "rep", rep1["region_id"], tuple(rep1["territory_ids"]))
    assert plan_approvals.new_decisions(store, rep) == []
    assert plan_approvals.new_decisions(store, rep) == []
