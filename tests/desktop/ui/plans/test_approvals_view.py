"""The manager's approvals queue: submitted plans of the region, opened with their week and
history; approve, or return with a required comment; the decision reaches the rep as a
notification once it arrives by sync."""

from __future__ import annotations

from datetime import timedelta

from planhelpers import MONDAY, TODAY
from PySide6.QtCore import Qt

from desktop.domain import plans
from desktop.models import CallPlan, PlanDecision, row_values
from desktop.ui.plans.approvals_view import ApprovalsView
from desktop.ui.plans.notifier import PlanNotifier


def submitted_plan(store, rep_id, territory, customers, week=MONDAY):
    with store.write() as w:
        plan = plans.create_plan(w, rep_user_id=rep_id, territory_id=territory, week_start=week)
        for n, customer in enumerate(customers):
            plans.add_item(w, plan.id, customer, week + timedelta(days=n))
        plans.submit(w, plan.id, actor_user_id=rep_id, comment="请审批")
    return plan.id


def make_view(qtbot, context, identity):
    view = ApprovalsView(context, identity=identity, today_fn=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 750)
    view.show()
    return view


def test_queue_lists_the_regions_submitted_plans(qtbot, context, store, plan_world,
                                                 qtmodeltester):
    w = plan_world
    mine = submitted_plan(store, "rep1", "t1", [w.a1, w.b1])
    with store.write() as wr:  # a draft and another region's plan never show
        plans.create_plan(wr, rep_user_id="rep2", territory_id="t2", week_start=MONDAY)
        wr.create(CallPlan, rep_user_id="repx", territory_id="tx", week_start=MONDAY,
                  status="submitted")
    view = make_view(qtbot, context, w.manager)
    qtmodeltester.check(view.queue)
    assert [r.plan_id for r in view.queue.rows()] == [mine]
    assert view.queue.index(0, 0).data() == "李明"
    assert view.queue.index(0, 2).data() == "2"
    assert view.opened.plan_id == mine  # the first plan opens at once
    assert view.week_model.item_at(0, 0).customer_name == "张伟"
    assert not view.week_model.editable()
    assert view.status_panel.history.index(0, 4).data() == "请审批"
    qtmodeltester.check(view.week_model)
    qtmodeltester.check(view.status_panel.history)


def test_return_needs_a_comment_then_the_rep_is_notified(qtbot, context, store, plan_world):
    w = plan_world
    plan_id = submitted_plan(store, "rep1", "t1", [w.a1])
    notifier = PlanNotifier(context, identity=w.rep)  # the rep's app, started before
    view = make_view(qtbot, context, w.manager)
    assert view.approve_button.isEnabled() and not view.return_button.isEnabled()
    assert view.return_plan() is False
    assert "comment is required" in view.message.text()
    assert store.get(CallPlan, plan_id).status == "submitted"

    view.comment_edit.setPlainText("周三请增加A类客户")  # QTest types ASCII only
    assert view.return_button.isEnabled()
    qtbot.mouseClick(view.return_button, Qt.MouseButton.LeftButton)
    plan = store.get(CallPlan, plan_id)
    assert (plan.status, plan.manager_comment, plan.decided_by_user_id) == \
        ("returned", "周三请增加A类客户", "mgr")
    assert view.queue.rowCount() == 0 and view.opened is None
    assert "No plan is waiting" in view.empty_label.text()

    # The rep's app hears of it when the decision arrives by sync (a pulled row carries
    # the server's revision); its own local writes are never announced.
    assert notifier.check() == []
    with store.read() as s:
        [decision] = [d for d in plans.plan_history(s, plan_id) if d.action == "return"]
        values = row_values(decision)
    with store.write() as wr:
        wr.apply_remote(PlanDecision, {**values, "revision": 41})
    with qtbot.waitSignal(notifier.plan_decided) as signal:
        context.data_changed.emit("*")
    assert signal.args[1] == ("刘经理 returned your plan for " + _week(MONDAY)
                              + ". Comment: 周三请增加A类客户")
    assert notifier.check() == []  # announced once


def test_approve_with_optional_comment(qtbot, context, store, plan_world):
    w = plan_world
    first = submitted_plan(store, "rep1", "t1", [w.a1])
    second = submitted_plan(store, "rep2", "t2", [], week=MONDAY + timedelta(days=7))
    view = make_view(qtbot, context, w.manager)
    assert view.open_plan(second)
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    assert store.get(CallPlan, second).status == "approved"
    assert [r.plan_id for r in view.queue.rows()] == [first]
    assert view.opened.plan_id == first


def test_a_rep_has_no_decisions_to_make(qtbot, context, store, plan_world):
    submitted_plan(store, "rep1", "t1", [plan_world.a1])
    view = make_view(qtbot, context, plan_world.rep)
    assert not view.approve_button.isEnabled()
    assert "for regional managers" in view.empty_label.text()


def _week(monday):
    from desktop.ui.plans.texts import week_text

    return week_text(monday)


def test_the_waiting_count_reads_as_words(qtbot, context, store, plan_world, languages):
    """"1 plan waiting", "2 plans waiting" — never "plan(s)"."""
    languages.switch("en")
    w = plan_world
    submitted_plan(store, "rep1", "t1", [w.a1])
    submitted_plan(store, "rep2", "t2", [w.b1])
    view = make_view(qtbot, context, w.manager)
    assert view.queue.rowCount() == 2
    assert view.empty_label.text().startswith("2 plan")
    assert view.empty_label.text() == "2 plans waiting."
