"""Small reusable widgets: an enum combo box that retranslates itself, and a banner label."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableView

from desktop.ui.common.style import set_role, set_state
from desktop.ui.common.texts import enum_text, translate


class EnumComboBox(QComboBox):
    """Choose a code of `enum`; labels follow the interface language. With `any_text`
    (English, context "Filters") the first entry means "no filter" (value None)."""

    def __init__(self, enum: type[StrEnum], parent=None, *, any_text: str | None = None,
                 values: list[str] | None = None):
        super().__init__(parent)
        self._enum, self._any = enum, any_text
        self._values = values or [m.value for m in enum]
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._any is not None:
            self.addItem(translate("Filters", self._any), None)
        for value in self._values:
            self.addItem(enum_text(self._enum, value), value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str | None:
        return self.currentData() if self.count() else None

    def set_value(self, value: str | None) -> None:
        i = self.findData(value)
        if i >= 0:
            self.setCurrentIndex(i)


class Banner(QLabel):
    """A prominent coloured message line (warnings, the ADR countdown)."""

    LEVELS = ("danger", "warning", "info", "ok")

    def __init__(self, parent=None):
        super().__init__(parent)
        set_role(self, "banner")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_message(self, text: str, style: str = "info") -> None:
        """Show `text` at a level of the stylesheet (danger, warning, info, ok)."""
        set_state(self, "level", style if style in self.LEVELS else "info")
        self.setText(text)
        self.setVisible(bool(text))


MAX_FITTED_COLUMN = 320


class RowsTableView(QTableView):
    """A table view that fits its columns to their contents whenever the rows are replaced
    (for short lists; the lazily fetched customer list keeps fixed widths)."""

    fit_to_contents = True

    def setModel(self, model) -> None:
        super().setModel(model)
        # size columns from the first rows only: hundreds of rows cost noticeable time
        self.horizontalHeader().setResizeContentsPrecision(40)
        if model is not None and self.fit_to_contents:
            model.modelReset.connect(self.fit_columns)
            model.headerDataChanged.connect(lambda *_: self.fit_columns())

    def fit_columns(self) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        self.resizeColumnsToContents()
        last = model.columnCount() - 1
        for column in range(model.columnCount()):
            if column != last and self.columnWidth(column) > MAX_FITTED_COLUMN:
                self.setColumnWidth(column, MAX_FITTED_COLUMN)


def make_table_view(parent=None, *, stretch_last: bool = True,
                    fit_to_contents: bool = True) -> QTableView:
    """A read-only, row-selecting table view in the house look."""
    view = RowsTableView(parent)
    view.fit_to_contents = fit_to_contents
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view
