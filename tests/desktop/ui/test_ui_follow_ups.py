"""Follow-ups: by due date with overdue highlighted, done, snooze, and reminders that fire
once — also across a restart — and again after a snooze."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from uihelpers import add_follow_up

from desktop.models import FollowUp
from desktop.ui.common.style import qcolor
from desktop.ui.context import AppContext
from desktop.ui.follow_ups.reminders import ReminderScheduler


def test_list_by_due_date_with_overdue_highlighted_and_mark_done(qtbot, qtmodeltester, window,
                                                                 store, territory):
    today = date.today()
    add_follow_up(store, territory.doctor, "送样品", today + timedelta(days=3))
    late = add_follow_up(store, territory.doctor2, "回访用药反馈", today - timedelta(days=2))
    add_follow_up(store, territory.pharmacy, "核对库存", today)
    view = window.show_view("follow_ups")
    qtmodeltester.check(view.model)
    titles = [view.model.row_at(i).title for i in range(view.model.rowCount())]
    assert titles == ["回访用药反馈", "核对库存", "送样品"]
    overdue = view.model.index(0, 0)
    assert view.model.data(overdue, Qt.ItemDataRole.ForegroundRole).color() == \
        qcolor("danger_text")
    assert "2" in view.model.data(overdue)  # "· 2 d overdue"
    assert view.model.data(view.model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert view.summary_label.text().startswith("1 overdue")

    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert store.get(FollowUp, late).status == "done"
    assert view.model.rowCount() == 2  # done ones are hidden unless asked for
    view.show_done_check.setChecked(True)
    assert view.model.rowCount() == 3


def test_snooze_moves_the_reminder(qtbot, window, store, territory):
    fid = add_follow_up(store, territory.doctor, "电话确认会议", date.today())
    view = window.show_view("follow_ups")
    view.table.setCurrentIndex(view.model.index(0, 0))
    before = datetime.now(UTC)
    view.snooze_menu.actions()[0].trigger()  # 1 hour
    snoozed = store.get(FollowUp, fid).snoozed_until
    assert timedelta(minutes=59) < snoozed - before < timedelta(minutes=61)


def test_reminders_fire_once_even_after_a_restart_and_again_after_snooze(qtbot, store,
                                                                         ui_settings, territory):
    now = datetime.now(UTC)
    due = add_follow_up(store, territory.doctor, "送临床资料", date.today() - timedelta(days=1))
    add_follow_up(store, territory.doctor2, "下周的事", date.today() + timedelta(days=7))
    clock = {"now": now}

    def scheduler():
        s = ReminderScheduler(AppContext(store, ui_settings), clock=lambda: clock["now"])
        return s

    first = scheduler()
    with qtbot.waitSignal(first.reminder_fired) as fired:
        first.check_now()
    assert fired.args == [due, "张伟", "送临床资料"]
    assert first.check_now() == []
    first.stop()

    restarted = scheduler()  # a new process: only the store remembers
    assert restarted.check_now() == []

    store.update(FollowUp, due, snoozed_until=now + timedelta(hours=1))
    assert restarted.check_now() == []
    clock["now"] = now + timedelta(hours=1, seconds=1)
    assert restarted.check_now() == [due]
    assert restarted.check_now() == []
    restarted.stop()


def test_a_follow_up_saved_while_a_check_runs_is_reminded_at_once(qtbot, store, ui_settings,
                                                                  territory):
    """The first check runs on the database thread at start; a follow-up saved (or synced)
    before its answer comes back is reminded half a second later, not after the next
    minute's check that the answer would have set."""
    scheduler = ReminderScheduler(AppContext(store, ui_settings))
    started = scheduler._check()  # the check as start() hands it to the database thread
    found = started()  # it ran before the follow-up below existed
    due = add_follow_up(store, territory.doctor, "送临床资料", date.today() - timedelta(days=1))
    scheduler.context.data_changed.emit("follow_up")
    scheduler._announce(*found)  # its answer arrives: nothing due, next check in a minute
    with qtbot.waitSignal(scheduler.reminder_fired, timeout=3000) as fired:
        pass
    assert fired.args == [due, "张伟", "送临床资料"]
    scheduler.stop()
