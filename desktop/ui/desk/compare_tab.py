"""Compare reps: every active rep of the region side by side over a span, one column per
rep and one row per KPI (`kpis.team_comparison`); a whole calendar month brings the monthly
figures (share, sales against quota, calls per sale, cost against sales). Each cell's
tooltip, and the line under the table for the selected one, says how it was computed.
Activating a rep's cell asks for that rep's scorecard (`rep_chosen`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain import kpis, local_time
from desktop.domain.identity import Identity
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import translate
from desktop.ui.context import touches
from desktop.ui.desk.kpi_model import KpiGridModel, how_text, kpi_table, rep_columns
from desktop.ui.desk.kpi_tab import KPI_TABLES
from desktop.ui.desk.range_bar import RangeBar, last_whole_month


class CompareTab(QWidget):
    rep_chosen = Signal(str)  # a rep's user id: show their scorecard

    def __init__(self, context, parent=None, *, identity: Identity | None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("DeskCompare")
        self.context, self.identity = context, identity
        today = today_fn()
        self.range = RangeBar(today, self, with_kind=False)
        self.range.set_range(*last_whole_month(today))
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.range)
        top.addStretch(1)
        self.model = KpiGridModel(self)
        self.table = kpi_table(self, self.model)
        self.how_label = QLabel(self)
        self.how_label.setObjectName("kpi_explanation")
        self.how_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note_label)
        layout.addWidget(self.table, 20)  # up to all its rows (its maximum height)
        layout.addWidget(self.how_label)
        layout.addStretch(1)
        self.columns: list[kpis.RepColumn] = []
        self.reload = Reload(context.tasks, self._load(), self._show, self)
        self.range.changed.connect(self.refresh)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._explain())
        self.table.activated.connect(self._activated)
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    def _load(self) -> Callable[[], list[kpis.RepColumn]]:
        store, start, end = self.context.store, self.range.start, self.range.end
        region = self.identity.region_id if self.identity else None
        return lambda: kpis.team_comparison(store, region, start, end) if region else []

    def refresh(self) -> None:
        self.reload.request(self._load())

    def _show(self, columns: list[kpis.RepColumn]) -> None:
        self.columns = columns
        self.model.set_columns(*rep_columns(columns))
        self._explain()

    def _data_changed(self, table: str) -> None:
        if touches(table, KPI_TABLES):
            self.refresh()

    def _explain(self) -> None:
        self.how_label.setText(how_text(self.model, self.table.currentIndex()))

    def _activated(self, index) -> None:
        if 0 <= index.column() < len(self.columns):
            self.rep_chosen.emit(self.columns[index.column()].rep_user_id)

    def retranslate_ui(self) -> None:
        self.range.retranslate_ui()
        self.note_label.setText(translate(
            "Desk", "Every active representative over the span. Prescription share, sales "
            "against quota, calls per sale and cost against sales need one whole calendar "
            "month. Double-click a representative to open their scorecard."))
        self.model.retranslate()
        self._explain()

    def focus_default(self) -> None:
        self.table.setFocus()
