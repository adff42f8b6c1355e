"""A call report names the market activity it belongs to: the activities of the
customer's territory near the call's day are offered (again when the day changes), the
choice is saved with the report, and a call with no activity near shows no such row."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain import call_reports
from desktop.models import Visit
from desktop.ui.calls.report_dialog import CallReportDialog


def open_report(qtbot, context, customer_id, started_at):
    draft = call_reports.new_draft(context.store, customer_id, now=started_at)
    dialog = CallReportDialog(context, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_activity_a_call_belongs_to_is_offered_and_saved(qtbot, context, store, world):
    dialog = open_report(qtbot, context, world.a1, datetime(2026, 11, 18, 2, tzinfo=UTC))
    combo = dialog.activity_combo
    assert combo.isVisibleTo(dialog)
    assert [combo.itemText(i).split(" (")[0] for i in range(combo.count())] == [
        "—", "心内科科室会", "高血压学术沙龙"]
    assert dialog.labels["activity"].text() == "Activity"
    combo.setCurrentIndex(1)
    dialog.feedback_edit.setPlainText("邀请参加下周科室会")
    dialog.save(submit=False)
    assert store.get(Visit, dialog.saved_visit_id).market_activity_id == world.draft
    again = CallReportDialog(context, call_reports.load_draft(store, dialog.saved_visit_id))
    qtbot.addWidget(again)
    assert again.activity_combo.currentData() == world.draft


def test_no_activity_near_no_activity_row(qtbot, context, world):
    dialog = open_report(qtbot, context, world.a1, datetime(2026, 3, 2, 2, tzinfo=UTC))
    assert dialog.activity_combo.count() == 1
    assert not dialog.activity_combo.isVisibleTo(dialog)


def test_another_day_offers_the_activities_near_it(qtbot, context, world):
    from PySide6.QtCore import QDate

    dialog = open_report(qtbot, context, world.a1, datetime(2026, 3, 2, 2, tzinfo=UTC))
    dialog.when_edit.setDate(QDate(2026, 12, 1))
    qtbot.waitUntil(lambda: dialog.activity_combo.count() == 3)
    assert dialog.activity_combo.isVisibleTo(dialog)
