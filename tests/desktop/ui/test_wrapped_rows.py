"""A list whose rows wrap (Today's) shows every cell whole: each row in view is as high as
its lines from the first paint on; the rows below get theirs once the view has painted, or
before the list scrolls to them, whichever comes first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject

from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.widgets import ROW_HEIGHT, make_table_view

LONG = "首都医科大学附属北京天坛医院（丰台院区）神经内科二病区 · 复诊患者随访与用药依从性评估"


class Paints(QObject):
    """Heights of the rows in view at each paint of `view`."""

    def __init__(self, view):
        super().__init__(view)
        self.view, self.seen = view, []
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            view, height = self.view, self.view.viewport().height()
            first = max(view.rowAt(0), 0)
            last = view.rowAt(height - 1)
            last = view.model().rowCount() - 1 if last < 0 else last
            self.seen.append({r: view.rowHeight(r) for r in range(first, last + 1)})
        return False


@pytest.fixture
def long_list(qtbot):
    model = RowsTableModel([Column("Customer", lambda r: r[0]),
                            Column("Objective", lambda r: r[1])])
    model.set_rows([(f"{i:03d} {LONG}", LONG) for i in range(200)])
    view = make_table_view(wrap_rows=True)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(420, 300)
    return view


def test_rows_in_view_are_as_high_as_their_lines_from_the_first_paint(qtbot, long_list):
    paints = Paints(long_list)
    long_list.show()
    qtbot.waitExposed(long_list)
    qtbot.waitUntil(lambda: bool(paints.seen))
    first = paints.seen[0]
    assert first and all(h > ROW_HEIGHT for h in first.values()), (
        "a row in view showed one line of a cell that wraps")


def test_rows_below_the_view_are_fitted_once_it_has_painted(qtbot, long_list):
    long_list.show()
    qtbot.waitExposed(long_list)
    qtbot.waitUntil(long_list.rows_fitted)
    heights = [long_list.rowHeight(r) for r in range(200)]
    assert all(h == heights[0] > ROW_HEIGHT for h in heights)
    long_list.scrollToBottom()
    qtbot.wait(10)
    last = long_list.rowViewportPosition(199) + long_list.rowHeight(199)
    assert last <= long_list.viewport().height(), "the last row is cut off at the bottom"


@pytest.mark.parametrize("how", ["scroll_to", "scroll_bar"])
def test_a_list_scrolled_before_its_rows_below_are_fitted_fits_them_first(qtbot, long_list,
                                                                          how):
    long_list.show()
    qtbot.waitExposed(long_list)
    qtbot.waitUntil(long_list.rows_fitted)
    long_list.fit_columns()  # as when the rows are read again: rows below wait for a paint
    assert not long_list.rows_fitted()
    paints = Paints(long_list)
    if how == "scroll_to":
        long_list.scrollTo(long_list.model().index(150, 0))
    else:
        long_list.verticalScrollBar().setValue(120)
    assert long_list.rows_fitted()
    qtbot.waitUntil(lambda: bool(paints.seen))
    assert all(h > ROW_HEIGHT for h in paints.seen[0].values())
    if how == "scroll_to":
        bottom = long_list.rowViewportPosition(150) + long_list.rowHeight(150)
        assert 0 <= long_list.rowViewportPosition(150) and bottom <= long_list.viewport().height()
