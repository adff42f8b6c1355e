"""Small reusable widgets: an enum combo box that retranslates itself, a banner label, a
date-time editor on the rep's clock, the house table view, and an empty list's message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.style import set_role, set_state
from desktop.ui.common.texts import (
    enum_text,
    translate,
    wall_clock_moment,
    wall_clock_qdatetime,
)


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


class MomentEdit(QDateTimeEdit):
    """Edits a stored moment (aware UTC) as a date and time on the rep's clock, whatever the
    OS zone: the editor holds wall-clock values tagged UTC, so Qt converts nothing."""

    def __init__(self, moment: datetime, parent=None):
        super().__init__(parent)
        self.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        self.setCalendarPopup(True)
        self.set_moment(moment)

    def set_moment(self, moment: datetime) -> None:
        self.setDateTime(wall_clock_qdatetime(moment))

    def moment(self) -> datetime:
        """What the editor shows, as an aware UTC moment."""
        return wall_clock_moment(self.dateTime())


class Banner(QLabel):
    """A prominent coloured message line (warnings, the pharmacovigilance desk's receipt clock)."""

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
COMPACT_COLUMN = 150  # columns this narrow are never squeezed
READABLE_COLUMN = 110  # text columns are squeezed no further
HEADER_PADDING = 24  # the stylesheet's section padding and a little air
ROW_HEIGHT = 32
WRAPPED_ROW_AIR = 8  # above and below a cell of two lines


class RowsTableView(QTableView):
    """A table view whose columns fit their contents and the room the view has: whenever the
    rows change or the view is resized, columns take their content width, then the widest
    give way (never below their header) until no horizontal scroll bar is needed; long cells
    elide in the middle with the full text in their tooltip. The lazily fetched customer list
    keeps fixed widths (`fit_to_contents = False`)."""

    fit_to_contents = True
    #: widths a lazily fetched list starts from (fit_to_contents False): it never measures
    #: its rows, but its columns still give way when the view is narrower than their sum
    preferred_widths: dict[int, int] | None = None
    #: columns a narrow view may leave out, the first given up first (a list's extras:
    #: stage, last visit…), so the names a person reads are not squeezed into "北京大…医院"
    optional_columns: tuple[int, ...] = ()
    #: the least a column may be squeezed to (default: its header, or READABLE_COLUMN)
    min_widths: dict[int, int] | None = None
    #: rows may grow: a cell its column is too narrow for wraps onto a second line instead
    #: of eliding (short lists read at a glance: Today); set through make_table_view
    wrap_rows = False
    #: columns shown whole whatever rows are loaded yet, with the least width each takes
    #: (`text_room` of every text it can hold: each complaint kind's name), never squeezed
    whole_widths: dict[int, int] | None = None
    #: told after each fit the width the always-shown columns take at their least (frame
    #: and vertical scroll bar included), when set: a list beside a detail asks its splitter
    #: for that room rather than cutting them or scrolling sideways (ComplaintsView)
    room_needed: Callable[[int], None] | None = None
    _fitted_room: int | None = None  # the viewport width the columns were last fitted to
    _fit_when_shown = False  # rows or room changed while hidden
    _rows_left_from: int | None = None  # rows below the view, fitted after the next paint

    def setModel(self, model) -> None:
        super().setModel(model)
        # size columns from the first rows only: hundreds of rows cost noticeable time
        self.horizontalHeader().setResizeContentsPrecision(40)
        if model is not None and self.fit_to_contents:
            model.modelReset.connect(self.fit_columns)
            model.headerDataChanged.connect(lambda *_: self.fit_columns())
        if model is not None and hasattr(model, "optional_columns"):
            self.optional_columns = model.optional_columns()
        if model is not None and hasattr(model, "pill_columns"):
            from desktop.ui.common.pills import PillDelegate

            for column in model.pill_columns():
                self.setItemDelegateForColumn(column, PillDelegate(self))

    def header_width(self, column: int) -> int:
        """Room the header text of `column` needs (the header draws in bold)."""
        model = self.model()
        text = model.headerData(column, Qt.Orientation.Horizontal) if model else ""
        header = self.horizontalHeader()
        return header.fontMetrics().horizontalAdvance(str(text or "")) + HEADER_PADDING

    def text_room(self, column: int, texts) -> int:
        """The width a cell of `column` needs to show the widest of `texts` whole (a pill's
        padding in a status column), as the view measures its rows."""
        from desktop.ui.common.pills import PAD_X, PillDelegate

        metrics = self.fontMetrics()
        if isinstance(self.itemDelegateForColumn(column), PillDelegate):
            return max((metrics.horizontalAdvance(t) + 2 * PAD_X + 16 for t in texts),
                       default=0)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        room = 0
        for text in texts:
            option.text = text
            room = max(room, self.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self).width())
        return room + (1 if self.showGrid() else 0)

    def fit_columns(self) -> None:
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        if not self.isVisible():  # measured when shown (showEvent): a hidden view's room is
            self._fit_when_shown = True  # not the one it will have, and measuring rows
            return  # costs (Today's 200 overdue customers, fitted thrice at start)
        self._fit_when_shown = False
        if model.rowCount() and self.preferred_widths is None:
            self.resizeColumnsToContents()
        for column in self.optional_columns:
            self.setColumnHidden(column, False)
        columns = list(range(model.columnCount()))
        preferred = self.preferred_widths or {}
        natural = {c: max(min(preferred.get(c, self.columnWidth(c)), MAX_FITTED_COLUMN),
                          self.header_width(c)) for c in columns}
        whole = self.whole_widths or {}
        for c, width in whole.items():
            if c in natural:
                natural[c] = max(natural[c], width)
        # Short columns (dates, codes, statuses) keep their width; text columns (names,
        # notes) give up room, each down to its floor; optional columns go before that.
        least = self.min_widths or {}
        floor = {c: natural[c] if natural[c] <= COMPACT_COLUMN
                 else max(self.header_width(c), least.get(c, READABLE_COLUMN), whole.get(c, 0))
                 for c in columns}
        if self.room_needed is not None:  # once this fit is over (it may resize the view)
            kept = sum(floor[c] for c in columns if c not in self.optional_columns)
            needed = kept + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
            QTimer.singleShot(0, self, lambda: self.room_needed(needed))
        room = self._room_after_scroll_bar(model.rowCount())
        shown = list(columns)
        for column in self.optional_columns:
            if sum(floor[c] for c in shown) <= room:
                break
            shown.remove(column)
            self.setColumnHidden(column, True)
        widths = {c: natural[c] for c in shown}
        excess = sum(widths.values()) - room
        give = {c: widths[c] - floor[c] for c in shown if widths[c] > floor[c]}
        if excess > 0 and give:
            share = min(1.0, excess / sum(give.values()))
            for c, spare in give.items():
                widths[c] -= int(spare * share + 0.999)
        for c, w in widths.items():
            self.setColumnWidth(c, w)
        too_wide = sum(widths.values()) > room + 1
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if too_wide
                                          else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fitted_room = room
        if self.wrap_rows:
            self.fit_rows()

    def _room_after_scroll_bar(self, rows: int) -> int:
        """The viewport's width once the vertical scroll bar these rows bring is shown: a
        list too long for its height is fitted once, to the room it will have, instead of
        once before the bar appears and again after (rows wrap, so each fit measures every
        row)."""
        room = self.viewport().width()
        bar = self.verticalScrollBar()
        if (self.wrap_rows and not bar.isVisible()
                and rows * ROW_HEIGHT > self.viewport().height()
                and self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded):
            room -= bar.sizeHint().width()
        return room

    def fit_rows(self) -> None:
        """Each row as high as its wrapped cells need, one-line rows the house 32 px (Qt's
        own resizeRowsToContents would size them by the hidden vertical header: 36 px).

        A list scrolled to its top fits the rows that fill the view (and one more view's
        worth) now, and those below once the view has painted, or before it scrolls:
        measuring a row wraps each of its cells, and Today's 200 overdue customers took
        ~20 ms of the start."""
        rows = self.model().rowCount() if self.model() is not None else 0
        self._rows_left_from = None
        room = 2 * self.viewport().height() if self.verticalScrollBar().value() == 0 else None
        used = 0
        for row in range(rows):
            if room is not None and used > room:
                self._rows_left_from = row
                self.viewport().update()  # the rest follow that paint
                return
            height = self._fitted_row_height(row)
            self.setRowHeight(row, height)
            used += height

    def _fit_rows_below(self) -> None:
        start, self._rows_left_from = self._rows_left_from, None
        if start is None:
            return
        rows = self.model().rowCount() if self.model() is not None else 0
        for row in range(start, rows):
            self.setRowHeight(row, self._fitted_row_height(row))

    def _fitted_row_height(self, row: int) -> int:
        return max(ROW_HEIGHT, self.sizeHintForRow(row) + WRAPPED_ROW_AIR)

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        self._fit_rows_below()  # where a row is depends on the heights of those around it
        super().scrollTo(index, hint)

    def verticalScrollbarValueChanged(self, value: int) -> None:
        self._fit_rows_below()  # before the rows scrolled to paint
        super().verticalScrollbarValueChanged(value)

    def rows_fitted(self) -> bool:
        """Whether every row has its height (none wait for the next paint)."""
        return self._rows_left_from is None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not (self.fit_to_contents or self.preferred_widths is not None):
            return
        if (event.size().width() == event.oldSize().width()
                and self._fitted_room == self.viewport().width()):
            return  # only the height changed: the columns already fit this width
        self.fit_columns()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            self._fit_when_shown = False
            self.fit_columns()

    def viewportEvent(self, event) -> bool:
        # The vertical scroll bar coming or going changes the room without resizing the view
        # (rows that grew when they wrapped can bring it): fit again, once events settle.
        if (event.type() == QEvent.Type.Resize and self._fitted_room is not None
                and self.viewport().width() != self._fitted_room):
            self._fitted_room = None
            QTimer.singleShot(0, self, self.fit_columns)
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Paint and self._rows_left_from is not None:
            QTimer.singleShot(0, self, self._fit_rows_below)
        return handled


