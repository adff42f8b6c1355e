"""Complaint analysis for managers and quality assurance: over a period, the complaints by
product, lot, kind, customer or month with their time to answer and on-time rate, a chart of
the months, and the lots with repeated complaints highlighted (desktop.domain
.complaint_analysis holds the definitions)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import complaint_analysis as ca
from desktop.domain import local_time
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ComplaintKind
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import brush, set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import enum_text, translate
from desktop.ui.common.widgets import Banner, make_table_view
from desktop.ui.complaints.analysis_chart import ComplaintMonthsChart
from desktop.ui.context import touches

NO_VALUE = {  # how the group of complaints without a product / lot is named
    ca.Dimension.PRODUCT: _t("ComplaintAnalysis", "(no product)"),
    ca.Dimension.LOT: _t("ComplaintAnalysis", "(no lot given)"),
}


def days_text(hours: float | None) -> str:
    return "" if hours is None else f"{hours / 24:.1f}"


def rate_text(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.0f} %"


def group_label(row: ca.GroupFigures, dimension: ca.Dimension) -> str:
    if not row.key and dimension in NO_VALUE:
        return translate("ComplaintAnalysis", NO_VALUE[dimension])
    if dimension == ca.Dimension.KIND:
        return enum_text(ComplaintKind, row.key)
    if row.repeated_lot:
        return row.label + " · " + translate("ComplaintAnalysis", "repeated")
    return row.label


def analysis_model(parent, dimension_fn) -> RowsTableModel:
    """Groups with their figures; a repeated lot in the warning colours."""
    columns = [
        Column(_t("Columns", "Group"), lambda r: group_label(r, dimension_fn())),
        Column(_t("Columns", "Complaints"), lambda r: str(r.complaints), align_right=True,
               sort_key=lambda r: r.complaints),
        Column(_t("Columns", "Open"), lambda r: str(r.open), align_right=True),
        Column(_t("Columns", "Answered"), lambda r: str(r.answered), align_right=True),
        Column(_t("Columns", "Median days to answer"), lambda r: days_text(r.median_hours),
               align_right=True, sort_key=lambda r: r.median_hours or 0),
        Column(_t("Columns", "Mean days"), lambda r: days_text(r.mean_hours),
               align_right=True, optional=1),
        Column(_t("Columns", "On time"), lambda r: rate_text(r.on_time_rate),
               align_right=True, sort_key=lambda r: r.on_time_rate or 0,
               tone=lambda r: None if r.on_time_rate is None else
               "success" if r.on_time_rate >= 0.9 else
               "warning" if r.on_time_rate >= 0.7 else "danger"),
        Column(_t("Columns", "Late"), lambda r: str(r.late), align_right=True),
    ]
    return RowsTableModel(
        columns, parent,
        background=lambda r: brush("warning_soft") if r.repeated_lot else None,
        foreground=lambda r: brush("warning_text") if r.repeated_lot else None)


class ComplaintAnalysisView(QWidget):
    """The analysis screen; reads again when complaints change."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        today = local_time.today()
        start = date(today.year - 1, today.month, 1) if today.month == 12 else \
            date(today.year - 1, today.month + 1, 1)  # the last twelve months
        self.heading = set_role(QLabel(self), "heading")
        self.from_edit = _date_edit(start, self)
        self.to_edit = _date_edit(today, self)
        self.by_combo = QComboBox(self)
        for dimension in ca.Dimension:
            self.by_combo.addItem("", dimension.value)
        self.from_label, self.to_label, self.by_label = QLabel(self), QLabel(self), QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.lots_banner = Banner(self)
        self.model = analysis_model(self, self.dimension)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.chart = ComplaintMonthsChart(self)
        top = QHBoxLayout()
        for label, editor in ((self.from_label, self.from_edit), (self.to_label, self.to_edit),
                              (self.by_label, self.by_combo)):
            top.addWidget(label)
            top.addWidget(editor)
        top.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.lots_banner)
        layout.addWidget(self.splitter, 1)
        self.read: tuple | None = None
        self.from_edit.dateChanged.connect(lambda _d: self.refresh())
        self.to_edit.dateChanged.connect(lambda _d: self.refresh())
        self.by_combo.currentIndexChanged.connect(lambda _i: self._show_groups())
        context.data_changed.connect(self._data_changed)
        self._reload = Reload(getattr(context, "tasks", None), self._reader(), self._show, self)
        self.retranslate_ui()
        self.refresh()

    def dimension(self) -> ca.Dimension:
        return ca.Dimension(self.by_combo.currentData() or ca.Dimension.PRODUCT)

    def set_dimension(self, dimension: str) -> None:
        self.by_combo.setCurrentIndex(self.by_combo.findData(dimension))

    def period(self) -> tuple[date, date]:
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return (start, end) if start <= end else (end, start)

    def refresh(self) -> None:
        self._reload.now(self._reader())

    def _reader(self):
        """The period's complaints (runs on the database thread)."""
        store, (start, end), now = self.context.store, self.period(), local_time.now()
        return lambda: (start, end, now, ca.complaint_facts(store, start, end))

    def _show(self, read) -> None:
        self.read = read
        start, end, now, facts = read
        self.chart.set_months(ca.by_month(facts, start, end, now))
        self._show_groups()

    def _show_groups(self) -> None:
        if self.read is None:
            return
        _start, _end, now, facts = self.read
        self.model.set_rows(ca.figures_by(facts, self.dimension(), now))
        self._update_summary()

    def _update_summary(self) -> None:
        if self.read is None:
            return
        _start, _end, now, facts = self.read
        total = ca.overall(facts, now)
        self.summary_label.setText(self.tr(
            "{complaints} complaints · {open} open · {on_time} of {due} due answered on time "
            "({rate}) · median time to answer {days} days").format(
            complaints=total.complaints, open=total.open, on_time=total.on_time, due=total.due,
            rate=rate_text(total.on_time_rate), days=days_text(total.median_hours) or "–"))
        lots = ca.repeated_lots(facts, now)
        if lots:
            self.lots_banner.show_message(self.tr("Lots with repeated complaints: {lots}").format(
                lots="; ".join(self.tr("{lot} ({count})").format(lot=r.label, count=r.complaints)
                               for r in lots)), "warning")
        else:
            self.lots_banner.setVisible(False)

    def _data_changed(self, table: str) -> None:
        if touches(table, ("complaint", "customer", "product")):
            self._reload.request(self._reader())

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Complaint analysis"))
        self.from_label.setText(self.tr("Received from"))
        self.to_label.setText(self.tr("to"))
        self.by_label.setText(self.tr("By"))
        for i, dimension in enumerate(ca.Dimension):
            self.by_combo.setItemText(i, translate("ComplaintAnalysis",
                                                   ca.DIMENSION_LABELS[dimension]))
        self.model.retranslate()
        self.chart.retranslate_ui()
        self._update_summary()


def _date_edit(day: date, parent) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    return edit
