"""Item models of the Desk: a scorecard as a table of KPIs (rows) by period (columns), and
reps side by side (columns) by KPI (rows). Each cell shows the value; its tooltip says how
it was computed; KPI_ROLE gives the `Kpi` itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.kpis import Kpi, PeriodRow, RepColumn
from desktop.ui.common.texts import translate
from desktop.ui.desk.texts import KPI_CODES, explanation, kpi_name, kpi_text

KPI_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class KpiGridModel(QAbstractTableModel):
    """Rows: every KPI (KPI_CODES), named by the vertical header (it stays in view when the
    periods scroll sideways); one column per entry of `set_columns(headers, cards, titles)`
    (a card: the KPIs of a period or a rep, by code; a title: the column's full name)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers: list[str] = []
        self._titles: list[str] = []
        self._cards: list[dict[str, Kpi]] = []

    def set_columns(self, headers: Sequence[str], cards: Sequence[dict[str, Kpi]],
                    titles: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._headers, self._cards = list(headers), list(cards)
        self._titles = list(titles or headers)
        self.endResetModel()

    def kpi(self, code: str, column: int) -> Kpi | None:
        """The KPI `code` of column `column` (a period or a rep)."""
        if 0 <= column < len(self._cards):
            return self._cards[column].get(code)
        return None

    def series(self, code: str) -> list[Kpi | None]:
        return [card.get(code) for card in self._cards]

    def headers(self) -> list[str]:
        return list(self._headers)

    def title(self, column: int) -> str:
        """The full name of a column ("2026-11-02 – 2026-11-08" for a week)."""
        return self._titles[column] if 0 <= column < len(self._titles) else ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(KPI_CODES) - 1)
        if self._cards:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(KPI_CODES) - 1, len(self._cards) - 1))

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._cards else len(KPI_CODES)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount() \
                or not 0 <= index.column() < self.columnCount():
            return None
        code = KPI_CODES[index.row()]
        if role == CODE_ROLE:
            return code
        kpi = self._cards[index.column()].get(code)
        if role == Qt.ItemDataRole.DisplayRole:
            return kpi_text(kpi)
        if role == Qt.ItemDataRole.ToolTipRole:
            return explanation(kpi) or None
        if role == KPI_ROLE:
            return kpi
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < self.rowCount() and role == Qt.ItemDataRole.DisplayRole:
                return kpi_name(KPI_CODES[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return None
        if not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._titles[section]
        return None


def how_text(model: KpiGridModel, index) -> str:
    """The line under a table of KPIs: how the figure at `index` was computed."""
    code = index.data(CODE_ROLE) if index.isValid() else None
    kpi = model.kpi(code, index.column()) if code else None
    if kpi is None:
        return translate("Desk", "Select a figure to see how it was computed (its tooltip "
                         "says it too).")
    return translate("Desk", "{kpi}, {column}: {how}").format(
        kpi=kpi_name(code), column=model.title(index.column()), how=explanation(kpi))


def period_columns(rows: Sequence[PeriodRow], kind: str
                   ) -> tuple[list[str], list[dict], list[str]]:
    """Headers, cards and titles of a scorecard: a month is "2026-11"; a week is headed by
    its Monday ("11-02") and titled with its days ("2026-11-02 – 2026-11-08")."""
    if kind == "month":
        headers = titles = [f"{r.period.start:%Y-%m}" for r in rows]
    else:
        headers = [f"{r.period.start:%m-%d}" for r in rows]
        titles = [f"{r.period.start:%Y-%m-%d} – {r.period.last_day:%Y-%m-%d}" for r in rows]
    return headers, [r.kpis for r in rows], titles


def rep_columns(columns: Sequence[RepColumn]) -> tuple[list[str], list[dict], list[str]]:
    names = [c.name for c in columns]
    return names, [c.kpis for c in columns], names


def kpi_table(parent, model: KpiGridModel):
    """A table of KPIs in the house look: cells selectable one by one (each its own figure),
    the KPI names as row headers, and never taller than its rows (the room left goes to
    what is under it)."""
    from desktop.ui.common.widgets import ROW_HEIGHT, make_table_view

    table = make_table_view(parent, stretch_last=False)
    table.setSelectionBehavior(table.SelectionBehavior.SelectItems)
    table.setModel(model)
    table.verticalHeader().setVisible(True)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.verticalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setMaximumHeight(ROW_HEIGHT * (len(KPI_CODES) + 1) + 8
                           + table.horizontalScrollBar().sizeHint().height())
    return table
