"""A table model over a list of plain rows, described by columns.

Used for every short list (follow-ups, complaints, calls, timelines, conflicts): each list
gets its own instance with its own columns. Headers are English marked in context
"Columns" and translated when Qt asks, so a language switch only needs `retranslate()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TONE_ROLE = Qt.ItemDataRole.UserRole + 3  # desktop.ui.common.pills reads it
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """One column: English header (context "Columns") and how to show a row in it."""

    title: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    #: a status column: the row's tone (danger, warning, success, info, neutral) draws the
    #: cell as a pill in that colour (desktop.ui.common.pills)
    tone: Callable[[Any], str | None] | None = None
    #: a column a narrow view may leave out: 1 is given up first, then 2…; None: always shown
    optional: int | None = None
    #: the cell's tooltip, for a cell shown in short ("Suspected ADR": the kind's full name);
    #: else the model's row tooltip, else the text of a long cell
    tooltip: Callable[[Any], str | None] | None = None


class RowsTableModel(QAbstractTableModel):
    """Rows of any type shown through `columns`; optional per-row colours and tooltips."""

    def __init__(self, columns: Sequence[Column], parent=None, *,
                 foreground: Callable[[Any], Any] | None = None,
                 background: Callable[[Any], Any] | None = None,
                 tooltip: Callable[[Any], str | None] | None = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._foreground, self._background, self._tooltip = foreground, background, tooltip

    # -- content --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def optional_columns(self) -> tuple[int, ...]:
        """Columns a narrow view may leave out, the first given up first."""
        found = [(c.optional, i) for i, c in enumerate(self._columns) if c.optional is not None]
        return tuple(i for _priority, i in sorted(found))

    def pill_columns(self) -> list[int]:
        """The columns drawn as status pills."""
        return [i for i, c in enumerate(self._columns) if c.tone is not None]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Re-read headers and cells after a language switch."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=DISPLAY):
        # Called for every role of every cell a view measures or paints (Today's lists at
        # start: ~20,000 calls): plain ints compared, each index asked once.
        r, c = index.row(), index.column()  # an invalid index is (-1, -1)
        if not (0 <= r < len(self._rows) and 0 <= c < len(self._columns)):
            return None
        row, column = self._rows[r], self._columns[c]
        if role == DISPLAY:
            return column.display(row)
        if role == TONE_ROLE:
            return column.tone(row) if column.tone else None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return (column.sort_key or column.display)(row)
        if role == FOREGROUND:
            return self._foreground(row) if self._foreground else None
        if role == BACKGROUND:
            return self._background(row) if self._background else None
        if role == TOOLTIP:
            if column.tooltip:
                return column.tooltip(row)
            if self._tooltip:
                return self._tooltip(row)
            text = column.display(row)
            return text if len(text) > 8 else None  # long cells elide in the middle
        if role == ALIGNMENT and column.align_right:
            return RIGHT_ALIGNED
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self._columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PagedRowsModel(RowsTableModel):
    """A `RowsTableModel` over a long list, read page by page as the view scrolls
    (canFetchMore/fetchMore), so every row is reachable and the first paint costs one page.
    `set_source(fetch, total)` starts again from the first page of `fetch(after, limit)`
    (`after`: the last row held, None for the first page); `total` is how many rows the
    whole list has, for the counts the screens show."""

    def __init__(self, columns: Sequence[Column], parent=None, *, page_size: int = 200,
                 **colours):
        super().__init__(columns, parent, **colours)
        self.page_size = page_size
        self.total = 0
        self._fetch: Callable[[Any, int], Sequence[Any]] | None = None
        self._exhausted = True

    def set_source(self, fetch: Callable[[Any, int], Sequence[Any]], total: int,
                   first: Sequence[Any] | None = None) -> None:
        """Show the list `fetch` reads; `first`: its first page, when already read (on the
        database thread)."""
        self._fetch, self.total = fetch, total
        first = list(fetch(None, self.page_size) if first is None else first)
        self._exhausted = len(first) < self.page_size
        self.set_rows(first)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        page = list(self._fetch(self._rows[-1] if self._rows else None, self.page_size))
        self._exhausted = len(page) < self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def find_row(self, match: Callable[[Any], bool]) -> int:
        """The index of the first row `match` accepts, reading further pages as needed
        (-1 when no row of the whole list does)."""
        start = 0
        while True:
            found = next((i for i, r in enumerate(self._rows[start:], start) if match(r)), -1)
            if found >= 0 or not self.canFetchMore():
                return found
            start = len(self._rows)
            self.fetchMore()
