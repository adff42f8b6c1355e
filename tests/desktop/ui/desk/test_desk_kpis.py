"""The Desk's KPIs tab: the figures a manager sees equal what the data says, each explains
how it was computed, week and month give their periods, and a rep sees only their own."""

from __future__ import annotations

from deskhelpers import TODAY, cell_texts, make_desk
from PySide6.QtCore import Qt

from desktop.ui.desk.texts import KPI_CODES


def loaded(qtbot, tab, columns: int) -> None:
    qtbot.waitUntil(lambda: tab.model.columnCount() == columns and tab.context.tasks.idle())


def row_of(code: str) -> int:
    return KPI_CODES.index(code)


def test_the_manager_sees_the_teams_kpis_by_month_as_the_data_says(
        qtbot, context, desk_world, qtmodeltester):
    desk = make_desk(qtbot, context, desk_world.manager)
    tab = desk.pages["kpis"]
    assert [desk.tabs.tabText(i) for i in range(desk.tabs.count())][0] == "KPIs"
    assert [tab.scope_combo.itemText(i) for i in range(tab.scope_combo.count())] == [
        "The team", "李明", "王强"]
    tab.range.set_range(TODAY.replace(month=10, day=1), TODAY)
    loaded(qtbot, tab, 2)
    qtmodeltester.check(tab.model)
    model = tab.model
    assert model.headers() == ["2026-10", "2026-11"]
    # November: 2 submitted calls of 3 planned (the draft does not count)
    calls = model.index(row_of("calls"), 1)
    assert calls.data() == "66.7 %"
    assert calls.data(Qt.ItemDataRole.ToolTipRole) == "2 calls made of 3 planned."
    # A-tier coverage: 张伟 called in November, 王芳 (rep2) not
    assert model.index(row_of("coverage_a"), 1).data() == "50.0 %"
    assert model.index(row_of("coverage_a"), 0).data() == "100.0 %"  # both in October
    # share: 30 of 100 prescriptions, 10 points up on October
    assert model.index(row_of("share"), 1).data() == "30.0 % (+10.0)"


def test_the_selected_figure_says_how_it_was_computed(qtbot, context, desk_world):
    desk = make_desk(qtbot, context, desk_world.manager)
    tab = desk.pages["kpis"]
    tab.range.set_range(TODAY.replace(month=10, day=1), TODAY)
    loaded(qtbot, tab, 2)
    tab.table.setCurrentIndex(tab.model.index(row_of("plan_compliance"), 1))
    assert tab.how_label.text() == (
        "Plan compliance, 2026-11: 2 planned calls done of 3 due (1 missed).")


def test_switching_to_weeks_shows_the_weeks_of_the_span(qtbot, context, desk_world):
    desk = make_desk(qtbot, context, desk_world.manager)
    tab = desk.pages["kpis"]
    tab.range.set_range(TODAY.replace(month=10, day=19), TODAY)
    loaded(qtbot, tab, 2)
    assert tab.model.headers() == ["2026-10", "2026-11"]
    tab.range.set_kind("week")
    loaded(qtbot, tab, 3)
    assert tab.model.headers() == ["10-19", "10-26", "11-02"]
    assert tab.model.title(2) == "2026-11-02 – 2026-11-08"
    # the KPI names head the rows, in view whichever periods are scrolled to
    assert tab.model.headerData(0, Qt.Orientation.Vertical) == "Calls against plan"
    week = tab.model.index(row_of("calls"), 2)
    assert week.data() == "66.7 %"
    # sales, share and quota are monthly figures: a week says where to look
    assert tab.model.index(row_of("sales_vs_quota"), 2).data(
        Qt.ItemDataRole.ToolTipRole) == "Monthly figures: see the month."


def test_a_reps_scorecard_and_its_trend(qtbot, context, desk_world):
    desk = make_desk(qtbot, context, desk_world.manager)
    tab = desk.pages["kpis"]
    tab.range.set_range(TODAY.replace(month=10, day=1), TODAY)
    loaded(qtbot, tab, 2)
    tab.show_scope("rep1")
    qtbot.waitUntil(lambda: tab.model.index(row_of("sales_vs_quota"), 1).data() == "50.0 %")
    tab.table.activated.emit(tab.model.index(row_of("share"), 0))
    assert tab.chart_code() == "share"
    assert tab.chart.points() == [("2026-10", 20.0), ("2026-11", 30.0)]
    assert tab.trend_label.text() == "李明, by month"


def test_a_rep_sees_only_their_own_scorecard(qtbot, context, desk_world):
    desk = make_desk(qtbot, context, desk_world.other_rep)
    assert list(desk.pages) == ["kpis"]
    tab = desk.pages["kpis"]
    assert [tab.scope_combo.itemText(i) for i in range(tab.scope_combo.count())] == ["王强"]
    assert not tab.scope_combo.isEnabled() and not tab.export_button.isVisible()
    tab.range.set_range(TODAY.replace(month=10, day=1), TODAY)
    loaded(qtbot, tab, 2)
    # 王芳 called in October; rep1's calls and plan are not counted here
    assert cell_texts(tab.model, row_of("coverage_a")) == ["100.0 %", "0.0 %"]
    assert tab.model.index(row_of("calls"), 1).data() == "—"


def test_a_call_saved_meanwhile_shows_at_once(qtbot, context, store, desk_world):
    from deskhelpers import at

    from desktop.models import Visit

    desk = make_desk(qtbot, context, desk_world.manager)
    tab = desk.pages["kpis"]
    tab.range.set_range(TODAY.replace(month=10, day=1), TODAY)
    loaded(qtbot, tab, 2)
    coverage = tab.model.index(row_of("coverage_a"), 1)
    assert coverage.data() == "50.0 %"
    with store.write() as w:  # rep2 calls 王芳 on Thursday
        w.create(Visit, customer_id=desk_world.a3, territory_id="t2", status="submitted",
                 visit_type="face_to_face", started_at=at(TODAY))
    context.saved("visit")
    qtbot.waitUntil(lambda: tab.model.index(row_of("coverage_a"), 1).data() == "100.0 %")


def test_the_explanations_follow_the_language(qtbot, context, desk_world, languages):
    from desktop.domain.kpis import MSG_CALLS
    from desktop.ui.common.translations import catalogue

    languages.switch("en")
    desk = make_desk(qtbot, context, desk_world.manager)
    tab = desk.pages["kpis"]
    tab.range.set_range(TODAY.replace(month=10, day=1), TODAY)
    loaded(qtbot, tab, 2)
    calls = tab.model.index(row_of("calls"), 1)
    assert calls.data(Qt.ItemDataRole.ToolTipRole) == "2 calls made of 3 planned."
    languages.switch("zh_CN")
    chinese = catalogue("zh_CN")("Kpi", MSG_CALLS)
    assert chinese != MSG_CALLS  # the core's explanations are translated
    assert calls.data(Qt.ItemDataRole.ToolTipRole) == chinese.format(made=2, planned=3)
    assert tab.how_label.text().endswith(chinese.format(made=2, planned=3))
