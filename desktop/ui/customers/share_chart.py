"""Prescription share over time by drug class, charted with QtCharts, with the monthly
figures beneath and the domain's warning when a share is falling."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.texts import message_text
from desktop.ui.common.widgets import Banner, make_table_view

# One colour per drug class from the Okabe–Ito palette, which people with the common colour
# vision deficiencies can still tell apart (Qt's default theme has five colours, so a sixth
# drug class came back in the first one's blue). Beyond eight, lines are dashed as well.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#000000",
                  "#56B4E9", "#F0E442")


def series_pen(index: int) -> QPen:
    """The pen of the `index`th line of the chart."""
    pen = QPen(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]), 2)
    if index >= len(SERIES_COLOURS):
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _pct(value):
    return "" if value is None else f"{value * 100:.1f}%"


def _num(value):
    return "" if value is None else f"{value:,}"


METRIC_COLUMNS = [
    Column(_t("Columns", "Month"), lambda p: p.period),
    Column(_t("Columns", "Drug class"), lambda p: p.drug_class or ""),
    Column(_t("Columns", "Total prescriptions"), lambda p: _num(p.total_prescriptions),
           align_right=True),
    Column(_t("Columns", "Our prescriptions"), lambda p: _num(p.our_prescriptions),
           align_right=True),
    Column(_t("Columns", "Prescription share"), lambda p: _pct(p.share), align_right=True),
]


class MetricsPanel(QWidget):
    """Chart of our prescription share by month and drug class, and the monthly figures."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._series = []
        self.chart = QChart()
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.warning = Banner(self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = RowsTableModel(METRIC_COLUMNS, self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.table, 2)
        self.retranslate_ui()

    def set_metrics(self, series, table) -> None:
        """Show share series (one per drug class) and the monthly figures (newest first)."""
        self._series = list(series)
        self.model.set_rows(table)
        self._draw()

    def _new_chart(self) -> None:
        # A fresh chart per customer: reusing one left stale axes drawn in a corner.
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart_view.chart()
        self.chart_view.setChart(self.chart)
        if old is not None and old is not self.chart:
            old.deleteLater()

    def _draw(self) -> None:
        self._new_chart()
        has_data = bool(self._series)
        self.empty_label.setVisible(not has_data)
        self.chart_view.setVisible(has_data)
        self.table.setVisible(has_data)
        warnings = [message_text("Metrics", *s.warning) for s in self._series if s.warning]
        self.warning.show_message("\n".join(warnings), "warning")
        if not has_data:
            return
        periods = [p.period for p in self._series[0].points]
        x_axis = QBarCategoryAxis()
        x_axis.append([p[5:] for p in periods])  # month numbers; the years go in the title
        x_axis.setTitleText(f"{periods[0]} – {periods[-1]}")
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d%%")
        y_axis.setTitleText(self.tr("Prescription share"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        for index, share in enumerate(self._series):
            line = QLineSeries()
            line.setPen(series_pen(index))
            line.setName(share.drug_class or self.tr("All drug classes"))
            line.setPointsVisible(True)
            for i, point in enumerate(share.points):
                if point.value is not None:  # a month without figures is a gap
                    line.append(i, point.value * 100)
                    top = max(top, point.value * 100)
            self.chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        upper = max(10.0, min(100.0, round(top * 1.2 + 5, -1)))
        y_axis.setRange(0, upper)
        y_axis.setTickCount(int(upper // 10) + 1 if upper <= 60 else int(upper // 20) + 1)
        self.chart.legend().setVisible(len(self._series) > 1 or
                                       self._series[0].drug_class is not None)
        self.chart.setTitle(self.tr("Our prescription share by month"))

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr("No prescription figures recorded for this customer."))
        self.model.retranslate()
        self._draw()
