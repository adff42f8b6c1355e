"""The rep's activities screen: the list with its pills, money and filters, the selected
activity's panel (invitees, budget and spending, calls around it, history) with only the
moves its status allows, and the editor's checks before anything is written."""

from __future__ import annotations

from activity_screen_world import TODAY
from PySide6.QtCore import Qt

from desktop.ui.activities.list_view import ActivitiesView


def make_view(qtbot, context, identity):
    view = ActivitiesView(context, identity=identity, today_fn=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def cells(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def wait_for_panel(qtbot, view, activity_id):
    qtbot.waitUntil(lambda: view.panel.detail is not None
                    and view.panel.detail.id == activity_id)


def test_the_list_shows_status_dates_budget_spent_and_totals(qtbot, context, world,
                                                              qtmodeltester):
    view = make_view(qtbot, context, world.rep)
    qtmodeltester.check(view.model)
    assert cells(view.model, 1) == ["高血压学术沙龙", "心内科科室会", "心血管学术年会卫星会"]
    assert cells(view.model, 4) == ["¥8,000", "¥3,500", "¥10,000"]
    assert cells(view.model, 5) == ["—", "—", "¥12,000"]
    assert view.totals_label.text() == "3 activities, budget ¥21,500, spent ¥12,000"
    assert not view.empty.isVisible()


def test_filters_narrow_the_list(qtbot, context, world):
    view = make_view(qtbot, context, world.rep)
    view.filters.status_combo.set_value("held")
    assert cells(view.model, 1) == ["心血管学术年会卫星会"]
    view.filters.status_combo.set_value(None)
    view.filters.period_combo.setCurrentIndex(view.filters.period_combo.findData("this_month"))
    assert cells(view.model, 1) == ["心内科科室会"]
    view.filters.kind_combo.set_value("advertising")
    assert view.model.rowCount() == 0
    assert view.empty.isVisible()
    assert view.empty.title.text() == "No activity here yet"


def test_a_held_activity_shows_who_came_what_it_cost_and_its_calls(qtbot, context, world):
    view = make_view(qtbot, context, world.rep)
    assert view.select_activity(world.held)
    wait_for_panel(qtbot, view, world.held)
    panel = view.panel
    assert panel.title.text() == "心血管学术年会卫星会"
    assert "Products: 络活喜" in panel.summary.text()
    assert "3 invited · 1 attended · budget ¥10,000, spent ¥12,000" in panel.figures.text()
    assert cells(panel.invitees, 0) == ["张伟", "李娜", "王芳"]
    assert cells(panel.costs, 1) == ["¥10,000"] and cells(panel.costs, 2) == ["¥12,000"]
    assert cells(panel.calls, 1) == ["张伟"]
    assert cells(panel.history, 3) == ["", "同意"]
    assert not any(b.isVisibleTo(panel) for b in panel.action_buttons.values())
    assert panel.check_in_button.isVisibleTo(panel)  # actual costs can still be entered
    assert not panel.edit_button.isVisibleTo(panel)


def test_only_the_moves_a_draft_allows_are_offered(qtbot, context, world):
    view = make_view(qtbot, context, world.rep)
    view.select_activity(world.draft)
    wait_for_panel(qtbot, view, world.draft)
    shown = [a for a, b in view.panel.action_buttons.items() if b.isVisibleTo(view.panel)]
    assert shown == ["submit", "cancel"]
    assert view.panel.action_buttons["submit"].text() == "Submit for approval"
    assert view.panel.edit_button.isVisibleTo(view.panel)
    assert not view.panel.comment_edit.isVisibleTo(view.panel)


def test_the_editor_opens_with_the_activitys_plan(qtbot, context, world):
    view = make_view(qtbot, context, world.rep)
    view.edit_activity(world.draft)
    editor = view.dialog
    qtbot.waitUntil(editor.isVisible)
    assert editor.windowTitle() == "Edit activity"
    assert editor.title_edit.text() == "心内科科室会"
    assert editor.place_edit.text() == "协和医院会议室"
    assert editor.product_ids() == [world.product]
    assert editor.costs.budget["venue"].value() == 2000
    assert editor.costs.total.text() == "Total budget: ¥3,500"
    assert cells(editor.invitees.model, 0) == ["张伟"]
    editor.costs.budget["materials"].setValue(500)
    assert editor.costs.total.text() == "Total budget: ¥4,000"
    lines = {line["category"]: (line["budget_amount"], "id" in line)
             for line in editor.costs.lines()}
    assert lines == {"venue": (2000, True), "materials": (500, False), "meals": (1500, True)}
    editor.reject()


def test_a_segment_is_previewed_and_a_customer_listed_once(qtbot, context, world):
    view = make_view(qtbot, context, world.rep)
    view.edit_activity(world.draft)
    tab = view.dialog.invitees
    tab.kind_combo.set_value("doctor")
    tab.tier_combo.set_value("A")
    qtbot.waitUntil(lambda: tab.segment_hint.text() == "2 customers match.")
    tab.add_customer(world.a1)  # already invited
    tab.add_customer(world.b1)
    assert cells(tab.model, 0) == ["张伟", "李娜"] and tab.added == [world.b1]
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.remove_current()
    assert tab.removed and cells(tab.model, 0) == ["李娜"]
    tab.choose_segment()
    qtbot.waitUntil(lambda: "invited when you save" in tab.segment_hint.text())
    view.dialog.reject()


def test_the_editor_asks_for_a_title_before_writing(qtbot, context, world):
    view = make_view(qtbot, context, world.rep)
    view.new_activity()
    editor = view.dialog
    qtbot.waitUntil(editor.isVisible)
    assert editor.windowTitle() == "New activity"
    assert editor.starts_edit.date().toPython() == TODAY.replace(day=19)  # in two weeks
    assert not editor.save()
    assert editor.message.text() == "Give the activity a title."
    editor.reject()


def test_activities_open_from_the_navigation(qtbot, window):
    hub = window.show_view("activities")
    assert hub.activities is not None and hub.region is None  # the local store's rep
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "activities"
