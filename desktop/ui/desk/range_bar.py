"""The span a Desk tab looks at: from a day to a day (calendar pop-ups), and for the KPIs
tab whether by week or by month. `changed` is emitted after any of them changes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.domain.kpi_periods import PERIOD_KINDS
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.texts import translate

KIND_NAMES = {"week": _t("Desk", "By week"), "month": _t("Desk", "By month")}
DEFAULT_MONTHS = 6  # the span first shown: this month and the five before


def default_start(today: date, months: int = DEFAULT_MONTHS) -> date:
    index = today.year * 12 + today.month - months
    return date(index // 12, index % 12 + 1, 1)


def last_whole_month(today: date) -> tuple[date, date]:
    """The calendar month before today's: its sales and prescriptions are imported (a month's
    figures arrive after it ends), so its monthly KPIs are there to compare."""
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RangeBar(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent=None, *, with_kind: bool = True,
                 kind: str = "month"):
        super().__init__(parent)
        self.kind_combo = QComboBox(self)
        for key in PERIOD_KINDS:
            self.kind_combo.addItem("", key)
        self.kind_combo.setCurrentIndex(PERIOD_KINDS.index(kind))
        self.kind_combo.setVisible(with_kind)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setDate(_qdate(default_start(today)))
        self.to_edit.setDate(_qdate(today))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind_combo, self.from_label, self.from_edit, self.to_label,
                       self.to_edit):
            layout.addWidget(widget)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._to_changed)
        self.retranslate_ui()

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    @property
    def start(self) -> date:
        return _day(self.from_edit.date())

    @property
    def end(self) -> date:
        return _day(self.to_edit.date())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(PERIOD_KINDS.index(kind))

    def set_range(self, start: date, end: date) -> None:
        self.blockSignals(True)
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))
        self.blockSignals(False)
        self.changed.emit()

    def _from_changed(self, value: QDate) -> None:
        if value > self.to_edit.date():  # a span never ends before it starts
            self.to_edit.setDate(value)
        else:
            self.changed.emit()

    def _to_changed(self, value: QDate) -> None:
        if value < self.from_edit.date():
            self.from_edit.setDate(value)
        else:
            self.changed.emit()

    def retranslate_ui(self) -> None:
        for i, key in enumerate(PERIOD_KINDS):
            self.kind_combo.setItemText(i, translate("Desk", KIND_NAMES[key]))
        self.from_label.setText(translate("Desk", "From"))
        self.to_label.setText(translate("Desk", "to"))
