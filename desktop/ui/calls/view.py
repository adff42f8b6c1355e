"""Calls: every call report, newest first; open one (a submitted one read-only) or log new."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain import call_reports
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import VisitStatus, VisitType
from desktop.ui.common.pills import visit_tone
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import brush
from desktop.ui.common.texts import datetime_text, enum_text, translate
from desktop.ui.common.widgets import make_table_view


def _status(v) -> str:
    text = enum_text(VisitStatus, v.status)
    if v.corrects_visit_id:
        text += " · " + translate("CallsView", "correction")
    return text


CALL_COLUMNS = [
    Column(_t("Columns", "Date"), lambda v: datetime_text(v.started_at),
           sort_key=lambda v: v.started_at),
    Column(_t("Columns", "Customer"), lambda v: v.customer_name),
    Column(_t("Columns", "Type"), lambda v: enum_text(VisitType, v.visit_type)),
    Column(_t("Columns", "Status"), _status, tone=lambda v: visit_tone(v.status)),
    Column(_t("Columns", "Feedback"), lambda v: (v.feedback or "").replace("\n", " ")),
]


class CallsView(QWidget):
    """The rep's call reports."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = RowsTableModel(
            CALL_COLUMNS, self,
            foreground=lambda v: brush("warning_text") if v.status == VisitStatus.DRAFT
            else None)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(2, 150)
        self.table.setColumnWidth(3, 120)
        self.summary_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.new_button.clicked.connect(lambda: context.call_report_requested.emit("", ""))
        self.open_button.clicked.connect(self.open_current)
        self.table.activated.connect(lambda _i: self.open_current())
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(call_reports.recent_visits(self.context.store))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_summary()

    def open_current(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.context.visit_opened.emit(row.id)

    def _update_summary(self) -> None:
        rows = self.model.rows()
        drafts = sum(1 for r in rows if r.status == VisitStatus.DRAFT)
        self.summary_label.setText(self.tr("{n} call reports · {drafts} drafts not submitted")
                                   .format(n=len(rows), drafts=drafts))

    def _data_changed(self, table: str) -> None:
        if table in ("visit", "*"):
            self.refresh()

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("Log a call… (Ctrl+N)"))
        self.open_button.setText(self.tr("Open"))
        self.model.retranslate()
        self._update_summary()
