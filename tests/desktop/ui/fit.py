"""What a person would see cut off on a screen: labels, buttons, tabs, table headers,
placeholders and combo boxes whose text does not fit the room they were given.

`cut_off(widget)` walks the visible widgets under `widget` and returns one line per problem,
naming the widget, its text and how many pixels are missing. Table cells are not checked
there (long names elide in the middle, with the full text in a tooltip); `elided_cells(view)`
checks them for a screen that must show its cells whole (Today).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QWidget,
)

from desktop.ui.common.rows_model import TONE_ROLE

SLACK = 1  # rounding of fractional font metrics


def _name(widget: QWidget) -> str:
    path = []
    while widget is not None and len(path) < 4:
        path.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(path))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wraps to {needed}px in {label.height()}px"
        return None
    needed = label.sizeHint().width()
    if needed > label.width() + SLACK:
        return f"needs {needed}px, has {label.width()}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"needs {needed}px, has {button.width()}px"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.isHidden():
        return []
    out = []
    bold = QFont(header.font())
    bold.setBold(True)  # the stylesheet's section font
    metrics = QFontMetrics(bold)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation())
        if not text:
            continue
        needed = max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + 16
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += 14
        has = header.sectionSize(section)
        start = header.sectionViewportPosition(section)
        shown = min(start + has, header.viewport().width()) - max(start, 0)
        if needed > min(has, shown) + SLACK:
            out.append(f"header {text!r} needs {needed}px, has {min(has, shown)}px")
    return out


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        text = bar.tabText(i)
        if not text or not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        has = rect.width()
        needed = metrics.horizontalAdvance(text.replace("&", "")) + 16
        if needed > has + SLACK:
            out.append(f"tab {text!r} needs {needed}px, has {has}px")
        elif rect.left() < 0 or rect.right() >= bar.width():  # behind the scroll buttons
            out.append(f"tab {text!r} lies beyond the tab bar's {bar.width()}px")
    return out


def _placeholder_problem(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    room = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right() - 8
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return f"placeholder {text!r} needs {needed}px, has {room}px"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    # the box must show its current choice: text, padding and the arrow's room
    needed = combo.fontMetrics().horizontalAdvance(text) + 40
    if needed > combo.width() + SLACK:
        return f"choice {text!r} needs {needed}px, has {combo.width()}px"
    return None


def cut_off(root: QWidget) -> list[str]:
    """Problems under `root` (visible widgets only), one line each."""
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget) or not widget.isVisibleTo(root) and widget is not root:
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            found.append(_label_problem(widget))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            found.append(_button_problem(widget))
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            found.append(_placeholder_problem(widget))
        elif isinstance(widget, QComboBox):
            found.append(_combo_problem(widget))
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget)
        elif isinstance(widget, QTableView):
            found += _header_problems(widget.horizontalHeader())
        problems += [f"{_name(widget)}: {p}" for p in found if p]
    return problems


def elided_cells(view: QTableView, rows: int = 300, columns: Iterable[int] | None = None
                 ) -> list[str]:
    """Cells of `view` (its first `rows` rows, the columns it shows, or those of `columns`
    among them) whose text is cut in
    the room its column has on screen: a pill must hold its whole text; other cells need
    what their delegate asks for (the width the view itself would size the column to), or,
    in a view whose rows wrap, the height of their wrapped lines at the column's width.
    A horizontal scroll bar counts too: what lies beyond it is not seen. Rows below the
    view are measured as a person scrolling to them sees them: a view that fits them once
    it has painted (or before it scrolls) is looked at first."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common.pills import PAD_X, PillDelegate

    model = view.model()
    if model is None or not _shown(view):
        return []
    if not getattr(view, "rows_fitted", lambda: True)():
        view.grab()  # a look at it paints it; the rows below follow on the next turn
        QApplication.processEvents()
        if not view.rows_fitted():
            return ["rows below the view still unfitted after it painted"]
    header = view.horizontalHeader()
    room = view.viewport().width()
    out = []
    bar = view.horizontalScrollBar()
    if bar.isVisible() and bar.maximum() > 0:
        out.append(f"a horizontal scroll bar ({bar.maximum()}px)")
    wanted = set(range(model.columnCount()) if columns is None else columns)
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or column not in wanted:
            continue
        start = header.sectionViewportPosition(column)
        has = min(header.sectionSize(column), min(start + header.sectionSize(column), room)
                  - max(start, 0))
        for row in range(min(model.rowCount(), rows)):
            index = model.index(row, column)
            text = index.data()
            if not text:
                continue
            delegate = view.itemDelegateForIndex(index)
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            if isinstance(delegate, PillDelegate) and index.data(TONE_ROLE):
                # the pill is drawn 6px in and must end 2px before the cell does
                needed = view.fontMetrics().horizontalAdvance(text) + 2 * PAD_X + 2 + 8
                if needed > has + SLACK:
                    out.append(f"pill {text!r} needs {needed}px, has {has}px")
                continue
            if view.wordWrap():
                option.rect = QRect(0, 0, has, view.rowHeight(row))
            hint = delegate.sizeHint(option, index)
            if hint.width() > has + SLACK:
                out.append(f"cell {text!r} needs {hint.width()}px, has {has}px")
            elif hint.height() > view.rowHeight(row) + SLACK:
                out.append(f"cell {text!r} wraps to {hint.height()}px in a "
                           f"{view.rowHeight(row)}px row")
    return out
