"""The customer list: a table model that fetches pages lazily (canFetchMore/fetchMore).

The model never holds more rows than the user has scrolled to; 50,000 customers cost one
page query at first paint. Searching or filtering resets it to the first page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain import customer_list
from desktop.domain.customer_list import CustomerFilter, CustomerRow
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import CustomerKind, LifecycleStage
from desktop.ui.common.rows_model import ROW_ROLE
from desktop.ui.common.texts import date_text, enum_text

COLUMNS: list[tuple[str, Callable[[CustomerRow], str]]] = [
    (_t("Columns", "Name"), lambda r: r.display_name),
    (_t("Columns", "Kind"), lambda r: enum_text(CustomerKind, r.kind)),
    (_t("Columns", "Tier"), lambda r: r.tier or ""),
    (_t("Columns", "Organisation"), lambda r: r.organisation_name or ""),
    (_t("Columns", "City"), lambda r: r.city or ""),
    (_t("Columns", "Lifecycle"), lambda r: enum_text(LifecycleStage, r.lifecycle_stage)),
    (_t("Columns", "Last visit"), lambda r: date_text(r.last_visit)),
]


class CustomerTableModel(QAbstractTableModel):
    """Customers matching a filter, fetched page by page as the view scrolls."""

    total_changed = Signal(int)  # matching customers in the store (not only fetched)

    def __init__(self, store, parent=None, page_size: int = customer_list.PAGE_SIZE):
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._rows: list[CustomerRow] = []
        self._filter = CustomerFilter()
        self._exhausted = False
        self.total = 0
        self.more_matches = False  # the search found more than it shows (the best ones)
        self.fuzzy = False  # nothing matched as typed: the rows are close matches
        self.suggestion: str | None = None  # "did you mean", when fuzzy

    # -- filter ---------------------------------------------------------------------------
    @property
    def current_filter(self) -> CustomerFilter:
        return self._filter

    def set_filter(self, flt: CustomerFilter) -> None:
        """Show the customers matching `flt`, starting again from the first page (read on
        this thread; `read_first_rows` + `show_listing` split it for the task runner)."""
        self.show_listing(self.read_first_rows(flt)())

    def read_first_rows(self, flt: CustomerFilter):
        """A function reading what `flt` shows first; it touches no Qt object, so it may
        run on the database thread."""
        store, page_size = self._store, self._page_size
        return lambda: customer_list.first_rows(store, flt, page_size)

    def show_listing(self, listing: customer_list.Listing) -> None:
        """Swap in the rows read by `read_first_rows`."""
        self.beginResetModel()
        self._filter = listing.filter
        self._rows, self.total = list(listing.rows), listing.total
        self.more_matches, self._exhausted = listing.more_matches, listing.complete
        self.fuzzy, self.suggestion = listing.fuzzy, listing.suggestion
        self.endResetModel()
        self.total_changed.emit(self.total)

    def refresh(self) -> None:
        """Re-read after a local or synced change (keeps the filter)."""
        self.set_filter(self._filter)

    def row_at(self, row: int) -> CustomerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == customer_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                               len(COLUMNS) - 1))

    # -- lazy fetching --------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        after = (self._rows[-1].sort_key, self._rows[-1].id) if self._rows else None
        page = customer_list.customer_page(self._store, self._filter, after, self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.organisation_name or None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("Columns", COLUMNS[section][0])
        return None
