"""The complaint analysis chart: complaints received per month (bars) and the on-time rate
of the month (a line, on its own 0–100 % axis), so a manager sees at a glance whether more
complaints came with slower answers."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.complaint_analysis import GroupFigures
from desktop.ui.common.style import qcolor


class ComplaintMonthsChart(QWidget):
    """`set_months(rows)` draws the months; nothing received says so instead."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ComplaintMonthsChart")
        self.months: list[GroupFigures] = []
        self.view = QChartView(QChart(), self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self.set_months([])

    def set_months(self, months: list[GroupFigures]) -> None:
        self.months = list(months)
        has = any(m.complaints for m in self.months)
        self.empty_label.setVisible(not has)
        self.view.setVisible(has)
        self.retranslate_ui()

    def bar_values(self) -> list[int]:
        return [m.complaints for m in self.months]

    def rate_points(self) -> list[tuple[int, float]]:
        """(month index, on-time % ) of the months with something due."""
        return [(i, m.on_time_rate * 100) for i, m in enumerate(self.months)
                if m.on_time_rate is not None]

    def _draw(self) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(self.tr("Complaints received per month, and the share answered on time"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        bars = QBarSet(self.tr("Complaints"))
        bars.setColor(qcolor("accent"))
        bars.append([float(v) for v in self.bar_values()])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([m.key[2:].replace("-", "/") for m in self.months])  # "26/03"
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setRange(0, max(4, max(self.bar_values())))
        counts.applyNiceNumbers()  # whole complaints on the ticks
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(counts)
        rate = QLineSeries()
        rate.setName(self.tr("On time (%)"))
        pen = QPen(qcolor("success"))
        pen.setWidthF(2.0)
        rate.setPen(pen)
        rate.setPointsVisible(True)
        for i, value in self.rate_points():
            rate.append(i, value)
        chart.addSeries(rate)
        x_axis = QValueAxis()  # the line over the bars' slots
        x_axis.setRange(-0.5, len(self.months) - 0.5)
        x_axis.setVisible(False)
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d%%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignTop)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignRight)
        rate.attachAxis(x_axis)
        rate.attachAxis(percent)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr("No complaint received in this period."))
        if any(m.complaints for m in self.months):
            self._draw()
