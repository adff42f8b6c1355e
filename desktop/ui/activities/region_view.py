"""The manager's activities: every activity of the region, filtered by product, kind,
status and period, with budget against spending per activity and in total; the submitted
ones waiting for a decision are counted. On the right, the selected activity (approve, or
return it with a comment), its evaluation, and the chart of results of those listed.
Export… writes the activities report (`desktop.domain.activity_report`) on the export
thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import activity_views, call_reports, local_time
from desktop.domain.identity import Identity, current_identity
from desktop.models.enums import ActivityStatus
from desktop.ui.activities.detail_panel import ActivityPanel
from desktop.ui.activities.evaluation_panel import EvaluationPanel
from desktop.ui.activities.filters import ActivityFilters
from desktop.ui.activities.list_view import TABLES
from desktop.ui.activities.results_chart import ResultsChart
from desktop.ui.activities.table_models import activities_model
from desktop.ui.activities.texts import money
from desktop.ui.common import icons
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.widgets import Banner, EmptyState, make_table_view
from desktop.ui.context import touches


class RegionActivitiesView(QWidget):
    """The region's list on the left; the activity, its evaluation and the chart as tabs on
    the right."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("RegionActivitiesView")
        self.context, self.today_fn = context, today_fn
        self.identity = identity or current_identity(context.store)
        self._at_once = False  # the selected activity is read at once, not in the background
        self.filters = ActivityFilters(self, with_product=True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_activities")
        self.export_button.clicked.connect(self.choose_export_file)
        self.model = activities_model(self, with_owner=True)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "calendar-check")
        self.totals_label = set_role(QLabel(self), "hint")
        self.totals_label.setWordWrap(True)
        self.message = Banner(self)
        self.panel = ActivityPanel(context, self.identity, self)
        self.panel.changed.connect(lambda _id: self.refresh())
        self.evaluation = EvaluationPanel(context, self.identity, self, today_fn=today_fn)
        self.evaluation.recorded.connect(lambda _id: self.refresh())
        self.chart = ResultsChart(self)
        self.tabs = QTabWidget(self)
        for page in (self.panel, self.evaluation, self.chart):
            self.tabs.addTab(page, "")
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.export_button)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.totals_label)
        ll.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.reload = Reload(context.tasks, self._load(), self._show_rows, self)
        self.filters.changed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_current())
        self.panel.detail_shown.connect(self.evaluation.show_activity)
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        products = context.tasks.run_and_wait(lambda: call_reports.product_choices(context.store))
        self.filters.set_products(products)
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list now, as the filters say (a screen's own change shows at once)."""
        self._at_once = True
        self.reload.now(self._load())
        self._at_once = False

    def _load(self):
        """The list as filtered now: a function of the store alone."""
        store, identity = self.context.store, self.identity
        wanted = self.filters.current(self.today_fn())
        if identity is None:
            return lambda: []
        return lambda: activity_views.activity_rows(store, identity, wanted)

    def _data_changed(self, table: str) -> None:
        if touches(table, TABLES + ("customer_metric", "product_margin")):
            self.reload.request(self._load())

    def _show_rows(self, rows) -> None:
        current = self.current_id()
        self.model.set_rows(rows)
        at = next((i for i, r in enumerate(rows) if r.id == current), 0 if rows else -1)
        if at >= 0:
            self.table.setCurrentIndex(self.model.index(at, 0))
        self._open_current()
        self._read_results(rows)
        totals = activity_views.totals(rows)
        waiting = sum(1 for r in rows if r.status == ActivityStatus.SUBMITTED)
        text = self.tr("%n activity(ies), budget {budget}, spent {spent}", "",
                       totals.count).format(budget=money(totals.budget),
                                            spent=money(totals.actual)) if rows else ""
        if waiting:
            text += " · " + self.tr("%n waiting for your decision", "", waiting)
        self.totals_label.setText(text)

    def _read_results(self, rows) -> None:
        """The chart of the rows listed, evaluated on the database thread."""
        store, today = self.context.store, self.today_fn()
        self.context.tasks.run(lambda: activity_views.results(store, rows, today),
                               self.chart.set_points, owner=self)

    def current_id(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def _open_current(self) -> None:
        self.panel.show_activity(self.current_id(), at_once=self._at_once)

    def select_activity(self, activity_id: str) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.id == activity_id:
                self.table.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    # -- export ---------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export activities"), str(Path.home() / "activities.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the activities report of the period filtered to `path` on the export
        thread; the message says where it went (or why not)."""
        store, wanted = self.context.store, self.filters.current(self.today_fn())
        self.message.show_message(self.tr("Exporting…"))
        self.context.exports.run(  # headers in the language shown (translate is thread-safe)
            lambda: activity_views.export_activities(store, path, start=wanted.start,
                                                     end=wanted.end,
                                                     translate=QCoreApplication.translate),
            lambda done: self.message.show_message(
                self.tr("Exported to {path}").format(path=done), "ok"),
            on_error=lambda error: self.message.show_message(
                self.tr("The export failed: {error}").format(error=error), "warning"),
            owner=self)

    # -- look -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Activity"), self.tr("Evaluation"),
                                  self.tr("Results chart"))):
            self.tabs.setTabText(i, text)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setIcon(icons.icon("download"))
        self.empty.set_texts(self.tr("No activity in your region matches"),
                             self.tr("Activities your representatives plan show here."))
        self.filters.retranslate_ui()
        self.model.retranslate()
        self.panel.retranslate_ui()
        self.evaluation.retranslate_ui()
        self.chart.retranslate_ui()

    def focus_default(self) -> None:
        self.table.setFocus()
