"""The activity screens' writes, through `desktop.domain.activities` and
`activity_evaluation`: the
editor saves a new activity whole, the rep submits and the manager approves or returns
it, the day's check-in, walk-in, actual costs and Mark held, recording a verdict, and
Export… (`activity_report`, the report's)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

from activity_screen_world import TODAY
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from desktop.domain import activities, activity_views
from desktop.ui.activities.list_view import ActivitiesView
from desktop.ui.activities.region_view import RegionActivitiesView


def rep_view(qtbot, context, identity):
    view = ActivitiesView(context, identity=identity, today_fn=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def region_view(qtbot, context, identity):
    view = RegionActivitiesView(context, identity=identity, today_fn=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def opened(qtbot, view, activity_id):
    view.select_activity(activity_id)
    qtbot.waitUntil(lambda: view.panel.detail is not None
                    and view.panel.detail.id == activity_id)
    return view.panel


def test_a_new_activity_is_saved_with_products_budget_and_invitees(qtbot, context, store,
                                                                   world):
    view = rep_view(qtbot, context, world.rep)
    view.new_activity()
    editor = view.dialog
    editor.kind_combo.set_value("department_meeting")
    editor.title_edit.setText("立普妥新适应症科室会")
    editor.products.item(1).setCheckState(Qt.CheckState.Checked)
    editor.costs.budget["venue"].setValue(3000)
    editor.invitees.add_customer(world.b1)
    editor.invitees.kind_combo.set_value("doctor")
    editor.invitees.tier_combo.set_value("A")
    editor.invitees.choose_segment()
    assert editor.save(), editor.message.text()
    detail = activity_views.activity_detail(store, editor.saved_id)
    assert (detail.title, detail.status, detail.owner_user_id) == (
        "立普妥新适应症科室会", "draft", "rep1")
    assert len(detail.product_ids) == 1 and detail.budget == 3000
    assert {i.customer_id for i in detail.invitees} == {world.a1, world.a2, world.b1}
    assert view.current_id() == editor.saved_id  # the list shows it, selected


def test_the_rep_submits_and_the_manager_approves(qtbot, context, store, world):
    panel = opened(qtbot, rep_view(qtbot, context, world.rep), world.draft)
    panel.action_buttons["submit"].click()
    assert activity_views.activity_detail(store, world.draft).status == "submitted"
    qtbot.waitUntil(lambda: panel.action_buttons["withdraw"].isVisibleTo(panel))
    manager = opened(qtbot, region_view(qtbot, context, world.manager), world.draft)
    manager.comment_edit.setPlainText("同意，注意控制餐费")
    manager.action_buttons["approve"].click()
    detail = activity_views.activity_detail(store, world.draft)
    assert detail.status == "approved"
    assert detail.history[-1].comment == "同意，注意控制餐费"


def test_the_manager_returns_with_a_comment_the_rep_then_sees(qtbot, context, store, world):
    manager = opened(qtbot, region_view(qtbot, context, world.manager), world.submitted)
    manager.comment_edit.setPlainText("讲者费用过高")
    assert manager.act("return"), manager.message.text()
    panel = opened(qtbot, rep_view(qtbot, context, world.rep), world.submitted)
    assert "Manager: 讲者费用过高" in panel.summary.text()
    assert panel.edit_button.isVisibleTo(panel)


def test_on_the_day_walk_in_actual_costs_and_mark_held(qtbot, context, store, world):
    view = rep_view(qtbot, context, world.other_rep)
    view.open_check_in(world.other)
    day = view.dialog
    assert not day.save_walk_in({"name": "赵敏", "kind": "doctor", "organisation_id": None})
    assert day.message.text() == "Organisation is required."
    assert day.save_walk_in({"name": "赵敏", "kind": "doctor",
                             "organisation_id": world.hospital}), day.message.text()
    assert [(i.name, i.status, i.walk_in) for i in day.detail.invitees] == [
        ("赵敏", "attended", True)]
    day.costs.actual["meals"].setValue(800)
    assert day.save_costs(), day.message.text()
    assert day.mark_held(), day.message.text()
    detail = activity_views.activity_detail(store, world.other)
    assert detail.status == "held" and detail.actual == 800
    assert not day.hold_button.isVisibleTo(day)


def at_the_door(qtbot, context, store, world):
    """The approved draft's day opened by the rep, its first invitee selected."""
    at = datetime(2026, 11, 5, 2, tzinfo=UTC)
    activities.act(store, world.draft, "submit", "rep1", None, at)
    activities.act(store, world.draft, "approve", "mgr", None, at)
    view = rep_view(qtbot, context, world.rep)
    view.open_check_in(world.draft)
    day = view.dialog
    day.table.setCurrentIndex(day.model.index(0, 0))
    return day


