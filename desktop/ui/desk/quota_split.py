"""The editable split table of the quota screen: one line per rep (or hospital of a rep),
a column per month and the year; two rows under them add up what is allocated and show the
quota being split, in red where they differ. Editing a month changes that month; editing
the year spreads the new total over the months as the line's months stood (evenly when
they were empty)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from desktop.domain.quota_desk import QuotaSheet, SheetLine
from desktop.domain.quotas import MONTHS, proportional_split
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import QuotaStatus
from desktop.ui.common.style import brush
from desktop.ui.common.texts import enum_text

NAME, LAST_YEAR, SHARE = 0, 1, 2
FIRST_MONTH = 3
YEAR = FIRST_MONTH + 12
ALLOCATED_ROW, QUOTA_ROW = 0, 1  # after the lines

HEADERS = (_t("QuotaSplit", "Name"), _t("QuotaSplit", "Last year"), _t("QuotaSplit", "Share"))
MONTH_HEADER = _t("QuotaSplit", "M{month}")
YEAR_HEADER = _t("QuotaSplit", "Year")
ALLOCATED = _t("QuotaSplit", "Allocated")
TO_SPLIT = _t("QuotaSplit", "Quota to split")
#: From this amount in a cell on, the table counts in 10k CNY (万元), as the business does:
#: thirteen columns of "176,064,400" do not fit beside the navigation at 1280 px.
TEN_THOUSAND = 10_000
SCALE_FROM = 10_000_000
NOT_A_NUMBER = _t("QuotaSplit", "“{text}” is not an amount: type a number of CNY, such as 12500.")
NEGATIVE = _t("QuotaSplit", "A quota cannot be negative: type 0 or more.")


def tr(text: str) -> str:
    return QCoreApplication.translate("QuotaSplit", text)


def money(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def parse_amount(text: str) -> float:
    """An amount typed by the manager ("12,500", "12500.5", "１２５００"); ValueError with
    the message to show when it is not one."""
    cleaned = str(text).strip().replace(",", "").replace("，", "").replace(" ", "")
    try:
        value = float(cleaned) if cleaned else 0.0
    except ValueError:
        raise ValueError(tr(NOT_A_NUMBER).format(text=text)) from None
    if value < 0:
        raise ValueError(tr(NEGATIVE))
    return round(value, 2)


class SplitModel(QAbstractTableModel):
    """The sheet's lines, editable per month and per year; `edited` after each change,
    `refused(message)` when a typed value is not an amount."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet: QuotaSheet | None = None
        self.scale = 1  # 1: cells in CNY; TEN_THOUSAND: in 10k CNY (typed ones too)

    def set_sheet(self, sheet: QuotaSheet | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        largest = max([*(sheet.parent.values() if sheet else ()),
                       *(v for line in self.lines() for v in line.months.values())],
                      default=0.0)
        self.scale = TEN_THOUSAND if largest >= SCALE_FROM else 1
        self.endResetModel()

    def _cell(self, value: float | None) -> str:
        if value is None or self.scale == 1:
            return money(value)
        return f"{value / self.scale:,.1f}"

    def optional_columns(self) -> tuple[int, ...]:
        """Last year's figures give way first when the table is narrow (its share stays in
        the name's tooltip)."""
        return (SHARE, LAST_YEAR)

    def lines(self) -> list[SheetLine]:
        return self.sheet.lines if self.sheet else []

    def reset_to_suggestion(self) -> None:
        for line in self.lines():
            line.months = dict(line.suggested)
        self._all_changed()
        self.edited.emit()

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.lines() else len(self.lines()) + 2

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else YEAR + 1

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < len(self.lines()) and index.column() >= FIRST_MONTH:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _summary(self, row: int, column: int) -> float | None:
        sheet = self.sheet
        if column < FIRST_MONTH:
            return None
        if column == YEAR:
            return (round(sum(sheet.allocated(m) for m in MONTHS), 2) if row == ALLOCATED_ROW
                    else sheet.parent_total)
        month = column - FIRST_MONTH + 1
        return sheet.allocated(month) if row == ALLOCATED_ROW else sheet.parent.get(month, 0.0)

    def _value(self, line: SheetLine, column: int) -> float | None:
        if column == LAST_YEAR:
            return line.last_year_sales
        if column == YEAR:
            return line.year_total
        if column >= FIRST_MONTH:
            return line.months.get(column - FIRST_MONTH + 1, 0.0)
        return None

    def _share(self, line: SheetLine) -> str:
        total = sum(x.last_year_sales for x in self.lines())
        return f"{line.last_year_sales / total:.1%}" if total else "—"

    def _unbalanced(self, column: int) -> bool:
        if column == YEAR:
            return bool(self.sheet.unbalanced_months())
        return column - FIRST_MONTH + 1 in self.sheet.unbalanced_months()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.sheet is None or index.row() >= self.rowCount():
            return None
        row, column = index.row(), index.column()
        lines = self.lines()
        if row >= len(lines):  # the two summary rows
            summary = row - len(lines)
            if role == Qt.ItemDataRole.DisplayRole:
                if column == NAME:
                    return tr(ALLOCATED if summary == ALLOCATED_ROW else TO_SPLIT)
                return self._cell(self._summary(summary, column))
            if role == Qt.ItemDataRole.ForegroundRole and summary == ALLOCATED_ROW \
                    and column >= FIRST_MONTH and self._unbalanced(column):
                return brush("danger_text")
            if role == Qt.ItemDataRole.BackgroundRole:  # not bold: 13 amounts share a row
                return brush("neutral_soft")
        else:
            line = lines[row]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == NAME:
                    return line.name
                if column == SHARE:
                    return self._share(line)
                return self._cell(self._value(line, column))
            if role == Qt.ItemDataRole.EditRole:
                value = self._value(line, column)
                if value is None:
                    return ""
                return f"{value / self.scale:.6f}".rstrip("0").rstrip(".")
            if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
                state = (enum_text(QuotaStatus, line.status) if line.status
                         else QCoreApplication.translate("QuotaSplit", "Not saved yet"))
                last_year = tr(HEADERS[LAST_YEAR])
                return (f"{line.name} · {last_year} {money(line.last_year_sales)} "
                        f"({self._share(line)}) · {state}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                    & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            amount = round(parse_amount(value) * self.scale, 2)
        except ValueError as error:
            self.refused.emit(str(error))
            return False
        line = self.lines()[index.row()]
        if index.column() == YEAR:
            weights = {f"{m:02d}": line.months.get(m, 0.0) for m in MONTHS}
            line.months = {int(k): v for k, v in proportional_split(amount, weights).items()}
        else:
            line.months[index.column() - FIRST_MONTH + 1] = amount
        self._all_changed()
        self.edited.emit()
        return True

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIRST_MONTH:
            return tr(HEADERS[section])
        if section == YEAR:
            return tr(YEAR_HEADER)
        return tr(MONTH_HEADER).format(month=section - FIRST_MONTH + 1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._all_changed()
