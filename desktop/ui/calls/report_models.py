"""Editable models of the call report dialog: attendees (checkable), products detailed with
their key messages, and samples handed out with their lot numbers."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.call_reports import Choice, SampleLine
from desktop.i18n import QT_TRANSLATE_NOOP as _t

CHECK = Qt.ItemDataRole.CheckStateRole
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
Idx = QModelIndex | QPersistentModelIndex


def _check_state(flag: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked


def _is_checked(value) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value in (2, Qt.CheckState.Checked.value)


class AttendeeModel(QAbstractListModel):
    """People who could attend the call; checked ones are recorded as attendees."""

    def __init__(self, choices: list[Choice], checked: list[str] = (), parent=None):
        super().__init__(parent)
        self._choices = list(choices)
        self._checked = set(checked)

    def checked_ids(self) -> list[str]:
        return [c.id for c in self._choices if c.id in self._checked]

    def rowCount(self, parent: Idx = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == DISPLAY:
            return f"{choice.name} · {choice.detail}" if choice.detail else choice.name
        if role == CHECK:
            return _check_state(choice.id in self._checked)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index, value, role=EDIT) -> bool:
        if not index.isValid() or role != CHECK:
            return False
        choice = self._choices[index.row()]
        if _is_checked(value):
            self._checked.add(choice.id)
        else:
            self._checked.discard(choice.id)
        self.dataChanged.emit(index, index, [CHECK])
        return True


class ProductLinesModel(QAbstractTableModel):
    """Every product that could be detailed: check it, then type its key message."""

    HEADERS = (_t("Columns", "Product"), _t("Columns", "Key message"))

    def __init__(self, choices: list[Choice], lines: list[tuple[str, str]] = (), parent=None):
        super().__init__(parent)
        chosen = dict(lines)
        order = {pid: i for i, (pid, _m) in enumerate(lines)}
        # products already chosen come first, in their order; then the rest
        self._choices = sorted(choices, key=lambda c: (c.id not in chosen,
                                                       order.get(c.id, 0)))
        self._checked = set(chosen)
        self._messages = {pid: msg for pid, msg in chosen.items()}

    def lines(self) -> list[tuple[str, str]]:
        """(product id, key message) of the checked products, in list order."""
        return [(c.id, self._messages.get(c.id, "").strip()) for c in self._choices
                if c.id in self._checked]

    def rowCount(self, parent: Idx = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def columnCount(self, parent: Idx = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._choices) \
                or not 0 <= index.column() < 2:
            return None
        choice = self._choices[index.row()]
        if index.column() == 0:
            if role == DISPLAY:
                return f"{choice.name} {choice.detail}".strip()
            if role == CHECK:
                return _check_state(choice.id in self._checked)
        elif role in (DISPLAY, EDIT):
            return self._messages.get(choice.id, "")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=EDIT) -> bool:
        if not index.isValid():
            return False
        pid = self._choices[index.row()].id
        if index.column() == 0 and role == CHECK:
            (self._checked.add if _is_checked(value) else self._checked.discard)(pid)
            self.dataChanged.emit(index, index, [CHECK])
            return True
        if index.column() == 1 and role == EDIT:
            self._messages[pid] = str(value or "")
            if self._messages[pid].strip() and pid not in self._checked:
                self._checked.add(pid)  # typing a message means the product was detailed
                first = self.index(index.row(), 0)
                self.dataChanged.emit(first, first, [CHECK])
            self.dataChanged.emit(index, index, [DISPLAY, EDIT])
            return True
        return False

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None


class SampleLinesModel(QAbstractTableModel):
    """Samples and materials handed out: product or material, quantity, lot."""

    HEADERS = (_t("Columns", "Product or material"), _t("Columns", "Quantity"),
               _t("Columns", "Lot / batch"))

    def __init__(self, products: list[Choice], lines: list[SampleLine] = (), parent=None):
        super().__init__(parent)
        self._names = {c.id: c.name for c in products}
        self._ids = {c.name: c.id for c in products}
        self._lines = [SampleLine(s.quantity, s.product_id, s.material, s.lot) for s in lines]

    def lines(self) -> list[SampleLine]:
        return [s for s in self._lines if (s.product_id or s.material) and s.quantity > 0]

    def add_line(self, product_id: str | None = None) -> QModelIndex:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(SampleLine(1, product_id))
        self.endInsertRows()
        return self.index(row, 0)

    def rowCount(self, parent: Idx = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Idx = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._lines) \
                or not 0 <= index.column() < 3 or role not in (DISPLAY, EDIT):
            return None
        line = self._lines[index.row()]
        if index.column() == 0:
            return self._names.get(line.product_id, "") if line.product_id else (line.material
                                                                                 or "")
        if index.column() == 1:
            return line.quantity
        return line.lot or ""

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        line = self._lines[index.row()]
        if index.column() == 0:
            text = str(value or "").strip()
            line.product_id = self._ids.get(text)
            line.material = None if line.product_id else (text or None)
        elif index.column() == 1:
            try:
                line.quantity = max(0, int(value))
            except (TypeError, ValueError):
                return False
        else:
            line.lot = str(value or "").strip() or None
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        return True

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None
