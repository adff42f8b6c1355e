"""A rep's week of calls without widgets: the rows with their outcomes, suggestions, moving
calls between days, and the rep's side of the approval workflow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import FIRST_HOSPITAL, MANAGER, REP, XIEHE_WEST, beijing

from desktop.domain import plan_approvals, plan_week, plans
from desktop.domain.identity import Identity
from desktop.domain.plans import PlanRuleError
from desktop.models import CallPlan, Visit
from desktop.store.local_tables import SyncRejection

MONDAY = date(2026, 3, 16)
THURSDAY = MONDAY + timedelta(days=3)

CARDIO = "心血管内科 · " + XIEHE_WEST  # a department is named with its hospital


def day(n: int) -> date:
    return MONDAY + timedelta(days=n)


def _call(store, customer_id, when, status="submitted", plan_item_id=None):
    return store.create(Visit, customer_id=customer_id, started_at=when, status=status,
                        plan_item_id=plan_item_id, rep_user_id=REP, territory_id="t-wh").id


@pytest.fixture
def plan(store, field):
    """李明's draft plan of the week; returns (plan id, item ids by customer key)."""
    plan_id = plan_week.ensure_plan(store, field.people.rep, MONDAY)
    items = {}
    for key, n in (("zhang_wh", 0), ("liu", 0), ("chen", 1), ("xiehe_west", 2),
                   ("pharmacy", 3), ("clerk", 4)):
        items[key] = plan_week.add_customer(store, plan_id, getattr(field, key), day(n))
    return plan_id, items


def _order(store, plan_id, on):
    week = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    assert week.plan_id == plan_id
    rows = week.items_of(on)
    assert [r.position for r in rows] == list(range(len(rows)))  # renumbered, no gaps
    return [r.customer_name for r in rows]


def test_the_week_shows_each_call_done_missed_or_pending(store, field, plan):
    plan_id, items = plan
    with store.write() as w:
        plans.add_item(w, plan_id, field.cardio, day(4), time_slot="12:00-13:00",
                       objective="科室会：新版指南", product_ids=[field.amlodipine,
                                                                field.rosuvastatin])
    linked = _call(store, field.zhang_wh, beijing(day(0), 9, 30), plan_item_id=items["zhang_wh"])
    unlinked = _call(store, field.xiehe_west, beijing(day(2), 14))
    _call(store, field.pharmacy, beijing(THURSDAY, 9), status="draft",
          plan_item_id=items["pharmacy"])
    _call(store, field.liu, beijing(day(1), 10))  # a day late: does not make Monday's call

    week = plan_week.week_plan(store, REP, MONDAY + timedelta(days=2), today=THURSDAY)
    assert (week.rep_name, week.week_start, week.status, week.editable) == (
        "李明", MONDAY, "draft", True)
    assert {r.customer_id: (r.outcome, r.visit_id) for r in week.items} == {
        field.zhang_wh: ("done", linked), field.liu: ("missed", None),
        field.chen: ("missed", None), field.xiehe_west: ("done", unlinked),
        field.pharmacy: ("pending", None), field.clerk: ("pending", None),
        field.cardio: ("pending", None)}
    assert week.compliance == 2 / 4
    chen = next(r for r in week.items if r.customer_id == field.chen)
    assert (chen.organisation_name, chen.tier) == (FIRST_HOSPITAL, "C")
    friday = week.items_of(day(4))
    assert [(r.customer_name, r.product_names, r.time_slot) for r in friday] == [
        ("黄小琴", (), None), (CARDIO, ("安立平", "舒脂宁"), "12:00-13:00")]
    assert week.days == [day(n) for n in range(5)]


