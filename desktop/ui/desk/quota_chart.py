"""The achievement chart of the quota screen: for one region, rep or hospital, the quota and
the sales of each month as bars side by side, and last year's sales of the month as a line,
so a month below its quota or below last year reads at a glance."""

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

from desktop.domain.quota_desk import MonthFigures
from desktop.ui.common.charts import replace_chart, slot_axis
from desktop.ui.common.style import qcolor


class QuotaChart(QWidget):
    """`set_figures(title, months)` draws the year; an empty list says there is nothing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("QuotaChart")
        self.title = ""
        self.months: list[MonthFigures] = []
        self.view = QChartView(QChart(), self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(180)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self.set_figures("", [])

    def has_figures(self) -> bool:
        return any(m.quota or m.sales or m.last_year for m in self.months)

    def set_figures(self, title: str, months: list[MonthFigures]) -> None:
        self.title, self.months = title, list(months)
        self.empty_label.setVisible(not self.has_figures())
        self.view.setVisible(self.has_figures())
        self.retranslate_ui()

    def series_values(self) -> dict[str, list[float]]:
        """What the chart draws, per series (quota, sales, last year), January first."""
        chart = self.view.chart()
        out: dict[str, list[float]] = {}
        for series in chart.series():
            if isinstance(series, QBarSeries):
                for bar_set in series.barSets():
                    out[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
            elif isinstance(series, QLineSeries):
                out[series.name()] = [p.y() for p in series.points()]
        return out

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr(
            "Nothing to draw yet: no quota and no sales figures for this choice."))
        if not self.has_figures():
            return
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(self.tr("{name}: quota and sales by month (CNY)").format(
            name=self.title))
        quota = QBarSet(self.tr("Quota"))
        quota.setColor(qcolor("tier_d"))
        sales = QBarSet(self.tr("Sales"))
        sales.setColor(qcolor("accent"))
        for m in self.months:
            quota.append(m.quota)
            sales.append(m.sales or 0.0)
        bars = QBarSeries()
        bars.append(quota)
        bars.append(sales)
        chart.addSeries(bars)
        categories = QBarCategoryAxis()
        categories.append([self.tr("M{month}").format(month=m.month) for m in self.months])
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        high = max([m.quota for m in self.months] + [m.sales or 0.0 for m in self.months]
                   + [m.last_year for m in self.months])
        y_axis.setRange(0.0, high * 1.15 if high else 1.0)
        y_axis.setTickCount(3)  # the plot is short: more labels overlap and are elided
        y_axis.applyNiceNumbers()  # round ticks: 0, 20,000, 40,000…
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(categories)
        bars.attachAxis(y_axis)
        # Last year's line over the bars' slots: its own hidden x axis, 0…11.
        x_axis = slot_axis(chart, len(self.months))
        line = QLineSeries()
        line.setName(self.tr("Last year"))
        pen = QPen(qcolor("warning"))
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        for i, m in enumerate(self.months):
            line.append(i, m.last_year)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        replace_chart(self.view, chart)
