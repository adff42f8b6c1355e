"""Compare reps side by side, and the drill-down team → rep → customer → call and back."""

from __future__ import annotations

from datetime import date

from deskhelpers import make_desk
from PySide6.QtCore import Qt

from desktop.ui.desk.texts import KPI_CODES


def idle(qtbot, context) -> None:
    qtbot.waitUntil(context.tasks.idle)


def test_a_manager_has_kpis_compare_and_drill_down(qtbot, context, desk_world):
    desk = make_desk(qtbot, context, desk_world.manager)
    assert [desk.tabs.tabText(i) for i in range(desk.tabs.count())] == [
        "KPIs", "Compare reps", "Drill down", "Quotas", "At risk"]


def test_reps_side_by_side_over_a_month(qtbot, context, desk_world, qtmodeltester):
    desk = make_desk(qtbot, context, desk_world.manager)
    tab = desk.show_tab("compare")
    assert (tab.range.start.isoformat(), tab.range.end.isoformat()) == (
        "2026-10-01", "2026-10-31")  # the last whole month
    tab.range.set_range(date(2026, 11, 1), date(2026, 11, 30))
    idle(qtbot, context)
    assert tab.model.headers() == ["李明", "王强"]
    qtmodeltester.check(tab.model)
    calls = KPI_CODES.index("calls")
    assert [tab.model.index(calls, c).data() for c in (0, 1)] == ["66.7 %", "—"]
    sales = tab.model.index(KPI_CODES.index("sales_vs_quota"), 0)
    assert sales.data() == "50.0 %"
    assert sales.data(Qt.ItemDataRole.ToolTipRole) == (
        "Sales 50,000 CNY against a quota of 100,000 CNY.")
    tab.table.setCurrentIndex(sales)
    assert tab.how_label.text() == (
        "Sales against quota, 李明: Sales 50,000 CNY against a quota of 100,000 CNY.")
    # a rep's column opens their scorecard
    tab.table.activated.emit(tab.model.index(0, 1))
    assert desk.tabs.currentWidget() is desk.pages["kpis"]
    assert desk.pages["kpis"].scope() == "rep2"


def test_drill_down_from_the_team_to_a_call_and_back(qtbot, context, desk_world):
    desk = make_desk(qtbot, context, desk_world.manager)
    drill = desk.show_tab("drill")
    drill.range.set_range(date(2026, 11, 1), date(2026, 11, 30))
    team = drill.models["team"]
    idle(qtbot, context)
    assert [team.index(r, 0).data() for r in range(2)] == ["李明", "王强"]
    assert [team.index(0, c).data() for c in (1, 2)] == ["2", "66.7 %"]
    assert team.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "2 calls made of 3 planned."

    drill.open_row(0)  # 李明 → his customers, most called first
    customers = drill.models["rep"]
    qtbot.waitUntil(lambda: customers.rowCount() == 3)
    assert drill.crumb_texts() == ["The team", "李明"]
    assert [customers.index(r, 0).data() for r in range(3)] == ["张伟", "李娜", "协和医院"]
    assert [customers.index(0, c).data() for c in (1, 2, 4)] == ["A", "1", "50,000"]

    drill.open_row(0)  # 张伟 → his calls in November
    calls = drill.models["customer"]
    qtbot.waitUntil(lambda: calls.rowCount() == 1)
    assert drill.crumb_texts() == ["The team", "李明", "张伟"]
    assert calls.index(0, 2).data() == "Submitted"

    with qtbot.waitSignal(context.visit_opened) as opened:
        drill.open_row(0)  # the call → its report
    assert opened.args == [desk_world.call_mon]
    assert drill.level == "customer"  # still here when the report closes

    drill.findChild(type(drill.back_button), "crumb_1").click()  # back to 李明
    assert drill.level == "rep" and drill.crumb_texts() == ["The team", "李明"]
    qtbot.waitUntil(lambda: customers.rowCount() == 3)
    qtbot.keyClick(drill.current_table(), Qt.Key.Key_Backspace)
    assert drill.level == "team" and not drill.back_button.isEnabled()
    idle(qtbot, context)
    assert team.rowCount() == 2
