"""Pick a customer by typing (pinyin works): used when a call or complaint is started with
no customer selected. Enter takes the highlighted match."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

from desktop.domain.customer_list import CustomerFilter
from desktop.ui.common.widgets import make_table_view
from desktop.ui.customers.table_model import CustomerTableModel


class CustomerPicker(QDialog):
    """`chosen_id` holds the customer picked once accepted."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.chosen_id: str | None = None
        self.model = CustomerTableModel(context.store, self)
        self.search_edit = QLineEdit(self)
        self.table = make_table_view(self, fit_to_contents=False)
        self.table.setModel(self.model)
        self.table.preferred_widths = {0: 200, 1: 130, 2: 50, 3: 220, 4: 70, 5: 90, 6: 100}
        self.table.min_widths = {0: 150, 3: 150}
        self.table.optional_columns = (5, 6, 4)  # stage, last visit, city
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.accept)
        self.search_edit.installEventFilter(self)
        self.table.activated.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(620, 420)
        self.retranslate_ui()
        self.search()

    def search(self) -> None:
        self._timer.stop()
        self.model.set_filter(CustomerFilter(text=self.search_edit.text().strip()))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched, event) -> bool:
        # Up/Down in the search box move through the matches without leaving it.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.table.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(row, 0))
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self._timer.isActive():
            self.search()
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        self.chosen_id = row.id
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Choose a customer"))
        self.search_edit.setPlaceholderText(self.tr("Type a name or pinyin, then Enter"))
        self.model.retranslate()