def test_the_week_counts_planned_calls_against_the_tier_targets(store, field, plan):
    week = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    # 武汉区: A 协和西院 张伟; B 第一医院 心内科 刘芳; C 陈静 药房. Weekly need = customers × target / 4
    assert week.targets == {"A": 4, "B": 2, "C": 1}
    assert week.tier_counts == {"A": (2, 2.0), "B": (1, 1.5), "C": (2, 0.5)}
    empty = plan_week.week_plan(store, REP, MONDAY + timedelta(days=7), today=THURSDAY)
    assert (empty.plan_id, empty.status, empty.items, empty.editable) == (None, None, [], True)
    assert empty.tier_counts == {"A": (0, 2.0), "B": (0, 1.5), "C": (0, 0.5)}


def test_an_early_morning_call_in_beijing_counts_for_its_day(store, field, plan):
    _plan_id, items = plan
    visit = _call(store, field.zhang_wh, beijing(day(0), 7, 30), plan_item_id=items["zhang_wh"])
    _call(store, field.liu, beijing(day(0), 7, 45))  # logged without the link
    week = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    outcome = {r.customer_name: (r.outcome, r.visit_id) for r in week.items_of(day(0))}
    assert outcome["张伟"] == ("done", visit) and outcome["刘芳"][0] == "done"


def test_suggestions_leave_out_customers_already_planned(store, field, plan):
    rep = field.people.rep
    suggested = plan_week.week_suggestions(store, rep, MONDAY)
    ids = {s.customer_id for s in suggested}
    assert ids and not ids & {field.zhang_wh, field.liu, field.chen, field.xiehe_west,
                              field.pharmacy, field.clerk}
    assert ids == {field.first_hospital, field.cardio}  # the rest of 武汉区 with a tier
    cardio = next(s for s in suggested if s.customer_id == field.cardio)
    assert (cardio.organisation_name, cardio.tier, cardio.reason) == (XIEHE_WEST, "B",
                                                                      "frequency")
    assert all(MONDAY <= s.day <= day(4) for s in suggested)

    added = plan_week.add_suggestions(store, plan[0], suggested,
                                      reason_text=lambda s: f"建议：{s.template}")
    assert added == 2
    week = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    reasons = {r.customer_id: r.suggestion_reason for r in week.items}
    assert reasons[field.cardio].startswith("建议：Tier {tier}")
    assert plan_week.week_suggestions(store, rep, MONDAY) == []
    assert plan_week.add_suggestions(store, plan[0], suggested) == 0


def test_a_rep_without_territory_has_no_week_to_plan(store, field, plan):
    assert plan_week.ensure_plan(store, field.people.rep, MONDAY + timedelta(days=4)) == plan[0]
    newcomer = Identity("u-new", "rep", "r-hz", (), "新同事")
    with pytest.raises(PlanRuleError, match="no territory"):
        plan_week.ensure_plan(store, newcomer, MONDAY)


def test_moving_a_call_renumbers_its_new_day(store, field, plan):
    plan_id, items = plan
    plan_week.add_customer(store, plan_id, field.cardio, day(0))
    assert _order(store, plan_id, day(0)) == ["张伟", "刘芳", CARDIO]
    plan_week.move_item(store, items["chen"], day(0), 1)
    assert _order(store, plan_id, day(0)) == ["张伟", "陈静", "刘芳", CARDIO]
    assert _order(store, plan_id, day(1)) == []
    plan_week.move_item(store, items["zhang_wh"], day(0))  # no position: last
    assert _order(store, plan_id, day(0)) == ["陈静", "刘芳", CARDIO, "张伟"]
    plan_week.move_item(store, items["zhang_wh"], day(0), -3)
    assert _order(store, plan_id, day(0)) == ["张伟", "陈静", "刘芳", CARDIO]
    plan_week.move_item(store, items["liu"], day(2), 99)
    assert _order(store, plan_id, day(2)) == [XIEHE_WEST, "刘芳"]


