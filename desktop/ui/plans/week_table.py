"""The week grid: plan items drawn as cards in Monday–Friday columns, moved by drag and
drop or by keyboard (Ctrl+Left/Right: another day; Ctrl+Up/Down: earlier/later that day)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop.ui.common.style import qcolor
from desktop.ui.plans.texts import outcome_text
from desktop.ui.plans.week_model import WeekModel

CARD_LINES = 4  # customer and tier; slot and organisation; objective; outcome
CARD_PADDING = 18


def card_height(metrics) -> int:
    """Room for a card's four lines in the font in use (the theme's font is larger than
    Qt's default, so a fixed height would cut the last line)."""
    return CARD_LINES * metrics.height() + CARD_PADDING
OUTCOME_TONES = {"done": "success_text", "missed": "danger_text", "pending": "text_secondary"}
TIER_TONES = {"A": "tier_a", "B": "tier_b", "C": "tier_c", "D": "tier_d"}


class CardDelegate(QStyledItemDelegate):
    """A plan item as a card: customer and tier, organisation, slot and objective, and the
    outcome (done / missed / planned)."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(180, card_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        # straight from the model: no Python object travels through a QVariant
        item = index.model().item_at(index.row(), index.column()) if index.isValid() else None
        if item is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(qcolor("accent" if selected else "border_strong"),
                            2 if selected else 1))
        painter.setBrush(qcolor("selection" if selected else "surface"))
        painter.drawRoundedRect(rect, 6, 6)
        stripe = QRect(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12)
        painter.setPen(QPen(qcolor(TIER_TONES.get(item.tier or "", "tier_d")), 0))
        painter.setBrush(qcolor(TIER_TONES.get(item.tier or "", "tier_d")))
        painter.drawRoundedRect(stripe, 2, 2)
        inner = rect.adjusted(10, 4, -6, -4)
        metrics = option.fontMetrics
        line = metrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(qcolor("text"))
        # the name gives way, the tier stays: a department's name carries its hospital
        tag = f"  [{item.tier}]" if item.tier else ""
        bold_metrics = QFontMetrics(bold)
        title = bold_metrics.elidedText(item.customer_name, Qt.TextElideMode.ElideRight,
                                        inner.width() - bold_metrics.horizontalAdvance(tag)) + tag
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        painter.setPen(qcolor("text_secondary"))
        second = " · ".join(p for p in (item.time_slot, item.organisation_name) if p)
        painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(second, Qt.TextElideMode.ElideRight, inner.width()))
        painter.setPen(qcolor("text"))
        third = item.objective or item.suggestion_reason or ""
        painter.drawText(QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(third, Qt.TextElideMode.ElideRight, inner.width()))
        painter.setPen(qcolor(OUTCOME_TONES.get(item.outcome, "text_secondary")))
        painter.drawText(QRect(inner.left(), inner.top() + 3 * line, inner.width(), line),
                         Qt.AlignmentFlag.AlignRight, outcome_text(item.outcome))
        painter.restore()


class WeekTable(QTableView):
    """The grid of the week. Keyboard moves are reported as `move_requested` (same signal
    as a drop), Delete as `remove_requested`, Enter as `item_activated`."""

    move_requested = Signal(str, object, int)  # item id, day, position
    remove_requested = Signal(str)
    item_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(card_height(self.fontMetrics()))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.setObjectName("week_table")

    def week_model(self) -> WeekModel:
        return self.model()

    def current_item(self):
        index = self.currentIndex()
        return self.week_model().item_at(index.row(), index.column()) if index.isValid() else None

    def select_item(self, item_id: str) -> None:
        index = self.week_model().index_of(item_id)
        if index.isValid():
            self.setCurrentIndex(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.current_item()
        model = self.week_model()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if item is not None and ctrl and model.editable() and key in (
                Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            index = self.currentIndex()
            column, row = index.column(), index.row()
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                target = column + (-1 if key == Qt.Key.Key_Left else 1)
                if 0 <= target < model.columnCount():
                    self.move_requested.emit(item.id, model.day_of(target), -1)
            else:
                target = row + (-1 if key == Qt.Key.Key_Up else 1)
                if 0 <= target and model.item_at(target, column) is not None:
                    self.move_requested.emit(item.id, model.day_of(column), target)
            event.accept()
            return
        if item is not None and key == Qt.Key.Key_Delete and model.editable():
            self.remove_requested.emit(item.id)
            event.accept()
            return
        if item is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.item_activated.emit(item.id)
            event.accept()
            return
        super().keyPressEvent(event)
