"""The KPIs tab of the Desk: the scorecard of the team or of one rep, by week or by month
over a span — every KPI by period in a table, the trend of the KPI picked as a chart, and
under the table how the selected figure was computed. A rep sees their own scorecard only.
Export… writes the team report of the span (`desktop.ui.desk.export`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import kpis, local_time
from desktop.domain.identity import Identity
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.icons import icon
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import translate
from desktop.ui.common.widgets import Banner
from desktop.ui.context import touches
from desktop.ui.desk.export import TeamReportExport
from desktop.ui.desk.kpi_model import (
    CODE_ROLE,
    KpiGridModel,
    how_text,
    kpi_table,
    period_columns,
)
from desktop.ui.desk.range_bar import RangeBar
from desktop.ui.desk.texts import KPI_CODES, RATIOS, chart_value, kpi_name
from desktop.ui.desk.trend_chart import TrendChart

TEAM = ""  # the scope combo's value for the whole team
TREND_KINDS = {"week": _t("Desk", "by week"), "month": _t("Desk", "by month")}
#: Tables whose change alters a scorecard.
KPI_TABLES = ("visit", "plan_item", "call_plan", "customer", "customer_metric", "quota",
              "complaint", "market_activity", "market_activity_cost", "frequency_target",
              "team_member", "territory")


class KpiTab(QWidget):
    def __init__(self, context, parent=None, *, identity: Identity | None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("DeskKpis")
        self.context, self.identity, self.today_fn = context, identity, today_fn
        self.is_manager = identity is not None and identity.is_manager
        self.shown_kind = "month"

        self.scope_label = QLabel(self)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setMinimumContentsLength(10)
        self.range = RangeBar(today_fn(), self)
        self.export_button = QPushButton(icon("file-spreadsheet"), "", self)
        self.export_button.setVisible(self.is_manager)
        top = QHBoxLayout()
        top.addWidget(self.scope_label)
        top.addWidget(self.scope_combo)
        top.addWidget(self.range)
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.message = Banner(self)

        self.model = KpiGridModel(self)
        self.table = kpi_table(self, self.model)
        self.how_label = QLabel(self)  # how the selected figure was computed
        self.how_label.setObjectName("kpi_explanation")
        self.how_label.setWordWrap(True)
        self.how_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_label = QLabel(self)
        self.trend_label = QLabel(self)
        self.chart_combo = QComboBox(self)
        for code in KPI_CODES:
            self.chart_combo.addItem("", code)
        self.chart = TrendChart(self)

        pick = QHBoxLayout()
        pick.addWidget(self.chart_label)
        pick.addWidget(self.chart_combo)
        pick.addWidget(self.trend_label)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        # the table first, up to all its rows (its maximum height); the chart the rest
        layout.addWidget(self.table, 20)
        layout.addWidget(self.how_label)
        layout.addLayout(pick)
        layout.addWidget(self.chart, 1)

        self.export = TeamReportExport(context, self)
        self.export.message.connect(self.message.show_message)
        self.export.started.connect(lambda: self.export_button.setEnabled(False))
        self.export.finished.connect(lambda _ok: self.export_button.setEnabled(True))
        self.export_button.clicked.connect(
            lambda: self.export.ask(self.range.start, self.range.end))
        self.reload = Reload(context.tasks, self._load(), self._show, self)
        self._fill_scopes()
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.range.changed.connect(self.refresh)
        self.chart_combo.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._explain())
        self.table.activated.connect(self._row_activated)
        self.table.verticalHeader().sectionClicked.connect(
            lambda row: self.chart_combo.setCurrentIndex(row))
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    # -- what is shown --------------------------------------------------------------------
    def _fill_scopes(self) -> None:
        """The team and each rep of the region (a manager); the rep alone (a rep)."""
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        if self.is_manager:  # an admin without a region: every territory of the store
            self.scope_combo.addItem(translate("Desk", "The team"), TEAM)
            if self.identity.region_id:
                for rep_id, name in kpis.region_reps(self.context.store,
                                                     self.identity.region_id):
                    self.scope_combo.addItem(name, rep_id)
        elif self.identity is not None:
            self.scope_combo.addItem(self.identity.display_name or translate("Desk", "Me"),
                                     self.identity.user_id)
        self.scope_combo.setEnabled(self.scope_combo.count() > 1)
        self.scope_combo.blockSignals(False)

    def scope(self) -> str | None:
        """The rep shown ("" for the team, None when there is nobody to show)."""
        return self.scope_combo.currentData()

    def show_scope(self, rep_user_id: str) -> None:
        """Show the scorecard of `rep_user_id` ("" for the team)."""
        index = self.scope_combo.findData(rep_user_id)
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)

    def _load(self) -> Callable[[], tuple[str, list[kpis.PeriodRow]]]:
        store, scope, kind = self.context.store, self.scope(), self.range.kind
        start, end = self.range.start, self.range.end
        region = self.identity.region_id if self.identity else None

        def load():
            if scope is None:
                return kind, []
            return kind, kpis.scorecard(store, rep_user_id=scope or None, region_id=region,
                                        period=kind, start=start, end=end)
        return load

    def refresh(self) -> None:
        """Read the scorecard again on the database thread (a team's half year: about a
        second on a laptop); the line under the table says so meanwhile."""
        self.how_label.setText(translate("Desk", "Reading the figures…"))
        self.reload.request(self._load())

    def _show(self, loaded: tuple[str, list[kpis.PeriodRow]]) -> None:
        self.shown_kind, rows = loaded
        self.model.set_columns(*period_columns(rows, self.shown_kind))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, self.model.columnCount() - 1))
            self.table.scrollTo(self.table.currentIndex())
        self._explain()
        self._draw_chart()

    def _data_changed(self, table: str) -> None:
        if touches(table, KPI_TABLES):
            if touches(table, ("team_member", "territory")):
                current = self.scope()
                self._fill_scopes()
                self.show_scope(current or TEAM)
            self.refresh()

    def _explain(self) -> None:
        self.how_label.setText(how_text(self.model, self.table.currentIndex()))

    def _row_activated(self, index) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.chart_combo.setCurrentIndex(KPI_CODES.index(code))

    def chart_code(self) -> str:
        return self.chart_combo.currentData()

    def _draw_chart(self) -> None:
        code = self.chart_code()
        series = self.model.series(code)
        # whose and how the chart is, beside the KPI picked (a chart title would take the
        # height its value axis needs)
        self.trend_label.setText(translate("Desk", "{whose}, {kind}").format(
            whose=self.scope_combo.currentText(),
            kind=translate("Desk", TREND_KINDS[self.shown_kind])))
        self.chart.set_series("", self.model.headers(), [chart_value(k) for k in series],
                              code not in RATIOS)

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.scope_label.setText(translate("Desk", "Scorecard of"))
        if self.is_manager and self.scope_combo.count():
            self.scope_combo.setItemText(0, translate("Desk", "The team"))
        self.range.retranslate_ui()
        self.export_button.setText(translate("Desk", "Export…"))
        self.export_button.setToolTip(translate(
            "Desk", "Save the team report of this span (KPIs by rep and period, quota "
            "achievement, customers at risk) as an Excel workbook, as `rounds report team` "
            "writes it."))
        self.chart_label.setText(translate("Desk", "Trend of"))
        for i, code in enumerate(KPI_CODES):
            self.chart_combo.setItemText(i, kpi_name(code))
        self.model.retranslate()
        self._explain()
        self._draw_chart()

    def focus_default(self) -> None:
        self.table.setFocus()
