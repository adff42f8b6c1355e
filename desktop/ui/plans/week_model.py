"""The week as a Qt table model: one column per working day, one plan item per cell, in
the day's order. Items are dragged between cells (a drop asks the owner to move the item);
the model itself never writes: it reports moves through `move_requested`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.plan_week import ItemRow, WeekPlan
from desktop.ui.plans.texts import outcome_text, weekday_text

MIME_TYPE = "application/x-rounds-plan-item"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 2


class WeekModel(QAbstractTableModel):
    """Columns Monday–Friday; row n of a column is that day's n-th call. An editable week
    keeps one empty row at the bottom so that a call can be dropped after the last one."""

    move_requested = Signal(str, object, int)  # item id, day (date), position

    def __init__(self, parent=None):
        super().__init__(parent)
        self._week: WeekPlan | None = None
        self._columns: list[list[ItemRow]] = []

    # -- content --------------------------------------------------------------------------
    def set_week(self, week: WeekPlan | None) -> None:
        self.beginResetModel()
        self._week = week
        self._columns = [week.items_of(d) for d in week.days] if week else []
        self.endResetModel()

    def week(self) -> WeekPlan | None:
        return self._week

    def day_of(self, column: int) -> date | None:
        return self._week.days[column] if self._week and 0 <= column < len(self._columns) else None

    def item_at(self, row: int, column: int) -> ItemRow | None:
        if 0 <= column < len(self._columns) and 0 <= row < len(self._columns[column]):
            return self._columns[column][row]
        return None

    def index_of(self, item_id: str) -> QModelIndex:
        for column, items in enumerate(self._columns):
            for row, item in enumerate(items):
                if item.id == item_id:
                    return self.index(row, column)
        return QModelIndex()

    def editable(self) -> bool:
        return bool(self._week and self._week.editable)

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, len(self._columns) - 1))

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() or not self._columns:
            return 0
        longest = max(len(c) for c in self._columns)
        return longest + 1 if self.editable() else longest

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item_at(index.row(), index.column())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.customer_name
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.customer_name, item.organisation_name, item.time_slot or "",
                     item.objective or "", item.suggestion_reason or "", outcome_text(item.outcome)]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.customer_name}, {outcome_text(item.outcome)}"
        if role == ITEM_ROLE:
            return item
        if role == OUTCOME_ROLE:
            return item.outcome
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = len(self._columns[section])
            return weekday_text(self._week.days[section]) + "\n" + self.tr(
                "%n call(s)", "", count)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable() else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if self.item_at(index.row(), index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable
            if self.editable():
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self.editable():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop --------------------------------------------------------------------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = [self.item_at(i.row(), i.column()).id for i in indexes
               if i.isValid() and self.item_at(i.row(), i.column()) is not None]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray("\n".join(ids).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self.editable() and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A drop on a cell puts the item before that cell's call; between rows (row/column
        given) at that place; on the empty area of the view, at the end of its day."""
        if not self.canDropMimeData(data, action, row, column, parent) \
                or action == Qt.DropAction.IgnoreAction:
            return False
        if parent.isValid():
            row, column = parent.row(), parent.column()
        if not 0 <= column < len(self._columns):
            return False
        ids = [i for i in bytes(data.data(MIME_TYPE)).decode().split("\n") if i]
        if not ids:
            return False
        day = self._week.days[column]
        position = len(self._columns[column]) if row < 0 else min(row, len(self._columns[column]))
        for offset, item_id in enumerate(ids):
            source = self.index_of(item_id)
            target = position + offset
            if source.isValid() and source.column() == column and source.row() < target:
                target -= 1  # the item leaves its place above the drop point
            self.move_requested.emit(item_id, day, target)
        return True
