"""Screenshots of the Desk's quota and at-risk tabs for `tools.screenshots`: the split of
the region over the reps and of a rep over their hospitals, achievement with its chart, the
customers at risk with the rule settings, and the mark-lost dialog refusing to save without
a reason (the demo's manager and reps; nothing is saved)."""

from __future__ import annotations

import atexit
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from tools.desk_screenshots import ROOM, read
from tools.plan_screenshots import _delete, _identities


def quota_shots(context) -> list[tuple[str, Callable[[], QWidget]]]:
    """(file name part, function returning the widget to grab) for each screen."""
    rep, manager = _identities(context.store)
    if rep is None or manager is None:
        return []
    shown: list[QWidget] = []
    atexit.register(lambda: [_delete(w) for w in shown])

    def desk(key: str):
        """The manager's Desk at the room the main window gives it, on the tab `key`."""
        from desktop.ui.desk.hub import DeskHub

        while shown:
            _delete(shown.pop())
        hub = DeskHub(context, identity=manager)
        hub.resize(*ROOM)
        shown.append(hub)
        hub.show()
        page = hub.show_tab(key)
        read(context)
        return hub, page

    def split(hospitals: bool) -> Callable[[], QWidget]:
        def make() -> QWidget:
            hub, tab = desk("quotas")
            if hospitals:
                tab.choose(rep_user_id=rep.user_id)
            return hub
        return make

    def achievement() -> QWidget:
        hub, tab = desk("quotas")
        tab.choose(rep_user_id=rep.user_id)
        tab.pages.setCurrentIndex(1)
        read(context)
        panel = tab.achievement
        # A hospital with sales this year, its months drawn.
        best = max(range(panel.model.rowCount()),
                   key=lambda i: (panel.model.row_at(i).level == "hospital",
                                  panel.model.row_at(i).achievement.sales), default=0)
        panel.table.setCurrentIndex(panel.model.index(best, 0))
        return hub

    def at_risk(rules_changed: bool) -> Callable[[], QWidget]:
        def make() -> QWidget:
            hub, tab = desk("at_risk")
            if rules_changed:  # on screen, not saved
                tab.show_rep(rep.user_id)
                tab.rules.checks["not_called"].setChecked(False)
                tab.rules.spins["purchases_down"].setValue(15)
            return hub
        return make

    def mark_lost() -> QWidget:
        hub, tab = desk("at_risk")
        tab.table.setCurrentIndex(tab.model.index(0, 0))
        tab.mark_lost()
        tab.dialog.save()  # no reason chosen: says what is missing
        return tab.dialog

    return [("desk_quota_split", split(False)), ("desk_quota_hospitals", split(True)),
            ("desk_quota_achievement", achievement), ("desk_at_risk", at_risk(False)),
            ("desk_at_risk_rules", at_risk(True)), ("desk_mark_lost", mark_lost)]
