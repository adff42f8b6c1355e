"""The Desk in the main window: a manager drills down to a call and its report opens; a
signed-in rep finds only their own scorecard there."""

from __future__ import annotations

import json
from datetime import date

from desktop.domain.identity import USER_STATE_KEY
from desktop.ui.app import build_window
from desktop.ui.main_window import VIEWS


def signed_in_window(qtbot, store, ui_settings, user: dict):
    store.set_state(USER_STATE_KEY, json.dumps(user))
    window = build_window(store, ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_manager_drills_down_to_a_call_and_its_report_opens(qtbot, store, ui_settings,
                                                               desk_world):
    window = signed_in_window(qtbot, store, ui_settings, {
        "id": "mgr", "role": "manager", "region_id": "r1", "territory_ids": ["t1", "t2"],
        "display_name": "刘经理"})
    assert "desk" in dict(VIEWS)
    desk = window.show_view("desk")
    assert window.nav.currentItem().text() == "Desk"
    drill = desk.show_tab("drill")
    drill.range.set_range(date(2026, 10, 1), date(2026, 11, 30))
    qtbot.waitUntil(window.context.tasks.idle)
    assert drill.models["team"].rowCount() == 2
    drill.open_row(0)
    qtbot.waitUntil(lambda: drill.models["rep"].rowCount() == 3)
    drill.open_row(0)  # 张伟: called 6 October and 2 November, newest first
    qtbot.waitUntil(lambda: drill.models["customer"].rowCount() == 2)
    drill.open_row(1)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    assert window.dialog.customer_label.text() == "张伟"
    window.dialog.close()
    window.close()


def test_a_signed_in_rep_sees_only_their_own_scorecard(qtbot, store, ui_settings, desk_world):
    window = signed_in_window(qtbot, store, ui_settings, {
        "id": "rep1", "role": "rep", "region_id": "r1", "territory_ids": ["t1"],
        "display_name": "李明"})
    desk = window.show_view("desk")
    assert [desk.tabs.tabText(i) for i in range(desk.tabs.count())] == ["KPIs"]
    tab = desk.pages["kpis"]
    assert [tab.scope_combo.itemText(i) for i in range(tab.scope_combo.count())] == ["李明"]
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and window.context.tasks.idle())
    assert tab.trend_label.text() == "李明, by month"
    window.close()
