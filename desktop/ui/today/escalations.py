"""Today's escalation section for the region's manager: suspected adverse reactions that
pharmacovigilance has not acknowledged 12 hours (then 24 hours) after Day 0, most waited
first. The rule and the reads are the domain's (`desktop.domain.pv_clock`); the tray side is
`desktop.ui.complaints.escalations`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from desktop.domain import local_time
from desktop.domain import today as today_queries
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.pills import late_pill
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import datetime_text, translate
from desktop.ui.common.widgets import EmptyState, make_table_view
from desktop.ui.context import touches

TABLES = frozenset({"complaint", "customer", "team_member"})
MAX_HEIGHT = 190  # px: the header and three rows


def level_text(escalation) -> str:
    """"No PV receipt after 12 h" / "… after 24 h"."""
    return translate("Escalations", "No PV receipt after {hours} h").format(
        hours=escalation.hours)


def _clock(e) -> tuple[str, str]:
    return late_pill(e.receipt)


ESCALATION_COLUMNS = [
    Column(_t("Columns", "Waiting"), level_text,
           tone=lambda e: "danger" if e.hours >= 24 else "warning"),
    Column(_t("Columns", "Clock"), lambda e: _clock(e)[0], tone=lambda e: _clock(e)[1]),
    Column(_t("Columns", "Customer"), lambda e: e.customer_name),
    Column(_t("Columns", "Rep"), lambda e: e.rep_name, optional=2),
    Column(_t("Columns", "Day 0"), lambda e: datetime_text(e.day0_at), optional=1),
]


class EscalationSection(QGroupBox):
    """The manager's list of cases waiting for PV receipt; hidden while it is empty or the
    user manages no region."""

    shown = Signal(bool)  # whether it is on screen now (Today makes room beside it)

    def __init__(self, context, parent=None, *, enabled: bool = True):
        super().__init__(parent)
        self.setObjectName("escalations")
        self.context = context
        self.enabled = enabled
        self.model = RowsTableModel(ESCALATION_COLUMNS, self)
        self.table = make_table_view(self, wrap_rows=True)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "shield-alert")
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        self.table.activated.connect(self._open)
        self._reload = Reload(getattr(context, "tasks", None), self._reader(), self._show, self)
        context.data_changed.connect(self._data_changed)
        self.setVisible(False)
        # a few rows beside the customers at risk, under the four lists
        self.setMaximumHeight(MAX_HEIGHT)
        self.retranslate_ui()  # Today's refresh() reads it with its lists

    def _reader(self):
        store = self.context.store
        return lambda: today_queries.escalated_cases(store, local_time.now())

    def refresh(self) -> None:
        self._reload.now(self._reader())

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        visible = self.enabled and bool(rows)
        if visible == self.isHidden():
            self.setVisible(visible)
            self.shown.emit(visible)
        self.retranslate_ui()

    def _data_changed(self, table: str) -> None:
        if self.enabled and touches(table, TABLES):
            self._reload.request(self._reader())

    def _open(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.context.customer_opened.emit(row.customer_id)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Suspected adverse reactions without PV receipt ({n})").format(
            n=self.model.rowCount()))
        self.empty.set_texts(self.tr("Pharmacovigilance has acknowledged every case."))
        self.model.retranslate()
