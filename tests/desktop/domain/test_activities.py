"""A market activity on a laptop's store: planned with products, invitees (also a whole
segment) and budget lines, moved through its workflow with its history, changed after
approval (back to draft, revision 2), checked in on the day with a walk-in and actual costs,
reminders for invitations and the evaluation, the calls around it, and the refusals a user
hears at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import MANAGER, REP, REP2, T_WUHAN, beijing
from sqlmodel import select

from desktop.domain import activities, activity_calls, activity_day, local_time
from desktop.domain.activities import ActivityRuleError
from desktop.models import (
    Customer,
    FollowUp,
    MarketActivity,
    MarketActivityCost,
    MarketActivityInvitee,
    MarketActivityProduct,
    Visit,
)

DAY = date(2026, 12, 15)


@pytest.fixture
def meeting(store, field):
    return activities.create_activity(
        store, {"kind": "academic_meeting", "title": "心血管学术会", "place": "武汉洲际酒店",
                "starts_on": DAY, "owner_user_id": REP, "territory_id": T_WUHAN,
                "expected_attendance": 30, "evaluation_months": 4},
        [field.amlodipine], [{"category": "venue", "budget_amount": 8000},
                             {"category": "speakers", "budget_amount": 5000}])


def _rows(store, model, activity_id):
    with store.read() as s:
        return activities._children(s, model, activity_id)


def _history(store, activity_id):
    with store.read() as s:
        return [(e.action, e.actor_user_id, e.comment, e.activity_revision)
                for e in activities.activity_history(s, activity_id)]


def test_plan_submit_return_revise_approve_with_history(store, field, meeting):
    activity = store.get(MarketActivity, meeting)
    assert (activity.status, activity.activity_revision) == ("draft", 1)
    assert activity.evaluation_due == date(2027, 4, 30)  # four complete months after December
    assert activities.invite(store, meeting, [field.zhang_wh, field.liu, field.zhang_wh]) == 2
    at = beijing(date(2026, 12, 1), 9)
    activities.act(store, meeting, "submit", REP, None, at)
    with pytest.raises(ActivityRuleError, match="owner cannot move it from submitted to approved"):
        activities.act(store, meeting, "approve", REP, None, at)
    with pytest.raises(ActivityRuleError, match="comment is required"):
        activities.act(store, meeting, "return", MANAGER, "  ", at)
    with pytest.raises(ActivityRuleError, match="submitted; revise it"):
        activities.set_cost_lines(store, meeting, [{"category": "venue", "budget_amount": 1}])
    activities.act(store, meeting, "return", MANAGER, "场地费太高", at)
    assert store.get(MarketActivity, meeting).manager_comment == "场地费太高"
    revised = beijing(date(2026, 12, 2), 8)
    activities.update_activity(store, meeting, {"place": "协和医院报告厅"}, revised)  # revises
    activity = store.get(MarketActivity, meeting)
    assert (activity.status, activity.activity_revision, activity.manager_comment) == \
        ("draft", 2, None)
    later = beijing(date(2026, 12, 2), 9)
    activities.act(store, meeting, "submit", REP, None, later)
    activities.act(store, meeting, "approve", MANAGER, "同意", later)
    assert _history(store, meeting) == [
        ("submit", REP, None, 1), ("return", MANAGER, "场地费太高", 1),
        ("revise", REP, None, 2), ("submit", REP, None, 2), ("approve", MANAGER, "同意", 2)]


def test_a_move_is_taken_only_by_its_own_action(store, field, meeting):
    """Withdrawing and revising both lead back to a draft, but a returned activity is revised
    (its revision goes up), never withdrawn; a held one is not cancelled by "revise"."""
    at = beijing(date(2026, 12, 1), 9)
    activities.act(store, meeting, "submit", REP, None, at)
    activities.act(store, meeting, "return", MANAGER, "预算过高", at)
    with pytest.raises(ActivityRuleError, match="from returned to draft"):
        activities.act(store, meeting, "withdraw", REP, None, at)
    assert store.get(MarketActivity, meeting).status == "returned"
    activities.act(store, meeting, "revise", REP, None, at)
    assert (store.get(MarketActivity, meeting).status,
            store.get(MarketActivity, meeting).activity_revision) == ("draft", 2)


def test_approval_writes_invitation_and_evaluation_reminders(store, field, meeting):
    activities.invite(store, meeting, [field.zhang_wh, field.liu])
    at = beijing(date(2026, 12, 1), 9)
    activities.act(store, meeting, "submit", REP, None, at)
    activities.act(store, meeting, "approve", MANAGER, None, at,
                   translate={"Invite to {title}": "邀请参加{title}",
                              "Evaluate {title}": "评估{title}"}.get)
    with store.read() as s:
        reminders = {(f.customer_id, f.title, f.due_date, f.assigned_user_id)
                     for f in s.exec(select(FollowUp))}
    assert reminders == {
        (field.zhang_wh, "邀请参加心血管学术会", DAY - timedelta(days=7), REP),
        (field.liu, "邀请参加心血管学术会", DAY - timedelta(days=7), REP),
        (field.xiehe_west, "评估心血管学术会", date(2027, 4, 30), MANAGER)}
    with local_time.fixed(now=beijing(date(2026, 12, 3), 9)):  # invited after the approval
        activities.invite(store, meeting, [field.chen], translate={
            "Invite to {title}": "邀请参加{title}"}.get)
    with store.read() as s:
        [late] = s.exec(select(FollowUp).where(FollowUp.customer_id == field.chen)).all()
    assert (late.title, late.due_date, late.assigned_user_id) == \
        ("邀请参加心血管学术会", DAY - timedelta(days=7), REP)


def test_the_evaluation_reminder_names_the_hospital_most_invitees_work_at(store, field,
                                                                         meeting):
    """The manager's "Evaluate …" is about the whole activity, judged on the sales at the
    attendees' organisations: it names the hospital most invitees work at (协和 for 张伟 and
    刘芳), not whoever happened to be invited first (陈静, who then declined)."""
    activities.invite(store, meeting, [field.chen])
    activities.invite(store, meeting, [field.zhang_wh, field.liu])
    chen = next(i for i in _rows(store, MarketActivityInvitee, meeting)
                if i.customer_id == field.chen)
    activity_day.set_invitee_status(store, chen.id, "declined")
    at = beijing(date(2026, 12, 1), 9)
    activities.act(store, meeting, "submit", REP, None, at)
    activities.act(store, meeting, "approve", MANAGER, None, at)
    with store.read() as s:
        reminders = {(f.title, f.customer_id) for f in s.exec(select(FollowUp))}
    assert reminders == {("Invite to 心血管学术会", field.zhang_wh),
                         ("Invite to 心血管学术会", field.liu),
                         ("Evaluate 心血管学术会", field.xiehe_west)}


def test_segment_invited_at_once_with_one_reminder(store, field, meeting):
    assert activities.invite_segment(store, meeting, kind="doctor", tier="A",
                                     department_name="心血管") == 1
    assert activities.invite_segment(store, meeting, kind="doctor", tier="B") == 1  # 刘芳
    assert store.get(MarketActivity, meeting).segment == "B-tier doctor"
    at = beijing(date(2026, 12, 1), 9)
    activities.act(store, meeting, "submit", REP, None, at)
    activities.act(store, meeting, "approve", MANAGER, None, at)
    with store.read() as s:
        reminders = sorted((f.title, f.customer_id) for f in s.exec(select(FollowUp)))
    # Both segments' doctors (张伟, 刘芳) work at 协和: the segment's one reminder names it.
    assert reminders == [("Evaluate 心血管学术会", field.xiehe_west),
                         ("Invite B-tier doctor to 心血管学术会", field.xiehe_west)]


def test_changing_an_approved_budget_or_products_needs_approval_again(store, field, meeting):
    at = beijing(date(2026, 12, 1), 9)
    activities.act(store, meeting, "submit", REP, None, at)
    activities.act(store, meeting, "approve", MANAGER, None, at)
    venue = next(c for c in _rows(store, MarketActivityCost, meeting) if c.category == "venue")
    activities.set_cost_lines(store, meeting, [{"id": venue.id, "category": "venue",
                                                "budget_amount": 9000}])
    activity = store.get(MarketActivity, meeting)
    assert (activity.status, activity.activity_revision) == ("draft", 2)
    assert [(c.category, c.budget_amount) for c in _rows(store, MarketActivityCost, meeting)] \
        == [("venue", 9000)]
    activities.set_products(store, meeting, [field.amlodipine, field.rosuvastatin])
    assert {p.product_id for p in _rows(store, MarketActivityProduct, meeting)} == \
        {field.amlodipine, field.rosuvastatin}
    assert store.get(MarketActivity, meeting).activity_revision == 2  # still the same draft


def test_the_day_check_ins_walk_in_costs_held_and_calls_around(store, field, meeting):
    activities.invite(store, meeting, [field.zhang_wh, field.chen])
    zhang = next(i for i in _rows(store, MarketActivityInvitee, meeting)
                 if i.customer_id == field.zhang_wh)
    at = beijing(DAY, 14)
    with pytest.raises(ActivityRuleError, match="recorded once it is approved"):
        activity_day.check_in(store, zhang.id, at)
    activities.act(store, meeting, "submit", REP, None, at)
    activities.act(store, meeting, "approve", MANAGER, None, at)
    activity_day.check_in(store, zhang.id, at)
    walk_in = activity_day.add_walk_in(store, meeting, {"kind": "doctor", "name": "孙丽",
                                                      "organisation_id": field.xiehe_west}, at)
    assert store.get(Customer, walk_in).territory_id == T_WUHAN
    activity_day.record_actual_costs(store, meeting, {"venue": 7500, "travel": 300})
    with pytest.raises(ActivityRuleError, match="owner cannot move it from approved to held"):
        activities.act(store, meeting, "hold", REP2, None, at)
    activities.act(store, meeting, "hold", REP, None, beijing(DAY, 18))
    invitees = {i.customer_id: (i.status, i.walk_in, i.checked_in_at)
                for i in _rows(store, MarketActivityInvitee, meeting)}
    assert invitees == {field.zhang_wh: ("attended", False, at), walk_in: ("attended", True, at),
                        field.chen: ("invited", False, None)}
    assert {(c.category, c.budget_amount, c.actual_amount)
            for c in _rows(store, MarketActivityCost, meeting)} == \
        {("venue", 8000, 7500), ("speakers", 5000, None), ("travel", None, 300)}
    with pytest.raises(ActivityRuleError, match="held; revise it"):
        activities.set_products(store, meeting, [field.rosuvastatin])

    with store.write() as w:
        linked = w.create(Visit, customer_id=field.chen, territory_id=T_WUHAN,
                          visit_type="academic_meeting", started_at=at,
                          market_activity_id=meeting)
        before = w.create(Visit, customer_id=field.zhang_wh, territory_id=T_WUHAN,
                          visit_type="face_to_face", started_at=beijing(DAY - timedelta(14), 9))
        w.create(Visit, customer_id=field.zhang_wh, territory_id=T_WUHAN,
                 visit_type="face_to_face", started_at=beijing(DAY + timedelta(15), 9))
    calls = activity_calls.calls_around(store, meeting)
    assert [(c.visit_id, c.linked) for c in calls] == [(before.id, False), (linked.id, True)]
    assert calls[1].customer_name == "陈静"


def test_cancelled_and_evaluated_activities_do_not_change(store, field, meeting):
    at = beijing(date(2026, 12, 1), 9)
    activities.act(store, meeting, "cancel", REP, "取消", at)
    with pytest.raises(ActivityRuleError, match="cancelled; it cannot change"):
        activities.invite(store, meeting, [field.liu])
    with pytest.raises(ActivityRuleError, match="cannot move it from cancelled"):
        activities.act(store, meeting, "submit", REP, None, at)
    with pytest.raises(ActivityRuleError, match="evaluate it from its figures"):
        other = activities.create_activity(store, {
            "kind": "salon", "title": "沙龙", "starts_on": DAY, "owner_user_id": REP,
            "territory_id": T_WUHAN})
        for action, who in (("submit", REP), ("approve", MANAGER), ("hold", REP),
                            ("evaluate", MANAGER)):
            activities.act(store, other, action, who, None, at)
