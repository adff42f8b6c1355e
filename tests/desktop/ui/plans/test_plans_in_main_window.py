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
