"""Calls: every call report, newest first, narrowed by date range, status, type and customer,
read page by page as the list scrolls; open one (a submitted one read-only) or log new."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import call_list
from desktop.domain.call_list import VisitFilter
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import VisitStatus, VisitType
from desktop.ui.common.pills import visit_tone
from desktop.ui.common.rows_model import Column, PagedRowsModel
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import datetime_text, enum_text, translate
from desktop.ui.common.widgets import EmptyState, EnumComboBox, make_table_view
from desktop.ui.context import touches

SEARCH_DELAY_MS = 150
NO_DATE = QDate(2000, 1, 1)  # a date edit at this minimum means "no limit" (shown as text)


def _status(v) -> str:
    text = enum_text(VisitStatus, v.status)
    if v.corrects_visit_id:
        text += " · " + translate("CallsView", "correction")
    return text


CALL_COLUMNS = [
    Column(_t("Columns", "Date"), lambda v: datetime_text(v.started_at),
           sort_key=lambda v: v.started_at),
    Column(_t("Columns", "Customer"), lambda v: v.customer_name),
    Column(_t("Columns", "Organisation"), lambda v: v.organisation_name),
    Column(_t("Columns", "Type"), lambda v: enum_text(VisitType, v.visit_type)),
    Column(_t("Columns", "Status"), _status, tone=lambda v: visit_tone(v.status)),
    Column(_t("Columns", "Feedback"), lambda v: (v.feedback or "").replace("\n", " ")),
]


def _date_edit(parent) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class CallsView(QWidget):
    """The rep's call reports."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self._counts: call_list.VisitCounts | None = None
        self.model = PagedRowsModel(
            CALL_COLUMNS, self,)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "clipboard-list")
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_in_background)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_edit, self.to_edit = _date_edit(self), _date_edit(self)
        self.status_combo = EnumComboBox(VisitStatus, self, any_text=_t("Filters", "All statuses"))
        self.type_combo = EnumComboBox(VisitType, self, any_text=_t("Filters", "All types"))
        self.clear_button = QPushButton(self)
        self.summary_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self._lay_out()

        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.status_combo, self.type_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(lambda: context.call_report_requested.emit("", ""))
        self.open_button.clicked.connect(self.open_current)
        self.table.activated.connect(lambda _i: self.open_current())
        context.data_changed.connect(self._data_changed)
        self._reload = Reload(getattr(context, "tasks", None), self._reader(), self._show, self)
        self.retranslate_ui()
        self.refresh()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            filters.addWidget(widget)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.type_combo, 1)
        filters.addWidget(self.clear_button)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def _filtered(self) -> bool:
        return self.current_filter() != VisitFilter()

    def current_filter(self) -> VisitFilter:
        return VisitFilter(date_from=_day(self.from_edit), date_to=_day(self.to_edit),
                           status=self.status_combo.value(), visit_type=self.type_combo.value(),
                           text=self.search_edit.text().strip())

    def refresh(self) -> None:
        """Re-read the first page of the reports matching the filters, now."""
        self._search_timer.stop()
        self._reload.now(self._reader())

    def refresh_in_background(self) -> None:
        """The same on the database thread (typing, a sync); the rows swap in when read."""
        self._search_timer.stop()
        self._reload.request(self._reader())

    def _reader(self):
        """What the list reads with the filters set now (runs on the database thread)."""
        store, flt, page = self.context.store, self.current_filter(), self.model.page_size

        def fetch(after, limit):
            return call_list.visit_page(store, flt, after, limit)

        return lambda: (flt, fetch, call_list.visit_counts(store, flt), fetch(None, page))

    def _show(self, read) -> None:
        flt, fetch, self._counts, first = read
        if flt != self.current_filter():
            self.refresh_in_background()  # the filters changed meanwhile
            return
        self.model.set_source(fetch, self._counts.total, first=first)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_summary()

    def clear_filters(self) -> None:
        for widget in (self.search_edit, self.from_edit, self.to_edit, self.status_combo,
                       self.type_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        self.status_combo.set_value(None)
        self.type_combo.set_value(None)
        for widget in (self.search_edit, self.from_edit, self.to_edit, self.status_combo,
                       self.type_combo):
            widget.blockSignals(False)
        self.refresh()

    def open_current(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.context.visit_opened.emit(row.id)

    def _update_summary(self) -> None:
        counts = self._counts
        if counts is None:
            return
        text = self.tr("%n call report(s)", "", counts.total)
        if counts.drafts:
            text += " · " + self.tr("%n draft(s) not submitted", "", counts.drafts)
        self.summary_label.setText(text)
        if self._filtered():
            self.empty.set_texts(self.tr("No call report matches these filters."),
                                 self.tr("Show all clears them."))
        else:
            self.empty.set_texts(self.tr("No call reports yet."),
                                 self.tr("Log a call with Ctrl+N, or press Enter on a planned "
                                         "call in Today."))

    def _data_changed(self, table: str) -> None:
        if touches(table, ("visit", "customer")):
            self.refresh_in_background()

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Customer: name, pinyin or hospital"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(self.tr("any day"))
        self.clear_button.setText(self.tr("Show all"))
        self.new_button.setText(self.tr("Log a call… (Ctrl+N)"))
        self.open_button.setText(self.tr("Open"))
        self.model.retranslate()
        self._update_summary()
