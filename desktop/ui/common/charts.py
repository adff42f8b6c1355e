"""Small pieces the QtCharts screens share: a hidden x axis over a bar chart's slots (to
draw lines across the bars: bands, last year) and swapping a view's chart."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt


def slot_axis(chart: QChart, slots: int) -> QValueAxis:
    """A hidden x axis running -0.5 … slots - 0.5, so that x = i is the middle of bar
    slot i; added to `chart` for line series to attach to."""
    axis = QValueAxis()
    axis.setRange(-0.5, slots - 0.5)
    axis.setVisible(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignTop)
    return axis


def replace_chart(view: QChartView, chart: QChart) -> None:
    """Show `chart` in `view` and free the one it showed."""
    old = view.chart()
    view.setChart(chart)
    if old is not None and old is not chart:
        old.deleteLater()