def make_table_view(parent=None, *, stretch_last: bool = True,
                    fit_to_contents: bool = True, wrap_rows: bool = False) -> QTableView:
    """A read-only, row-selecting table view in the house look; `wrap_rows`: a long cell
    wraps onto a second line (its row grows) rather than eliding."""
    view = RowsTableView(parent)
    view.fit_to_contents = fit_to_contents
    view.wrap_rows = wrap_rows
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    bold = header.font()
    bold.setBold(True)
    header.setFont(bold)
    header.setStretchLastSection(stretch_last)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setTabKeyNavigation(False)
    view.setWordWrap(wrap_rows)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    return view


class _FollowViewport(QObject):
    """Keeps an overlay the size of the viewport it lies on."""

    def __init__(self, overlay: QWidget):
        super().__init__(overlay)
        self._overlay = overlay

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.Resize:
            self._overlay.setGeometry(watched.rect())
        return False


class EmptyState(QWidget):
    """What an empty list says instead of showing blank rows: an icon, a line saying what is
    (not) there, and a line saying what to do next. It lies over the list's viewport and shows
    itself while the list's model has no rows (the model must be set first)."""

    ICON_SIZE = 40

    def __init__(self, view: QAbstractItemView, icon_name: str = "inbox"):
        super().__init__(view.viewport())
        self._view = view
        self.icon_name = icon_name
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = set_role(QLabel(self), "empty_title")
        self.text = set_role(QLabel(self), "empty_text")
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addStretch(1)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(2)
        view.viewport().installEventFilter(_FollowViewport(self))
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_visibility)
        self.refresh_icons()
        self.update_visibility()

    def set_texts(self, title: str, text: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))

    def refresh_icons(self) -> None:
        from desktop.ui.common.icons import icon

        self.icon_label.setPixmap(icon(self.icon_name).pixmap(QSize(self.ICON_SIZE,
                                                                    self.ICON_SIZE)))

    def update_visibility(self, *_args) -> None:
        """Shown while the list is empty."""
        self.setGeometry(self._view.viewport().rect())
        self.setVisible(self._view.model().rowCount() == 0)


def show_field_errors(errors, error_labels: dict, summary) -> bool:
    """Put each validation error under its field's label in `error_labels` (field name →
    QLabel) and the rest in `summary`, in the current language; True when there is none."""
    from desktop.ui.common.texts import error_text

    by_field: dict[str, list[str]] = {}
    for e in errors:
        by_field.setdefault(e.field, []).append(error_text(e))
    for name, label in error_labels.items():
        label.setText("\n".join(by_field.get(name, [])))
        label.setVisible(name in by_field)
    rest = [t for name, texts in by_field.items() if name not in error_labels for t in texts]
    summary.setText("\n".join(rest))
    summary.setVisible(bool(rest))
    return not errors
