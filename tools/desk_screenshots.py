"""Screenshots of the Desk for `tools.screenshots`: the manager's KPIs with the trend chart,
reps compared, each level of the drill-down (team, rep, customer), and a rep's own
scorecard. Each is grabbed at the room the main window at 1280×800 gives a screen beside
the navigation (as the fit tests measure it), after its figures were read."""

from __future__ import annotations

import atexit
import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from tools.plan_screenshots import _delete, _identities

ROOM = (1280 - 176, 800 - 60)  # the window at 1280×800 less the navigation and bars


def read(context, limit: float = 60.0) -> None:
    """Let the screen's reads finish and their rows arrive."""
    deadline = time.monotonic() + limit
    QApplication.processEvents()
    while not context.tasks.idle() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def desk_shots(context) -> list[tuple[str, Callable[[], QWidget]]]:
    """(file name part, function returning the widget to grab) for each Desk screen."""
    rep, manager = _identities(context.store)
    if rep is None or manager is None:
        return []
    shown: list[QWidget] = []
    atexit.register(lambda: [_delete(w) for w in shown])

    def desk(identity, tab: str):
        from desktop.ui.desk.hub import DeskHub

        while shown:
            _delete(shown.pop())
        hub = DeskHub(context, identity=identity)
        hub.resize(*ROOM)
        shown.append(hub)
        hub.show()
        page = hub.show_tab(tab)
        read(context)
        return hub, page

    def kpis() -> QWidget:
        hub, page = desk(manager, "kpis")
        page.chart_combo.setCurrentIndex(page.chart_combo.findData("sales_vs_quota"))
        return hub

    def kpis_by_week() -> QWidget:
        hub, page = desk(manager, "kpis")
        page.range.set_kind("week")
        read(context)
        page.chart_combo.setCurrentIndex(page.chart_combo.findData("calls"))
        return hub

    def compare() -> QWidget:
        hub, page = desk(manager, "compare")
        page.table.setCurrentIndex(page.model.index(7, 1))  # sales against quota
        return hub

    def drill(depth: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            hub, page = desk(manager, "drill")
            for _ in range(depth):
                page.open_row(0)
                read(context)
            return hub
        return make

    def own_scorecard() -> QWidget:
        hub, page = desk(rep, "kpis")
        page.chart_combo.setCurrentIndex(page.chart_combo.findData("share"))
        return hub

    return [("desk_kpis", kpis), ("desk_kpis_weeks", kpis_by_week),
            ("desk_compare", compare), ("desk_drill_team", drill(0)),
            ("desk_drill_rep", drill(1)), ("desk_drill_customer", drill(2)),
            ("desk_rep_scorecard", own_scorecard)]
