"""The trend of one KPI over the periods of a scorecard: a line with a dot per period (a
period with nothing to count leaves a gap), values in percent or as a ratio."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.common.style import qcolor

MAX_LABELS = 13  # more periods than this: every other label (or fewer) on the axis
INTERVALS = 3  # at most this many steps up the value axis: its labels fit a short chart


def nice_scale(high: float) -> tuple[float, float]:
    """(top of the value axis, step between its ticks): a round step (1, 2 or 5 × 10ⁿ) that
    reaches `high` in at most INTERVALS steps (an empty or zero series: 0…1)."""
    if high <= 0:
        return 1.0, 0.5
    target = high / INTERVALS
    magnitude = 10 ** math.floor(math.log10(target))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= target)
    return math.ceil(high / step - 1e-9) * step, step


class TrendChart(QWidget):
    """`set_series(title, headers, values, percent)` draws it; `points()` what is drawn."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("TrendChart")
        self.view = QChartView(QChart(), self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(150)
        self._points: list[tuple[str, float]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def points(self) -> list[tuple[str, float]]:
        """(period header, value drawn) of every period with a value."""
        return list(self._points)

    def set_series(self, title: str, headers: Sequence[str], values: Sequence[float | None],
                   percent: bool) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        if title:
            chart.setTitle(title)
        chart.legend().setVisible(False)
        segments: list[QLineSeries] = []
        line: QLineSeries | None = None
        self._points = []
        for i, value in enumerate(values):
            if value is None:
                line = None
                continue
            if line is None:
                line = QLineSeries()
                line.setPointsVisible(True)
                pen = QPen(qcolor("accent"))
                pen.setWidthF(2.0)
                line.setPen(pen)
                segments.append(line)
            line.append(QPointF(i, value))
            self._points.append((headers[i], value))
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, -(-len(headers) // MAX_LABELS))
        for i in range(0, len(headers), step):
            x_axis.append(headers[i], i)
        x_axis.setRange(-0.3, max(len(headers) - 0.7, 0.7))
        known = [v for _h, v in self._points]
        top, step = nice_scale(max([*known, 0.0]))
        low = min([0.0, *known])
        if low < 0:
            low = -math.ceil(-low / step) * step
        y_axis = QValueAxis()
        decimals = next(d for d in range(6) if abs(step * 10 ** d - round(step * 10 ** d)) < 1e-6)
        y_axis.setLabelFormat(f"%.{decimals}f" + (" %%" if percent else ""))
        y_axis.setRange(low, top)
        y_axis.setTickCount(round((top - low) / step) + 1)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for segment in segments:
            chart.addSeries(segment)
            segment.attachAxis(x_axis)
            segment.attachAxis(y_axis)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
