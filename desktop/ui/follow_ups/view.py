"""Follow-ups by due date: overdue ones highlighted; create one, edit it, move it to another
date, cancel it, mark it done, snooze its reminder."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import follow_up_edits, follow_ups, local_time
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import FollowUpStatus
from desktop.ui.common.pills import follow_up_tone, late_pill
from desktop.ui.common.rows_model import Column, PagedRowsModel
from desktop.ui.common.style import brush
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import date_text, datetime_text, enum_text, message_text, translate
from desktop.ui.context import touches

SNOOZE_CHOICES = (
    (_t("FollowUpsView", "1 hour"), timedelta(hours=1)),
    (_t("FollowUpsView", "3 hours"), timedelta(hours=3)),
    (_t("FollowUpsView", "Tomorrow morning"), None),
    (_t("FollowUpsView", "Next week"), timedelta(days=7)),
)
MOVE_CHOICES = (  # days from today; None: pick the date in the editor
    (_t("FollowUpsView", "To tomorrow"), 1),
    (_t("FollowUpsView", "By a week"), 7),
    (_t("FollowUpsView", "To another date…"), None),
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
        self.dialog = None  # the editor or picker opened last
        self._select_after_reload: str | None = None
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
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.move_button = QPushButton(self)
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        self.cancel_button = QPushButton(self)
        self.message_label = QLabel(self)
        self.message_label.setProperty("role", "error")
        self.message_label.setVisible(False)
        self.confirm_box: QMessageBox | None = None
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.show_done_check)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.move_button, self.snooze_button,
                       self.cancel_button, self.done_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table)

        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self.open_customer)
        self.new_button.clicked.connect(self.new_follow_up)
        self.edit_button.clicked.connect(self.edit_follow_up)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.show_done_check.toggled.connect(lambda _c: self.refresh())
        self.table.activated.connect(lambda _i: self.edit_follow_up())
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
        wanted = self._select_after_reload or (current.id if current else None)
        self._select_after_reload = None
        self.model.set_source(fetch, self._counts.listed, first=first)
        row = max(self.model.find_row(lambda r: r.id == wanted), 0) if wanted else 0
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

    # -- creating, editing, moving, cancelling ---------------------------------------------
    def new_follow_up(self, customer_id: str = "") -> None:
        """Ask for the customer (unless given), then open the editor for a new follow-up."""
        if customer_id:
            self._open_editor(follow_up_edits.FollowUpDraft(
                customer_id, customer_name=self._customer_name(customer_id)))
            return
        from desktop.ui.customers.picker_dialog import CustomerPicker

        picker = CustomerPicker(self.context, self)
        picker.accepted.connect(lambda: picker.chosen_id and self.new_follow_up(picker.chosen_id))
        self.dialog = picker
        picker.open()

    def edit_follow_up(self, *, focus_date: bool = False) -> None:
        row = self.current()
        if row is None or row.status != FollowUpStatus.OPEN:
            return
        self._open_editor(follow_up_edits.load_draft(self.context.store, row.id,
                                                     row.customer_name), focus_date)

    def _customer_name(self, customer_id: str) -> str:
        from desktop.domain import call_reports

        return call_reports.customer_name(self.context.store, customer_id)

    def _open_editor(self, draft, focus_date: bool = False) -> None:
        from desktop.ui.follow_ups.editor_dialog import FollowUpEditor

        self.dialog = FollowUpEditor(self.context, draft, self)
        self.dialog.accepted.connect(lambda d=self.dialog: self._saved(d.saved_id))
        if focus_date:
            self.dialog.due_edit.setFocus()
        self.dialog.open()

    def _saved(self, follow_up_id: str | None) -> None:
        self._select_after_reload = follow_up_id
        self.refresh()

    def move_by(self, days: int | None) -> None:
        """Move the current follow-up to `days` from today (None: pick the date)."""
        row = self.current()
        if row is None or row.status != FollowUpStatus.OPEN:
            return
        if days is None:
            self.edit_follow_up(focus_date=True)
            return
        new_date = local_time.today() + timedelta(days=days)
        store = self.context.store
        self._act(lambda: follow_up_edits.move_follow_up(store, row.id, new_date))

    def ask_cancel(self) -> None:
        """Ask before cancelling: a cancelled follow-up is final and never reminds."""
        row = self.current()
        if row is None or row.status != FollowUpStatus.OPEN:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel follow-up"),
                          self.tr("Cancel “{title}” for {customer}? It stays in the list as "
                                  "cancelled and will not remind you again.").format(
                              title=row.title, customer=row.customer_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Cancel follow-up"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.accepted.connect(lambda: self.cancel_follow_up(row.id))
        self.confirm_box = box
        box.open()

    def cancel_follow_up(self, follow_up_id: str) -> None:
        store = self.context.store
        self._act(lambda: follow_up_edits.cancel_follow_up(store, follow_up_id))

    def _act(self, change) -> None:
        try:
            self.context.write(change)
        except follow_up_edits.FollowUpRefused as exc:
            self.message_label.setText(message_text("Workflow", exc.template, exc.params))
            self.message_label.setVisible(True)
            return
        self.message_label.setVisible(False)
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
                                     "due date, or create one with New follow-up; reminders "
                                     "come from the tray."))

    def _update_buttons(self) -> None:
        row = self.current()
        is_open = row is not None and row.status == FollowUpStatus.OPEN
        for button in (self.done_button, self.snooze_button, self.edit_button,
                       self.move_button, self.cancel_button):
            button.setEnabled(is_open)
        self.open_button.setEnabled(row is not None)

    def _data_changed(self, table: str) -> None:
        if touches(table, ("follow_up", "visit", "customer")):
            self._reload.request(self._reader())

    def retranslate_ui(self) -> None:
        self.done_button.setText(self.tr("Mark done (Ctrl+D)"))
        self.snooze_button.setText(self.tr("Snooze"))
        self.open_button.setText(self.tr("Open customer"))
        self.show_done_check.setText(self.tr("Show done and cancelled"))
        self.new_button.setText(self.tr("New follow-up…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.move_button.setText(self.tr("Move"))
        self.cancel_button.setText(self.tr("Cancel follow-up"))
        self.move_menu.clear()
        for text, days in MOVE_CHOICES:
            self.move_menu.addAction(translate("FollowUpsView", text),
                                     lambda d=days: self.move_by(d))
        self.snooze_menu.clear()
        for text, delta in SNOOZE_CHOICES:
            self.snooze_menu.addAction(translate("FollowUpsView", text),
                                       lambda d=delta: self.snooze(d))
        self.model.retranslate()
        self._update_summary()