def test_check_in_marks_an_invitee_attended(qtbot, context, store, world):
    day = at_the_door(qtbot, context, store, world)
    assert day.check_in(), day.message.text()
    assert day.message.text() == "张伟 checked in."
    assert day.model.index(0, 3).data() == "Attended"


def test_a_check_in_tells_the_screens_once_and_only_of_the_invitees(qtbot, context, store,
                                                                    world):
    """Checking people in at the door re-reads the screens once per arrival: the follow-ups
    are told of a change only when Mark held closes the activity's invitations."""
    day = at_the_door(qtbot, context, store, world)
    told: list[str] = []
    context.data_changed.connect(told.append)
    assert day.check_in(), day.message.text()
    assert told == ["market_activity_invitee"]
    told.clear()
    assert day.mark_held(), day.message.text()
    assert sorted(told) == ["follow_up", "market_activity"]


def test_the_manager_records_a_verdict_on_a_held_activity(qtbot, context, store, world):
    view = region_view(qtbot, context, world.manager)
    view.select_activity(world.held)
    panel = view.evaluation
    qtbot.waitUntil(lambda: panel.evaluation is not None)
    assert panel.rules.rowCount() >= 2  # growth and return on cost
    assert panel.figure_labels["actual_cost"][1].text() == "¥12,000"
    panel.comment_edit.setPlainText("参会率偏低")
    assert panel.record(), panel.message.text()
    detail = activity_views.activity_detail(store, world.held)
    assert detail.status == "evaluated" and detail.evaluation_comment == "参会率偏低"
    assert detail.verdict == panel.evaluation.overall


def test_the_manager_saves_the_evaluation_as_a_pdf_for_the_file(qtbot, context, world,
                                                                tmp_path):
    view = region_view(qtbot, context, world.manager)
    view.select_activity(world.held)
    panel = view.evaluation
    qtbot.waitUntil(lambda: panel.evaluation is not None)
    assert panel.pdf_button.isEnabled()
    path = tmp_path / "评估.pdf"
    panel.write_pdf(path)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Saved to"), timeout=20_000)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = unicodedata.normalize("NFKC", document.getAllText(0).text())
    title = activity_views.activity_detail(context.store, world.held).title
    assert document.pageCount() == 1 and title in text


def test_export_writes_the_activities_report(qtbot, context, world, tmp_path):
    view = region_view(qtbot, context, world.manager)
    path = tmp_path / "activities.xlsx"
    view.export(path)
    qtbot.waitUntil(lambda: view.message.text().startswith("Exported to"), timeout=20_000)
    assert path.exists() and path.stat().st_size > 0


def test_an_invitee_who_did_not_come_is_marked_no_show(qtbot, context, store, world):
    at = datetime(2026, 11, 5, 2, tzinfo=UTC)
    activities.act(store, world.draft, "submit", "rep1", None, at)
    activities.act(store, world.draft, "approve", "mgr", None, at)
    view = rep_view(qtbot, context, world.rep)
    view.open_check_in(world.draft)
    day = view.dialog
    day.table.setCurrentIndex(day.model.index(0, 0))
    assert day.mark_no_show(), day.message.text()
    assert day.model.index(0, 3).data() == "No-show"
    assert not day.no_show_button.isEnabled() and day.check_in_button.isEnabled()


def test_an_advertising_campaigns_awareness_survey_is_entered_by_the_manager(
        qtbot, context, store, world):
    from desktop.models import MarketActivity

    store.update(MarketActivity, world.held, kind="advertising")
    view = region_view(qtbot, context, world.manager)
    view.select_activity(world.held)
    panel = view.evaluation
    qtbot.waitUntil(lambda: panel.evaluation is not None)
    assert panel.awareness.isVisibleTo(panel)
    panel.before_spin.setValue(20)
    panel.after_spin.setValue(35)
    assert panel.save_awareness(), panel.message.text()
    detail = activity_views.activity_detail(store, world.held)
    assert (detail.awareness_before, detail.awareness_after) == (20, 35)
    qtbot.waitUntil(lambda: panel.figure_labels["awareness_change"][1].text() == "+15.0")


def test_once_evaluated_only_the_comment_changes(qtbot, context, store, world):
    view = region_view(qtbot, context, world.manager)
    view.select_activity(world.held)
    panel = view.evaluation
    qtbot.waitUntil(lambda: panel.evaluation is not None)
    assert panel.record(), panel.message.text()
    qtbot.waitUntil(lambda: panel.detail.status == "evaluated")
    qtbot.waitUntil(lambda: panel.evaluation is not None)
    assert panel.record_button.text() == "Save comment"
    assert panel.judged_label.text().startswith("Judged on")
    panel.comment_edit.setPlainText("下次控制场地费")
    assert panel.record(), panel.message.text()
    assert activity_views.activity_detail(store, world.held).evaluation_comment == "下次控制场地费"
