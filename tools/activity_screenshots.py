"""Screenshots of the activity screens for `tools.screenshots` (and the fit tests): the
rep's list, the editor, the day's check-in, and the manager's region view with an
activity, its evaluation and the results chart. A demo store without activities gets a
few first (`ensure_activities`), one in each state, in the first rep's territory."""

from __future__ import annotations

import atexit
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QWidget
from sqlmodel import select

from desktop.domain import local_time
from desktop.models import (
    Customer,
    MarketActivity,
    MarketActivityCost,
    MarketActivityEvent,
    MarketActivityInvitee,
    MarketActivityProduct,
    Product,
)
from tools.plan_screenshots import SIZE, _delete, _identities

#: (title, kind, status, days from today, place, budget lines, actual share, verdict)
ACTIVITIES = [
    ("心血管学术年会卫星会：高血压联合用药新进展", "academic_meeting", "evaluated", -120,
     "国际会议中心 3 号厅", {"venue": 30000, "speakers": 20000, "meals": 12000}, 1.08,
     "successful"),
    ("心内科科室会：络活喜长期获益", "department_meeting", "held", -45, "心内科示教室",
     {"meals": 1800, "materials": 600}, 0.95, None),
    ("社区高血压患者教育讲座", "patient_education", "approved", 3, "社区卫生服务中心",
     {"venue": 800, "materials": 1500}, None, None),
    ("降脂治疗青年医师沙龙", "salon", "submitted", 16, "希尔顿酒店二楼",
     {"venue": 6000, "speakers": 8000, "meals": 4500, "travel": 1200}, None, None),
    ("药店店员培训（立普妥）", "product_promotion", "returned", 24, "连锁药店总部",
     {"materials": 2000, "meals": 1000}, None, None),
    ("内分泌科科室会", "department_meeting", "draft", 30, "", {"meals": 1500}, None, None),
]


def ensure_activities(store) -> None:
    """Add the example activities when the store has none (the demo predates them)."""
    rep, manager = _identities(store)
    if rep is None or manager is None or not rep.territory_ids:
        return
    territory, today = rep.territory_ids[0], local_time.today()
    with store.write() as w:
        if w.session.exec(select(MarketActivity.id)).first() is not None:
            return
        doctors = w.session.exec(select(Customer.id).where(
            Customer.territory_id == territory, Customer.kind == "doctor")
            .order_by(Customer.tier, Customer.name).limit(12)).all()
        products = w.session.exec(select(Product.id).order_by(Product.name).limit(2)).all()
        for n, (title, kind, status, days, place, budget, spent, verdict) in enumerate(ACTIVITIES):
            day = today + timedelta(days=days)
            scope = {"territory_id": territory}
            held = datetime(day.year, day.month, day.day, 10, tzinfo=UTC) \
                if status in ("held", "evaluated") else None
            a = w.create(MarketActivity, scope, kind=kind, title=title, starts_on=day,
                         place=place or None, owner_user_id=rep.user_id, status=status,
                         expected_attendance=len(doctors), held_at=held, verdict=verdict,
                         manager_comment="讲者费用请再压缩" if status == "returned" else None,
                         evaluated_at=datetime.now(UTC) if verdict else None,
                         evaluated_by_user_id=manager.user_id if verdict else None,
                         submitted_at=datetime.now(UTC) if status != "draft" else None)
            w.create(MarketActivityProduct, scope, activity_id=a.id,
                     product_id=products[n % len(products)])
            for category, amount in budget.items():
                w.create(MarketActivityCost, scope, activity_id=a.id, category=category,
                         budget_amount=amount,
                         actual_amount=round(amount * spent) if spent else None)
            for i, doctor in enumerate(doctors):
                came = held is not None and i % 4 != 3
                w.create(MarketActivityInvitee, scope, activity_id=a.id, customer_id=doctor,
                         status="attended" if came else "no_show" if held else "invited",
                         checked_in_at=held if came else None)
            if status != "draft":
                w.create(MarketActivityEvent, scope, activity_id=a.id, action="submit",
                         actor_user_id=rep.user_id, at=datetime.now(UTC))


def _wait_for(context, done: Callable[[], bool], rounds: int = 50) -> None:
    """Let the screen's reads on the database thread arrive (each may start another)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        context.tasks.run_and_wait(lambda: None)
        QApplication.processEvents()
        if done():
            return


def activity_shots(context) -> list[tuple[str, Callable[[], QWidget]]]:
    """(file name part, function returning the widget to grab) for each activity screen."""
    rep, manager = _identities(context.store)
    if rep is None or manager is None:
        return []
    shown: list[QWidget] = []
    atexit.register(lambda: [_delete(w) for w in shown])

    def sized(widget: QWidget) -> QWidget:
        while shown:
            _delete(shown.pop())
        widget.resize(*SIZE)
        shown.append(widget)
        return widget

    def rep_view():
        from desktop.ui.activities.list_view import ActivitiesView

        view = sized(ActivitiesView(context, identity=rep))
        view.show()
        return view

    def editor() -> QWidget:
        view = rep_view()
        rows = view.model.rows()
        draft = next((r.id for r in rows if r.status == "draft"), None)
        view.edit_activity(draft) if draft else view.new_activity()
        return view.dialog

    def check_in() -> QWidget:
        view = rep_view()
        held = next((r.id for r in view.model.rows() if r.status == "held"), None)
        if held is None:
            return view
        view.open_check_in(held)
        return view.dialog

    def region(tab: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            from desktop.ui.activities.region_view import RegionActivitiesView

            view = sized(RegionActivitiesView(context, identity=manager))
            status = {0: "submitted", 1: "evaluated"}.get(tab)
            chosen = next((r.id for r in view.model.rows() if r.status == status), None)
            if chosen:
                view.select_activity(chosen)
            view.tabs.setCurrentIndex(tab)
            _wait_for(context, lambda: chosen is None or (
                view.evaluation.detail is not None and view.evaluation.detail.id == chosen
                and (tab != 1 or view.evaluation.evaluation is not None)))
            return view
        return make

    return [("activities_rep", rep_view), ("activity_editor", editor),
            ("activity_check_in", check_in), ("activities_region", region(0)),
            ("activity_evaluation", region(1)), ("activity_results", region(2))]
