"""The manager's chart of results: one bar per held activity for its sales growth, and one
for its return on cost (net profit of the added sales over what it cost), each with the
business documents' bands drawn as dashed reference lines (growth 6.83 % and 3 %; return
1.5×, 1× and 0.5×), so it reads at a glance which band an activity falls in."""

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

from desktop.domain.activity_views import ResultPoint
from desktop.ui.common.charts import replace_chart, slot_axis
from desktop.ui.common.style import qcolor

#: The bands: (value on the chart's scale, colour token).
GROWTH_BANDS = ((6.83, "success"), (3.0, "danger"))  # percent
RETURN_BANDS = ((1.5, "success"), (1.0, "warning"), (0.5, "danger"))  # × the cost
LABEL_CHARS = 8  # an activity's title under its bar, shortened


def _short(title: str) -> str:
    return title if len(title) <= LABEL_CHARS else title[:LABEL_CHARS - 1] + "…"


class ResultsChart(QWidget):
    """`set_points(points)` draws both charts; an empty list says why there is nothing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ResultsChart")
        self.points: list[ResultPoint] = []
        self.held = 0  # held activities listed, with figures or not
        self.growth_view = QChartView(QChart(), self)
        self.return_view = QChartView(QChart(), self)
        for view in (self.growth_view, self.return_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(150)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.growth_view, 1)
        layout.addWidget(self.return_view, 1)
        self.set_points([])

    def set_points(self, points: list[ResultPoint]) -> None:
        """The activities to draw; those without any figure to judge by are left out."""
        self.held = len(points)
        self.points = [p for p in points
                       if p.growth is not None or p.profit_multiple is not None]
        self.empty_label.setVisible(not self.points)
        self.growth_view.setVisible(bool(self.points))
        self.return_view.setVisible(bool(self.points))
        self.retranslate_ui()

    def _draw(self, view: QChartView, title: str, values: list[float | None], bands,
              label_format: str) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(title)
        chart.legend().setVisible(False)
        bars = QBarSet(title)
        bars.setColor(qcolor("accent"))
        for value in values:
            bars.append(value if value is not None else 0.0)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(p.title) for p in self.points])
        y_axis = QValueAxis()
        y_axis.setLabelFormat(label_format)
        known = [v for v in values if v is not None] + [b for b, _tone in bands]
        low, high = min(0.0, *known), max(known)
        y_axis.setRange(low * 1.15 if low < 0 else 0.0, high * 1.15)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(y_axis)
        # The bands span the whole width: their own x axis, hidden, over the bars' slots.
        x_axis = slot_axis(chart, len(self.points))
        for value, tone in bands:
            line = QLineSeries()
            line.setName(f"{value:g}")
            pen = QPen(qcolor(tone))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.5)
            line.setPen(pen)
            line.append(-0.5, value)
            line.append(len(self.points) - 0.5, value)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        replace_chart(view, chart)

    def retranslate_ui(self) -> None:
        self.empty_label.setText(
            self.tr("No held activity among those listed yet: results show here once an "
                    "activity has been held.") if not self.held else
            self.tr("%n held activity(ies) listed, none with sales figures to judge by yet.",
                    "", self.held))
        if not self.points:
            return
        self._draw(self.growth_view, self.tr("Sales growth (%) — bands at 6.83 % and 3 %"),
                   [p.growth * 100 if p.growth is not None else None for p in self.points],
                   GROWTH_BANDS, "%.1f")
        self._draw(self.return_view,
                   self.tr("Return on cost (×) — bands at 1.5×, 1× and 0.5×"),
                   [p.profit_multiple for p in self.points], RETURN_BANDS, "%.1f")
