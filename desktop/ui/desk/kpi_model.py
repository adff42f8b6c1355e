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
    """Rows: every KPI (KPI_CODES); column 0 the KPI's name, then one column per entry of
    `set_columns(headers, cards)` (a card: the KPIs of a period or a rep, by code)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers: list[str] = []
        self._cards: list[dict[str, Kpi]] = []

    def set_columns(self, headers: Sequence[str], cards: Sequence[dict[str, Kpi]]) -> None:
        self.beginResetModel()
        self._headers, self._cards = list(headers), list(cards)
        self.endResetModel()

    def kpi(self, code: str, column: int) -> Kpi | None:
        """The KPI `code` of data column `column` (0 = the first period or rep)."""
        if 0 <= column < len(self._cards):
            return self._cards[column].get(code)
        return None

    def series(self, code: str) -> list[Kpi | None]:
        return [card.get(code) for card in self._cards]

    def headers(self) -> list[str]:
        return list(self._headers)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers))
        if self._cards:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(KPI_CODES) - 1, len(self._cards)))

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._cards else len(KPI_CODES)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards) + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount() \
                or not 0 <= index.column() < self.columnCount():
            return None
        code = KPI_CODES[index.row()]
        if role == CODE_ROLE:
            return code
        if index.column() == 0:
            return kpi_name(code) if role == Qt.ItemDataRole.DisplayRole else None
        kpi = self._cards[index.column() - 1].get(code)
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
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("Desk", "KPI")
        return self._headers[section - 1] if 0 < section <= len(self._headers) else None


def period_columns(rows: Sequence[PeriodRow], kind: str) -> tuple[list[str], list[dict]]:
    """Headers and cards of a scorecard: "2026-11" for a month, the Monday for a week."""
    headers = [f"{r.period.start:%Y-%m}" if kind == "month" else f"{r.period.start:%m-%d}"
               for r in rows]
    return headers, [r.kpis for r in rows]


def rep_columns(columns: Sequence[RepColumn]) -> tuple[list[str], list[dict]]:
    return [c.name for c in columns], [c.kpis for c in columns]
