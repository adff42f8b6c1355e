"""Follow-ups on their own, on screen: New follow-up for a customer picked by typing, edit,
move to another date, cancel after a confirmation; the reminders follow (a fake clock): a
moved one fires on its new date, a cancelled one never, and it shows as cancelled."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from uihelpers import add_follow_up

from desktop.domain import local_time
from desktop.models import FollowUp
from desktop.ui.context import AppContext
from desktop.ui.follow_ups.reminders import ReminderScheduler


def _titles(view):
    return [view.model.row_at(i).title for i in range(view.model.rowCount())]


def _select(view, title):
    row = _titles(view).index(title)
    view.table.setCurrentIndex(view.model.index(row, 0))


def test_a_new_follow_up_for_a_customer_picked_by_typing(qtbot, window, store, territory):
    view = window.show_view("follow_ups")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    picker = view.dialog
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClicks(picker.search_edit, "tongren")  # pinyin
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    editor = view.dialog
    assert editor is not picker and editor.customer_label.text() == "同仁堂药店"
    editor.save()  # no title yet: said under the field, nothing stored
    assert editor.isVisible() and editor.error_labels["title"].isVisible()
    editor.title_edit.setText("核对库存和效期")
    editor.due_edit.setDate(QDate(2026, 11, 9))
    editor.notes_edit.setPlainText("带上月的进货单")
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    qtbot.waitUntil(lambda: _titles(view) == ["核对库存和效期"])
    with store.read() as s:
        from sqlmodel import select

        row = s.exec(select(FollowUp)).one()
    assert (row.customer_id, row.due_date, row.notes, row.territory_id) == (
        territory.pharmacy, date(2026, 11, 9), "带上月的进货单", "terr-1")
    assert view.current().id == row.id


def test_edit_move_and_cancel_on_screen(qtbot, window, store, territory):
    today = local_time.today()
    fid = add_follow_up(store, territory.doctor, "送临床资料", today, territory_id="terr-1")
    other = add_follow_up(store, territory.doctor2, "回访", today + timedelta(days=2),
                          territory_id="terr-1")
    view = window.show_view("follow_ups")
    _select(view, "送临床资料")
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor = view.dialog
    assert editor.windowTitle() == "Edit follow-up" and editor.title_edit.text() == "送临床资料"
    editor.title_edit.setText("送临床资料和指南")
    editor.remind_check.setChecked(True)
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "送临床资料和指南" in _titles(view))
    assert store.get(FollowUp, fid).remind_at is not None

    _select(view, "送临床资料和指南")
    view.move_menu.actions()[1].trigger()  # by a week
    qtbot.waitUntil(lambda: _titles(view) == ["回访", "送临床资料和指南"])
    assert store.get(FollowUp, fid).due_date == today + timedelta(days=7)
    assert store.get(FollowUp, fid).remind_at is None  # the old day's reminder time is gone

    _select(view, "回访")
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    view.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert store.get(FollowUp, other).status == "open"
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert "回访" in view.confirm_box.text()
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _titles(view) == ["送临床资料和指南"])
    assert store.get(FollowUp, other).status == "cancelled"
    view.show_done_check.setChecked(True)
    qtbot.waitUntil(lambda: len(_titles(view)) == 2)
    _select(view, "回访")
    status = [view.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(view.model.columnCount())].index("Status")
    assert view.model.data(view.model.index(view.table.currentIndex().row(), status)) == \
        "Cancelled"
    assert not view.edit_button.isEnabled() and not view.cancel_button.isEnabled()


def test_reminders_follow_a_move_and_never_come_for_a_cancelled_one(qtbot, store, ui_settings,
                                                                    territory):
    from desktop.domain.follow_up_edits import cancel_follow_up, move_follow_up

    today = local_time.today()
    moved = add_follow_up(store, territory.doctor, "送样品", today)
    dropped = add_follow_up(store, territory.doctor2, "电话确认", today)
    at_nine = local_time.moment_at(today, time(hour=ui_settings.reminders.default_hour))
    clock = {"now": at_nine - timedelta(minutes=1)}
    scheduler = ReminderScheduler(AppContext(store, ui_settings), clock=lambda: clock["now"])
    move_follow_up(store, moved, today + timedelta(days=1))
    cancel_follow_up(store, dropped)
    clock["now"] = at_nine + timedelta(minutes=1)
    assert scheduler.check_now() == []  # neither fires today
    clock["now"] = at_nine + timedelta(days=1)
    with qtbot.waitSignal(scheduler.reminder_fired) as fired:
        scheduler.check_now()
    assert fired.args == [moved, "张伟", "送样品"]
    clock["now"] = datetime(2030, 1, 1, tzinfo=UTC)
    assert scheduler.check_now() == []  # the cancelled one, years later: still nothing
    scheduler.stop()
