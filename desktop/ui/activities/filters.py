"""The filter bar of the activity lists: status, kind, period and (for a manager) product.
`changed` fires when any of them changes; `current(today)` is the `ActivityFilter`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.domain.activity_views import PERIODS, ActivityFilter, period_bounds
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ActivityKind, ActivityStatus
from desktop.ui.common.texts import translate
from desktop.ui.common.widgets import EnumComboBox

PERIOD_LABELS = {
    "any": _t("Activities", "Any time"),
    "upcoming": _t("Activities", "From today on"),
    "this_month": _t("Activities", "This month"),
    "this_quarter": _t("Activities", "This quarter"),
    "this_year": _t("Activities", "This year"),
    "last_12_months": _t("Activities", "Last 12 months"),
}


class ActivityFilters(QWidget):
    changed = Signal()

    def __init__(self, parent=None, *, with_status: bool = True, with_product: bool = False):
        super().__init__(parent)
        self.status_combo = EnumComboBox(ActivityStatus, self, any_text=_t("Filters", "All statuses"))
        self.status_combo.setVisible(with_status)
        self.kind_combo = EnumComboBox(ActivityKind, self, any_text=_t("Filters", "All kinds"))
        self.period_combo = QComboBox(self)
        self.product_combo = QComboBox(self)
        self.product_combo.setVisible(with_product)
        self.product_combo.setMinimumContentsLength(8)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        for combo in (self.status_combo, self.kind_combo, self.period_combo, self.product_combo):
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout.addStretch(1)
        self._products: list = []
        self.retranslate_ui()

    def set_products(self, choices) -> None:
        """The products to filter by (`Choice` rows: id, name)."""
        self._products = list(choices)
        self._fill_products()

    def _fill_products(self) -> None:
        current = self.product_combo.currentData()
        self.product_combo.blockSignals(True)
        self.product_combo.clear()
        self.product_combo.addItem(self.tr("All products"), None)
        for choice in self._products:
            self.product_combo.addItem(choice.name, choice.id)
        self.product_combo.setCurrentIndex(max(0, self.product_combo.findData(current)))
        self.product_combo.blockSignals(False)

    def current(self, today: date) -> ActivityFilter:
        start, end = period_bounds(self.period_combo.currentData() or "any", today)
        return ActivityFilter(status=self.status_combo.value(), kind=self.kind_combo.value(),
                              start=start, end=end, product_id=self.product_combo.currentData())

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Show:"))
        self.status_combo.retranslate_ui()
        self.kind_combo.retranslate_ui()
        period = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for key in PERIODS:
            self.period_combo.addItem(translate("Activities", PERIOD_LABELS[key]), key)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period)))
        self.period_combo.blockSignals(False)
        self._fill_products()
