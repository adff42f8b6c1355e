"""The call-plan approval loop against a live server, with a rep and their manager each
working offline between syncs: submit → return with a comment → revise and resubmit →
approve; both end with the same history. A rep approving, and a manager of another
region deciding, are refused by the server, and the reasons are kept on the client."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain import plan_approvals, plan_week, plans, team
from desktop.domain.identity import current_identity
from desktop.models import CallPlan, row_values
from tests.e2e.conftest import rows_of

MONDAY = plans.monday_of(date.today()) + timedelta(weeks=6)  # a week nobody planned yet


def history(store, plan_id):
    with store.read() as s:
        return [(d.action, d.actor_user_id, d.comment, d.plan_revision, d.at)
                for d in plans.plan_history(s, plan_id)]


def plan_rows(store, plan_id):
    return ({k: v for k, v in rows_of(store, "call_plan").items() if k == plan_id},
            {k: v for k, v in rows_of(store, "plan_item").items() if v["plan_id"] == plan_id},
            {k: v for k, v in rows_of(store, "plan_decision").items() if v["plan_id"] == plan_id})


def test_plan_is_returned_revised_and_approved_across_offline_clients(server, make_client):
    server.add_user("mgr_south", "south-manager-pw", role="manager", region="华南大区")
    rep = make_client(server, "rep1")
    manager = make_client(server, "manager")
    foreign = make_client(server, "mgr_south", "south-manager-pw")
    for client in (rep, manager, foreign):
        client.sync()
    me, boss, stranger = (current_identity(c.store) for c in (rep, manager, foreign))
    assert (me.role, boss.role, stranger.role) == ("rep", "manager", "manager")
    assert me.region_id == boss.region_id != stranger.region_id
    assert plan_approvals.new_decisions(rep.store, me) == []  # remembers where it stands

    # --- the rep builds the week offline and submits
    plan_id = plan_week.ensure_plan(rep.store, me, MONDAY)
    suggested = plan_week.week_suggestions(rep.store, me, MONDAY)
    assert len(suggested) >= 4 and all(s.template for s in suggested)
    assert plan_week.add_suggestions(rep.store, plan_id, suggested[:4]) == 4
    plan_week.submit(rep.store, plan_id, me, "下周计划")
    report = rep.sync()
    assert report.rejected == 0 and report.pushed >= 6

    # --- the manager pulls it, then works offline
    manager.sync()
    assert plan_id in [q.plan_id for q in plan_approvals.approvals_queue(manager.store, boss)]
    opened = plan_approvals.plan_of(manager.store, plan_id)
    assert len(opened.items) == 4 and opened.status == "submitted"

    # a rep approving their own plan (a tampered client: the app offers no such action)
    rep.store.update(CallPlan, plan_id, status="approved")
    report = rep.sync()
    assert report.rejected == 1
    [refused] = plan_week.week_plan(rep.store, me.user_id, MONDAY).rejections
    assert refused.code == "plan_transition"
    assert refused.reason == "A rep cannot move a plan from submitted to approved."
    assert rep.store.get(CallPlan, plan_id).status == "submitted"  # the server's row is back

    # a manager of another region never receives the plan; deciding on it anyway is refused
    assert plan_id not in rows_of(foreign.store, "call_plan")
    with foreign.store.write() as w:
        w.apply_remote(CallPlan, row_values(manager.store.get(CallPlan, plan_id)))
    plan_approvals.approve(foreign.store, plan_id, stranger, "越权")
    report = foreign.sync()
    assert report.rejected == 2
    reasons = {r.code: r.reason for r in plan_week.week_plan(
        foreign.store, me.user_id, MONDAY, territory_ids=[]).rejections}
    assert set(reasons) == {"forbidden", "bad_reference"}
    assert "territory outside yours" in reasons["forbidden"]  # the plan itself
    assert "plan_id" in reasons["bad_reference"]  # the decision names a plan it may not see

    plan_approvals.return_plan(manager.store, plan_id, boss, "周三请增加一位A类医生")
    assert manager.sync().rejected == 0

    # --- the rep hears of it at the next sync, revises and resubmits
    rep.sync()
    [notice] = plan_approvals.new_decisions(rep.store, me)
    assert (notice.plan_id, notice.action, notice.comment) == \
        (plan_id, "return", "周三请增加一位A类医生")
    week = plan_week.week_plan(rep.store, me.user_id, MONDAY)
    assert (week.status, week.manager_comment) == ("returned", "周三请增加一位A类医生")
    plan_week.revise(rep.store, plan_id, me)
    first = week.items_of(MONDAY)[0] if week.items_of(MONDAY) else week.items[0]
    plan_week.move_item(rep.store, first.id, MONDAY + timedelta(days=2), 0)
    planned = {i.customer_id for i in week.items}
    extra = next(s for s in plan_week.week_suggestions(rep.store, me, MONDAY)
                 if s.customer_id not in planned)
    plan_week.add_customer(rep.store, plan_id, extra.customer_id, MONDAY + timedelta(days=2))
    plan_week.submit(rep.store, plan_id, me)
    assert rep.sync().rejected == 0

    # --- the manager approves revision 2
    manager.sync()
    [waiting] = [q for q in plan_approvals.approvals_queue(manager.store, boss) if q.plan_id == plan_id]
    assert (waiting.plan_id, waiting.plan_revision, waiting.item_count) == (plan_id, 2, 5)
    plan_approvals.approve(manager.store, plan_id, boss, "同意")
    assert manager.sync().rejected == 0
    rep.sync()
    [notice] = plan_approvals.new_decisions(rep.store, me)
    assert (notice.action, notice.comment) == ("approve", "同意")

    # --- both sides hold the same plan and the same history
    expected = [("submit", me.user_id, "下周计划", 1), ("return", boss.user_id,
                                                     "周三请增加一位A类医生", 1),
                ("revise", me.user_id, None, 2), ("submit", me.user_id, None, 2),
                ("approve", boss.user_id, "同意", 2)]
    assert [h[:4] for h in history(rep.store, plan_id)] == expected
    assert history(rep.store, plan_id) == history(manager.store, plan_id)
    assert plan_rows(rep.store, plan_id) == plan_rows(manager.store, plan_id)
    assert rep.store.get(CallPlan, plan_id).status == "approved"
    assert rep.store.pending_count() == manager.store.pending_count() == 0
    assert plan_id not in [q.plan_id for q in plan_approvals.approvals_queue(manager.store, boss)]


def test_targets_set_by_the_manager_reach_the_reps_and_reps_cannot_set_them(server,
                                                                          make_client):
    from desktop.models import FrequencyTarget

    rep = make_client(server, "rep1")
    manager = make_client(server, "manager")
    rep.sync()
    manager.sync()
    me, boss = current_identity(rep.store), current_identity(manager.store)
    before = team.region_targets(rep.store, me)
    assert before["A"] == 4
    team.set_region_targets(manager.store, boss, {**before, "A": 6})
    assert manager.sync().rejected == 0
    rep.sync()
    assert team.region_targets(rep.store, me)["A"] == 6
    # a rep's client writing a target anyway is refused by the server
    rep.store.create(FrequencyTarget, tier="B", calls_per_month=9, region_id=me.region_id)
    report = rep.sync()
    assert report.rejected == 1
    [refused] = [r for r in rep.store.rejections() if r.table_name == "frequency_target"]
    assert refused.code == "forbidden" and "cannot change frequency_target" in refused.reason
