"""Escalation notices for the region's manager: a tray notification when a suspected adverse
reaction passes 12 hours, then 24 hours, after Day 0 without pharmacovigilance's receipt.

The follow-up reminders' scheduler (`desktop.ui.follow_ups.reminders`) with another check:
a timer on the GUI thread; the check reads and writes the store on the database thread; each
notice fires once, even after a restart (`desktop.domain.pv_clock` remembers it)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.domain import pv_clock
from desktop.ui.context import touches
from desktop.ui.follow_ups.reminders import ReminderScheduler

MAX_WAIT = timedelta(minutes=1)  # re-check at least this often (synced cases)


class EscalationNotifier(ReminderScheduler):
    """Checks for cases passing 12 h / 24 h without PV receipt and notifies the manager."""

    escalated = Signal(str, str, int)  # complaint id, customer name, hours (12 or 24)

    def _data_changed(self, table: str) -> None:
        if touches(table, ("complaint",)):
            self.timer.start(500)  # a synced case may be late already

    def _check(self):
        """The check as a function of the store alone (it may run on the database thread)."""
        store, now = self.context.store, self._clock()

        def check():
            due = pv_clock.escalations_due(store, now)
            if due:
                pv_clock.remember_escalations(store, due)
            return due, pv_clock.next_escalation_in(store, now, ceiling=MAX_WAIT)

        return check

    def _announce(self, due, wait) -> list[tuple[str, int]]:
        """Notify each notice (signal, tray); returns (complaint id, hours) fired."""
        settings = self.context.settings
        for notice in due:
            self.escalated.emit(notice.case_id, notice.customer_name, notice.hours)
            if self.tray is not None and settings.reminders.tray_notifications \
                    and QSystemTrayIcon.isSystemTrayAvailable():
                self.tray.showMessage(
                    self.tr("Suspected adverse reaction: no PV receipt after {hours} h")
                    .format(hours=notice.hours),
                    self.tr("{customer} — {product}").format(
                        customer=notice.customer_name, product=notice.product_name or "—"),
                    QSystemTrayIcon.MessageIcon.Warning, 30_000)
        self._check_again_in(wait)
        return [(n.case_id, n.hours) for n in due]
