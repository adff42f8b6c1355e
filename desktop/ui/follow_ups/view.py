"""Follow-ups by due date: overdue ones highlighted, mark done, snooze."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import follow_ups, local_time
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import FollowUpStatus
from desktop.ui.common.pills import follow_up_tone, late_pill
from desktop.ui.common.rows_model import Column, PagedRowsModel
from desktop.ui.common.style import brush
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import date_text, datetime_text, enum_text, translate
from desktop.ui.context import touches

SNOOZE_CHOICES = (
    (_t("FollowUpsView", "1 hour"), timedelta(hours=1)),
    (_t("FollowUpsView", "3 hours"), timedelta(hours=3)),
    (_t("FollowUpsView", "Tomorrow morning"), None),
    (_t("FollowUpsView", "Next week"), timedelta(days=7)),
)


def follow_up_columns(today_fn=local_time.today) -> list[Column]:
    def late(f) -> tuple[str, str] | tuple[None, None]:
        """An open follow-up's late pill (the domain's one late rule, from now)."""
        if f.status != FollowUpStatus.OPEN:
            return None, None
        now = local_time.now()
        return late_pill(f.lateness(now), now)

    return [
        Column(_t("Columns", "Due"), lambda f: date_text(f.due_date),
               sort_key=lambda f: f.due_date),
        Column(_t("Columns", "Time left"), lambda f: late(f)[0] or "",
               tone=lambda f: late(f)[1]),
        Column(_t("Columns", "Customer"), lambda f: f.customer_name),
        Column(_t("Columns", "Follow-up"), lambda f: f.title),
        Column(_t("Columns", "Snoozed until"), lambda f: datetime_text(f.snoozed_until)),
        Column(_t("Columns", "Status"), lambda f: enum_text(FollowUpStatus, f.status),
               tone=lambda f: follow_up_tone(f.status, f.is_overdue(today_fn()),
                                             f.due_date == today_fn())),
    ]


def follow_up_model(parent, today_fn=local_time.today) -> PagedRowsModel:
    """The follow-up list model: overdue rows in the danger colour, the status as a pill."""

    def foreground(f):
        return brush("danger_text") if f.is_overdue(today_fn()) else None

    return PagedRowsModel(follow_up_columns(today_fn), parent, foreground=foreground)


class FollowUpsView(QWidget):
    """Every follow-up, soonest first."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        from desktop.ui.common.widgets import EmptyState, make_table_view

        self.context = context
        self._counts: follow_ups.FollowUpCounts | None = None
        self.model = follow_up_model(self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "bell")
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(2, 160)
        self.table.setColumnWidth(3, 260)
        self.summary_label = QLabel(self)
        self.show_done_check = QCheckBox(self)
        self.done_button = QPushButton(self)
        self.snooze_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.snooze_menu = QMenu(self)
        self.snooze_button.setMenu(self.snooze_menu)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.show_done_check)
        top.addWidget(self.open_button)
        top.addWidget(self.snooze_button)
        top.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self.open_customer)
        self.show_done_check.toggled.connect(lambda _c: self.refresh())
        self.table.activated.connect(lambda _i: self.open_customer())
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.mark_done)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        context.data_changed.connect(self._data_changed)
        self._reload = Reload(getattr(context, "tasks", None), self._reader(), self._show, self)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the follow-ups from the store now."""
        self._reload.now(self._reader())

    def _reader(self):
        """What the list reads with the choices made now (runs on the database thread)."""
        store, include_done = self.context.store, self.show_done_check.isChecked()
        today, page = local_time.today(), self.model.page_size

        def fetch(after, limit):
            return follow_ups.follow_up_page(store, include_done=include_done, after=after,
                                             limit=limit)

        return lambda: (fetch, follow_ups.follow_up_counts(store, today,
                                                           include_done=include_done),
                        fetch(None, page))

    def _show(self, read) -> None:
        fetch, self._counts, first = read
        current = self.current()
        self.model.set_source(fetch, self._counts.listed, first=first)
        row = max(self.model.find_row(lambda r: r.id == current.id), 0) if current else 0
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_summary()
        self._update_buttons()

    def current(self):
        return self.model.row_at(self.table.currentIndex().row())

    def mark_done(self) -> None:
        row = self.current()
        if row is not None and row.status == FollowUpStatus.OPEN:
            store = self.context.store
            self.context.write(lambda: follow_ups.mark_done(store, row.id))
            self.context.saved("follow_up")
            self.refresh()  # the acting screen shows its change at once

    def snooze(self, delta: timedelta | None) -> None:
        """Remind again after `delta` (None: tomorrow at the default reminder hour)."""
        row = self.current()
        if row is None:
            return
        until = follow_ups.snooze_until(delta, self.context.settings.reminders.default_hour)
        store = self.context.store
        self.context.write(lambda: follow_ups.snooze(store, row.id, until))
        self.context.saved("follow_up")
        self.refresh()  # the acting screen shows its change at once

    def open_customer(self) -> None:
        row = self.current()
        if row is not None:
            self.context.customer_opened.emit(row.customer_id)

    def _update_summary(self) -> None:
        counts = self._counts
        if counts is not None:
            self.summary_label.setText(
                self.tr("{overdue} overdue · {today} due today · {open} open").format(
                    overdue=counts.overdue, today=counts.due_today, open=counts.open))
        self.empty.set_texts(self.tr("No open follow-ups."),
                             self.tr("A call report's next step becomes a follow-up with its "
                                     "due date; reminders come from the tray."))

    def _update_buttons(self) -> None:
        row = self.current()
        is_open = row is not None and row.status == FollowUpStatus.OPEN
        self.done_button.setEnabled(is_open)
        self.snooze_button.setEnabled(is_open)
        self.open_button.setEnabled(row is not None)

    def _data_changed(self, table: str) -> None:
        if touches(table, ("follow_up", "visit", "customer")):
            self._reload.request(self._reader())

    def retranslate_ui(self) -> None:
        self.done_button.setText(self.tr("Mark done (Ctrl+D)"))
        self.snooze_button.setText(self.tr("Snooze"))
        self.open_button.setText(self.tr("Open customer"))
        self.show_done_check.setText(self.tr("Show done"))
        self.snooze_menu.clear()
        for text, delta in SNOOZE_CHOICES:
            self.snooze_menu.addAction(translate("FollowUpsView", text),
                                       lambda d=delta: self.snooze(d))
        self.model.retranslate()
        self._update_summary()
