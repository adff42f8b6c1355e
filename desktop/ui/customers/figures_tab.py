"""The customer's figures tab: one chart at a time, picked from a selector (prescription
share by drug class, outpatient visits, prescriptions total and ours, purchases, sales), the
domain's falling-share warning, the table of monthly figures, and "Enter figures…" for a rep
to enter or correct a month on the laptop. One chart with a selector, not five small ones,
so that each stays readable in the detail pane of a 1280×800 window in either language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.prescription_share import CustomerFigures
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.texts import message_text, translate
from desktop.ui.common.widgets import Banner, make_table_view

# One colour per line from the Okabe–Ito palette, which people with the common colour
# vision deficiencies can still tell apart (Qt's default theme has five colours, so a sixth
# drug class came back in the first one's blue). Beyond eight, lines are dashed as well.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#000000",
                  "#56B4E9", "#F0E442")

# The charts the selector offers: (key, name in the selector, title above the chart, figure
# fields drawn), texts in context "FiguresTab".
CHARTS = (
    ("share", _t("FiguresTab", "Prescription share"),
     _t("FiguresTab", "Our prescription share by month"), ()),
    ("outpatient", _t("FiguresTab", "Outpatient visits"), _t("FiguresTab", "Outpatient visits"),
     ("outpatient_volume",)),
    ("prescriptions", _t("FiguresTab", "Prescriptions"),
     _t("FiguresTab", "Prescriptions: total (solid) and ours (dashed)"),
     ("total_prescriptions", "our_prescriptions")),
    ("purchases", _t("FiguresTab", "Purchases (CNY)"), _t("FiguresTab", "Purchases (CNY)"),
     ("purchase_amount",)),
    ("sales", _t("FiguresTab", "Sales (CNY)"), _t("FiguresTab", "Sales (CNY)"),
     ("sales_amount",)),
)
TITLES = {key: title for key, _name, title, _fields in CHARTS}
FIELDS = {key: fields for key, _name, _title, fields in CHARTS}
# The line of our prescriptions is named after its drug class; it has no legend entry of its
# own (the legend lists each class once, the title says which line is ours).
OURS_LINE = _t("FiguresTab", "{line}: ours")
# Amounts from this size on are charted in units of 10,000 (万), so the axis stays narrow.
TEN_THOUSAND = 10_000
SCALE_FROM = 100_000


@dataclass(frozen=True)
class Line:
    """One line of a chart: its name, points, pen, and whether the legend lists it."""

    name: str
    points: list
    pen: QPen
    in_legend: bool = True


def series_pen(index: int, dashed: bool = False) -> QPen:
    """The pen of the `index`th line of a chart (`dashed`: the second figure of a line)."""
    pen = QPen(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]), 2)
    if dashed or index >= len(SERIES_COLOURS):
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _pct(value):
    return "" if value is None else f"{value * 100:.1f}%"


def _num(value):
    if value is None:
        return ""
    return f"{value:,.2f}" if isinstance(value, float) and not value.is_integer() \
        else f"{value:,.0f}"


FIGURE_COLUMNS = [
    Column(_t("Columns", "Month"), lambda m: m.period),
    Column(_t("Columns", "Drug class"), lambda m: m.product or m.drug_class or ""),
    Column(_t("Columns", "Outpatient"), lambda m: _num(m.outpatient_volume), align_right=True,
           optional=2),
    Column(_t("Columns", "Total prescriptions"), lambda m: _num(m.total_prescriptions),
           align_right=True, optional=3),
    Column(_t("Columns", "Our prescriptions"), lambda m: _num(m.our_prescriptions),
           align_right=True, optional=4),
    Column(_t("Columns", "Prescription share"), lambda m: _pct(m.share), align_right=True),
    Column(_t("Columns", "Purchases"), lambda m: _num(m.purchase_amount), align_right=True,
           optional=1),
    Column(_t("Columns", "Sales"), lambda m: _num(m.sales_amount), align_right=True,
           optional=1),
]


class FiguresTab(QWidget):
    """A customer's figures: the chart picked in the selector and the monthly table."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.customer_id: str | None = None
        self.figures = CustomerFigures()
        self.unit = 1  # the chart's numbers are the figures divided by this
        self.chart = QChart()
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.chart_combo = QComboBox(self)
        for key in FIELDS:
            self.chart_combo.addItem("", key)
        self.enter_button = QPushButton(self)
        self.warning = Banner(self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.model = RowsTableModel(FIGURE_COLUMNS, self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        bar = QHBoxLayout()
        bar.addWidget(self.chart_combo)
        bar.addStretch(1)
        bar.addWidget(self.enter_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.table, 2)
        self.chart_combo.currentIndexChanged.connect(lambda _i: self._draw())
        self.enter_button.clicked.connect(self.enter_figures)
        self.retranslate_ui()

    # -- content --------------------------------------------------------------------------
    def set_figures(self, customer_id: str, figures: CustomerFigures) -> None:
        """Show `figures` of the customer; the chart picked stays picked while it has data,
        else the first chart that has some is shown."""
        self.customer_id, self.figures = customer_id, figures
        self.model.set_rows(figures.table)
        if not figures.has(self.chart_key()):
            shown = next((k for k, fields in FIELDS.items() if self._has(k, fields)), "share")
            self.chart_combo.blockSignals(True)
            self.chart_combo.setCurrentIndex(self.chart_combo.findData(shown))
            self.chart_combo.blockSignals(False)
        self._draw()

    def chart_key(self) -> str:
        return self.chart_combo.currentData()

    def _has(self, key: str, fields: tuple) -> bool:
        return self.figures.has("share") if key == "share" else any(
            self.figures.has(f) for f in fields)

    def _lines(self) -> list[Line]:
        """The lines of the chart picked that have at least one figure."""
        key = self.chart_key()
        if key == "share":
            lines = [Line(s.label or self.tr("All drug classes"), s.points, series_pen(i))
                     for i, s in enumerate(self.figures.share)]
        else:
            fields = FIELDS[key]
            whole = self.tr("Customer total") if len(fields) == 1 \
                else self.tr("All drug classes")
            lines = []
            for ours, name in enumerate(fields):
                for i, line in enumerate(self.figures.series.get(name, [])):
                    label = line.label or whole
                    if ours:
                        label = translate("FiguresTab", OURS_LINE).format(line=label)
                    lines.append(Line(label, line.points, series_pen(i, bool(ours)),
                                      in_legend=not ours))
        return [line for line in lines if any(p.value is not None for p in line.points)]

    def _new_chart(self) -> None:
        # A fresh chart per customer: reusing one left stale axes drawn in a corner.
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        # On the right, one line per drug class: a row at the bottom cut the names short.
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart.legend().setShowToolTips(True)
        old = self.chart_view.chart()
        self.chart_view.setChart(self.chart)
        if old is not None and old is not self.chart:
            old.deleteLater()

    def _draw(self) -> None:
        self._new_chart()
        warnings = [message_text("Metrics", *s.warning) for s in self.figures.share
                    if s.warning]
        self.warning.show_message("\n".join(warnings), "warning")
        lines = self._lines()
        self.table.setVisible(bool(self.figures.table))
        self.chart_combo.setVisible(bool(self.figures.table))
        self.chart_view.setVisible(bool(lines))
        self.empty_label.setVisible(not lines)
        self.empty_label.setText(self.tr("No figures recorded for this customer.")
                                 if not self.figures.table else
                                 self.tr("No figures of this kind recorded for this customer."))
        if not lines:
            return
        share = self.chart_key() == "share"
        x_axis, y_axis = self._axes(share)
        top = max(p.value for line in lines for p in line.points if p.value is not None)
        self.unit = TEN_THOUSAND if not share and top >= SCALE_FROM else 1
        for line in lines:
            series = QLineSeries()
            series.setPen(line.pen)
            series.setName(line.name)
            series.setPointsVisible(True)
            for i, point in enumerate(line.points):
                if point.value is not None:  # a month without figures is a gap
                    series.append(i, point.value * 100 if share else point.value / self.unit)
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            self.chart.legend().markers(series)[0].setVisible(line.in_legend)
        self._scale(y_axis, top * 100 if share else top / self.unit, share)
        if self.unit == TEN_THOUSAND:
            y_axis.setTitleText(self.tr("× 10,000"))
        self.chart.legend().setVisible(len(lines) > 1 or not share
                                       or self.figures.share[0].label is not None)
        self.chart.setTitle(translate("FiguresTab", TITLES[self.chart_key()]))

    def _axes(self, share: bool) -> tuple[QCategoryAxis, QValueAxis]:
        periods = self.figures.periods
        # Month numbers (the years go in the title), every other month: twelve upright
        # labels beside the legend would be elided.
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i in range(0, len(periods), 2):
            x_axis.append(periods[i][5:], i)
        x_axis.setRange(0, max(1, len(periods) - 1))
        x_axis.setTitleText(f"{periods[0]} – {periods[-1]}")
        y_axis = QValueAxis()
        # the chart's title says what the numbers are
        y_axis.setLabelFormat("%d%%" if share else "%.0f")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        return x_axis, y_axis

    @staticmethod
    def _scale(y_axis: QValueAxis, top: float, share: bool) -> None:
        if share:
            upper = max(10.0, min(100.0, round(top * 1.2 + 5, -1)))
            y_axis.setRange(0, upper)
            y_axis.setTickCount(int(upper // 10) + 1 if upper <= 60 else int(upper // 20) + 1)
            return
        y_axis.setRange(0, max(1.0, top * 1.1))
        y_axis.applyNiceNumbers()

    # -- actions --------------------------------------------------------------------------
    def enter_figures(self) -> None:
        """Open the entry dialog for this customer (the pane reads again once saved)."""
        from desktop.ui.customers.figures_dialog import FiguresDialog

        if self.customer_id:
            self.dialog = FiguresDialog(self.context, self.customer_id, self)
            self.dialog.open()

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.enter_button.setText(self.tr("Enter figures…"))
        for index, (_key, name, _title, _fields) in enumerate(CHARTS):
            self.chart_combo.setItemText(index, translate("FiguresTab", name))
        self.model.retranslate()
        self._draw()
