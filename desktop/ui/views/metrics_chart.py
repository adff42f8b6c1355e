"""Prescription share over time, charted with QtCharts, with the monthly figures beneath."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.item_models.rows_model import Column, RowsTableModel
from desktop.ui.widgets import make_table_view


def _pct(value):
    return "" if value is None else f"{value * 100:.1f}%"


def _num(value):
    return "" if value is None else f"{value:,}"


METRIC_COLUMNS = [
    Column(_t("Columns", "Month"), lambda p: p.period),
    Column(_t("Columns", "Total prescriptions"), lambda p: _num(p.total_prescriptions),
           align_right=True),
    Column(_t("Columns", "Our prescriptions"), lambda p: _num(p.our_prescriptions),
           align_right=True),
    Column(_t("Columns", "Prescription share"), lambda p: _pct(p.share), align_right=True),
    Column(_t("Columns", "Outpatients"), lambda p: _num(p.outpatient_volume), align_right=True),
]


class MetricsPanel(QWidget):
    """Chart of our prescription share by month and the table of monthly figures."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._points = []
        self.chart = QChart()
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = RowsTableModel(METRIC_COLUMNS, self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.table, 2)
        self.retranslate_ui()

    def set_points(self, points) -> None:
        """Show the monthly metric points (oldest first)."""
        self._points = list(points)
        self.model.set_rows(list(reversed(self._points)))
        self._draw()

    def _draw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        with_share = [p for p in self._points if p.share is not None]
        self.empty_label.setVisible(not with_share)
        self.chart_view.setVisible(bool(with_share))
        if not with_share:
            return
        series = QLineSeries()
        series.setPointsVisible(True)
        for i, point in enumerate(with_share):
            series.append(i, point.share * 100)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append([p.period[2:] for p in with_share])
        x_axis.setLabelsAngle(-45 if len(with_share) > 8 else 0)
        y_axis = QValueAxis()
        top = max(p.share for p in with_share) * 100
        y_axis.setRange(0, max(10.0, min(100.0, round(top * 1.2 + 5, -1))))
        y_axis.setLabelFormat("%d%%")
        y_axis.setTitleText(self.tr("Prescription share"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        # A category axis places category i at x = i when the series uses indices.
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)
        self.chart.setTitle(self.tr("Our prescription share by month"))

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr("No prescription figures recorded for this customer."))
        self.model.retranslate()
        if self._points:
            self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
