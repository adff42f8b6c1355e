"""What the complaint desks share: a heading, a summary line with the screen's own control at
its right, the list and the selected row's detail beside it. Rows are read on the database
thread (`Reload`), the selection is kept by id across reads, and the list reads again when a
table it shows changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.domain.identity import current_identity
from desktop.ui.common.rows_model import RowsTableModel
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.widgets import EmptyState, make_table_view
from desktop.ui.context import touches


class CaseListScreen(QWidget):
    """Subclasses build `detail` and `corner`, then call `start()`; they give `_reader()`,
    `_show_current()` and `_update_summary()`."""

    TABLES: tuple[str, ...] = ("complaint", "complaint_event", "customer")

    def __init__(self, context, columns, parent=None, *, identity=None):
        super().__init__(parent)
        self.context = context
        self.identity = identity or current_identity(context.store)
        self.model = RowsTableModel(columns, self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "shield-alert")
        self.heading = set_role(QLabel(self), "heading")
        self.summary_label = QLabel(self)
        self.detail = QWidget(self)
        self._select_id: str | None = None

    def start(self, corner: QWidget) -> None:
        """Lay the screen out (`corner`: the control right of the summary) and read it."""
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(corner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.context.data_changed.connect(self._data_changed)
        self._reload = Reload(getattr(self.context, "tasks", None), self._reader(), self._show,
                              self)
        self.retranslate_ui()
        self.refresh()

    # -- content --------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Read the list again now (then select `select_id`, else the current row)."""
        self._select_id = select_id
        self._reload.now(self._reader())

    def _show(self, rows) -> None:
        current = self._select_id or (self.current().id if self.current() else None)
        self._select_id = None
        self.model.set_rows(rows)
        row = next((i for i, r in enumerate(rows) if r.id == current), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_current()
        self._update_summary()

    def current(self):
        return self.model.row_at(self.table.currentIndex().row())

    def _data_changed(self, table: str) -> None:
        if touches(table, self.TABLES):
            self._reload.request(self._reader())

    def focus_default(self) -> None:
        self.table.setFocus()

    # -- given by the screen --------------------------------------------------------------
    def _reader(self):
        raise NotImplementedError

    def _show_current(self) -> None:
        raise NotImplementedError

    def _update_summary(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError
