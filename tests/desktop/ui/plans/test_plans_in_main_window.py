"""The plan screens inside the main window: the Plans entry opens the rep's week, and a
call logged from a planned item opens the call report dialog linked to that item."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain import plans


def test_call_logged_from_the_week_is_linked_to_its_plan_item(qtbot, window, store, plan_world):
    today = date.today()
    with store.write() as w:
        plan = plans.create_plan(w, rep_user_id="rep1", territory_id="t1", week_start=today)
        item = plans.add_item(w, plan.id, plan_world.a1, plans.monday_of(today))
    hub = window.show_view("plans")
    view = hub.plans
    assert view is not None and hub.approvals is None  # the local store's rep
    view.show_week(today)
    view.table.select_item(item.id)
    qtbot.mouseClick(view.log_call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    assert window.dialog.draft.plan_item_id == item.id
    assert window.dialog.draft.customer_id == plan_world.a1


def test_a_decision_arriving_by_sync_shows_in_the_status_bar(qtbot, store, plan_world, window):
    from desktop.models import PlanDecision, row_values

    today = date.today()
    with store.write() as w:
        plan = plans.create_plan(w, rep_user_id="rep1", territory_id="t1", week_start=today)
        plans.add_item(w, plan.id, plan_world.a1, plans.monday_of(today))
        plans.submit(w, plan.id, actor_user_id="rep1")
        plans.approve(w, plan.id, manager_user_id="mgr", comment="好")
    window.context.data_changed.emit("*")  # a local decision is no news
    qtbot.waitUntil(window.context.tasks.idle)  # the check runs on the database thread
    assert "approved your plan" not in window.statusBar().currentMessage()
    with store.read() as s:
        [decision] = [d for d in plans.plan_history(s, plan.id) if d.action == "approve"]
        values = row_values(decision)
    with store.write() as w:  # as the pull stores it: with the server's revision
        w.apply_remote(PlanDecision, {**values, "revision": 7})
    window.context.data_changed.emit("*")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    message = window.statusBar().currentMessage()
    assert message.startswith("刘经理 approved your plan for ") and message.endswith("Comment: 好")
