"""Cost lines, one per category (venue, speakers' fees, materials, travel, meals,
advertising spend, other), with their total: the editor enters the budget and a note; on
the day the actual amounts are entered beside the budget, which is then read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktop.domain.activity_views import CostRow
from desktop.models.enums import CostCategory
from desktop.ui.activities.texts import money
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import enum_text

MAX_AMOUNT = 99_999_999


def _amount(parent) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, MAX_AMOUNT)
    box.setDecimals(0)
    box.setGroupSeparatorShown(True)
    box.setPrefix("¥")
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


class CostsEditor(QWidget):
    """`actual=False`: budget and note editable; `actual=True`: the actual amounts."""

    def __init__(self, costs: list[CostRow], parent=None, *, actual: bool = False):
        super().__init__(parent)
        self.actual_mode = actual
        given: dict[str, CostRow] = {}
        for line in costs:  # a category's first line is the one edited here
            given.setdefault(line.category, line)
        self.line_ids = {category: line.id for category, line in given.items()}
        self.category_labels: dict[str, QLabel] = {}
        self.budget: dict[str, QDoubleSpinBox] = {}
        self.actual: dict[str, QDoubleSpinBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        self.headers = [set_role(QLabel(self), "hint") for _ in range(4)]
        for column, header in enumerate(self.headers):
            grid.addWidget(header, 0, column)
        for row, category in enumerate((c.value for c in CostCategory), start=1):
            line = given.get(category)
            self.category_labels[category] = QLabel(self)
            self.budget[category] = _amount(self)
            self.budget[category].setValue(line.budget or 0 if line else 0)
            self.budget[category].setReadOnly(actual)
            self.actual[category] = _amount(self)
            self.actual[category].setValue(line.actual or 0 if line else 0)
            self.actual[category].setVisible(actual)
            self.notes[category] = QLineEdit(line.note if line else "", self)
            self.notes[category].setReadOnly(actual)
            for column, widget in enumerate((self.category_labels[category],
                                             self.budget[category], self.actual[category],
                                             self.notes[category])):
                grid.addWidget(widget, row, column)
            for box in (self.budget[category], self.actual[category]):
                box.valueChanged.connect(lambda _v: self._update_total())
        self.headers[2].setVisible(actual)
        self.total = set_role(QLabel(self), "strong")
        grid.addWidget(self.total, len(CostCategory) + 1, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(CostCategory) + 2, 1)
        self.retranslate_ui()

    def lines(self) -> list[dict]:
        """The budget lines with an amount or a note (`activities.set_cost_lines`: a line
        with its id changes, one without is new, one left out is removed)."""
        out = []
        for category in self.budget:
            budget, note = self.budget[category].value(), self.notes[category].text().strip()
            if budget or note:
                line = {"category": category, "budget_amount": budget or None,
                        "note": note or None}
                if category in self.line_ids:
                    line["id"] = self.line_ids[category]
                out.append(line)
        return out

    def actuals(self) -> dict[str, float]:
        """What was spent per line (`activity_day.record_actual_costs`): keyed by the line's id,
        or by the category for spending nobody budgeted."""
        return {self.line_ids.get(category, category): box.value()
                for category, box in self.actual.items()
                if box.value() or category in self.line_ids}

    def budget_total(self) -> float:
        return sum(box.value() for box in self.budget.values())

    def actual_total(self) -> float:
        return sum(box.value() for box in self.actual.values())

    def _update_total(self) -> None:
        if self.actual_mode:
            self.total.setText(self.tr("Spent {actual} of a budget of {budget}").format(
                actual=money(self.actual_total()), budget=money(self.budget_total())))
        else:
            self.total.setText(self.tr("Total budget: {budget}").format(
                budget=money(self.budget_total())))

    def retranslate_ui(self) -> None:
        for header, text in zip(self.headers, (self.tr("Category"), self.tr("Budget"),
                                               self.tr("Spent"), self.tr("Note")), strict=True):
            header.setText(text)
        for category, label in self.category_labels.items():
            label.setText(enum_text(CostCategory, category))
        self._update_total()
