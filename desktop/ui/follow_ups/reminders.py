"""Follow-up reminders: a timer on the GUI thread that fires each due reminder once, as a
system tray notification (shown also while the window is minimised). The timer's checks
read and write the store on the task runner's database thread (a check must not wait on the
GUI thread while a sync holds the write lock)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.domain import follow_ups, local_time
from desktop.ui.context import touches

MAX_WAIT = timedelta(minutes=1)  # re-check at least this often (synced or edited follow-ups)


class ReminderScheduler(QObject):
    """Checks for due follow-ups and notifies; nothing fires twice, even after a restart."""

    reminder_fired = Signal(str, str, str)  # follow-up id, customer name, title

    def __init__(self, context, tray: QSystemTrayIcon | None = None, parent=None,
                 clock=local_time.now):
        super().__init__(parent)
        self.context = context
        self.tray = tray
        self._clock = clock
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._timer_fired)
        context.data_changed.connect(self._data_changed)

    def start(self) -> None:
        """The first check, on the database thread when there is one: at start-up the
        screen's data comes first, a reminder due now follows a moment later."""
        self._timer_fired()

    def _timer_fired(self) -> None:
        tasks = getattr(self.context, "tasks", None)
        if tasks is None:
            self.check_now()
            return
        check = self._check()
        tasks.run(check, lambda found: self._announce(*found), owner=self)

    def _data_changed(self, table: str) -> None:
        if touches(table, ("follow_up", "visit")):
            self.timer.start(500)  # a follow-up may be due now

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> list[str]:
        """Fire every due reminder not fired yet; returns the follow-up ids fired."""
        return self._announce(*self._check()())

    def _check(self):
        """The check as a function of the store alone (it may run on the database thread):
        due reminders, remembered as fired, and how long until the next one."""
        store, hour, now = self.context.store, self.context.settings.reminders.default_hour, \
            self._clock()
        tz = local_time.time_zone()  # the due date's default hour is on the rep's clock

        def check():
            due = follow_ups.due_reminders(store, now, hour, tz)
            if due:
                follow_ups.remember_fired(store, [key for _row, key in due])
            return due, follow_ups.next_reminder_in(store, now, hour, tz, MAX_WAIT)

        return check

    def _announce(self, due, wait) -> list[str]:
        settings = self.context.settings
        for row, _key in due:
            self.reminder_fired.emit(row.id, row.customer_name, row.title)
            if self.tray is not None and settings.reminders.tray_notifications \
                    and QSystemTrayIcon.isSystemTrayAvailable():
                self.tray.showMessage(self.tr("Follow-up due: {customer}").format(
                    customer=row.customer_name), row.title,
                    QSystemTrayIcon.MessageIcon.Information, 15_000)
        self._check_again_in(wait)
        return [row.id for row, _key in due]

    def _check_again_in(self, wait: timedelta) -> None:
        """The next check after `wait`; a check asked for meanwhile (a row saved or synced
        while this one ran on the database thread, which this one may not have seen) stays
        as soon as it was."""
        wait_ms = max(1000, int(wait.total_seconds() * 1000) + 500)
        if not (self.timer.isActive() and self.timer.remainingTime() <= wait_ms):
            self.timer.start(wait_ms)
