"""Survey results for managers: the mean 1–5 answer per customer group (tier, kind, city)
and month, with the number of surveys behind it, a line per group over the months, the mean
of each scale question and the customers' own words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import local_time, surveys
from desktop.models.enums import CustomerKind, Tier
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import qcolor
from desktop.ui.common.texts import enum_text, translate
from desktop.ui.common.widgets import make_table_view

LINE_TONES = ("accent", "success", "warning", "danger", "info")


def score_text(cell: surveys.GroupMonth | None) -> str:
    if cell is None or cell.mean_score is None:
        return ""
    return f"{cell.mean_score:.1f} ({cell.surveys})"


class SurveyResultsPanel(QWidget):
    """`set_results(results, group_by)` shows them; the filters are read by the view."""

    def __init__(self, parent=None):
        super().__init__(parent)
        today = local_time.today()
        self.results: surveys.SurveyResults | None = None
        self.group_by = surveys.GroupBy.TIER
        self.by_combo = QComboBox(self)
        for g in surveys.GroupBy:
            self.by_combo.addItem("", g.value)
        start = QDate(today.year, today.month, 1).addMonths(-6)  # the last six months and this
        self.from_edit = QDateEdit(start, self)
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.by_label, self.from_label, self.to_label = QLabel(self), QLabel(self), QLabel(self)
        self.model = RowsTableModel([], self)
        self.table = make_table_view(self, stretch_last=False)
        self.table.setModel(self.model)
        self.chart_view = QChartView(QChart(), self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.questions_label = QLabel(self)
        self.questions_label.setWordWrap(True)
        self.comments_label = QLabel(self)
        self.comments = QListWidget(self)
        self.comments.setMaximumHeight(110)
        top = QHBoxLayout()
        for label, editor in ((self.by_label, self.by_combo), (self.from_label, self.from_edit),
                              (self.to_label, self.to_edit)):
            top.addWidget(label)
            top.addWidget(editor)
        top.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.questions_label)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comments)
        self.retranslate_ui()

    def period(self) -> tuple[date, date]:
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return (start, end) if start <= end else (end, start)

    def choice(self) -> surveys.GroupBy:
        return surveys.GroupBy(self.by_combo.currentData())

    def group_text(self, group: str) -> str:
        if not group:
            return self.tr("(none)")
        if self.group_by == surveys.GroupBy.TIER:
            return enum_text(Tier, group)
        if self.group_by == surveys.GroupBy.KIND:
            return enum_text(CustomerKind, group)
        return group

    def set_results(self, results: surveys.SurveyResults, group_by) -> None:
        self.results, self.group_by = results, surveys.GroupBy(group_by)
        columns = [Column(translate("Surveys", surveys.GROUP_LABELS[self.group_by]),
                          self.group_text),
                   Column(self.tr("Period"), lambda g: "" if results.group_means.get(g)
                          is None else f"{results.group_means[g]:.2f}", align_right=True)]
        columns += [Column(m, lambda g, m=m: score_text(results.cell(g, m)), align_right=True)
                    for m in results.months]
        old, self.model = self.model, RowsTableModel(columns, self)  # the months change
        self.model.set_rows(results.groups)
        self.table.setModel(self.model)
        old.deleteLater()
        self._draw()
        self._texts()

    def line_points(self, group: str) -> list[tuple[int, float]]:
        results = self.results
        return [(i, c.mean_score) for i, m in enumerate(results.months)
                if (c := results.cell(group, m)) is not None and c.mean_score is not None]

    def _draw(self) -> None:
        results = self.results
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(self.tr("Mean satisfaction (1–5) per month"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setStartValue(-0.5)  # half a month either side: no label at the edge
        for i, month in enumerate(results.months):
            x_axis.append(month[2:].replace("-", "/"), i)
        x_axis.setRange(-0.5, max(1, len(results.months)) - 0.5)
        y_axis = QValueAxis()
        y_axis.setRange(1, 5)
        y_axis.setTickCount(5)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for n, group in enumerate(results.groups):
            line = QLineSeries()
            line.setName(self.group_text(group))
            pen = QPen(qcolor(LINE_TONES[n % len(LINE_TONES)]))
            pen.setWidthF(2.0)
            line.setPen(pen)
            line.setPointsVisible(True)
            for x, y in self.line_points(group):
                line.append(x, y)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def _texts(self) -> None:
        results = self.results
        if results is None:
            return
        parts = [self.tr("{question}: {mean} ({count} answers)").format(
            question=text, mean=f"{value:.1f}", count=count)
            for text, value, count in results.question_means if value is not None]
        self.questions_label.setText(self.tr("By question — ") + ("; ".join(parts) or "–"))
        self.comments.clear()
        for month, customer, text in reversed(results.comments[-50:]):
            self.comments.addItem(f"{month} · {customer}: {text}")

    def retranslate_ui(self) -> None:
        self.by_label.setText(self.tr("By"))
        self.from_label.setText(self.tr("Surveys from"))
        self.to_label.setText(self.tr("to"))
        for i, g in enumerate(surveys.GroupBy):
            self.by_combo.setItemText(i, translate("Surveys", surveys.GROUP_LABELS[g]))
        self.comments_label.setText(self.tr("In the customers' words"))
        if self.results is not None:
            self.set_results(self.results, self.group_by)
