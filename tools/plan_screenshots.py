"""Screenshots of the plan screens for `tools.screenshots`: the rep's week view, and
the manager's approvals queue and team view (the demo store has no signed-in user, so the
demo's manager and first rep are used)."""

from __future__ import annotations

import atexit
import gc
from collections.abc import Callable
from datetime import date, timedelta

import shiboken6
from PySide6.QtWidgets import QWidget
from sqlmodel import select

from desktop.domain import local_time
from desktop.domain.identity import Identity
from desktop.domain.plans import monday_of
from desktop.models import CallPlan, TeamMember, Territory

SIZE = (1280, 800)


def _identities(store) -> tuple[Identity | None, Identity | None]:
    with store.read() as s:
        manager = s.exec(select(TeamMember).where(TeamMember.role == "manager")).first()
        territories = list(s.exec(select(Territory).where(Territory.deleted == False)))  # noqa: E712
    if manager is None:
        return None, None
    region = [t for t in territories if t.region_id == manager.region_id]
    owned = sorted((t for t in region if t.owner_user_id), key=lambda t: t.code or "")
    rep = None
    if owned:
        with store.read() as s:
            member = s.get(TeamMember, owned[0].owner_user_id)
        rep = Identity(owned[0].owner_user_id, "rep", manager.region_id,
                       tuple(t.id for t in owned if t.owner_user_id == owned[0].owner_user_id),
                       member.display_name if member else "")
    return rep, Identity(manager.id, "manager", manager.region_id,
                         tuple(t.id for t in region), manager.display_name)


def _busy_week(store, rep: Identity) -> date:
    """The rep's latest planned week up to next week (the demo's plans end near today)."""
    limit = monday_of(local_time.today()) + timedelta(days=7)
    with store.read() as s:
        week = s.exec(select(CallPlan.week_start).where(
            CallPlan.rep_user_id == rep.user_id, CallPlan.week_start <= limit)
            .order_by(CallPlan.week_start.desc())).first()
    return week or monday_of(local_time.today())


def _delete(widget: QWidget) -> None:
    """Free a shot's widgets now (PySide crashes when they are left to interpreter exit)."""
    if shiboken6.isValid(widget):
        widget.close()
        shiboken6.delete(widget)
    gc.collect()


def sizer() -> Callable[[QWidget], QWidget]:
    """`sized(widget)`: the widget at SIZE, the previous shot's widget freed first."""
    shown: list[QWidget] = []
    atexit.register(lambda: [_delete(w) for w in shown])

    def sized(widget: QWidget) -> QWidget:
        # Free the previous shot now: a screen left alive through the next language switch
        # and interpreter exit upsets PySide's teardown.
        while shown:
            _delete(shown.pop())
        widget.resize(*SIZE)
        shown.append(widget)
        return widget

    return sized


def plan_shots(context) -> list[tuple[str, Callable[[], QWidget]]]:
    """(file name part, function returning the widget to grab) for each plan screen."""
    rep, manager = _identities(context.store)
    if rep is None or manager is None:
        return []
    sized = sizer()

    def week_view() -> QWidget:
        from desktop.ui.plans.week_view import PlansView

        view = sized(PlansView(context, identity=rep))
        view.show_week(_busy_week(context.store, rep))
        if view.week and view.week.items:
            view.table.select_item(view.week.items[0].id)
        return view

    def approvals() -> QWidget:
        from desktop.ui.plans.hub import PlansHub

        hub = sized(PlansHub(context, identity=manager))
        hub.show_tab("approvals")
        return hub

    def team() -> QWidget:
        from desktop.ui.plans.hub import PlansHub

        hub = sized(PlansHub(context, identity=manager))
        hub.show_tab("team")
        return hub

    return [("plan_week", week_view), ("plan_approvals", approvals), ("plan_team", team)]