def test_a_submitted_week_cannot_change_until_withdrawn(store, field, plan):
    plan_id, items = plan
    rep = field.people.rep
    plan_week.submit(store, plan_id, rep, comment="本周重点：A类医生")
    for change in (lambda: plan_week.move_item(store, items["chen"], day(0)),
                   lambda: plan_week.update_item(store, items["chen"], time_slot="10:00",
                                                 objective="送样品"),
                   lambda: plan_week.remove_item(store, items["chen"]),
                   lambda: plan_week.add_customer(store, plan_id, field.cardio, day(1))):
        with pytest.raises(PlanRuleError, match="withdraw or revise"):
            change()
    week = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    assert (week.status, week.editable, len(week.items)) == ("submitted", False, 6)
    assert week.submitted_at is not None

    plan_week.withdraw(store, plan_id, rep)
    plan_week.update_item(store, items["chen"], time_slot="10:00-10:30", objective="送样品")
    plan_week.remove_item(store, items["clerk"])
    week = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    chen = next(r for r in week.items if r.customer_id == field.chen)
    assert (chen.time_slot, chen.objective, len(week.items)) == ("10:00-10:30", "送样品", 5)
    assert [(h.action, h.actor_name, h.comment) for h in week.history] == [
        ("submit", "李明", "本周重点：A类医生"), ("withdraw", "李明", None)]


def test_approve_return_and_revise_with_the_right_actors(store, field, plan):
    plan_id, _items = plan
    rep, manager = field.people.rep, field.people.manager
    plan_week.submit(store, plan_id, rep)
    with pytest.raises(PlanRuleError, match="comment is required"):
        plan_approvals.return_plan(store, plan_id, manager, "  ")
    plan_approvals.return_plan(store, plan_id, manager, "请增加A类医生拜访")
    returned = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    assert (returned.status, returned.manager_comment) == ("returned", "请增加A类医生拜访")
    with pytest.raises(PlanRuleError, match="rep cannot move a plan from returned to submitted"):
        plan_week.submit(store, plan_id, rep)

    plan_week.revise(store, plan_id, rep)
    plan_week.submit(store, plan_id, rep)
    plan_approvals.approve(store, plan_id, manager, comment="同意")
    approved = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    assert (approved.status, approved.plan_revision, approved.manager_comment) == (
        "approved", 2, "同意")
    assert store.get(CallPlan, plan_id).decided_by_user_id == MANAGER
    plan_week.revise(store, plan_id, rep)  # a change after approval needs approval again
    final = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    assert (final.status, final.plan_revision, final.editable) == ("draft", 3, True)
    assert [(h.action, h.actor_name, h.plan_revision) for h in final.history] == [
        ("submit", "李明", 1), ("return", "周建华", 1), ("revise", "李明", 2),
        ("submit", "李明", 2), ("approve", "周建华", 2), ("revise", "李明", 3)]


def test_refusals_of_the_plan_by_the_server_show_in_the_week(store, field, plan):
    plan_id, items = plan
    with store.write() as w:
        w.session.add(SyncRejection(seq=41, table_name="plan_item", row_id=items["chen"],
                                    op="update", changes={"day": "2026-03-20"},
                                    code="plan_locked", reason="The plan is submitted; "
                                    "withdraw or revise it before changing its calls."))
        w.session.add(SyncRejection(seq=42, table_name="customer", row_id=field.chen,
                                    op="update", changes={"tier": "A"}, code="forbidden",
                                    reason="outside your territory"))
    week = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    assert [(r.table, r.row_id, r.code) for r in week.rejections] == [
        ("plan_item", items["chen"], "plan_locked")]


def test_submitting_a_submitted_plan_again_is_refused(store, field, plan):
    plan_id, _items = plan
    plan_week.submit(store, plan_id, field.people.rep)
    first = store.get(CallPlan, plan_id).submitted_at
    with pytest.raises(PlanRuleError):
        plan_week.submit(store, plan_id, field.people.rep)
    week = plan_week.week_plan(store, REP, MONDAY, today=THURSDAY)
    assert [h.action for h in week.history] == ["submit"]
    assert store.get(CallPlan, plan_id).submitted_at == first
