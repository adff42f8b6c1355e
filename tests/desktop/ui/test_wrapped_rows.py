"""A list whose rows wrap (Today's) shows every cell whole: each row is as high as its
lines, from the first paint on, also the rows below the view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.widgets import ROW_HEIGHT, make_table_view

LONG = "首都医科大学附属北京天坛医院（丰台院区）神经内科二病区 · 复诊患者随访与用药依从性评估"


class FirstPaint(QObject):
    """Row heights of `view` as they were when its rows first painted."""

    def __init__(self, view):
        super().__init__(view)
        self.view, self.heights = view, None
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.heights is None:
            model = self.view.model()
            self.heights = [self.view.rowHeight(r) for r in range(model.rowCount())]
        return False


def test_rows_of_a_long_list_are_as_high_as_their_lines_from_the_first_paint(qtbot):
    model = RowsTableModel([Column("Customer", lambda r: r[0]),
                            Column("Objective", lambda r: r[1])])
    model.set_rows([(f"{i:03d} {LONG}", LONG) for i in range(200)])
    view = make_table_view(wrap_rows=True)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(420, 300)
    first = FirstPaint(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: first.heights is not None)
    assert all(h > ROW_HEIGHT for h in first.heights), (
        "a row showed one line of a cell that wraps")
    assert view.rowHeight(199) == view.rowHeight(0)
